// A related result and its query as the CLI's `related --json` prints them and the editor's
// Related Tasks view shows them: the one mapping from what the index returns (the editor adds
// its URI, the year and the highlights, src/extension/workspace/relatedItems.ts). The query
// itself is the language service's (src/core/service/related.ts). Also the counts of
// `index DIR… --json`.
import { normalizeText } from '../segment/normalize';
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
	/** Title of the notice (for a notice without one, of the plan it carries), else the file name. */
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

/** The task's section headings, outermost first, ending with its own (marker and title). */
function fullPath(t: IndexedTask): string[] {
	return [...t.path, `${t.marker}${t.title}`];
}

/** The last part of a path (either separator). */
function baseName(file: string): string {
	const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
	return file.slice(i + 1);
}

export function queryJson(task: IndexedTask): RelatedQueryJson {
	return { file: task.file, offset: task.offset, end: task.end, title: task.title, path: fullPath(task) };
}

/** `fileName`: the name shown for a document without a title (the editor's keys are URIs). */
export function resultJson(r: RelatedResult, fileName: (file: string) => string = baseName): RelatedResultJson {
	const t = r.task, m = r.meta;
	return {
		file: t.file, offset: t.offset, end: t.end, line: t.line, character: t.character,
		document: m.title || fileName(t.file),
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
 * [start, end) ranges of `terms` in `text`, merged and sorted. The text is folded as the
 * segmenter folds what it indexes (normalizeText: width, ideographic space, Latin case), which
 * keeps its length, so the ranges index the text as shown.
 */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
	const hay = normalizeText(text);
	const ranges: [number, number][] = [];
	for (const term of terms) {
		if (!term) { continue; }
		for (let i = hay.indexOf(term); i >= 0; i = hay.indexOf(term, i + term.length)) { ranges.push([i, i + term.length]); }
	}
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: [number, number][] = [];
	for (const x of ranges) {
		const last = merged[merged.length - 1];
		if (last && x[0] <= last[1]) { last[1] = Math.max(last[1], x[1]); } else { merged.push([x[0], x[1]]); }
	}
	return merged;
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
