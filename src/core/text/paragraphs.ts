// Paragraph boundaries of policy text. Scraped notices join paragraphs with three spaces on
// one long line; PDF extractions and drafts use newlines; Word exports indent with
// full-width spaces. A single or double space, or one full-width space, is not a break
// (`专栏1　药品监管云建设`, `发展改革委办公厅  文件`).
import type { Span } from '../model';
import { BLANK_CLASS, isBlank } from './blanks';

export { isBlank };

const IDEO_SPACE = 0x3000, LF = 0x0a, CR = 0x0d;

// Runs of blanks and line breaks; the regex engine finds them far faster than a char loop.
const WHITESPACE_RUN = new RegExp(`[${BLANK_CLASS}\\r\\n]+`, 'g');

/** Splits text[span] into trimmed, non-empty paragraphs. Linear in the span length. */
export function splitParagraphs(text: string, from = 0, to = text.length): Span[] {
	const out: Span[] = [];
	let start = from; // start of the current paragraph (may still be blank-led)
	WHITESPACE_RUN.lastIndex = from;
	for (let m = WHITESPACE_RUN.exec(text); m && m.index < to; m = WHITESPACE_RUN.exec(text)) {
		const runStart = m.index;
		const runEnd = Math.min(runStart + m[0].length, to);
		if (runStart === start) { start = runEnd; continue; } // leading blanks
		if (isBreak(text, runStart, runEnd)) {
			out.push({ offset: start, end: runStart });
			start = runEnd;
		}
		if (runEnd >= to) { break; }
	}
	if (start < to) {
		const last = trimSpan(text, start, to);
		if (last.end > last.offset) { out.push(last); }
	}
	return out;
}

/** A break is a line end, three or more blanks, or two full-width (or EM/EN) spaces. */
function isBreak(text: string, from: number, to: number): boolean {
	if (to - from >= 3) { return true; }
	let ideo = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === LF || c === CR) { return true; }
		if (c === IDEO_SPACE || (c >= 0x2002 && c <= 0x2003)) { ideo++; }
	}
	return ideo >= 2;
}

const LINE_END = /\r\n?|\n/g;

/** Splits text[span] into trimmed lines (\r\n, \n or \r end a line), empty lines included as empty spans. */
export function splitLines(text: string, from = 0, to = text.length, max = Infinity): Span[] {
	const out: Span[] = [];
	let s = from;
	LINE_END.lastIndex = from;
	while (out.length < max) {
		const m = LINE_END.exec(text);
		if (!m || m.index >= to) {
			out.push(trimSpan(text, s, to));
			break;
		}
		out.push(trimSpan(text, s, m.index));
		s = m.index + m[0].length;
	}
	return out;
}

const NEXT_BREAK = /\r\n?|\n/g;

/** Offset just past the first line break (\r\n, \n or \r) at or after `offset`, or the text's end. */
export function nextLineStart(text: string, offset: number): number {
	NEXT_BREAK.lastIndex = offset;
	const m = NEXT_BREAK.exec(text);
	return m ? m.index + m[0].length : text.length;
}

/** The line (trimmed) containing `offset`. */
export function lineAround(text: string, offset: number): Span {
	let s = offset;
	while (s > 0 && text.charCodeAt(s - 1) !== LF && text.charCodeAt(s - 1) !== CR) { s--; }
	let e = offset;
	while (e < text.length && text.charCodeAt(e) !== LF && text.charCodeAt(e) !== CR) { e++; }
	return trimSpan(text, s, e);
}

/** The paragraph holding `offset` (the nearest one before it when `offset` is in a break), within its line; null on a blank line. */
export function paragraphAround(text: string, offset: number): Span | null {
	const line = lineAround(text, offset);
	const paragraphs = splitParagraphs(text, line.offset, line.end);
	let hit: Span | null = null;
	for (const p of paragraphs) { if (p.offset <= offset) { hit = p; } else { break; } }
	return hit ?? paragraphs[0] ?? null;
}

export function trimSpan(text: string, offset: number, end: number): Span {
	while (offset < end && isBlank(text.charCodeAt(offset))) { offset++; }
	while (end > offset && isBlank(text.charCodeAt(end - 1))) { end--; }
	return { offset, end };
}
