// Shared by evaluate.ts and pool.ts: the evaluation workspace (samples, corpus policies and the
// real documents listed in REAL_FILES), the judged queries, their tune/holdout split, the metrics
// with bootstrap intervals and the two naive baselines.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WorkspaceIndex, type RankOptions } from '../../src/core/index/workspaceIndex';
import type { IndexedTask } from '../../src/core/index/types';
import { decodeText } from '../../src/core/io/decode';
import { InProcessSegmenter } from '../../src/core/segment/segmenter';

import { CORPUS, REPO } from '../unit/paths';

export { CORPUS, REPO };
export const JUDGMENTS = path.join(REPO, 'test', 'eval', 'judgments.json');

/** A task named by file (`samples/gansu.txt`, `corpus/real/063_mirrorcn.txt`) and an anchor: text that first occurs at or inside it. */
export interface TaskRef { file: string; anchor: string }
export interface Judged extends TaskRef { grade: 0 | 1 | 2 | 3 }
export interface Query extends TaskRef { id: string; topic?: string; note?: string; judgments: Judged[] }

export function loadQueries(): Query[] {
	return (JSON.parse(fs.readFileSync(JUDGMENTS, 'utf8')) as { queries: Query[] }).queries;
}

export type Split = 'tune' | 'holdout';

/** Held out when the first hex digit of sha1(query id) is 0–3 (about a quarter), as fixed as the id itself. */
export function splitOf(queryId: string): Split {
	return '0123'.includes(crypto.createHash('sha1').update(queryId).digest('hex')[0]) ? 'holdout' : 'tune';
}

export function resolveFile(rel: string): string {
	return rel.startsWith('corpus/') ? path.join(CORPUS, rel.slice('corpus/'.length)) : path.join(REPO, rel);
}

/**
 * The real documents (../shared/corpus/real, see its MANIFEST.tsv) in the evaluation workspace,
 * by topic: families of notices that carry similar tasks, so the queries on other topics than the
 * samples' AI/industry theme have counterparts (and the AI queries meet unrelated neighbours).
 */
export const REAL_FILES: Record<string, string[]> = {
	'教育 (随迁子女入学, 招生考试, 经费, 职业/终身教育)': [
		'039_lawref', '046_mirrorcn', '047_mirrorcn', '057_mirrorcn', '060_mirrorcn', '062_mirrorcn', '063_mirrorcn',
		'064_mirrorcn', '077_mirrorcn', '078_mirrorcn', '079_mirrorcn', '128_govcnsql', '168_mirrorcn', '169_mirrorcn',
		'174_mirrorcn', '175_mirrorcn', '176_mirrorcn', '177_mirrorcn', '181_mirrorcn', '184_mirrorcn', '185_mirrorcn',
		'187_mirrorcn', '210_mirrorcn',
	],
	'医疗/卫生 (医疗机构, 公立医院, 急救, 医疗纠纷, 药品)': [
		'005_lawref', '117_mirrorcn', '119_mirrorcn', '120_mirrorcn', '122_mirrorcn', '123_mirrorcn', '129_govcnsql',
		'131_govcnsql', '217_lawref',
	],
	'医疗保险': ['044_mirrorcn', '045_mirrorcn', '051_mirrorcn', '178_mirrorcn', '179_mirrorcn', '180_mirrorcn', '186_mirrorcn', '189_mirrorcn'],
	'养老保险': ['056_mirrorcn', '125_mirrorcn', '126_mirrorcn', '192_mirrorcn'],
	'住房保障': ['043_mirrorcn', '052_mirrorcn', '053_mirrorcn', '170_mirrorcn', '171_mirrorcn', '172_mirrorcn', '173_mirrorcn', '188_mirrorcn'],
	'生态/环保': [
		'036_lawref', '042_lawref', '130_govcnsql', '216_lawref', '219_zcwb', '220_zcwb', '221_zcwb', '222_zcwb',
		'223_zcwb', '228_zcwb', '229_zcwb', '234_zcwb',
	],
	'安全生产/应急': ['002_lawref', '006_lawref', '016_lawref', '032_lawref', '153_govcnsql'],
	'就业/劳动': ['007_lawref', '020_lawref', '147_govcnsql'],
	'财政/政府工作报告': ['124_mirrorcn', '159_gwrtmx', '160_provgwr', '161_provgwr', '162_provgwr', '214_lawref'],
	'农业农村/交通': ['030_lawref', '041_lawref', '148_govcnsql', '167_bitpy', '233_zcwb'],
	'科技': ['132_govcnsql', '225_zcwb'],
	'户籍/居住证': [
		'080_mirrorcn', '083_mirrorcn', '085_mirrorcn', '086_mirrorcn', '087_mirrorcn', '088_mirrorcn', '094_mirrorcn',
		'096_mirrorcn', '098_mirrorcn', '100_mirrorcn', '108_mirrorcn', '182_mirrorcn', '191_mirrorcn',
	],
};

/** A corpus or repository file as the product reads it (encoding guessed, BOM dropped). */
function readText(rel: string): string {
	return decodeText(fs.readFileSync(resolveFile(rel))).text;
}

export function workspaceFiles(): { key: string; text: string }[] {
	const keys: string[] = [];
	for (const f of fs.readdirSync(path.join(REPO, 'samples')).sort()) {
		if (f.endsWith('.txt')) { keys.push(`samples/${f}`); }
	}
	const pol = path.join(CORPUS, 'policies');
	if (fs.existsSync(pol)) {
		for (const f of fs.readdirSync(pol).sort()) {
			if (f.endsWith('.txt')) { keys.push(`corpus/policies/${f}`); }
		}
		for (const name of Object.values(REAL_FILES).flat().sort()) { keys.push(`corpus/real/${name}.txt`); }
	}
	return keys.map(key => ({ key, text: readText(key) }));
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

/**
 * The shortest text from `offset` that occurs first at `offset` in `text` (at least 6 characters).
 * When the task's text was copied from an earlier place (the same list item under two headings),
 * no prefix is unique: then the shortest text starting inside the task (before `end`) that occurs
 * first there.
 */
export function uniqueAnchor(text: string, offset: number, end = offset + 60): string {
	while (/\s/.test(text[offset] ?? '')) { offset++; }
	for (let n = 6; n < 60; n += 2) {
		const a = text.slice(offset, offset + n);
		if (!/^\s/.test(a) && text.indexOf(a) === offset) { return a; }
	}
	for (let n = 6; n <= 60; n += 2) {
		for (let at = offset; at < end; at++) {
			const a = text.slice(at, at + n);
			if (!/^\s/.test(a) && text.indexOf(a) === at) { return a; }
		}
	}
	return text.slice(offset, offset + 60);
}

/** Keeps the first task of each textKey (the same task copied into several files counts once). */
function firstOfEachText(sorted: IndexedTask[], limit: number): IndexedTask[] {
	const seen = new Set<string>();
	const out: IndexedTask[] = [];
	for (const t of sorted) {
		if (seen.has(t.textKey)) { continue; }
		seen.add(t.textKey);
		out.push(t);
		if (out.length >= limit) { break; }
	}
	return out;
}

const byPlace = (a: IndexedTask, b: IndexedTask) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset);

export type Ranker = (idx: WorkspaceIndex, q: IndexedTask, limit: number) => IndexedTask[];

export const bm25Ranker: Ranker = (idx, q, limit) => idx.queryTask(q, { limit }).map(r => r.task);

/** The shipped ranker with every boost and rerank off: plain BM25 over task bodies. */
export const BODY_ONLY: Partial<RankOptions> = { titleWeight: 1, pathWeight: 0, docWeight: 0, bigramWeight: 0, titleMatchWeight: 0 };

export interface NamedRanker { name: string; idx: WorkspaceIndex; rank: Ranker }

/** The three systems whose top results are pooled for judging: shipped, BM25 body only, character bigrams. */
export async function poolRankers(files: { key: string; text: string }[], texts: Map<string, string>): Promise<NamedRanker[]> {
	const shipped = await buildIndex({}, files);
	return [
		{ name: 'shipped', idx: shipped, rank: bm25Ranker },
		{ name: 'body', idx: await buildIndex(BODY_ONLY, files), rank: bm25Ranker },
		{ name: 'bigram', idx: shipped, rank: charBigramRanker(texts) },
	];
}

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
			.sort((a, b) => b.n - a.n || byPlace(a.t, b.t));
		return firstOfEachText(scored.map(x => x.t), limit);
	};
}

/** The character bigrams of every run of letters and digits (punctuation and blanks break runs). */
export function charBigrams(text: string): string[] {
	const out: string[] = [];
	for (const run of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
		const cs = [...run];
		for (let i = 0; i + 1 < cs.length; i++) { out.push(cs[i] + cs[i + 1]); }
	}
	return out;
}

/** A task's block for the bigram baseline: its heading, the enclosing headings and its text as written. */
function taskBlock(t: IndexedTask, texts: Map<string, string>): string {
	const own = (texts.get(t.file) ?? '').slice(t.offset, t.end);
	const head = t.marker + t.title;
	return [...t.path, own.includes(t.title) ? '' : head, own].join('\n');
}

/**
 * Naive baseline of issue 10: BM25 (k1 1.2, b 0.75, Lucene idf) over the character bigrams of
 * each task block (heading + path + text), no segmenter, no boosts; the query's distinct
 * bigrams, other documents only, one task per textKey.
 */
export function charBigramRanker(texts: Map<string, string>, k1 = 1.2, b = 0.75): Ranker {
	interface Built { idx: WorkspaceIndex; tasks: IndexedTask[]; lens: Float64Array; avg: number; postings: Map<string, { at: number[]; tf: number[] }>; bags: Map<string, Map<string, number>> }
	let built: Built | null = null;
	const build = (idx: WorkspaceIndex): Built => {
		const tasks = idx.fileKeys().flatMap(k => idx.tasksOf(k));
		const lens = new Float64Array(tasks.length);
		const postings = new Map<string, { at: number[]; tf: number[] }>();
		const bags = new Map<string, Map<string, number>>();
		tasks.forEach((t, i) => {
			const grams = charBigrams(taskBlock(t, texts));
			lens[i] = grams.length;
			const bag = new Map<string, number>();
			for (const g of grams) { bag.set(g, (bag.get(g) ?? 0) + 1); }
			bags.set(t.id, bag);
			for (const [g, tf] of bag) {
				let p = postings.get(g);
				if (!p) { p = { at: [], tf: [] }; postings.set(g, p); }
				p.at.push(i); p.tf.push(tf);
			}
		});
		const avg = lens.reduce((a, x) => a + x, 0) / Math.max(1, tasks.length);
		return { idx, tasks, lens, avg, postings, bags };
	};
	return (idx, q, limit) => {
		if (!built || built.idx !== idx) { built = build(idx); }
		const { tasks, lens, avg, postings } = built;
		const n = tasks.length;
		const scores = new Float64Array(n);
		for (const g of built.bags.get(q.id)?.keys() ?? []) {
			const p = postings.get(g)!;
			const idf = Math.log(1 + (n - p.at.length + 0.5) / (p.at.length + 0.5));
			for (let j = 0; j < p.at.length; j++) {
				const i = p.at[j], tf = p.tf[j];
				scores[i] += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * lens[i] / avg));
			}
		}
		const hits: number[] = [];
		for (let i = 0; i < n; i++) { if (scores[i] > 0 && tasks[i].docKey !== q.docKey) { hits.push(i); } }
		hits.sort((x, y) => scores[y] - scores[x] || byPlace(tasks[x], tasks[y]));
		return firstOfEachText(hits.map(i => tasks[i]), limit);
	};
}

/** One query's figures: nDCG@5, recall@10 and reciprocal rank. */
export interface QueryMetrics {
	ndcg5: number; recall10: number; rr: number;
	/** Share of the top five that are the same specific task (grade 3), and the best share the judgments allow. */
	same5: number; same5Best: number;
}
export interface Metrics { ndcg5: number; recall10: number; mrr: number; queries: number }

/** The grade of every judged task of a query, by task id (the best grade when two anchors name one task). */
export function gradesOf(idx: WorkspaceIndex, texts: Map<string, string>, q: Query): Map<string, number> {
	const grades = new Map<string, number>();
	for (const j of q.judgments) {
		const t = resolveRef(idx, texts, j);
		if (!t) { throw new Error(`query ${q.id}: judged anchor not found: ${j.file} ${j.anchor}`); }
		grades.set(t.id, Math.max(grades.get(t.id) ?? 0, j.grade));
	}
	return grades;
}

/**
 * nDCG@5 with gains 2^grade − 1 over the judged grades (unjudged results count 0), recall@10
 * and reciprocal rank over the results graded ≥ 2 ("relevant"), per query.
 */
export function scoreQueries(idx: WorkspaceIndex, texts: Map<string, string>, queries: Query[], ranker: Ranker): QueryMetrics[] {
	return queries.map(q => {
		const task = resolveRef(idx, texts, q);
		if (!task) { throw new Error(`query ${q.id}: anchor not found: ${q.file} ${q.anchor}`); }
		const grades = gradesOf(idx, texts, q);
		const results = ranker(idx, task, 10);
		const gain = (g: number) => (2 ** g) - 1;
		let dcg = 0;
		results.slice(0, 5).forEach((t, i) => { dcg += gain(grades.get(t.id) ?? 0) / Math.log2(i + 2); });
		const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, 5);
		let idcg = 0;
		ideal.forEach((g, i) => { idcg += gain(g) / Math.log2(i + 2); });
		const relevant = new Set([...grades.entries()].filter(([, g]) => g >= 2).map(([id]) => id));
		const found = results.slice(0, 10).filter(t => relevant.has(t.id)).length;
		const first = results.findIndex(t => (grades.get(t.id) ?? 0) >= 2);
		const same = results.slice(0, 5).filter(t => grades.get(t.id) === 3).length;
		const sameJudged = [...grades.values()].filter(g => g === 3).length;
		return {
			ndcg5: idcg ? dcg / idcg : 0, recall10: relevant.size ? found / relevant.size : 0, rr: first >= 0 ? 1 / (first + 1) : 0,
			same5: same / 5, same5Best: Math.min(5, sameJudged) / 5,
		};
	});
}

export function meanMetrics(per: QueryMetrics[]): Metrics {
	const n = per.length;
	const sum = (f: (m: QueryMetrics) => number) => per.reduce((a, m) => a + f(m), 0) / Math.max(1, n);
	return { ndcg5: sum(m => m.ndcg5), recall10: sum(m => m.recall10), mrr: sum(m => m.rr), queries: n };
}

/** Deterministic PRNG (mulberry32), so the intervals are the same on every run. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Interval { mean: number; lo: number; hi: number }
export interface MetricsWithIntervals { ndcg5: Interval; recall10: Interval; mrr: Interval; queries: number }

/**
 * Means with 95 % percentile bootstrap intervals: `resamples` draws of as many queries as there
 * are, with replacement, the same draws for all three metrics (seeded: every run prints the same).
 */
export function bootstrap(per: QueryMetrics[], resamples = 1000, seed = 10): MetricsWithIntervals {
	const n = per.length;
	const rnd = seededRandom(seed);
	const draws: Record<'ndcg5' | 'recall10' | 'rr', number[]> = { ndcg5: [], recall10: [], rr: [] };
	for (let r = 0; r < resamples && n > 0; r++) {
		let a = 0, b = 0, c = 0;
		for (let i = 0; i < n; i++) {
			const m = per[Math.floor(rnd() * n)];
			a += m.ndcg5; b += m.recall10; c += m.rr;
		}
		draws.ndcg5.push(a / n); draws.recall10.push(b / n); draws.rr.push(c / n);
	}
	const mean = meanMetrics(per);
	const interval = (xs: number[], m: number): Interval => {
		const s = [...xs].sort((x, y) => x - y);
		const at = (p: number) => s.length ? s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))] : m;
		return { mean: m, lo: at(0.025), hi: at(0.975) };
	};
	return { ndcg5: interval(draws.ndcg5, mean.ndcg5), recall10: interval(draws.recall10, mean.recall10), mrr: interval(draws.rr, mean.mrr), queries: n };
}
