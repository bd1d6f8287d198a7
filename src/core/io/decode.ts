// Bytes → text: every encoding decision of the product, in this order (the first row that
// matches decides). Offsets everywhere are UTF-16 indices into `text`, so a BOM is removed
// (VS Code drops it too).
//
// | bytes                                             | read as                                 |
// |---------------------------------------------------|-----------------------------------------|
// | EF BB BF …                                        | UTF-8, BOM removed                      |
// | FF FE … / FE FF …                                 | UTF-16LE / UTF-16BE, BOM removed        |
// | 84 31 95 33 …                                     | GB18030, BOM removed                    |
// | NULs in the first 8 KiB, ≥95% of it UTF-16 text   | UTF-16LE or BE, warned (no BOM)         |
// | other NULs in the first 8 KiB                     | refused: binary file (NUL bytes)        |
// | `encoding` given (VS Code, auto-guess off)        | that encoding                           |
// | valid UTF-8                                       | UTF-8                                   |
// | ≤ 1 malformed sequence per 50 well-formed ones    | UTF-8, malformed → U+FFFD, warned       |
// | Big5 trail-byte pattern                           | Big5                                    |
// | anything else                                     | GB18030 (covers GBK and GB2312)         |
// | then, any row: > 1% control characters            | refused: binary file (control chars)    |
// | then, guessed GB18030/Big5: > 2% U+FFFD           | refused: not text                       |
//
// Bytes no row can read become U+FFFD and are counted in a warning.
import { bomOf, controlCount, hasNul, looksLikeBig5, replacementCount, utf16ByteOrder, utf8Stats, type Utf8Stats } from './sniff';
import { supportedEncoding } from './encodings';

export interface Decoded {
	/** The text without its BOM; '' when `binary`. */
	text: string;
	/** WHATWG name of the encoding read: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', … */
	encoding: string;
	/** The bytes started with a byte order mark (not part of `text`). */
	bom: boolean;
	/** Not text: refused, `reason` says why. */
	binary: boolean;
	reason?: string;
	/** What a reader should be told: bytes replaced by U+FFFD, a UTF-16 without BOM, an unknown setting. */
	warnings: string[];
}

export interface DecodeOptions {
	/**
	 * Read with this encoding (a WHATWG label) unless a BOM or the UTF-16 NUL pattern says
	 * otherwise, the way VS Code applies `files.encoding` when `files.autoGuessEncoding` is off.
	 * Without it the encoding is guessed.
	 */
	encoding?: string;
}

/** Guessed UTF-8 stays UTF-8 up to one malformed sequence per this many well-formed ones. */
const MOSTLY_UTF8 = 50;

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
	const warnings: string[] = [];
	const bom = bomOf(bytes);
	if (bom) { return finish(read(bytes.subarray(bom.length), bom.encoding, warnings), bom.encoding, true, warnings, false); }
	if (hasNul(bytes)) {
		const order = utf16ByteOrder(bytes);
		if (!order) { return refuse('binary file (NUL bytes)'); }
		warnings.push(`no byte order mark: read as ${order.toUpperCase()} from its NUL bytes`);
		return finish(read(bytes, order, warnings), order, false, warnings, false);
	}
	if (options.encoding !== undefined) {
		const encoding = supportedEncoding(options.encoding);
		if (encoding) { return finish(read(bytes, encoding, warnings), encoding, false, warnings, false); }
		warnings.push(`encoding '${options.encoding}' cannot be decoded here: guessed instead`);
	}
	return guess(bytes, warnings);
}

function guess(bytes: Uint8Array, warnings: string[]): Decoded {
	const strict = strictUtf8(bytes);
	if (strict !== null) { return finish(strict, 'utf-8', false, warnings, false); }
	const stats = utf8Stats(bytes, MOSTLY_UTF8);
	if (stats.complete && stats.invalid * MOSTLY_UTF8 <= stats.multibyte) {
		return finish(lenientUtf8(bytes, stats, warnings), 'utf-8', false, warnings, false);
	}
	const legacy = looksLikeBig5(bytes) ? 'big5' : 'gb18030';
	return finish(read(bytes, legacy, warnings), legacy, false, warnings, true);
}

/** Decodes with `encoding`, noting replaced bytes in `warnings`. */
function read(bytes: Uint8Array, encoding: string, warnings: string[]): string {
	if (encoding === 'utf-8') { return strictUtf8(bytes) ?? lenientUtf8(bytes, utf8Stats(bytes), warnings); }
	// The BOM is already cut off; a second U+FEFF is content.
	const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
	const replaced = replacementCount(text);
	if (replaced) { warnings.push(`${replaced} byte sequence(s) not valid ${encoding.toUpperCase()}, replaced by U+FFFD`); }
	return text;
}

function strictUtf8(bytes: Uint8Array): string | null {
	try { return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes); } catch { return null; }
}

function lenientUtf8(bytes: Uint8Array, stats: Utf8Stats, warnings: string[]): string {
	warnings.push(`${stats.invalid} byte sequence(s) not valid UTF-8, replaced by U+FFFD (first at byte ${stats.firstInvalid})`);
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** Refuses text that is binary after all; `guessed`: a legacy guess must also read cleanly. */
function finish(text: string, encoding: string, bom: boolean, warnings: string[], guessed: boolean): Decoded {
	const { controls, sampled } = controlCount(text);
	if (controls > Math.max(1, sampled / 100)) { return refuse(`binary file (${controls} control characters in ${sampled})`); }
	if (guessed) {
		const replaced = replacementCount(text);
		if (replaced > Math.max(8, text.length / 50)) { return refuse('not text: neither UTF-8, GB18030 nor Big5'); }
	}
	return { text, encoding, bom, binary: false, warnings };
}

function refuse(reason: string): Decoded {
	return { text: '', encoding: '', bom: false, binary: true, reason, warnings: [] };
}
