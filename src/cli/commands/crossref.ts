// `related` and `index`: the workspace index over files below the roots, with the in-process
// segmenter (the editor runs the same code with a worker process).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Analysis } from '../../core/analysis';
import { indexJson, queryJson, resultJson } from '../../core/index/related';
import { cacheSignature, openWorkspace, type CacheIO } from '../../core/index/persistence';
import { fileCache } from '../../core/io/cacheFile';
import { WorkspaceIndex } from '../../core/index/workspaceIndex';
import { InProcessSegmenter } from '../../core/segment/segmenter';
import { segmenterSignature } from '../../core/segment/resources';
import { createNoticeService } from '../../core/service';
import { LineIndex } from '../../core/text/lineIndex';
import { collectFiles, scopeFlags } from '../files';
import { CliError, readOrReport, readTextFile } from '../input';
import { queryPosition } from '../positions';
import type { Report } from '../report';

interface Opened { index: WorkspaceIndex; segmenter: InProcessSegmenter; stats: Awaited<ReturnType<typeof openWorkspace>>; readMs: number; notices: number }

const NO_CACHE: CacheIO = { read: async () => undefined, update: async () => undefined };

/**
 * The cache (written atomically, merged under a lock with other runs' writes): --cache F, else
 * one per set of roots in the user's cache folder, so a second query over the same folders
 * segments nothing; none with --no-cache, or when PN_CACHE_DIR is set and empty.
 */
function cacheIO(roots: string[], values: Record<string, unknown>, report: Report): CacheIO {
	if (typeof values.cache === 'string') { return fileCache(path.resolve(values.cache)); }
	const dir = values['no-cache'] ? undefined : defaultCacheDir();
	if (!dir) { return NO_CACHE; }
	try {
		fs.mkdirSync(dir, { recursive: true });
	} catch (e) {
		report.warn(`no index cache: cannot create ${dir}: ${(e as Error).message}`);
		return NO_CACHE;
	}
	const key = createHash('sha1').update(roots.map(r => path.resolve(r)).sort().join('\n')).digest('hex').slice(0, 16);
	return fileCache(path.join(dir, `index-${key}.bin`));
}

/** The user's cache folder for the CLI: PN_CACHE_DIR, else XDG_CACHE_HOME or the platform's own, /policy-notice. */
function defaultCacheDir(): string | undefined {
	const set = process.env.PN_CACHE_DIR;
	if (set !== undefined) { return set || undefined; }
	const base = process.env.XDG_CACHE_HOME
		|| (process.platform === 'win32' ? process.env.LOCALAPPDATA : process.platform === 'darwin' ? path.join(os.homedir(), 'Library', 'Caches') : path.join(os.homedir(), '.cache'));
	return base ? path.join(base, 'policy-notice') : undefined;
}

/** The cache keys a run answers for: files below its roots. Other runs' files stay in the cache. */
function ownedBy(roots: string[]): (key: string) => boolean {
	const dirs = roots.map(r => path.resolve(r));
	return key => dirs.some(d => key === d || key.startsWith(d.endsWith(path.sep) ? d : d + path.sep));
}

/**
 * Reads every file below the roots and indexes the notices; unreadable files are reported. A file
 * the cache holds (by content hash: it was a notice) is not parsed at all; the others are parsed
 * once, to tell a notice and to index it.
 */
export async function openIndex(roots: string[], values: Record<string, unknown>, report: Report): Promise<Opened> {
	const t0 = performance.now();
	const files: { key: string; text: string }[] = [];
	for (const file of collectFiles(roots, report, scopeFlags(values))) {
		const text = readOrReport(file, report);
		if (text !== undefined) { files.push({ key: file, text }); }
	}
	const readMs = performance.now() - t0;
	const segmenter = new InProcessSegmenter();
	const index = new WorkspaceIndex({ segmenter, onError: report.coreErrors });
	const prepare = (f: { key: string; text: string }) => {
		const a = new Analysis(f.text, report.coreErrorsIn(f.key));
		return a.detection.isNotice ? { model: a.model, annotations: a.annotations } : null;
	};
	const stats = await openWorkspace(index, cacheIO(roots, values, report), files, cacheSignature(segmenterSignature()), { owns: ownedBy(roots), prepare });
	if (stats.saveError) { report.warn(`could not write the index cache: ${stats.saveError}`); }
	return { index, segmenter, stats, readMs, notices: index.fileCount };
}

export async function relatedCommand(file: string, values: Record<string, unknown>, report: Report): Promise<string> {
	const limit = values.limit === undefined ? 20 : Number(values.limit);
	if (!Number.isInteger(limit) || limit < 1) { throw new CliError('related: --limit takes a whole number ≥ 1'); }
	const abs = path.resolve(file);
	const text = readTextFile(abs, report);
	const at = queryPosition(values, text, file);
	const roots = Array.isArray(values.root) && values.root.length ? values.root as string[] : [path.dirname(abs)];
	const { index, segmenter } = await openIndex(roots, values, report);
	const service = createNoticeService({ workspace: { index, segmenter }, logger: report.logger });
	const offset = new LineIndex(text).offset(at.line, at.character);
	const out = await service.getRelatedTasks({ uri: abs, version: 1, getText: () => text }, offset, { limit });
	if (!out) { throw new CliError(`related: no task at ${at.label} in ${file}`, 1); }
	const json = { query: { ...queryJson(out.query), file }, results: out.results.map(r => resultJson(r)) };
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
	const { index, stats, readMs, notices } = await openIndex(roots, values, report);
	const json = { ...indexJson(index, stats, { readMs }), notices };
	if (values.json) { return JSON.stringify(json); }
	return `${json.files} files, ${json.documents} documents, ${json.tasks} tasks, ${json.terms} terms; ${Object.entries(json.timings).map(([k, v]) => `${k} ${v}`).join(', ')}`;
}
