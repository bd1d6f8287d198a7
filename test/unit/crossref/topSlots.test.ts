// The query's candidate selection: the best slots by score, one per distinct text, exactly as a
// full sort would give them, whatever the ties and however many copies crowd the top.
import * as assert from 'node:assert/strict';
import { bestDistinct } from '../../../src/core/index/topSlots';
import { hash53, hash64 } from '../../../src/core/tasks/hash';

/** A seeded generator, so a failure names a case that can be run again. */
function rng(seed: number): () => number {
	let x = seed >>> 0 || 1;
	return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 2 ** 32; };
}

/** The reference: every candidate sorted by score, then slot; the first k distinct texts, and the copies passed on the way. */
function bySort(slots: Int32Array, scores: Float32Array, texts: Float64Array, k: number) {
	const order = [...slots].sort((a, b) => scores[b] - scores[a] || a - b);
	const best: number[] = [];
	const seen = new Map<number, number>();
	const copies = new Map<number, number[]>();
	for (const s of order) {
		if (best.length >= k) { break; }
		const first = seen.get(texts[s]);
		if (first === undefined) { seen.set(texts[s], s); best.push(s); } else { copies.set(first, [...(copies.get(first) ?? []), s]); }
	}
	return { best, copies };
}

const sorted = (m: Map<number, number[]>) => [...m].sort((a, b) => a[0] - b[0]);

describe('crossref: candidate selection (topSlots)', () => {
	it('ranks the best first, ties by the lower slot, one per text', () => {
		const scores = new Float32Array([0, 5, 2, 5, 9, 1, 2]);
		const texts = new Float64Array([10, 11, 12, 13, 14, 15, 12]);
		const slots = new Int32Array([6, 1, 2, 3, 4, 5]);
		// Slot 6 ties slot 2 and has its text: a copy once the walk has passed it, not before.
		const four = bestDistinct(slots, scores, texts, 4);
		assert.deepEqual(four.best, [4, 1, 3, 2]);
		assert.deepEqual([...four.copies], []);
		const five = bestDistinct(slots, scores, texts, 5);
		assert.deepEqual(five.best, [4, 1, 3, 2, 5]);
		assert.deepEqual([...five.copies], [[2, [6]]]);
		assert.deepEqual(bestDistinct(slots, scores, texts, 0).best, []);
		assert.deepEqual(bestDistinct(new Int32Array([]), scores, texts, 3).best, []);
	});

	it('equals a full sort on random scores, ties and copies (500 cases)', () => {
		for (let seed = 1; seed <= 500; seed++) {
			const r = rng(seed);
			const n = 1 + Math.floor(r() * 3000), slotsTotal = n + Math.floor(r() * 100);
			// Few distinct scores make many ties; few distinct texts make copies crowd the top.
			const levels = 1 + Math.floor(r() * 50), distinct = 1 + Math.floor(r() * 400);
			const scores = new Float32Array(slotsTotal), texts = new Float64Array(slotsTotal);
			for (let s = 0; s < slotsTotal; s++) {
				scores[s] = Math.floor(r() * levels) / 7;
				texts[s] = Math.floor(r() * distinct) * 2 ** 40; // large keys, as hash53 gives
			}
			const all = Array.from({ length: slotsTotal }, (_, s) => s);
			for (let i = all.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [all[i], all[j]] = [all[j], all[i]]; }
			const slots = Int32Array.from(all.slice(0, n));
			const k = 1 + Math.floor(r() * 120);
			const got = bestDistinct(slots, scores, texts, k);
			const want = bySort(slots, scores, texts, k);
			assert.deepEqual(got.best, want.best, `seed ${seed}`);
			assert.deepEqual(sorted(got.copies), sorted(want.copies), `seed ${seed}`);
		}
	});

	it('finds the second text below a thousand copies of the first', () => {
		const n = 1200;
		const scores = new Float32Array(n), texts = new Float64Array(n);
		for (let s = 0; s < n; s++) { scores[s] = s < 1000 ? 10 : 1; texts[s] = s < 1000 ? 1 : 2 + s; }
		const got = bestDistinct(Int32Array.from({ length: n }, (_, s) => s), scores, texts, 2);
		assert.deepEqual(got.best, [0, 1000]);
		assert.equal(got.copies.get(0)!.length, 999);
	});

	it('keys texts by a 53-bit number: a safe integer, one per text key', () => {
		const keys = Array.from({ length: 20_000 }, (_, i) => hash64(`任务${i}`));
		const nums = keys.map(hash53);
		assert.ok(nums.every(Number.isSafeInteger));
		assert.equal(new Set(nums).size, new Set(keys).size);
		assert.equal(hash53(keys[7]), nums[7]);
		// The upper lanes are used: not every key falls below 2^32.
		assert.ok(nums.some(x => x > 2 ** 40));
	});
});
