// The best-scored candidates of a query, best first, one per distinct task text.
//
// A query touches some 60,000 slots at 10,000 notices and the rerank wants about a hundred. A
// max-heap over all of them, popped until enough distinct texts came up, was the largest part of
// a query: thousands of pops, each sifting through the whole heap, and a task record read per
// pop for its text. Here one pass keeps the best slot of each of the best `k` texts in a small
// min-heap: most candidates cost one comparison with its root, and texts are compared as numbers
// (the store's `slotText`), so no record is read.

/** a before b: the higher score first, then the lower slot (so equal scores rank the same every time). */
function better(scores: Float32Array, a: number, b: number): boolean {
	const x = scores[a], y = scores[b];
	return x > y || (x === y && a < b);
}

/**
 * Up to `k` slots with the highest scores, one per distinct text (`texts[slot]`), best first, and
 * the copies ranked above the last of them, each listed best first under the slot it collapsed into.
 */
export function bestDistinct(slots: Int32Array, scores: Float32Array, texts: Float64Array, k: number): { best: number[]; copies: Map<number, number[]> } {
	// A min-heap of each kept text's best slot: its root is the worst kept. `at` finds a text's place.
	const h: number[] = [];
	const at = new Map<number, number>();
	const swap = (i: number, j: number) => {
		const s = h[i]; h[i] = h[j]; h[j] = s;
		at.set(texts[h[i]], i); at.set(texts[h[j]], j);
	};
	const down = (i: number) => {
		for (;;) {
			const l = 2 * i + 1, r = l + 1;
			let w = i;
			if (l < h.length && better(scores, h[w], h[l])) { w = l; }
			if (r < h.length && better(scores, h[w], h[r])) { w = r; }
			if (w === i) { return; }
			swap(i, w);
			i = w;
		}
	};
	const up = (i: number) => {
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (!better(scores, h[p], h[i])) { return; }
			swap(p, i);
			i = p;
		}
	};
	if (k > 0) {
		for (let i = 0; i < slots.length; i++) {
			const s = slots[i];
			if (h.length >= k && !better(scores, s, h[0])) { continue; }
			const text = texts[s];
			const j = at.get(text);
			if (j !== undefined) {
				// A better copy of a kept text takes its place; a better slot sinks in a min-heap.
				if (better(scores, s, h[j])) { h[j] = s; down(j); }
			} else if (h.length < k) {
				h.push(s); at.set(text, h.length - 1);
				up(h.length - 1);
			} else {
				// A text not kept: none of its earlier slots beat the root, which only rises, so s is its best.
				at.delete(texts[h[0]]);
				h[0] = s; at.set(text, 0);
				down(0);
			}
		}
	}
	const best = [...h].sort((a, b) => (better(scores, a, b) ? -1 : 1));
	// The copies: every other slot ranked above the last kept (all of them when fewer than k texts exist).
	const copies = new Map<number, number[]>();
	const last = k > 0 && best.length >= k ? best[best.length - 1] : undefined;
	for (let i = 0; i < slots.length; i++) {
		const s = slots[i];
		if (last !== undefined && !better(scores, s, last)) { continue; }
		const j = at.get(texts[s]);
		if (j === undefined || h[j] === s) { continue; } // (undefined only when k is 0: nothing kept)
		let list = copies.get(h[j]);
		if (!list) { list = []; copies.set(h[j], list); }
		list.push(s);
	}
	for (const list of copies.values()) { list.sort((a, b) => (better(scores, a, b) ? -1 : 1)); }
	return { best, copies };
}
