// A fast, stable 64-bit string hash (two FNV-1a lanes) for identities that need no crypto:
// "the same document" and "the same task text" across files (over identityText, text/normalize.ts).

/** The two lanes of the last string hashed (module state: no allocation per hash). */
let lane1 = 0, lane2 = 0;

function hashLanes(s: string): void {
	let h1 = 0x811c9dc5 | 0;
	let h2 = 0x01000193 ^ 0x9e3779b9;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193);
		h2 = Math.imul(h2 ^ c, 0x5bd1e995);
		h2 ^= h2 >>> 15;
	}
	lane1 = h1 >>> 0;
	lane2 = h2 >>> 0;
}

export function hash64(s: string): string {
	hashLanes(s);
	return lane1.toString(16).padStart(8, '0') + lane2.toString(16).padStart(8, '0');
}

/**
 * The same two lanes folded into one number below 2^53, exact as a double: a key a typed array
 * can hold (the ranking's "same task text" per slot, store.ts). 53 of 64 bits: two of a query's
 * few thousand candidates share one by chance about once in 10^9 queries.
 */
export function hash53(s: string): number {
	hashLanes(s);
	return lane1 * 0x200000 + (lane2 & 0x1fffff);
}
