// A task (or a free-text query) as the index weighs it: its term ids with weighted frequencies
// (body 1, the task's own heading, the enclosing headings and the document title each with
// their weight), its hashed bigrams and the distinct terms of its own heading.

/** Size − 1 of the hashed bigram table (2^22 buckets). */
export const BIGRAM_MASK = (1 << 22) - 1;

/** How much a term counts in each part of a task (RankOptions carries them). */
export interface BagWeights {
	titleWeight: number;
	pathWeight: number;
	docWeight: number;
}

export interface TermBag {
	/** Unigram term ids, ascending, with their weighted frequencies. */
	uni: Int32Array;
	uw: Float32Array;
	/** Bigram ids, ascending, with their frequencies. */
	bi: Int32Array;
	bw: Float32Array;
	/** Term ids of the task's own heading, ascending. */
	head: Int32Array;
	/** Sum of the weighted frequencies (the BM25 length). */
	len: number;
}

/** Doubles `a` until it holds `need` entries (at least 16), keeping its content. */
export function grow<T extends Int32Array | Float32Array | Uint8Array | Float64Array>(a: T, need: number): T {
	if (need <= a.length) { return a; }
	let n = Math.max(16, a.length);
	while (n < need) { n *= 2; }
	const b = new (a.constructor as new (n: number) => T)(n);
	b.set(a);
	return b;
}

/** Builds bags; keeps its scratch buffers between calls (one builder per index). */
export class BagBuilder {
	private scratch = new Float64Array(1024);
	private keyBuf = new Int32Array(1024);

	constructor(private readonly weights: BagWeights) {}

	/** The weighted bag of a task from its token id sequences; ids are below `termIds`. */
	bag(title: number[], path: number[], body: number[], docTitle: number[], termIds: number): TermBag {
		const r = this.weights;
		this.scratch = grow(this.scratch, termIds);
		const sc = this.scratch;
		const touched: number[] = [];
		const add = (ids: number[], w: number) => {
			for (let i = 0; i < ids.length; i++) {
				const id = ids[i];
				if (sc[id] === 0) { touched.push(id); }
				sc[id] += w;
			}
		};
		add(body, 1);
		add(title, r.titleWeight);
		add(path, r.pathWeight);
		add(docTitle, r.docWeight);
		const uni = Int32Array.from(touched).sort();
		const uw = new Float32Array(uni.length);
		let len = 0;
		for (let i = 0; i < uni.length; i++) { const w = sc[uni[i]]; uw[i] = w; len += w; sc[uni[i]] = 0; }
		// Bigrams are hashed into a fixed table (the hashing trick): no dictionary to grow or
		// keep, and a collision only blurs two rare bigrams' idf.
		const nb = Math.max(0, body.length - 1) + Math.max(0, title.length - 1);
		if (this.keyBuf.length < nb) { this.keyBuf = new Int32Array(nb * 2); }
		let kn = 0;
		const kb = this.keyBuf;
		for (let i = 1; i < body.length; i++) {
			kb[kn++] = ((Math.imul(body[i - 1] + 1, 0x9e3779b1) ^ Math.imul(body[i] + 1, 0x85ebca6b)) & BIGRAM_MASK) * 2;
		}
		for (let i = 1; i < title.length; i++) {
			kb[kn++] = ((Math.imul(title[i - 1] + 1, 0x9e3779b1) ^ Math.imul(title[i] + 1, 0x85ebca6b)) & BIGRAM_MASK) * 2 + 1;
		}
		const keys = kb.subarray(0, kn).sort();
		const biIds = new Int32Array(kn);
		const biWs = new Float32Array(kn);
		let bn = 0;
		for (let i = 0; i < kn; i++) {
			const id = keys[i] >> 1;
			const w = keys[i] & 1 ? r.titleWeight : 1;
			if (bn && biIds[bn - 1] === id) { biWs[bn - 1] += w; } else { biIds[bn] = id; biWs[bn++] = w; }
		}
		const head = Int32Array.from(new Set(title)).sort();
		return { uni, uw, bi: biIds.slice(0, bn), bw: biWs.slice(0, bn), head, len };
	}
}
