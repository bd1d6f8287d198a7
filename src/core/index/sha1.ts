// SHA-1 of a string's UTF-8 bytes, in plain TypeScript (src/core stays free of node built-ins).
// Used only as a content key for the index cache, not for security.

const encoder = new TextEncoder();

export function sha1(text: string): string {
	const bytes = encoder.encode(text);
	const len = bytes.length;
	const blocks = ((len + 8) >>> 6) + 1;
	const words = new Int32Array(blocks * 16);
	for (let i = 0; i < len; i++) { words[i >>> 2] |= bytes[i] << (24 - (i & 3) * 8); }
	words[len >>> 2] |= 0x80 << (24 - (len & 3) * 8);
	const bits = len * 8;
	words[blocks * 16 - 1] = bits | 0;
	words[blocks * 16 - 2] = Math.floor(bits / 0x100000000) | 0;
	let h0 = 0x67452301, h1 = 0xefcdab89 | 0, h2 = 0x98badcfe | 0, h3 = 0x10325476, h4 = 0xc3d2e1f0 | 0;
	const w = new Int32Array(80);
	for (let b = 0; b < blocks; b++) {
		for (let i = 0; i < 16; i++) { w[i] = words[b * 16 + i]; }
		for (let i = 16; i < 80; i++) { const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]; w[i] = (x << 1) | (x >>> 31); }
		let a = h0, bb = h1, c = h2, d = h3, e = h4;
		for (let i = 0; i < 80; i++) {
			let f: number, k: number;
			if (i < 20) { f = (bb & c) | (~bb & d); k = 0x5a827999; } else if (i < 40) { f = bb ^ c ^ d; k = 0x6ed9eba1; } else if (i < 60) { f = (bb & c) | (bb & d) | (c & d); k = 0x8f1bbcdc | 0; } else { f = bb ^ c ^ d; k = 0xca62c1d6 | 0; }
			const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]) | 0;
			e = d; d = c; c = (bb << 30) | (bb >>> 2); bb = a; a = t;
		}
		h0 = (h0 + a) | 0; h1 = (h1 + bb) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0; h4 = (h4 + e) | 0;
	}
	return [h0, h1, h2, h3, h4].map(h => (h >>> 0).toString(16).padStart(8, '0')).join('');
}
