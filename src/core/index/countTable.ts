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
