// What the CLI prints for `related FILE --at LINE:COL … --json` and `index DIR… --json`.
// The lead's CLI reads the files and builds the index (openWorkspace / updateMany); these
// functions turn an index into the JSON contract.
import { LineIndex } from '../text/lineIndex';
import type { OpenStats } from './persistence';
import type { IndexedTask, RelatedResult } from './types';
import type { UpdateStats, WorkspaceIndex } from './workspaceIndex';

export interface RelatedQueryJson {
	file: string;
	offset: number;
	end: number;
	title: string;
	/** Headings from the outermost section to the task itself. */
	path: string[];
}

export interface RelatedResultJson {
	file: string;
	offset: number;
	end: number;
	/** 0-based, like the outline JSON. */
	line: number;
	character: number;
	/** Title of the notice (or of the plan it carries), else the file name. */
	document: string;
	issuer: string;
	region: string;
	date: string | null;
	kind: string | null;
	title: string;
	path: string[];
	score: number;
	terms: string[];
	targets: { text: string; metric: string; deadline: string | null }[];
	lead: string[];
	responsible: string[];
	snippet: string;
	/** Other files holding the same task of the same notice. */
	duplicates: { file: string; offset: number }[];
}

export interface RelatedJson {
	query: RelatedQueryJson;
	results: RelatedResultJson[];
}

/** `LINE:COL`, zero-based like the JSON it answers with (the CLI contract), → line and character. */
export function parseAt(at: string): { line: number; character: number } | null {
	const m = /^(\d+)(?::(\d+))?$/.exec(at.trim());
	if (!m) { return null; }
	return { line: Number(m[1]), character: m[2] === undefined ? 0 : Number(m[2]) };
}

export function fullPath(t: IndexedTask): string[] {
	return [...t.path, `${t.marker}${t.title}`];
}

function baseName(file: string): string {
	const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
	return file.slice(i + 1);
}

export function resultJson(r: RelatedResult): RelatedResultJson {
	const t = r.task, m = r.meta;
	return {
		file: t.file, offset: t.offset, end: t.end, line: t.line, character: t.character,
		document: m.title || baseName(t.file),
		issuer: m.issuer ?? '',
		region: m.city ?? m.province ?? '',
		date: m.date, kind: m.kind,
		title: t.title, path: fullPath(t),
		score: r.score, terms: r.terms,
		targets: t.targets, lead: t.lead, responsible: t.responsible,
		snippet: t.snippet,
		duplicates: r.duplicates,
	};
}

/**
 * Related tasks of the task at `at` (0-based line/character) in `file`, whose current text is
 * `text`. The file is indexed (or re-indexed) first when its content is not in the index.
 * Returns null when no task holds the position.
 */
export async function relatedAt(index: WorkspaceIndex, file: string, text: string, at: { line: number; character: number }, limit = 20, signal?: AbortSignal): Promise<RelatedJson | null> {
	if (index.hashOf(file) !== index.contentHash(text)) { await index.update(file, text, signal); }
	const offset = new LineIndex(text).offset(at.line, at.character);
	const task = index.taskAt(file, offset);
	if (!task) { return null; }
	const results = index.queryTask(task, { limit });
	return {
		query: { file, offset: task.offset, end: task.end, title: task.title, path: fullPath(task) },
		results: results.map(resultJson),
	};
}

export interface IndexJson {
	files: number;
	documents: number;
	tasks: number;
	terms: number;
	timings: Record<string, number>;
	cache?: string;
	reused?: number;
	segmented?: number;
}

/** Counts and timings for `index DIR… --json`. */
export function indexJson(index: WorkspaceIndex, stats: UpdateStats | OpenStats, extra: Record<string, number> = {}): IndexJson {
	let documents = 0;
	for (const k of index.fileKeys()) { documents += index.documentsOf(k).length; }
	const round = (n: number) => Math.round(n);
	const base: IndexJson = { files: index.fileCount, documents, tasks: index.taskCount, terms: index.termCount, timings: {} };
	if ('cache' in stats) {
		const u = stats.update;
		base.cache = stats.cache;
		base.reused = stats.reused;
		base.segmented = u ? u.added + u.updated : 0;
		base.timings = { loadMs: round(stats.loadMs), analyzeMs: round(u?.analyzeMs ?? 0), segmentWaitMs: round(u?.segmentWaitMs ?? 0), insertMs: round(u?.insertMs ?? 0), saveMs: round(stats.saveMs), totalMs: round(stats.totalMs) };
	} else {
		base.segmented = stats.added + stats.updated;
		base.timings = { analyzeMs: round(stats.analyzeMs), segmentWaitMs: round(stats.segmentWaitMs), insertMs: round(stats.insertMs), totalMs: round(stats.totalMs) };
	}
	for (const [k, v] of Object.entries(extra)) { base.timings[k] = round(v); }
	return base;
}
