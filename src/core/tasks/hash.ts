// A fast, stable 64-bit string hash (two FNV-1a lanes) for identities that need no crypto:
// "the same document" and "the same task text" across files (over identityText, text/normalize.ts).

export function hash64(s: string): string {
	let h1 = 0x811c9dc5 | 0;
	let h2 = 0x01000193 ^ 0x9e3779b9;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193);
		h2 = Math.imul(h2 ^ c, 0x5bd1e995);
		h2 ^= h2 >>> 15;
	}
	return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * The same two lanes folded into one number below 2^53, exact as a double: a key a typed array
 * can hold (the ranking's "same task text" per slot, store.ts). 53 of 64 bits: two of a query's
 * few thousand candidates share one by chance about once in 10^9 queries.
 */
export function hash53(s: string): number {
	let h1 = 0x811c9dc5 | 0;
	let h2 = 0x01000193 ^ 0x9e3779b9;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193);
		h2 = Math.imul(h2 ^ c, 0x5bd1e995);
		h2 ^= h2 >>> 15;
	}
	return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}
