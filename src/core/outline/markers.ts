// Heading markers at the start of a paragraph (GB/T 9704-2012 §7.3.3 and common practice).
// A match here is only a candidate: outline.ts accepts it when it continues its family's
// numbering, which keeps 1.5亿元, (2018—2020年) or 2020年 out of the outline.
import type { MarkerFamily } from '../model';
import { parseNumber } from '../text/numerals';

export interface MarkerCandidate {
	family: MarkerFamily;
	number: number;
	/** Offset just past the marker (and its separator). */
	markerEnd: number;
	/** Offset where the title starts (after blanks and a colon following the marker). */
	titleStart: number;
}

const CN = '[一二三四五六七八九十百零〇]{1,4}';
const AR = '[0-9０-９]{1,3}';

interface Pattern { family: MarkerFamily; re: RegExp }

// Sticky regexes, tried at the paragraph's first character. Group 1 is the number.
const PATTERNS: Pattern[] = [
	{ family: 'chapter', re: new RegExp(`第(${CN}|${AR})章(?![程节])`, 'y') },
	{ family: 'subchapter', re: new RegExp(`第(${CN}|${AR})节`, 'y') },
	{ family: 'article', re: new RegExp(`第(${CN}|${AR})条(?![款例])`, 'y') },
	{ family: 'box', re: new RegExp(`专栏[ \\t\\u3000]*(${AR}|${CN})(?![0-9０-９])[:：、.．]?`, 'y') },
	{ family: 'annex', re: new RegExp(`附件[ \\t\\u3000]*(${AR}|${CN})?(?![0-9０-９])[:：]?`, 'y') },
	{ family: 'cnComma', re: new RegExp(`(${CN})[ \\t]*[、．]`, 'y') },
	{ family: 'cnParen', re: new RegExp(`[（(][ \\t]*(${CN})[ \\t]*[）)][、.．]?`, 'y') },
	{ family: 'arabicParen', re: new RegExp(`[（(][ \\t]*(${AR})[ \\t]*[）)](?![0-9０-９%％])[、.．]?`, 'y') },
	{ family: 'arabicDot', re: new RegExp(`(${AR})[ \\t]*(?:[.．](?![0-9０-９])|、)`, 'y') },
	{ family: 'circled', re: /([\u2460-\u2473])/y },
];

const TITLE_SKIP = /[ \t\u3000:：]*/y;

/** The marker at `at` (a paragraph start), or null. */
export function matchMarker(text: string, at: number, end: number): MarkerCandidate | null {
	const first = text.charCodeAt(at);
	// Cheap prefilter: every marker starts with one of these characters.
	if (!(first === 0x7b2c /* 第 */ || first === 0x4e13 /* 专 */ || first === 0x9644 /* 附 */ || first === 0xff08 || first === 0x28
		|| (first >= 0x30 && first <= 0x39) || (first >= 0xff10 && first <= 0xff19) || (first >= 0x2460 && first <= 0x2473)
		|| '一二三四五六七八九十百零〇'.includes(text[at]))) {
		return null;
	}
	for (const p of PATTERNS) {
		p.re.lastIndex = at;
		const m = p.re.exec(text);
		if (!m || p.re.lastIndex > end) { continue; }
		const markerEnd = p.re.lastIndex;
		let number: number;
		if (p.family === 'annex' && m[1] === undefined) {
			number = 0;
		} else {
			number = parseNumber(m[1]);
			if (!Number.isFinite(number) || number <= 0) { continue; }
		}
		TITLE_SKIP.lastIndex = markerEnd;
		TITLE_SKIP.exec(text);
		return { family: p.family, number, markerEnd, titleStart: Math.min(TITLE_SKIP.lastIndex, end) };
	}
	return null;
}

/** Outer families have lower ranks. A heading closes open headings of equal or higher rank. */
export const RANK: Record<MarkerFamily, number> = {
	plan: 0, annex: 0, chapter: 1, subchapter: 2, article: 3,
	cnComma: 4, cnParen: 5, arabicDot: 6, arabicParen: 7, circled: 8, box: 9,
};

/** Families whose numbers may run on across parents (甘肃: 1.–4. under （一）, 5. under （二）; 贵州: （四） under 二、). */
export const RUNNING: ReadonlySet<MarkerFamily> = new Set<MarkerFamily>(['cnParen', 'arabicDot', 'arabicParen', 'article', 'box', 'chapter']);
