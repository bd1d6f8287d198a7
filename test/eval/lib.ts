// Shared by evaluate.ts and pool.ts: the evaluation workspace (samples + corpus policies), the
// judged queries, the metrics and the naive baseline.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WorkspaceIndex, type RankOptions } from '../../src/core/index/workspaceIndex';
import type { IndexedTask } from '../../src/core/index/types';
import { InProcessSegmenter } from '../../src/core/segment/segmenter';

import { CORPUS, REPO } from '../unit/paths';

export { CORPUS, REPO };
export const JUDGMENTS = path.join(REPO, 'test', 'eval', 'judgments.json');

/** A task named by file (`samples/gansu.txt`, `corpus/policies/pa-0130.txt`) and the text its heading starts with. */
export interface TaskRef { file: string; anchor: string }
export interface Judged extends TaskRef { grade: 0 | 1 | 2 | 3 }
export interface Query extends TaskRef { id: string; note?: string; judgments: Judged[] }

export function loadQueries(): Query[] {
	return (JSON.parse(fs.readFileSync(JUDGMENTS, 'utf8')) as { queries: Query[] }).queries;
}

export function resolveFile(rel: string): string {
	return rel.startsWith('corpus/') ? path.join(CORPUS, rel.slice('corpus/'.length)) : path.join(REPO, rel);
}

export function workspaceFiles(): { key: string; text: string }[] {
	const out: { key: string; text: string }[] = [];
	for (const f of fs.readdirSync(path.join(REPO, 'samples')).sort()) {
		if (f.endsWith('.txt')) { out.push({ key: `samples/${f}`, text: fs.readFileSync(path.join(REPO, 'samples', f), 'utf8') }); }
	}
	const pol = path.join(CORPUS, 'policies');
	if (fs.existsSync(pol)) {
		for (const f of fs.readdirSync(pol).sort()) {
			if (f.endsWith('.txt')) { out.push({ key: `corpus/policies/${f}`, text: fs.readFileSync(path.join(pol, f), 'utf8') }); }
		}
	}
	return out;
}

let segmenter: InProcessSegmenter | undefined;
export function sharedSegmenter(): InProcessSegmenter { return segmenter ??= new InProcessSegmenter(); }

export async function buildIndex(rank: Partial<RankOptions> = {}, files = workspaceFiles()): Promise<WorkspaceIndex> {
	const idx = new WorkspaceIndex({ segmenter: sharedSegmenter(), rank });
	await idx.updateMany(files);
	return idx;
}

/** The task a reference names: the innermost task holding the first occurrence of the anchor. */
export function resolveRef(idx: WorkspaceIndex, texts: Map<string, string>, ref: TaskRef): IndexedTask | undefined {
	const text = texts.get(ref.file);
	if (text === undefined) { return undefined; }
	const at = text.indexOf(ref.anchor);
	if (at < 0) { return undefined; }
	// A heading whose body is only sub-items is no task of its own (yet: issue 10): its first
	// sub-item's task stands for it (4. 综合运输… once 4.1, 4.2 are read as its sections).
	return idx.taskAt(ref.file, at) ?? idx.tasksOf(ref.file).find(t => t.offset >= at && t.offset - at <= 400);
}

/** The shortest text from `offset` that occurs first at `offset` in `text` (at least 6 characters). */
export function uniqueAnchor(text: string, offset: number): string {
	while (/\s/.test(text[offset] ?? '')) { offset++; }
	for (let n = 6; n < 60; n += 2) {
		const a = text.slice(offset, offset + n);
		if (!/^\s/.test(a) && text.indexOf(a) === offset) { return a; }
	}
	return text.slice(offset, offset + 60);
}

export type Ranker = (idx: WorkspaceIndex, q: IndexedTask, limit: number) => IndexedTask[];

export const bm25Ranker: Ranker = (idx, q, limit) => idx.queryTask(q, { limit }).map(r => r.task);

/** Naive baseline: number of distinct shared terms (same tokens as the ranker), other documents only. */
export function overlapRanker(): Ranker {
	let cache: { idx: WorkspaceIndex; all: { t: IndexedTask; terms: Set<string> }[] } | null = null;
	return (idx, q, limit) => {
		if (!cache || cache.idx !== idx) {
			cache = { idx, all: idx.fileKeys().flatMap(k => idx.tasksOf(k)).map(t => ({ t, terms: new Set(idx.termsOf(t)) })) };
		}
		const mine = new Set(idx.termsOf(q));
		const scored = cache.all
			.filter(x => x.t.docKey !== q.docKey)
			.map(x => { let n = 0; for (const w of mine) { if (x.terms.has(w)) { n++; } } return { t: x.t, n }; })
			.filter(x => x.n > 0)
			.sort((a, b) => b.n - a.n || (a.t.file < b.t.file ? -1 : a.t.file > b.t.file ? 1 : a.t.offset - b.t.offset));
		const seen = new Set<string>();
		const out: IndexedTask[] = [];
		for (const x of scored) {
			if (seen.has(x.t.textKey)) { continue; }
			seen.add(x.t.textKey);
			out.push(x.t);
			if (out.length >= limit) { break; }
		}
		return out;
	};
}

export interface Metrics { ndcg5: number; recall10: number; mrr: number; queries: number }

/**
 * nDCG@5 with gains 2^grade − 1 over the judged grades (unjudged results count 0), recall@10
 * and MRR over the results graded ≥ 2 ("relevant").
 */
export function evaluate(idx: WorkspaceIndex, texts: Map<string, string>, queries: Query[], ranker: Ranker, perQuery?: (q: Query, m: { ndcg5: number; recall10: number; rr: number }) => void): Metrics {
	let ndcg = 0, recall = 0, mrr = 0, n = 0;
	for (const q of queries) {
		const task = resolveRef(idx, texts, q);
		if (!task) { throw new Error(`query ${q.id}: anchor not found: ${q.file} ${q.anchor}`); }
		const grades = new Map<string, number>();
		for (const j of q.judgments) {
			const t = resolveRef(idx, texts, j);
			if (!t) { throw new Error(`query ${q.id}: judged anchor not found: ${j.file} ${j.anchor}`); }
			grades.set(t.id, Math.max(grades.get(t.id) ?? 0, j.grade));
		}
		const results = ranker(idx, task, 10);
		const gain = (g: number) => (2 ** g) - 1;
		let dcg = 0;
		results.slice(0, 5).forEach((t, i) => { dcg += gain(grades.get(t.id) ?? 0) / Math.log2(i + 2); });
		const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, 5);
		let idcg = 0;
		ideal.forEach((g, i) => { idcg += gain(g) / Math.log2(i + 2); });
		const relevant = [...grades.entries()].filter(([, g]) => g >= 2).map(([id]) => id);
		const found = results.slice(0, 10).filter(t => relevant.includes(t.id)).length;
		const first = results.findIndex(t => (grades.get(t.id) ?? 0) >= 2);
		const m = { ndcg5: idcg ? dcg / idcg : 0, recall10: relevant.length ? found / relevant.length : 0, rr: first >= 0 ? 1 / (first + 1) : 0 };
		perQuery?.(q, m);
		ndcg += m.ndcg5; recall += m.recall10; mrr += m.rr; n++;
	}
	return { ndcg5: ndcg / n, recall10: recall / n, mrr: mrr / n, queries: n };
}
