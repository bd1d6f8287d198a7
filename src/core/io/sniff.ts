// Byte statistics the decoder decides from: byte order marks, the NUL pattern of UTF-16, how
// much of a file is valid UTF-8, Big5 against GB18030 evidence, control-character density.
// Each looks at bytes or text only; the decisions are made in decode.ts.

export interface Bom { encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'; length: number }

const BOMS: { bytes: number[]; encoding: Bom['encoding'] }[] = [
	{ bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
	{ bytes: [0xff, 0xfe], encoding: 'utf-16le' },
	{ bytes: [0xfe, 0xff], encoding: 'utf-16be' },
	{ bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
];

export function bomOf(bytes: Uint8Array): Bom | null {
	for (const b of BOMS) {
		if (bytes.length >= b.bytes.length && b.bytes.every((x, i) => bytes[i] === x)) { return { encoding: b.encoding, length: b.bytes.length }; }
	}
	return null;
}

/** Bytes looked at for NULs and UTF-16 (git and VS Code look at the start of a file too). */
export const SNIFF_BYTES = 8192;

export function hasNul(bytes: Uint8Array, n = SNIFF_BYTES): boolean {
	return bytes.subarray(0, n).indexOf(0) >= 0;
}

/**
 * UTF-16 without a BOM, told from a start that holds NULs: the byte order in which at least
 * 95% of the code units are characters of ordinary text (ASCII, CJK, their punctuation, a few
 * other scripts). Chinese in UTF-16 has NULs on both sides (一 is U+4E00), so NUL parity alone
 * cannot decide; binary data read as UTF-16 lands on U+0000, controls and unusual blocks.
 * Null when neither order reads as text.
 */
export function utf16ByteOrder(bytes: Uint8Array, n = SNIFF_BYTES): 'utf-16le' | 'utf-16be' | null {
	const len = Math.min(bytes.length, n) & ~1;
	if (len < 2) { return null; }
	let le = 0, be = 0;
	for (let i = 0; i < len; i += 2) {
		if (isTextUnit(bytes[i] | (bytes[i + 1] << 8))) { le++; }
		if (isTextUnit((bytes[i] << 8) | bytes[i + 1])) { be++; }
	}
	const units = len / 2, best = Math.max(le, be);
	if (best < units * 0.95) { return null; }
	return le >= be ? 'utf-16le' : 'utf-16be';
}

/** [from, to) ranges of the code units ordinary text is made of. */
const TEXT_UNITS: [number, number][] = [
	[0x20, 0x7f], [0xa0, 0x180], // ASCII, Latin-1, Latin Extended-A
	[0x370, 0x500], // Greek, Cyrillic
	[0x2000, 0x2070], [0x2100, 0x2200], [0x2460, 0x2600], // punctuation, letterlike, ①, box drawing, ■●
	[0x3000, 0x3100], // CJK punctuation, kana, bopomofo
	[0x3400, 0x4dc0], [0x4e00, 0xa000], // CJK ideographs
	[0xd800, 0xe000], // surrogates (characters outside the BMP)
	[0xf900, 0xfb00], [0xfe30, 0xfe50], [0xff00, 0xfff0], // compatibility ideographs and forms, full-width forms
];

function isTextUnit(u: number): boolean {
	if (u === 0x09 || u === 0x0a || u === 0x0c || u === 0x0d) { return true; }
	for (const [from, to] of TEXT_UNITS) { if (u >= from && u < to) { return true; } }
	return false;
}

export interface Utf8Stats {
	/** Malformed sequences, each one U+FFFD in the decoded text (as the WHATWG decoder counts). */
	invalid: number;
	/** Well-formed sequences of two to four bytes. */
	multibyte: number;
	/** Byte offset of the first malformed sequence, -1 when none. */
	firstInvalid: number;
	/** False when the count stopped early (see `mostly`). */
	complete: boolean;
}

/**
 * One pass of the WHATWG UTF-8 decoder, counting instead of decoding. With `mostly`, stops as
 * soon as malformed sequences can no longer stay within one per `mostly` well-formed ones,
 * so GB18030 text is given up on after a few percent of its bytes.
 */
export function utf8Stats(bytes: Uint8Array, mostly?: number): Utf8Stats {
	let invalid = 0, multibyte = 0, firstInvalid = -1;
	let need = 0, seen = 0, lower = 0x80, upper = 0xbf, start = 0;
	const bad = (at: number) => { if (invalid++ === 0) { firstInvalid = at; } };
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (need === 0) {
			if (b < 0x80) { continue; }
			// At most one well-formed sequence per two bytes left.
			if (mostly !== undefined && invalid * mostly > multibyte + (bytes.length - i) / 2) { return { invalid, multibyte, firstInvalid, complete: false }; }
			start = i;
			if (b >= 0xc2 && b <= 0xdf) { need = 1; } else if (b >= 0xe0 && b <= 0xef) {
				if (b === 0xe0) { lower = 0xa0; } else if (b === 0xed) { upper = 0x9f; }
				need = 2;
			} else if (b >= 0xf0 && b <= 0xf4) {
				if (b === 0xf0) { lower = 0x90; } else if (b === 0xf4) { upper = 0x8f; }
				need = 3;
			} else { bad(i); }
			continue;
		}
		if (b < lower || b > upper) {
			bad(start);
			need = seen = 0; lower = 0x80; upper = 0xbf;
			i--; // the byte starts over
			continue;
		}
		lower = 0x80; upper = 0xbf;
		if (++seen === need) { need = seen = 0; multibyte++; }
	}
	if (need) { bad(start); }
	return { invalid, multibyte, firstInvalid, complete: true };
}

/** Bytes looked at to tell Big5 from GB18030. */
const LEGACY_SAMPLE = 1 << 16;

/**
 * Big5 rather than GB18030/GBK: Big5 trail bytes are 0x40–0x7E for about half the characters
 * and for ，。、, while GB2312 text (the bulk of GBK text) has trails 0xA1–0xFE only; lead bytes
 * 0x81–0xA0, trails 0x80–0xA0 and four-byte sequences exist in GB18030 only.
 */
export function looksLikeBig5(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, LEGACY_SAMPLE);
	let pairs = 0, lowTrail = 0, gbOnly = 0;
	for (let i = 0; i < n - 1; i++) {
		const lead = bytes[i];
		if (lead < 0x81 || lead === 0xff) { continue; }
		const trail = bytes[i + 1];
		pairs++;
		if (lead <= 0xa0 || (trail >= 0x80 && trail <= 0xa0) || (trail >= 0x30 && trail <= 0x39)) { gbOnly++; } else if (trail >= 0x40 && trail <= 0x7e) { lowTrail++; }
		i++;
	}
	return pairs > 0 && lowTrail >= pairs * 0.15 && gbOnly <= pairs * 0.02;
}

/** Code units looked at for control characters. */
const CONTROL_SAMPLE = 1 << 16;

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return, and DEL, in the text's start. */
export function controlCount(text: string): { controls: number; sampled: number } {
	const n = Math.min(text.length, CONTROL_SAMPLE);
	let controls = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) { controls++; }
	}
	return { controls, sampled: n };
}

export function replacementCount(text: string): number {
	let n = 0;
	for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) { n++; }
	return n;
}
