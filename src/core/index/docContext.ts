// Document context: how close two tasks' whole documents are. A task's own words say what it
// is about, its document says in which field: a 开放公共设施 clause of a library regulation is no
// counterpart of a broadband plan's, though the two share their words. The rerank scales each
// candidate's score by 1 + weight × the cosine of the two documents' term vectors (log tf × idf,
// tf summed over the document's tasks' bags), so it orders close candidates and never finds new ones.
//
// A document's terms are read from its file's bags when first asked for and the last few
// hundred kept; idf is applied at query time, so a result does not depend on when a vector was read.
import type { FileEntry, IndexStore, TaskRec } from './store';

/** Documents whose term lists are kept (about 10 kB each: a query's candidates span a few dozen). */
const KEPT_DOCUMENTS = 512;

/** A document's terms: ids ascending with their summed weighted frequencies. */
interface DocTerms { ids: Int32Array; tfs: Float32Array }

/** A task's place, as the ranker's query and candidates give it. */
export interface DocRef { file: FileEntry; docId: number }

export class DocContext {
	private readonly kept = new Map<string, DocTerms>();
	/** The query document's weights by term id, zero elsewhere between calls. */
	private dense = new Float64Array(0);
	/** Per-term summing buffer of `termsOf`, zero between calls. */
	private sum = new Float64Array(0);

	constructor(private readonly store: IndexStore, private readonly idf: (df: number) => number) {}

	/** The cosine of `query`'s document with each candidate's, in the candidates' order (0 for the query's own). */
	similarities(query: DocRef, candidates: readonly TaskRec[]): Float64Array {
		const out = new Float64Array(candidates.length);
		const q = this.termsOf(query);
		if (!q.ids.length) { return out; }
		if (this.dense.length < this.store.terms.length) { this.dense = new Float64Array(this.store.terms.length); }
		const dense = this.dense;
		let qNorm = 0;
		for (let i = 0; i < q.ids.length; i++) {
			const w = this.weight(q.ids[i], q.tfs[i]);
			dense[q.ids[i]] = w;
			qNorm += w * w;
		}
		qNorm = Math.sqrt(qNorm);
		// Candidates share documents: each document's cosine is computed once.
		const byDoc = new Map<string, number>();
		try {
			candidates.forEach((c, k) => {
				const key = `${c.file.serial}#${c.docId}`;
				let cos = byDoc.get(key);
				if (cos === undefined) {
					const d = this.termsOf(c);
					let dot = 0, norm = 0;
					for (let i = 0; i < d.ids.length; i++) {
						const w = this.weight(d.ids[i], d.tfs[i]);
						norm += w * w;
						dot += w * dense[d.ids[i]];
					}
					cos = norm > 0 && qNorm > 0 ? dot / (Math.sqrt(norm) * qNorm) : 0;
					byDoc.set(key, cos);
				}
				out[k] = cos;
			});
		} finally {
			for (let i = 0; i < q.ids.length; i++) { dense[q.ids[i]] = 0; }
		}
		return out;
	}

	private weight(id: number, tf: number): number {
		const df = this.store.df[id];
		return df > 0 ? Math.log(1 + tf) * this.idf(df) : 0;
	}

	/**
	 * The terms of a document of a file, summed over its tasks' bags. Kept by the file entry's
	 * serial: a file inserted again is a new entry, so a kept list never outlives the ids it names.
	 */
	private termsOf(ref: DocRef): DocTerms {
		const key = `${ref.file.serial}#${ref.docId}`;
		let d = this.kept.get(key);
		if (d) {
			this.kept.delete(key); // newest last
			this.kept.set(key, d);
			return d;
		}
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
		const ids = Int32Array.from(touched).sort();
		const tfs = new Float32Array(ids.length);
		for (let i = 0; i < ids.length; i++) { tfs[i] = sum[ids[i]]; sum[ids[i]] = 0; }
		d = { ids, tfs };
		this.kept.set(key, d);
		if (this.kept.size > KEPT_DOCUMENTS) { this.kept.delete(this.kept.keys().next().value!); }
		return d;
	}
}
