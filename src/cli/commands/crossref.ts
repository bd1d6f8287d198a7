// `related` and `index`: the workspace index over files below the roots, with the in-process
// segmenter (the editor runs the same code with a worker process).
import * as path from 'node:path';
import { Analysis } from '../../core/analysis';
import { indexJson, relatedAt } from '../../core/index/related';
import { cacheSignature, openWorkspace, type CacheIO } from '../../core/index/persistence';
import { fileCache } from '../../core/io/cacheFile';
import { WorkspaceIndex } from '../../core/index/workspaceIndex';
import { InProcessSegmenter } from '../../core/segment/segmenter';
import { segmenterSignature } from '../../core/segment/resources';
import { collectFiles } from '../files';
import { CliError, readOrReport, readTextFile } from '../input';
import { queryPosition } from '../positions';
import type { Report } from '../report';

interface Opened { index: WorkspaceIndex; stats: Awaited<ReturnType<typeof openWorkspace>>; readMs: number; notices: number }

/** The --cache file (written atomically, merged under a lock with other runs' writes), or none. */
function cacheIO(file: string | undefined): CacheIO {
	if (!file) { return { read: async () => undefined, update: async () => undefined }; }
	return fileCache(path.resolve(file));
}

/** The cache keys a run answers for: files below its roots. Other runs' files stay in the cache. */
function ownedBy(roots: string[]): (key: string) => boolean {
	const dirs = roots.map(r => path.resolve(r));
	return key => dirs.some(d => key === d || key.startsWith(d.endsWith(path.sep) ? d : d + path.sep));
}

/** Reads every notice below the roots and indexes it; non-notices are skipped, unreadable files reported. */
async function openIndex(roots: string[], cache: string | undefined, report: Report): Promise<Opened> {
	const t0 = performance.now();
	const files: { key: string; text: string; prepared: { model: Analysis['model']; annotations: Analysis['annotations'] } }[] = [];
	for (const file of collectFiles(roots, report)) {
		const text = readOrReport(file, report);
		if (text === undefined) { continue; }
		const a = new Analysis(text);
		if (!a.detection.isNotice) { continue; }
		files.push({ key: file, text, prepared: { model: a.model, annotations: a.annotations } });
	}
	const readMs = performance.now() - t0;
	const segmenter = new InProcessSegmenter();
	const index = new WorkspaceIndex({ segmenter });
	const stats = await openWorkspace(index, cacheIO(cache), files, cacheSignature(segmenterSignature()), { owns: ownedBy(roots) });
	if (stats.saveError) { report.warn(`could not write the index cache: ${stats.saveError}`); }
	return { index, stats, readMs, notices: files.length };
}

export async function relatedCommand(file: string, values: Record<string, unknown>, report: Report): Promise<string> {
	const limit = values.limit === undefined ? 20 : Number(values.limit);
	if (!Number.isInteger(limit) || limit < 1) { throw new CliError('related: --limit takes a whole number ≥ 1'); }
	const abs = path.resolve(file);
	const text = readTextFile(abs, report);
	const at = queryPosition(values, text, file);
	const roots = Array.isArray(values.root) && values.root.length ? values.root as string[] : [path.dirname(abs)];
	const { index } = await openIndex(roots, values.cache as string | undefined, report);
	const out = await relatedAt(index, abs, text, at, limit);
	if (!out) { throw new CliError(`related: no task at ${at.label} in ${file}`, 1); }
	const json = { query: { ...out.query, file }, results: out.results };
	if (values.json) { return JSON.stringify(json); }
	const lines = [`${json.query.path.join(' › ')}`];
	for (const r of json.results) {
		lines.push(`  ${r.score.toFixed(2).padStart(6)}  ${r.region || r.issuer}  ${r.path.join(' › ')}  (${path.relative(process.cwd(), r.file)}:${r.line + 1}:${r.character + 1})`);
		lines.push(`          ${r.terms.slice(0, 8).join(' ')}`);
	}
	return lines.join('\n');
}

export async function indexCommand(roots: string[], values: Record<string, unknown>, report: Report): Promise<string> {
	if (!roots.length) { throw new CliError('index: expected at least one DIR'); }
	const { index, stats, readMs, notices } = await openIndex(roots, values.cache as string | undefined, report);
	const json = { ...indexJson(index, stats, { readMs }), notices };
	if (values.json) { return JSON.stringify(json); }
	return `${json.files} files, ${json.documents} documents, ${json.tasks} tasks, ${json.terms} terms; ${Object.entries(json.timings).map(([k, v]) => `${k} ${v}`).join(', ')}`;
}
