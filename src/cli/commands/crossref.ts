// `related` and `index`: the workspace index over files below the roots, with the in-process
// segmenter (the editor runs the same code with a worker process).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analysis } from '../../core/analysis';
import { indexJson, parseAt, relatedAt } from '../../core/index/related';
import { cacheSignature, openWorkspace, type CacheIO } from '../../core/index/persistence';
import { WorkspaceIndex } from '../../core/index/workspaceIndex';
import { InProcessSegmenter } from '../../core/segment/segmenter';
import { segmenterSignature } from '../../core/segment/resources';
import { collectFiles } from '../files';
import { CliError, readTextFile } from '../input';

interface Opened { index: WorkspaceIndex; stats: Awaited<ReturnType<typeof openWorkspace>>; readMs: number; notices: number }

function fileCache(file: string | undefined): CacheIO {
	if (!file) { return { read: async () => undefined, write: async () => undefined }; }
	return {
		read: async () => { try { return new Uint8Array(fs.readFileSync(file)); } catch { return undefined; } },
		write: async (data: Uint8Array) => { fs.mkdirSync(path.dirname(file), { recursive: true }); fs.writeFileSync(file, data); },
	};
}

/** Reads every notice below the roots (unreadable or non-notice files are skipped) and indexes it. */
async function openIndex(roots: string[], cache: string | undefined): Promise<Opened> {
	const t0 = performance.now();
	const files: { key: string; text: string; prepared: { model: Analysis['model']; annotations: Analysis['annotations'] } }[] = [];
	for (const file of collectFiles(roots)) {
		let text: string;
		try { text = readTextFile(file); } catch (e) { process.stderr.write(`policy-notice: skipped ${(e as Error).message}\n`); continue; }
		const a = new Analysis(text);
		if (!a.detection.isNotice) { continue; }
		files.push({ key: file, text, prepared: { model: a.model, annotations: a.annotations } });
	}
	const readMs = performance.now() - t0;
	const segmenter = new InProcessSegmenter();
	const index = new WorkspaceIndex({ segmenter });
	const stats = await openWorkspace(index, fileCache(cache), files, cacheSignature(segmenterSignature()));
	return { index, stats, readMs, notices: files.length };
}

export async function relatedCommand(file: string, values: Record<string, unknown>): Promise<string> {
	const at = typeof values.at === 'string' ? parseAt(values.at) : null;
	if (!at) { throw new CliError('related: --at LINE:COL is required (zero-based)'); }
	const limit = values.limit === undefined ? 20 : Number(values.limit);
	if (!Number.isInteger(limit) || limit < 1) { throw new CliError('related: --limit takes a whole number ≥ 1'); }
	const abs = path.resolve(file);
	const text = readTextFile(abs);
	const roots = Array.isArray(values.root) && values.root.length ? values.root as string[] : [path.dirname(abs)];
	const { index } = await openIndex(roots, values.cache as string | undefined);
	const out = await relatedAt(index, abs, text, at, limit);
	if (!out) { throw new CliError(`related: no task at ${at.line}:${at.character} in ${file}`, 1); }
	const json = { query: { ...out.query, file }, results: out.results };
	if (values.json) { return JSON.stringify(json); }
	const lines = [`${json.query.path.join(' › ')}`];
	for (const r of json.results) {
		lines.push(`  ${r.score.toFixed(2).padStart(6)}  ${r.region || r.issuer}  ${r.path.join(' › ')}  (${path.relative(process.cwd(), r.file)}:${r.line + 1}:${r.character + 1})`);
		lines.push(`          ${r.terms.slice(0, 8).join(' ')}`);
	}
	return lines.join('\n');
}

export async function indexCommand(roots: string[], values: Record<string, unknown>): Promise<string> {
	if (!roots.length) { throw new CliError('index: expected at least one DIR'); }
	const { index, stats, readMs, notices } = await openIndex(roots, values.cache as string | undefined);
	const json = { ...indexJson(index, stats, { readMs }), notices };
	if (values.json) { return JSON.stringify(json); }
	return `${json.files} files, ${json.documents} documents, ${json.tasks} tasks, ${json.terms} terms; ${Object.entries(json.timings).map(([k, v]) => `${k} ${v}`).join(', ')}`;
}
