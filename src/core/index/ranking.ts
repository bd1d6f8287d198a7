// Ranking over the store: BM25 over terms (and their near synonyms) with title, path and
// document-title boosts, then the best candidates reranked by shared bigrams, shared heading
// terms and the character bigrams of the headings; one result per distinct
// task text, the copies found in other files listed with it, and at most a few of the top five
// from one notice. Optionally (feedback.ts, off) the places after the top five come from a
// second search expanded by the first hits' terms. A task query's candidates are then scaled by
// how close their documents are to the query's (docContext.ts).
import { indexOfSorted } from '../text/search';
import { bigramId, bigramWeight, type TermBag } from './bags';
import type { FileEntry, IndexStore, TaskRec } from './store';
import { DocContext } from './docContext';
import { synonymsOf } from './synonyms';
import { expandTerms } from './feedback';
import { bestDistinct } from './topSlots';
import type { QueryOptions, RelatedResult } from './types';

export interface RankOptions {
	/** BM25 term-frequency saturation. */
	k1: number;
	/** BM25 length normalization. */
	b: number;
	/** Saturation of the query's own term frequencies (long queries repeat words). */
	k3: number;
	/** Weight of a term in the task's own heading, relative to one in its body. */
	titleWeight: number;
	/** Weight of a term in an enclosing section heading. */
	pathWeight: number;
	/** Weight of a term in the document title. */
	docWeight: number;
	/** Weight of the shared-bigram score in the rerank (0: off). */
	bigramWeight: number;
	/** Weight of terms shared by the two tasks' own headings (0: off). */
	titleMatchWeight: number;
	/** Query terms used for retrieval, the highest idf × weight first. */
	maxQueryTerms: number;
	/**
	 * Terms in more than this fraction of all tasks do not select candidates: they weigh little
	 * (low idf) and have the longest postings lists. They are scored for the candidates only,
	 * from the candidates' own bags, so the final scores are exact.
	 */
	maxTermDf: number;
	/** Candidates reranked. */
	rerankDepth: number;
	/** Weight of the character bigrams shared by the two tasks' own headings (Dice; 0: off). */
	headCharWeight: number;
	/** Weight of a query term's near synonyms (synonyms.ts) relative to the term (0: off). */
	synonymWeight: number;
	/**
	 * At most this many of the top five from one notice (0: off), unless nothing from another
	 * notice scores within `diversitySlack` (a fraction) of the result it would displace.
	 */
	diversityCap: number;
	diversitySlack: number;
	/** Terms added from the best `feedbackDocs` results before searching again (feedback.ts; 0: off). */
	feedbackTerms: number;
	feedbackDocs: number;
	/** Frequency of the best added term in the expanded query (the others in proportion). */
	feedbackWeight: number;
	/** Places at the top kept from the first search (0: all from the expanded search). */
	feedbackKeep: number;
	/** Weight of the cosine of the two tasks' documents, a factor 1 + weight × cosine on the rerank's score (0: off). */
	docContextWeight: number;
}

export const DEFAULT_RANK: RankOptions = {
	k1: 1.2, b: 0.75, k3: 2,
	titleWeight: 3, pathWeight: 1, docWeight: 0.3,
	bigramWeight: 0.5, titleMatchWeight: 2,
	maxQueryTerms: 48, maxTermDf: 0.05, rerankDepth: 100,
	// Chosen on the tune queries (test/eval/README.md); a section-role prior showed no gain and was removed.
	headCharWeight: 8, synonymWeight: 0.5, diversityCap: 1, diversitySlack: 0.1,
	// Feedback raises recall@10 (tune +0.012, holdout +0.020; the top five unchanged) but runs a
	// second search per query, and the 10,000-notice query p95 is over its budget already: off.
	feedbackTerms: 0, feedbackDocs: 3, feedbackWeight: 0.5, feedbackKeep: 5,
	// Chosen on the tune queries among 0.5, 1 and 2.
	docContextWeight: 1,
};

/** Results the per-notice cap applies to (the top five an editor reads). */
const DIVERSITY_WINDOW = 5;

/** A query: a bag of terms (and bigrams and heading terms), and the document it comes from (left out of the results; -1 for none). */
export interface QueryBag extends Omit<TermBag, 'len'> {
	docId: number;
	/** The query task's own heading (none for free text). */
	title?: string;
	/** The query task's file (none for free text): its document is the query's context. */
	file?: FileEntry;
}

export class Ranker {
	/** Per-slot score accumulator, all zero between queries; as long as the store's per-slot arrays. */
	private acc = new Float32Array(0);
	/**
	 * The slots a query scored, reused from query to query (as long as `acc`): a query at 10,000
	 * notices scores about 60,000 tasks, and a list that size made anew each time kept the
	 * collector busy in the middle of later queries (p95 17.4–19.1 → 15.3–16.2 ms).
	 */
	private touched = new Int32Array(0);
	private readonly context: DocContext;

	constructor(private readonly store: IndexStore, private readonly rank: RankOptions) {
		this.context = new DocContext(store, df => this.idf(df));
	}

	private idf(df: number): number {
		const n = Math.max(this.store.liveTasks, 1);
		return Math.log(1 + (n - df + 0.5) / (df + 0.5));
	}

	/**
	 * The query's results; with feedback on, the first search's top `feedbackKeep` results, then
	 * those of the query expanded by its best `feedbackDocs` results' terms (feedback.ts).
	 */
	run(q: QueryBag, opts: QueryOptions): RelatedResult[] {
		const r = this.rank;
		const limit = Math.max(1, opts.limit ?? 20);
		if (r.feedbackTerms <= 0 || limit <= r.feedbackKeep) { return this.search(q, opts); }
		// One first search serves both: a shorter limit gives a prefix of a longer one.
		const first = this.search(q, { ...opts, limit: Math.max(r.feedbackDocs, r.feedbackKeep) });
		const top = first.slice(0, r.feedbackDocs).map(x => this.store.recOf(x.task)).filter((x): x is TaskRec => x !== undefined);
		const { uni, uw } = expandTerms(q.uni, q.uw, top, id => this.idf(this.store.df[id] || 1), r.feedbackTerms, r.feedbackWeight);
		const kept = first.slice(0, r.feedbackKeep);
		const texts = new Set(kept.map(x => x.task.textKey));
		// Fields named one by one: a bag may be a class whose views are getters (store.ts), which a spread drops.
		const again = this.search({ uni, uw, bi: q.bi, head: q.head, docId: q.docId, title: q.title, file: q.file }, { ...opts, limit: limit + kept.length });
		return [...kept, ...again.filter(x => !texts.has(x.task.textKey))].slice(0, limit);
	}

	private search(q: QueryBag, opts: QueryOptions): RelatedResult[] {
		const r = this.rank, st = this.store;
		const limit = Math.max(1, opts.limit ?? 20);
		const n = st.liveTasks;
		if (!n || !q.uni.length) { return []; }
		const avg = st.lenSum / n;

		// Query terms: the strongest idf × saturated weight.
		const qt: { id: number; w: number; idf: number }[] = [];
		for (let i = 0; i < q.uni.length; i++) {
			const id = q.uni[i];
			const df = st.df[id];
			if (!df) { continue; }
			const f = q.uw[i];
			const idf = this.idf(df);
			qt.push({ id, idf, w: idf * (f * (r.k3 + 1)) / (f + r.k3) });
		}
		qt.sort((a, b) => b.w - a.w);
		const explained = qt.slice(0, r.maxQueryTerms);
		const dfCap = r.maxTermDf * n;
		const chosen = explained.filter((t, i) => i < 4 || st.df[t.id] <= dfCap);
		const common = explained.filter((t, i) => i >= 4 && st.df[t.id] > dfCap);
		// Near synonyms absent from the query are searched too, weaker; they explain nothing.
		for (const t of this.synonymTerms(q, explained)) { (st.df[t.id] <= dfCap ? chosen : common).push(t); }

		// BM25 accumulation.
		if (this.acc.length !== st.alive.length) { this.acc = new Float32Array(st.alive.length); }
		const acc = this.acc;
		if (this.touched.length !== acc.length) { this.touched = new Int32Array(acc.length); }
		const touched = this.touched;
		let nt = 0;
		const k1 = r.k1, b = r.b, k1p = k1 + 1;
		const lens = st.lens, alive = st.alive;
		const normA = k1 * (1 - b), normB = k1 * b / avg;
		for (const t of chosen) {
			const p = st.postings[t.id];
			if (!p) { continue; }
			const slots = p.slots, tfs = p.tfs, w = t.w;
			for (let i = 0; i < p.n; i++) {
				const s = slots[i];
				if (!alive[s]) { continue; }
				const tf = tfs[i];
				if (acc[s] === 0) { touched[nt++] = s; }
				acc[s] += w * tf * k1p / (tf + normA + normB * lens[s]);
			}
		}

		// Top candidates (other documents only) for the rerank, one per distinct task text:
		// copies of the same task of the same notice in several files collapse here already.
		// The eligible ones are moved to the front of `touched`; the others' scores are cleared now.
		const slotDoc = st.slotDoc, recs = st.recs, file = opts.onlyFile;
		let ne = 0;
		for (let i = 0; i < nt; i++) {
			const s = touched[i];
			// (onlyFile: one file's tasks only, two notices aligned)
			if (slotDoc[s] !== q.docId && (file === undefined || recs[s]!.file.key === file)) { touched[ne++] = s; } else { acc[s] = 0; }
		}
		const depth = Math.max(r.rerankDepth, limit * 3);
		const { best, copies } = bestDistinct(touched.subarray(0, ne), acc, st.slotText, depth);
		const base = new Map<number, number>();
		for (const s of best) { base.set(s, acc[s]); }
		for (let i = 0; i < ne; i++) { acc[touched[i]] = 0; }

		// Rerank.
		const qGrams = r.headCharWeight && q.title !== undefined ? headGrams(q.title) : null;
		const qTermW = new Map<number, number>(explained.map(t => [t.id, t.w]));
		const scored = best.map(s => {
			const rec = st.recs[s]!;
			let score = base.get(s)!;
			const uni = rec.uni, uw = rec.uw, len = rec.len; // views made once per candidate
			for (const t of common) {
				const i = indexOfSorted(uni, t.id);
				if (i >= 0) { const tf = uw[i]; score += t.w * tf * k1p / (tf + normA + normB * len); }
			}
			if (r.bigramWeight && q.bi.length && rec.bi.length) {
				score += r.bigramWeight * this.bigramOverlap(q, rec);
			}
			if (r.titleMatchWeight && q.head.length && rec.head.length) {
				score += r.titleMatchWeight * this.headOverlap(q.head, rec.head);
			}
			if (qGrams) {
				score += r.headCharWeight * dice(qGrams, headGrams(rec.title));
			}
			return { rec, score };
		});
		if (r.docContextWeight && q.file) {
			const cos = this.context.similarities({ file: q.file, docId: q.docId }, scored.map(x => x.rec));
			scored.forEach((x, i) => { x.score *= 1 + r.docContextWeight * cos[i]; });
		}
		scored.sort((x, y) => y.score - x.score || x.rec.slot - y.rec.slot);
		if (r.diversityCap > 0) { diversify(scored, r.diversityCap, r.diversitySlack); }

		// The same task of the same document found in several files was collapsed above.
		const out: RelatedResult[] = [];
		for (const { rec, score } of scored.slice(0, limit)) {
			const duplicates = (copies.get(rec.slot) ?? []).map(s => st.recs[s]!).map(c => ({ file: c.file.key, offset: c.offset }));
			out.push({ task: rec.task, meta: rec.doc.meta, score: Math.round(score * 1000) / 1000, terms: this.explain(qTermW, rec, avg), duplicates });
		}
		return out;
	}

	/** Near synonyms of the query's terms that the query lacks, weighted as their term × synonymWeight. */
	private synonymTerms(q: QueryBag, terms: { id: number; w: number; idf: number }[]): { id: number; w: number; idf: number }[] {
		const r = this.rank, st = this.store;
		if (!r.synonymWeight) { return []; }
		const have = new Set(q.uni);
		const out = new Map<number, { id: number; w: number; idf: number }>();
		for (const t of terms) {
			for (const syn of synonymsOf(st.terms[t.id])) {
				const id = st.termIds.get(syn);
				if (id === undefined || have.has(id) || !st.df[id]) { continue; }
				const idf = this.idf(st.df[id]);
				const w = r.synonymWeight * idf * (t.w / t.idf);
				const prev = out.get(id);
				if (!prev || prev.w < w) { out.set(id, { id, w, idf }); }
			}
		}
		return [...out.values()].sort((a, b) => b.w - a.w || a.id - b.id);
	}

	private bigramOverlap(q: QueryBag, rec: TaskRec): number {
		let i = 0, j = 0, s = 0;
		const a = q.bi, b = rec.bi, biDf = this.store.biDf, tw = this.rank.titleWeight;
		while (i < a.length && j < b.length) {
			const x = bigramId(a[i]), y = bigramId(b[j]);
			if (x < y) { i++; } else if (x > y) { j++; } else {
				const df = biDf.get(x);
				if (df > 0) {
					const f = Math.min(bigramWeight(a[i], tw), bigramWeight(b[j], tw));
					s += this.idf(df) * f / (f + 1);
				}
				i++; j++;
			}
		}
		return s;
	}

	private headOverlap(a: Int32Array, b: Int32Array): number {
		const df = this.store.df;
		let i = 0, j = 0, s = 0, ws = 0;
		const all = new Set<number>();
		for (const x of a) { all.add(x); }
		for (const x of b) { all.add(x); }
		for (const x of all) { ws += this.idf(df[x] || 1); }
		while (i < a.length && j < b.length) {
			if (a[i] < b[j]) { i++; } else if (a[i] > b[j]) { j++; } else { s += this.idf(df[a[i]] || 1); i++; j++; }
		}
		// Weighted Jaccard of the two headings, scaled to an idf-like magnitude.
		return ws ? (s / ws) * s : 0;
	}

	/** The query terms that weigh most in `rec`'s score, at most 8. */
	private explain(qTermW: Map<number, number>, rec: TaskRec, avg: number): string[] {
		const r = this.rank;
		const parts: { t: string; c: number }[] = [];
		const norm = r.k1 * (1 - r.b + r.b * rec.len / avg);
		const uni = rec.uni, uw = rec.uw;
		for (let i = 0; i < uni.length; i++) {
			const w = qTermW.get(uni[i]);
			if (w === undefined) { continue; }
			const tf = uw[i];
			parts.push({ t: this.store.terms[uni[i]], c: w * tf * (r.k1 + 1) / (tf + norm) });
		}
		parts.sort((x, y) => y.c - x.c);
		return parts.slice(0, 8).map(p => p.t);
	}
}

/** The character bigrams of a heading (blanks and punctuation left out). */
function headGrams(title: string): Set<string> {
	const g = new Set<string>();
	const t = title.replace(/[\s\p{P}]/gu, '');
	for (let i = 1; i < t.length; i++) { g.add(t.slice(i - 1, i + 1)); }
	return g;
}

/** Dice coefficient of two sets of heading bigrams. */
function dice(a: Set<string>, b: Set<string>): number {
	if (!a.size || !b.size) { return 0; }
	let shared = 0;
	for (const g of a) { if (b.has(g)) { shared++; } }
	return 2 * shared / (a.size + b.size);
}

/**
 * Reorders `scored` (best first) so that no notice holds more than `cap` of the top five, unless
 * the best result of another notice scores below (1 − slack) × the result it would displace:
 * then nothing else scores close, and the notice keeps its place. The rest keeps its order.
 */
export function diversify(scored: { rec: { docId: number }; score: number }[], cap: number, slack: number): void {
	const count = new Map<number, number>();
	const n = Math.min(DIVERSITY_WINDOW, scored.length);
	for (let i = 0; i < n; i++) {
		const cur = scored[i];
		if ((count.get(cur.rec.docId) ?? 0) >= cap) {
			const j = scored.findIndex((x, k) => k > i && (count.get(x.rec.docId) ?? 0) < cap);
			if (j > 0 && scored[j].score >= (1 - slack) * cur.score) {
				const [alt] = scored.splice(j, 1);
				scored.splice(i, 0, alt);
			}
		}
		const d = scored[i].rec.docId;
		count.set(d, (count.get(d) ?? 0) + 1);
	}
}
