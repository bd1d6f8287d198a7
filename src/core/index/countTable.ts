// Document frequencies of hashed bigrams: one 16-bit count per bucket (8 MB for 2^22 buckets
// instead of 16: half the pages to touch when an index loads), exact above 65,535 through a side
// map, which only the commonest bigrams of a very large workspace ever reach.
const SATURATED = 0xffff;

export class CountTable {
	private readonly counts: Uint16Array;
	private readonly overflow = new Map<number, number>();

	constructor(size: number) { this.counts = new Uint16Array(size); }

	inc(id: number): void {
		if (this.counts[id] === SATURATED) { this.overflow.set(id, (this.overflow.get(id) ?? 0) + 1); } else { this.counts[id]++; }
	}

	/** `k` incs of `id` at once. */
	add(id: number, k: number): void {
		const room = SATURATED - this.counts[id];
		if (k < room) { this.counts[id] += k; return; }
		this.counts[id] = SATURATED;
		if (k > room) { this.overflow.set(id, (this.overflow.get(id) ?? 0) + (k - room)); }
	}

	/**
	 * Writes `id`'s count back as it is: its page of the table, never written yet in a young
	 * index, is faulted in now rather than in a step that must stay short (a big insert's go-live:
	 * 14,590 first writes took 27 ms there). What a query reads does not change.
	 */
	touch(id: number): void {
		this.counts[id] = this.counts[id];
	}

	/**
	 * Touches (as `touch` does) one count in every 4 KB page of the table, `pagesPerStep` pages a
	 * step: a young index's first inserts would otherwise fault in a page for nearly every bigram
	 * they count (about 30 ms for a notice of a few hundred tasks, in one step). The pages would be
	 * taken anyway: a notice's bigrams fall on most of them.
	 */
	*touchAllSteps(pagesPerStep: number): Generator<void> {
		const perPage = 4096 / Uint16Array.BYTES_PER_ELEMENT;
		let pages = 0;
		for (let i = 0; i < this.counts.length; i += perPage) {
			this.touch(i);
			if (++pages % pagesPerStep === 0) { yield; }
		}
	}

	/** Undoes one inc of `id` (never below zero). */
	dec(id: number): void {
		const over = this.overflow.get(id);
		if (over !== undefined) {
			if (over > 1) { this.overflow.set(id, over - 1); } else { this.overflow.delete(id); }
		} else if (this.counts[id] > 0) {
			this.counts[id]--;
		}
	}

	get(id: number): number {
		const c = this.counts[id];
		return c === SATURATED ? c + (this.overflow.get(id) ?? 0) : c;
	}
}

/**
 * Slots a BucketCounts starts with at most. A big file has far fewer distinct buckets than
 * characters (a 40 MB dump: 14,590), so a table sized to its text (2^22 slots) made its go-live
 * step scan 32 MB for them; it grows at half full instead.
 */
const MAX_INITIAL = 1 << 14;

/**
 * Counts per bucket of one big insert's bigrams, added to a CountTable in one pass per bucket
 * (store.ts). An open-addressing table that starts at most MAX_INITIAL slots and grows at half
 * full, not one count per bucket of the whole space, which a file of 60,000 characters would
 * allocate and touch for 16 MB.
 */
export class BucketCounts {
	private keys: Int32Array; // bucket + 1; 0: empty
	private counts: Int32Array;
	private used = 0;

	constructor(chars: number) {
		let size = 1024;
		while (size < chars && size < MAX_INITIAL) { size *= 2; }
		this.keys = new Int32Array(size);
		this.counts = new Int32Array(size);
	}

	/** Slots in the table (grows at half full). */
	get capacity(): number { return this.keys.length; }

	inc(id: number): void {
		const mask = this.keys.length - 1, key = id + 1;
		let i = Math.imul(id, 0x9e3779b1) >>> 0 & mask;
		while (this.keys[i] !== 0 && this.keys[i] !== key) { i = (i + 1) & mask; }
		if (this.keys[i] === 0) {
			this.keys[i] = key;
			if (++this.used * 2 > this.keys.length) { this.counts[i]++; this.grow(); return; }
		}
		this.counts[i]++;
	}

	/** Touches (CountTable.touch) every bucket addTo will add to, yielding after every `perStep`. */
	*touchIn(table: CountTable, perStep: number): Generator<void> {
		let n = 0;
		for (let i = 0; i < this.keys.length; i++) {
			if (!this.keys[i]) { continue; }
			table.touch(this.keys[i] - 1);
			if (++n % perStep === 0) { yield; }
		}
	}

	addTo(table: CountTable): void {
		for (let i = 0; i < this.keys.length; i++) { if (this.keys[i]) { table.add(this.keys[i] - 1, this.counts[i]); } }
	}

	private grow(): void {
		const keys = this.keys, counts = this.counts;
		this.keys = new Int32Array(keys.length * 2);
		this.counts = new Int32Array(keys.length * 2);
		const mask = this.keys.length - 1;
		for (let j = 0; j < keys.length; j++) {
			if (!keys[j]) { continue; }
			let i = Math.imul(keys[j] - 1, 0x9e3779b1) >>> 0 & mask;
			while (this.keys[i] !== 0) { i = (i + 1) & mask; }
			this.keys[i] = keys[j];
			this.counts[i] = counts[j];
		}
	}
}
