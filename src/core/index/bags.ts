// A task (or a free-text query) as the index weighs it: its term ids with weighted frequencies
// (body 1, the task's own heading, the enclosing headings and the document title each with
// their weight), its hashed bigrams and the distinct terms of its own heading.

/** Size − 1 of the hashed bigram table (2^22 buckets). */
export const BIGRAM_MASK = (1 << 22) - 1;

/** Most times a bigram is counted in a task's body, and in its heading (5 bits each). */
const BIGRAM_COUNT_MAX = 31;

/**
 * A bigram of a bag as one number: its hashed id (22 bits) above its count in the task's body and
 * its count in the heading (5 bits each, a longer run counted as 31): half the memory of an id and
 * a weight apart, and sorting the numbers sorts the ids.
 */
export function packBigram(id: number, body: number, title: number): number {
	return id * 1024 + Math.min(body, BIGRAM_COUNT_MAX) * 32 + Math.min(title, BIGRAM_COUNT_MAX);
}

/** The hashed id of a packed bigram. */
export function bigramId(packed: number): number { return packed >>> 10; }

/** The weighted frequency of a packed bigram: each body occurrence 1, each heading occurrence `titleWeight`. */
export function bigramWeight(packed: number, titleWeight: number): number {
	return ((packed >>> 5) & BIGRAM_COUNT_MAX) + titleWeight * (packed & BIGRAM_COUNT_MAX);
}

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
	/** Bigrams, ascending, packed (packBigram): a bigram's id and its counts in one number. */
	bi: Uint32Array;
	/** Term ids of the task's own heading, ascending. */
	head: Int32Array;
	/** Sum of the weighted frequencies (the BM25 length). */
	len: number;
}

/** Doubles `a` until it holds `need` entries (at least 16), keeping its content. */
export function grow<T extends Int32Array | Uint32Array | Float32Array | Uint8Array | Float64Array>(a: T, need: number): T {
	if (need <= a.length) { return a; }
	let n = Math.max(16, a.length);
	while (n < need) { n *= 2; }
	const b = new (a.constructor as new (n: number) => T)(n);
	b.set(a);
	return b;
}

/** Where a task's bag lies in its file's pool (BagPool): [u0, u1) of uni/uw, [b0, b1) of bi, [h0, h1) of head. */
export interface BagSpan {
	u0: number; u1: number;
	b0: number; b1: number;
	h0: number; h1: number;
	len: number;
}

/**
 * The bags of one file's tasks, one flat array per part: four typed arrays per file instead of
 * four per task (a typed array costs an allocation and ~100 bytes of its own, and 276k tasks
 * made GC a third of insert time).
 */
export interface BagPool {
	uni: Int32Array;
	uw: Float32Array;
	bi: Uint32Array;
	head: Int32Array;
}

/** A pool being filled: arrays grow by doubling; `finish` copies out what was written. */
export class BagPoolWriter implements BagPool {
	uni = new Int32Array(256);
	uw = new Float32Array(256);
	bi = new Uint32Array(256);
	head = new Int32Array(64);
	nu = 0;
	nb = 0;
	nh = 0;

	reserve(u: number, b: number, h: number): void {
		if (this.nu + u <= this.uni.length && this.nb + b <= this.bi.length && this.nh + h <= this.head.length) { return; }
		this.uni = grow(this.uni, this.nu + u);
		this.uw = grow(this.uw, this.nu + u);
		this.bi = grow(this.bi, this.nb + b);
		this.head = grow(this.head, this.nh + h);
	}

	/** Empty again, keeping the arrays. */
	reset(): this {
		this.nu = this.nb = this.nh = 0;
		return this;
	}

	finish(): BagPool {
		return { uni: this.uni.slice(0, this.nu), uw: this.uw.slice(0, this.nu), bi: this.bi.slice(0, this.nb), head: this.head.slice(0, this.nh) };
	}
}

/** Builds bags; keeps its scratch buffers between calls (one builder per index). */
export class BagBuilder {
	private scratch = new Float64Array(1024);
	private keyBuf = new Int32Array(1024);
	private touched = new Int32Array(1024);

	constructor(private readonly weights: BagWeights) {}

	/** The weighted bag of a task (or a query) on its own. */
	bag(title: number[], path: number[], body: number[], docTitle: number[], termIds: number): TermBag {
		const pool = new BagPoolWriter();
		const s = this.bagInto(pool, title, path, body, docTitle, termIds);
		return { uni: pool.uni.slice(s.u0, s.u1), uw: pool.uw.slice(s.u0, s.u1), bi: pool.bi.slice(s.b0, s.b1), head: pool.head.slice(s.h0, s.h1), len: s.len };
	}

	/** Appends the weighted bag of a task to `pool` from its token id sequences; ids are below `termIds`. */
	bagInto(pool: BagPoolWriter, title: number[], path: number[], body: number[], docTitle: number[], termIds: number): BagSpan {
		const r = this.weights;
		if (this.scratch.length < termIds) { this.scratch = grow(this.scratch, termIds); }
		const sc = this.scratch;
		const most = body.length + title.length + path.length + docTitle.length;
		if (this.touched.length < most) { this.touched = grow(this.touched, most); }
		const touched = this.touched;
		let nt = 0;
		const add = (ids: number[], w: number) => {
			for (let i = 0; i < ids.length; i++) {
				const id = ids[i];
				if (sc[id] === 0) { touched[nt++] = id; }
				sc[id] += w;
			}
		};
		add(body, 1);
		add(title, r.titleWeight);
		add(path, r.pathWeight);
		add(docTitle, r.docWeight);
		const nb = Math.max(0, body.length - 1) + Math.max(0, title.length - 1);
		pool.reserve(nt, nb, title.length);
		const u0 = pool.nu, u1 = u0 + nt;
		const uni = pool.uni, uw = pool.uw;
		uni.set(touched.subarray(0, nt), u0);
		uni.subarray(u0, u1).sort();
		let len = 0;
		for (let i = u0; i < u1; i++) { const w = sc[uni[i]]; uw[i] = w; len += w; sc[uni[i]] = 0; }
		pool.nu = u1;
		// Bigrams are hashed into a fixed table (the hashing trick): no dictionary to grow or
		// keep, and a collision only blurs two rare bigrams' idf.
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
		const bi = pool.bi;
		const b0 = pool.nb;
		let bn = b0;
		for (let i = 0; i < kn;) {
			const id = keys[i] >> 1;
			let inBody = 0, inTitle = 0;
			for (; i < kn && keys[i] >> 1 === id; i++) { if (keys[i] & 1) { inTitle++; } else { inBody++; } }
			bi[bn++] = packBigram(id, inBody, inTitle);
		}
		pool.nb = bn;
		// The heading's distinct terms, ascending.
		const h0 = pool.nh, head = pool.head;
		head.set(title, h0);
		head.subarray(h0, h0 + title.length).sort();
		let hn = h0;
		for (let i = h0; i < h0 + title.length; i++) { if (hn === h0 || head[hn - 1] !== head[i]) { head[hn++] = head[i]; } }
		pool.nh = hn;
		return { u0, u1, b0, b1: bn, h0, h1: hn, len };
	}
}
