// Document context: how close two tasks' whole documents are. A task's own words say what it
// is about, its document says in which field: a 开放公共设施 clause of a library regulation is no
// counterpart of a broadband plan's, though the two share their words. The rerank scales each
// candidate's score by 1 + weight × the cosine of the two documents' term vectors (log tf × idf),
// so it orders close candidates and never finds new ones.
//
// A document's vector is its DOC_TERMS most frequent terms, tf summed over its tasks' bags: read
// from its file's bags when first asked for and kept with the file's entry (about 0.5 kB a
// document). idf is applied at query time, so a result does not depend on when a vector was read.
import type { FileEntry, IndexStore, TaskRec } from './store';

/**
 * Terms of a document's vector. 64 ranks the judged set as the whole vector does (tune nDCG@5
 * 0.701 against 0.703, recall@10 0.663 against 0.657; 32 loses 0.01), at a fixed cost per candidate.
 */
const DOC_TERMS = 64;

/** A document's most frequent terms: ids ascending with log(1 + their summed weighted frequencies). */
interface DocTerms { ids: Int32Array; logTfs: Float32Array }

/** A task's place, as the ranker's query and candidates give it. */
export interface DocRef { file: FileEntry; docId: number }

export class DocContext {
	/** Each file entry's documents read so far: a file inserted again is a new entry, so nothing read outlives the ids it names. */
	private readonly read = new WeakMap<FileEntry, Map<number, DocTerms>>();
	/** Per-term summing buffer of `termsOf`, zero between calls. */
	private sum = new Float64Array(0);
	/** A document's sums, sorted to find its DOC_TERMS-th largest. */
	private sums = new Float64Array(0);

	constructor(private readonly store: IndexStore, private readonly idf: (df: number) => number) {}

	/** The cosine of `query`'s document with each candidate's, in the candidates' order. */
	similarities(query: DocRef, candidates: readonly TaskRec[]): Float64Array {
		const out = new Float64Array(candidates.length);
		const q = this.termsOf(query);
		if (!q.ids.length) { return out; }
		const qw = new Float64Array(q.ids.length);
		let qNorm = 0;
		for (let i = 0; i < q.ids.length; i++) {
			qw[i] = this.weight(q.ids[i], q.logTfs[i]);
			qNorm += qw[i] * qw[i];
		}
		qNorm = Math.sqrt(qNorm);
		candidates.forEach((c, k) => {
			const d = this.termsOf(c);
			let dot = 0, norm = 0;
			// Both id lists ascending: the shared terms are found by merging them.
			for (let i = 0, j = 0; i < d.ids.length; i++) {
				const id = d.ids[i];
				const w = this.weight(id, d.logTfs[i]);
				norm += w * w;
				while (j < q.ids.length && q.ids[j] < id) { j++; }
				if (j < q.ids.length && q.ids[j] === id) { dot += w * qw[j]; }
			}
			out[k] = norm > 0 && qNorm > 0 ? dot / (Math.sqrt(norm) * qNorm) : 0;
		});
		return out;
	}

	private weight(id: number, logTf: number): number {
		const df = this.store.df[id];
		return df > 0 ? logTf * this.idf(df) : 0;
	}

	/** A document's most frequent terms (at most DOC_TERMS), summed over its file's tasks of that document. */
	private termsOf(ref: DocRef): DocTerms {
		let docs = this.read.get(ref.file);
		if (!docs) { docs = new Map(); this.read.set(ref.file, docs); }
		let d = docs.get(ref.docId);
		if (d) { return d; }
		if (this.sum.length < this.store.terms.length) { this.sum = new Float64Array(this.store.terms.length); }
		const sum = this.sum;
		const touched: number[] = [];
		for (const rec of ref.file.recs) {
			if (rec.docId !== ref.docId) { continue; }
			const uni = rec.uni, uw = rec.uw;
			for (let i = 0; i < uni.length; i++) {
				if (sum[uni[i]] === 0) { touched.push(uni[i]); }
				sum[uni[i]] += uw[i];
			}
		}
		// The DOC_TERMS largest sums; of the terms tied at the last place, the first by their text,
		// so the vector does not depend on the order term ids were given in (an index built file by
		// file ranks as one built at once).
		let chosen = touched;
		const n = touched.length;
		if (n > DOC_TERMS) {
			if (this.sums.length < n) { this.sums = new Float64Array(2 * n); }
			const sums = this.sums.subarray(0, n);
			for (let i = 0; i < n; i++) { sums[i] = sum[touched[i]]; }
			const cut = sums.sort()[n - DOC_TERMS];
			chosen = [];
			const tied: string[] = [];
			for (const id of touched) {
				if (sum[id] > cut) { chosen.push(id); } else if (sum[id] === cut) { tied.push(this.store.terms[id]); }
			}
			tied.sort();
			for (let i = 0; chosen.length < DOC_TERMS; i++) { chosen.push(this.store.termIds.get(tied[i])!); }
		}
		const ids = Int32Array.from(chosen).sort();
		const logTfs = new Float32Array(ids.length);
		for (let i = 0; i < ids.length; i++) { logTfs[i] = Math.log(1 + sum[ids[i]]); }
		for (const id of touched) { sum[id] = 0; }
		d = { ids, logTfs };
		docs.set(ref.docId, d);
		return d;
	}
}
