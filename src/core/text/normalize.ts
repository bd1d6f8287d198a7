// Text as compared, not as shown: the one home of the normalizations that decide "the same".
//   identityText     two documents or two tasks are the same text (their hashes, tasks/extract.ts)
//   normalizeForMatch  two titles name the same heading or plan (the outline: tables of
//                    contents, plan titles, the period line after a plan title)
//   normalizeTitle   the same, and a tilde is a dash: for the titles a date names (dates.ts)
// Other folds have other jobs and stay where they are: toHalfWidth (numerals.ts) keeps the
// length, which offsets into the text need; normalizeText (segment/normalize.ts) folds what the
// segmenter indexes, Latin case too; readingText (blanks.ts) is a heading as it is shown.
import { toHalfWidth } from './numerals';

/** Control characters, spaces, NBSP and the ideographic space: not part of a text's identity. */
const NOT_IDENTITY = /[\u0000-\u0020\u00a0\u3000]+/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;

/**
 * Text as compared for identity: whitespace and the difference between full- and half-width
 * forms removed; quotes and brackets are kept, they are part of what a text says.
 */
export function identityText(s: string): string {
	// Two regex passes, not toHalfWidth's string grown a character at a time: on a long body that
	// left a long chain of pieces for the garbage collector.
	return s.replace(NOT_IDENTITY, '').replace(FULL_WIDTH, ch => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** For comparing titles: width-folded, without blanks, quotes and book-title marks; dashes alike. */
export function normalizeForMatch(s: string): string {
	return toHalfWidth(s).replace(/[\s\u3000《》〈〉“”"'‘’「」]/g, '').replace(/[—–－]/g, '-');
}

/**
 * normalizeForMatch, and a tilde is a dash too: a period is written 2021～2025 as often as
 * 2021-2025, and a date's book title must find the document's own title either way. The outline
 * keeps them apart: there a tilde read as a dash would change which line joins a plan title as
 * its period (build.ts PERIOD_LINE), a change for the gold set to judge, not for a refactor.
 */
export function normalizeTitle(s: string): string {
	return normalizeForMatch(s).replace(/[~〜]/g, '-');
}
