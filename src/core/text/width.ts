// Width folding, the one home: full-width ASCII forms (０-９, Ａ-Ｚ, ．, （, ％ …) and the
// ideographic space read as their half-width forms. One UTF-16 unit for one, so an offset into a
// folded text is an offset into the text.

/** Runs of what toHalfWidth changes: only they are rebuilt (a long text is not grown a character at a time). */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]+/g;

function foldRun(run: string): string {
	let out = '';
	for (let i = 0; i < run.length; i++) {
		const c = run.charCodeAt(i);
		out += c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0);
	}
	return out;
}

/** Full-width ASCII variants → half-width, the ideographic space → a space; the length never changes. */
export function toHalfWidth(s: string): string {
	return s.replace(FULL_WIDTH, foldRun);
}

/** Width folded and Latin lower-cased (ASCII only): the length never changes. What the segmenter indexes. */
export function toHalfWidthLower(s: string): string {
	return toHalfWidth(s).replace(/[A-Z]+/g, run => run.toLowerCase());
}

/** An ASCII or full-width digit. */
export function isDigit(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * Width folded and lower-cased (any script; so, unlike the folds above, the length may change:
 * İ is two units lower-cased): how a filter's words and the text they are looked for in compare.
 */
export function foldForFilter(s: string): string {
	return toHalfWidth(s).toLowerCase();
}
