// Paragraph boundaries of policy text. Scraped notices join paragraphs with three spaces on
// one long line; PDF extractions and drafts use newlines; Word exports indent with
// full-width spaces. A single or double space, or one full-width space, is not a break
// (`专栏1　药品监管云建设`, `发展改革委办公厅  文件`).
import type { Span } from '../model';

const SPACE = 0x20, TAB = 0x09, NBSP = 0xa0, IDEO_SPACE = 0x3000, LF = 0x0a, CR = 0x0d, BOM = 0xfeff;

export function isBlank(code: number): boolean {
	return code === SPACE || code === TAB || code === NBSP || code === IDEO_SPACE || code === BOM;
}

/** Splits text[span] into trimmed, non-empty paragraphs. Linear in the span length. */
export function splitParagraphs(text: string, from = 0, to = text.length): Span[] {
	const out: Span[] = [];
	let start = -1; // start of the current paragraph's first non-blank char
	let lastNonBlank = -1;
	let i = from;
	while (i < to) {
		const c = text.charCodeAt(i);
		if (c === LF || c === CR || isBlank(c)) {
			// measure the whitespace run
			let j = i, newline = false, ideo = 0;
			while (j < to) {
				const d = text.charCodeAt(j);
				if (d === LF || d === CR) { newline = true; } else if (d === IDEO_SPACE) { ideo++; } else if (!isBlank(d)) { break; }
				j++;
			}
			const isBreak = newline || j - i >= 3 || ideo >= 2;
			if (isBreak && start >= 0) {
				out.push({ offset: start, end: lastNonBlank + 1 });
				start = -1;
			}
			i = j;
			continue;
		}
		if (start < 0) { start = i; }
		lastNonBlank = i;
		i++;
	}
	if (start >= 0) { out.push({ offset: start, end: lastNonBlank + 1 }); }
	return out;
}

/** Splits text[span] into trimmed lines (newline-separated only), empty lines included as empty spans. */
export function splitLines(text: string, from = 0, to = text.length): Span[] {
	const out: Span[] = [];
	let s = from;
	for (let i = from; i <= to; i++) {
		const c = i < to ? text.charCodeAt(i) : LF;
		if (c === LF || c === CR) {
			out.push(trimSpan(text, s, i));
			if (c === CR && i + 1 < to && text.charCodeAt(i + 1) === LF) { i++; }
			s = i + 1;
		}
	}
	return out;
}

export function trimSpan(text: string, offset: number, end: number): Span {
	while (offset < end && isBlank(text.charCodeAt(offset))) { offset++; }
	while (end > offset && isBlank(text.charCodeAt(end - 1))) { end--; }
	return { offset, end };
}
