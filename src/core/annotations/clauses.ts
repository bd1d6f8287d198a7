// Clause and sentence splitting over a span. A clause runs between ，,；;。！？!? (and the span's
// ends); a sentence between 。！？!?. A half-width comma inside a digit group (1,000) is not a
// delimiter. The spans are trimmed and never include the delimiter. Linear.
import type { Span } from '../model';
import { lastStartingAtOrBefore } from '../text/search';
import { isBlank, isDigit, isLineBreak } from './chars';

const SENTENCE_END = new Set([0x3002 /* 。 */, 0xff01 /* ！ */, 0xff1f /* ？ */, 0x21, 0x3f]);
const CLAUSE_END = new Set([...SENTENCE_END, 0xff0c /* ， */, 0x2c /* , */, 0xff1b /* ； */, 0x3b /* ; */]);

function isDelimiter(text: string, i: number, set: ReadonlySet<number>): boolean {
	const c = text.charCodeAt(i);
	if (!set.has(c)) { return false; }
	if (c === 0x2c && i > 0 && isDigit(text.charCodeAt(i - 1))) {
		// 1,000: a comma followed by exactly three digits is a digit group, not a clause break.
		let n = 0;
		while (n < 4 && isDigit(text.charCodeAt(i + 1 + n))) { n++; }
		if (n === 3) { return false; }
	}
	return true;
}

function split(text: string, span: Span, set: ReadonlySet<number>): Span[] {
	const out: Span[] = [];
	const to = Math.min(span.end, text.length);
	let start = Math.max(0, span.offset);
	for (let i = start; i <= to; i++) {
		if (i === to || isDelimiter(text, i, set)) {
			let s = start, e = i;
			while (s < e && (isBlank(text.charCodeAt(s)) || isLineBreak(text.charCodeAt(s)))) { s++; }
			while (e > s && (isBlank(text.charCodeAt(e - 1)) || isLineBreak(text.charCodeAt(e - 1)))) { e--; }
			if (e > s) { out.push({ offset: s, end: e }); }
			start = i + 1;
		}
	}
	return out;
}

/** Clauses of text[span]: delimited by ，,；;。！？ and the span's ends. */
export function splitClauses(text: string, span: Span): Span[] {
	return split(text, span, CLAUSE_END);
}

/** Sentences of text[span]: delimited by 。！？ and the span's ends. */
export function splitSentences(text: string, span: Span): Span[] {
	return split(text, span, SENTENCE_END);
}

/**
 * Index of the piece of `pieces` (sorted) holding `at`; when `at` falls between pieces, the piece
 * before it (or the first piece); -1 when there are no pieces.
 */
export function pieceIndexAt(pieces: readonly Span[], at: number): number {
	const best = lastStartingAtOrBefore(pieces, at);
	return best >= 0 ? best : (pieces.length ? 0 : -1);
}
