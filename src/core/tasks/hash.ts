// A fast, stable 64-bit string hash (two FNV-1a lanes) for identities that need no crypto:
// "the same document" and "the same task text" across files.

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

/** Control characters, spaces, NBSP and the ideographic space: not part of a text's identity. */
const NOT_IDENTITY = /[\u0000-\u0020\u00a0\u3000]+/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;

/** Text as compared for identity: whitespace and the difference between full- and half-width forms removed. */
export function identityText(s: string): string {
	// Two regex passes, not a string grown a character at a time: that left a long chain of
	// pieces for the garbage collector on a long body.
	return s.replace(NOT_IDENTITY, '').replace(FULL_WIDTH, ch => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
