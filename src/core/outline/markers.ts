// Heading markers at the start of a block (GB/T 9704-2012 §7.3.3 and common practice).
// A match here is only a candidate: build.ts weighs it against the numbering around it, which
// keeps 1.5亿元, (2018—2020年) or 2020年 out of the outline.
import type { MarkerFamily } from '../model';
import { parseNumber } from '../text/numerals';
import { BLANK_CLASS } from '../text/blanks';

export interface MarkerCandidate {
	family: MarkerFamily;
	/** Ordinal value of the marker; for decimal numbering its last component. */
	number: number;
	/** Decimal numbering (`1.2.1`): every component; else null. */
	path: number[] | null;
	/** The family a numbering run counts in: the family, and for decimal numbering its depth (`decimal2`). */
	key: string;
	/** Offset just past the marker (and its separator). */
	markerEnd: number;
	/** Offset where the title starts (after blanks and a colon following the marker). */
	titleStart: number;
}

// Up to 第一百一十九条 (five characters); longer runs are words, not numbers.
const CN = '[一二三四五六七八九十百零〇]{1,5}';
const AR = '[0-9０-９]{1,3}';
const B = `[${BLANK_CLASS}]`;
/** What may separate a number from its heading: every dot and comma variant. */
const DOT = '[.．﹒]';
const COMMA = '(?:、|[，,](?![0-9０-９]))';
/** A month or a year right after a number's dot (`2月底前`, `2024年`): a date opening the title, not a decimal. */
const DATE_AFTER = '(?:[0-9０-９]{1,2}月|[0-9０-９]{4}年)';

interface Pattern { family: MarkerFamily; re: RegExp }

// Sticky regexes, tried at the block's first character. Group 1 is the number.
const PATTERNS: Pattern[] = [
	{ family: 'chapter', re: new RegExp(`第${B}*(${CN}|${AR})${B}*章(?![程节])`, 'y') },
	{ family: 'subchapter', re: new RegExp(`第${B}*(${CN}|${AR})${B}*节`, 'y') },
	// 第一条，反对；第二条，不怕 is a quotation, not an article: an article is followed by a blank or its text.
	{ family: 'article', re: new RegExp(`第${B}*(${CN}|${AR})${B}*条(?![款例件，,、。；;：:])`, 'y') },
	{ family: 'part', re: new RegExp(`第${B}*(${CN}|${AR})${B}*编(?![制号写])`, 'y') },
	{ family: 'box', re: new RegExp(`专栏${B}*(${AR}|${CN})?(?![0-9０-９])[:：、.．]?`, 'y') },
	// (`附件1.深圳湾…坐标`: the number's dot separates it from the title, as a colon does.)
	{ family: 'annex', re: new RegExp(`附${B}*件${B}*(?:(${AR}|${CN})(?![0-9０-９])(?:[:：]|${DOT}(?![0-9０-９]))?|(?![0-9０-９])[:：]?)`, 'y') },
	{ family: 'cnComma', re: new RegExp(`(${CN})${B}*(?:${COMMA}|${DOT})`, 'y') },
	// 第八条第（二）项 is a reference, not a heading.
	{ family: 'cnParen', re: new RegExp(`[（(]${B}*(${CN})${B}*[）)](?![项款])(?:${COMMA}|${DOT})?`, 'y') },
	// (Not `（1）2020年`, `（2）30%`; but `（4）5G应用标准`: a number that is part of a name.)
	{ family: 'arabicParen', re: new RegExp(`[（(]${B}*(${AR})${B}*[）)](?![%％]|[0-9０-９]+(?![0-9０-９A-Za-z]))(?:${COMMA}|${DOT})?`, 'y') },
	// (a) (b) … of frameworks written after international standards: one lower-case letter, its title after it.
	{ family: 'latinParen', re: new RegExp(`[（(]${B}*([a-z])${B}*[）)](?=${B}*[\u4e00-\u9fa5“《])`, 'y') },
	// 1.2 / 1.2.1 (not 1.5亿元, 3.5%, 2.1 万元).
	{ family: 'decimal', re: new RegExp(`([0-9０-９]{1,2}(?:${DOT}[0-9０-９]{1,2}){1,3})${DOT}?(?![0-9０-９%％.．]|${B}*[亿万千百十元个倍%％年月日])`, 'y') },
	// `1　总则` in decimal-numbered documents (its sections are 1.1, 1.2): a number, a blank, a title.
	{ family: 'decimal', re: new RegExp(`([0-9０-９]{1,2})${B}+(?=[\u4e00-\u9fa5])(?![个万亿元千百十年月日天周项名人家所次倍])`, 'y') },
	// `20.2月底前，…` / `3.2024年底前…`: a number, its dot, and a title that opens with a date.
	{ family: 'arabicDot', re: new RegExp(`(${AR})${B}*(?:${DOT}(?![0-9０-９])|${DOT}(?=${DATE_AFTER})|${COMMA})`, 'y') },
	{ family: 'circled', re: /([\u2460-\u2473])/y },
];

const TITLE_SKIP = new RegExp(`[${BLANK_CLASS}:：]*`, 'y');
const FIRST_CHARS = new Set([...'第专附（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳一二三四五六七八九十百零〇0123456789０１２３４５６７８９']);

/**
 * `任务专栏1　…` / `重大工程专栏2：…`: a numbered box whose name is qualified by a word before 专栏,
 * its number set off by a blank or a colon, on a short line of its own (not `详见专栏1、专栏2…`).
 */
const QUALIFIED_BOX = new RegExp(`[\u4e00-\u9fa5]{1,4}专栏${B}*(${AR}|${CN})(?:${B}+|[:：])`, 'y');
/** The longest line such a box's heading is (a sentence that names 专栏1 is longer). */
const QUALIFIED_BOX_LINE = 50;
const TRAILING_BLANKS = new RegExp(`${B}+$`);

/** The marker at `at` (a block start), or null. */
export function matchMarker(text: string, at: number, end: number): MarkerCandidate | null {
	if (!FIRST_CHARS.has(text[at])) { return qualifiedBox(text, at, end); }
	for (const p of PATTERNS) {
		p.re.lastIndex = at;
		const m = p.re.exec(text);
		if (!m) { continue; }
		let markerEnd = p.re.lastIndex;
		let numeral: string | undefined = m[1];
		if (markerEnd > end) {
			// `附件` alone on its line, the next line 三级…: the number the regex took is past the block.
			// `附件   国务院…` (a scrape's three blanks end the block): the blanks the regex took are past it too.
			if ((p.family !== 'annex' && p.family !== 'box') || (numeral !== undefined && m.index + m[0].indexOf(numeral) < end)) { continue; }
			numeral = undefined;
			markerEnd = end;
		}
		let number: number;
		let path: number[] | null = null;
		if ((p.family === 'annex' || p.family === 'box') && numeral === undefined) {
			number = 0;
		} else if (p.family === 'latinParen') {
			number = numeral!.charCodeAt(0) - 0x60;
		} else if (p.family === 'decimal') {
			path = numeral!.split(/[.．﹒]/).map(parseNumber);
			if (path.some(n => !Number.isFinite(n) || n <= 0)) { continue; }
			number = path[path.length - 1];
		} else {
			number = parseNumber(numeral!);
			if (!Number.isFinite(number) || number <= 0) { continue; }
		}
		TITLE_SKIP.lastIndex = markerEnd;
		TITLE_SKIP.exec(text);
		const key = path ? `decimal${path.length}` : p.family;
		return { family: p.family, number, path, key, markerEnd, titleStart: Math.min(TITLE_SKIP.lastIndex, end) };
	}
	return null;
}

function qualifiedBox(text: string, at: number, end: number): MarkerCandidate | null {
	if (text.charCodeAt(at) < 0x4e00 || end - at > QUALIFIED_BOX_LINE) { return null; }
	QUALIFIED_BOX.lastIndex = at;
	const m = QUALIFIED_BOX.exec(text);
	if (!m || QUALIFIED_BOX.lastIndex > end) { return null; }
	const number = parseNumber(m[1]);
	if (!Number.isFinite(number) || number <= 0) { return null; }
	const markerEnd = at + m[0].replace(TRAILING_BLANKS, '').length;
	TITLE_SKIP.lastIndex = markerEnd;
	TITLE_SKIP.exec(text);
	return { family: 'box', number, path: null, key: 'box', markerEnd, titleStart: Math.min(TITLE_SKIP.lastIndex, end) };
}

/**
 * Default nesting, outermost first (GB/T 9704 order for the numbered families). A heading closes
 * open headings of equal or higher rank. Decimal numbering ranks by its depth (decimalRank).
 */
export const RANK: Record<MarkerFamily, number> = {
	plan: 0, annex: 0, part: 0.5, chapter: 1, subchapter: 2, article: 3,
	cnComma: 4, cnParen: 5, arabicDot: 6, decimal: 6, arabicParen: 7, latinParen: 7.5, circled: 8, box: 9,
};

/** 1.1 sits under 1. (or 第1章), 1.1.1 under 1.1. */
export function decimalRank(depth: number): number {
	return RANK.decimal + 0.2 * (depth - 1);
}

/**
 * Families whose numbers may run on across parents (甘肃: 1.–4. under （一）, 5. under （二）; 贵州: （四）
 * under 二、; 国务院工作规则: 一、–四、 under 第一章, 五、 under 第二章).
 */
export const RUNNING: ReadonlySet<MarkerFamily> = new Set<MarkerFamily>(['cnComma', 'cnParen', 'arabicDot', 'arabicParen', 'article', 'box', 'chapter']);

/** Families whose first heading opens an issued document's body (第一编, 第一章, 一、). */
export const OPENING_FAMILIES: ReadonlySet<MarkerFamily> = new Set<MarkerFamily>(['part', 'chapter', 'cnComma']);
