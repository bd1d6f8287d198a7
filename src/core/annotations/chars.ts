// Character classes and span helpers shared by the annotation scanners. Full-width and
// half-width forms are treated alike everywhere (０-９ = 0-9, ％ = %, ． = .).
import type { Span } from '../model';
import { toHalfWidth as halfWidth } from '../text/width';

export { isDigit } from '../text/width';

/** ASCII or full-width Latin letter. */
export function isLatin(c: number): boolean {
	const l = c | 0x20;
	return (l >= 0x61 && l <= 0x7a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

export function isHan(c: number): boolean {
	return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Blanks inside a paragraph (not line breaks): every Unicode space. */
export { isBlank } from '../text/blanks';

export function isLineBreak(c: number): boolean {
	return c === 0x0a || c === 0x0d;
}

/** Full-width digits, ．, ％ and friends → ASCII; the length never changes. */
export { halfWidth };

/** Parses a written number (half/full width digits, `.`/`．` decimals, `,` groups) or NaN. */
export function parseWrittenNumber(s: string): number {
	const half = halfWidth(s).replace(/,/g, '');
	return /^[0-9]+(?:\.[0-9]+)?$/.test(half) ? Number(half) : NaN;
}

export { lastStartingAtOrBefore } from '../text/search';

export function byOffset<T extends Span>(a: T, b: T): number {
	return a.offset - b.offset || a.end - b.end;
}

/** How far into a title a hard wrap may cut it (为贯彻落实《建⏎材工业…行动计划》). */
const WRAPPED_TITLE_HEAD = 40;

/** A line break at `at` that wraps a title opened at `open` within its paragraph: the next line goes straight on (no blank, no indent). */
function hardWrap(text: string, open: number, at: number, to: number): boolean {
	const next = at + (text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1);
	return at - open <= WRAPPED_TITLE_HEAD && next < to && !/[\s\u3000]/u.test(text[next]);
}

/**
 * 《…》 book-title ranges in text[from, to) (the marks included). Unclosed or overlong titles
 * are dropped (a line break ends one, unless it hard-wraps it); nested 〈〉 stay inside. Linear.
 */
export function bookTitles(text: string, from: number, to: number, maxLength = 200): Span[] {
	const out: Span[] = [];
	let open = -1;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x300a /* 《 */) {
			open = i;
		} else if (c === 0x300b /* 》 */ && open >= 0) {
			if (i + 1 - open <= maxLength) { out.push({ offset: open, end: i + 1 }); }
			open = -1;
		} else if (open >= 0 && (i - open > maxLength || (isLineBreak(c) && !hardWrap(text, open, i, to)))) {
			open = -1;
		}
	}
	return out;
}
