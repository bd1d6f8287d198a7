// Text as compared, not as shown: the one home of the normalizations that decide "the same".
//   identityText     two documents or two tasks are the same text (their hashes, tasks/extract.ts)
//   normalizeForMatch  two titles name the same heading or plan (the outline: tables of
//                    contents, plan titles, the period line after a plan title)
//   normalizeTitle   the same, and a tilde is a dash: for the titles a date names (dates.ts)
// Width folding itself is width.ts's (toHalfWidth keeps the length, which offsets into the text
// need; toHalfWidthLower folds Latin case too, for what the segmenter indexes); readingText
// (blanks.ts) is a heading as it is shown.
import { toHalfWidth } from './width';

/** Control characters, spaces, NBSP and the ideographic space: not part of a text's identity. */
const NOT_IDENTITY = /[\u0000-\u0020\u00a0\u3000]+/g;

/**
 * Text as compared for identity: whitespace and the difference between full- and half-width
 * forms removed; quotes and brackets are kept, they are part of what a text says.
 */
export function identityText(s: string): string {
	return toHalfWidth(s.replace(NOT_IDENTITY, ''));
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
