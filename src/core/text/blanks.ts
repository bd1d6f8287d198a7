// The one definition of a blank: every Unicode space a document may carry (ASCII space and tab,
// NBSP, the U+2000–U+200B spaces including EM SPACE, narrow and medium spaces, the ideographic
// space 　 and a stray BOM). Line breaks are not blanks.

/** Body of a regex character class matching one blank (use inside `[…]`). */
export const BLANK_CLASS = ' \\t\\u00a0\\u1680\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff';

export function isBlank(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || code === 0xfeff
		|| (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0x1680;
}

/** Blanks or line breaks, one or more. */
const BLANKS_OR_BREAKS = new RegExp(`[${BLANK_CLASS}\\r\\n]+`, 'g');

/** Collapses every run of blanks and line breaks to one ASCII space. */
function collapseBlanks(s: string): string {
	return s.replace(BLANKS_OR_BREAKS, ' ');
}

/** Text as a reader sees it: blanks collapsed, and none left between two Chinese characters (a title wrapped over lines, 总　则). */
export function readingText(s: string): string {
	return collapseBlanks(s).trim().replace(/([\u4e00-\u9fa5《》“”（）]) (?=[\u4e00-\u9fa5《》“”（）])/gu, '$1');
}

/** The text with every blank removed (for matching words a layout spaced out: 通 知). */
export function squeezeBlanks(s: string): string {
	return s.replace(BLANK_RUN, '');
}
const BLANK_RUN = new RegExp(`[${BLANK_CLASS}]+`, 'g');
