// The structure view of a document's paragraphs: what the outline reads. Two repairs of the
// layout, neither of which moves an offset:
// - hard-wrapped text (a PDF extraction cut every line at one width, mid-sentence) is read as
//   joined lines, so a heading is a block of its own and a body line is not mistaken for one;
// - a heading glued to the end of the previous sentence (`…采集。二、继续教育学分…`, scrapes that
//   lost every line break) starts a block of its own, marked `glued`: weaker evidence, which the
//   outline accepts only where the numbering confirms it.
import type { Span } from '../model';
import { matchMarker } from './markers';
import { BLANK_CLASS, isBlank } from '../text/blanks';

export interface Block extends Span {
	/** Starts right after sentence punctuation inside a paragraph, not at a paragraph start. */
	glued: boolean;
}

const SENTENCE_END = /[。！？；;：:!?…”’」』）)]$/;
/** Characters a heading marker can start with (第X章, 附件, 专栏, （一）, 一、, 1., ①), as a lookup table. */
const MARKER_START = new Uint8Array(0x10000);
for (const c of '第附专（(一二三四五六七八九十0123456789０１２３４５６７８９') { MARKER_START[c.charCodeAt(0)] = 1; }
for (let c = 0x2460; c <= 0x2473; c++) { MARKER_START[c] = 1; }
/** Sentence punctuation or a closing bracket a glued heading may follow. */
const GLUE_AFTER = new Set([...'。！？；：:）)」”'].map(c => c.charCodeAt(0)));
const CN_PAREN_MARKER = /[（(][ \u3000]*[一二三四五六七八九十]{1,3}[ \u3000]*[）)](?![项款])/y;

/**
 * Where a glued heading may start inside a paragraph: after sentence punctuation or a closing
 * bracket, after a blank, or right before a （一） even after a title (`二、总体要求（一）指导思想。`).
 * One pass over the characters; only those a marker can start with are looked at closer.
 */
export function structureBlocks(text: string, paragraphs: readonly Span[]): Block[] {
	const out: Block[] = [];
	for (const p of joinSpacedChapterTitles(text, joinHardWraps(text, paragraphs))) {
		let start = p.offset;
		// Whether the current block opens with 第X章/节: its short title may have 第一条 glued to it.
		let chapterStart = startsChapter(text, start, p.end);
		for (let at = p.offset + 1; at < p.end - 1; at++) {
			const c = text.charCodeAt(at);
			if (!MARKER_START[c]) { continue; }
			// The end of the text before it: back over blanks (a few at most).
			let cut = at;
			while (cut > start && at - cut < 4 && isBlank(text.charCodeAt(cut - 1))) { cut--; }
			let glued = cut < at || GLUE_AFTER.has(text.charCodeAt(at - 1));
			if (!glued && (c === 0xff08 || c === 0x28)) { CN_PAREN_MARKER.lastIndex = at; glued = CN_PAREN_MARKER.test(text); }
			// `第一章　总　　则第一条为…`: an article right after a chapter's short title.
			const afterChapterTitle = !glued && chapterStart && c === 0x7b2c && at - start <= 24;
			if ((!glued && !afterChapterTitle) || cut <= start) { continue; }
			const cand = matchMarker(text, at, p.end);
			// Only the families that open headings; 1.…；2.… inside a sentence stays an inline list.
			if (!cand || !GLUED_FAMILIES.has(cand.family) || (afterChapterTitle && cand.family !== 'article')) { continue; }
			out.push({ offset: start, end: cut, glued: start !== p.offset });
			start = at;
			chapterStart = cand.family === 'chapter' || cand.family === 'subchapter';
		}
		out.push({ offset: start, end: p.end, glued: start !== p.offset });
	}
	return out;
}

/**
 * `第一章　总　　则第一条…` on one line: the two full-width spaces of a letter-spaced title split
 * the paragraph after `总`; the rest of the title (and what is glued to it) belongs to the chapter.
 */
function joinSpacedChapterTitles(text: string, spans: Span[]): Span[] {
	const out: Span[] = [];
	for (const p of spans) {
		const prev = out[out.length - 1];
		if (prev && p.offset - prev.end <= 3 && !/[\r\n]/.test(text.slice(prev.end, p.offset))
			&& SPACED_CHAPTER_TAIL.test(text.slice(Math.max(prev.offset, prev.end - 14), prev.end))) {
			out[out.length - 1] = { offset: prev.offset, end: p.end };
			continue;
		}
		out.push(p);
	}
	return out;
}

/** A paragraph ending in 第X章 and one character of a letter-spaced title (`第一章　总`). */
const SPACED_CHAPTER_TAIL = new RegExp(`第[${BLANK_CLASS}]*[一二三四五六七八九十百零〇0-9０-９]{1,4}[${BLANK_CLASS}]*[章节][${BLANK_CLASS}]*[\u4e00-\u9fa5]$`);

function startsChapter(text: string, at: number, end: number): boolean {
	if (text.charCodeAt(at) !== 0x7b2c) { return false; }
	const f = matchMarker(text, at, end)?.family;
	return f === 'chapter' || f === 'subchapter';
}

const GLUED_FAMILIES = new Set(['chapter', 'subchapter', 'article', 'cnComma', 'cnParen', 'arabicDot', 'part', 'annex']);

/**
 * Paragraphs of a hard-wrapped text joined into the lines a reader sees: when many lines share
 * one length (the wrap width), a line of about that length that does not end a sentence runs on
 * into the next one, unless the next one starts with a heading marker.
 */
export function joinHardWraps(text: string, paragraphs: readonly Span[]): Span[] {
	const width = wrapWidth(paragraphs);
	if (width === 0) { return paragraphs.slice(); }
	const out: Span[] = [];
	let cur: Span | null = null;
	for (const p of paragraphs) {
		if (cur && !matchMarker(text, p.offset, p.end)) {
			cur = { offset: cur.offset, end: p.end };
		} else {
			if (cur) { out.push(cur); }
			cur = { offset: p.offset, end: p.end };
		}
		const len = p.end - p.offset;
		if (len < width - 3 || SENTENCE_END.test(text.slice(p.end - 1, p.end))) { out.push(cur); cur = null; }
	}
	if (cur) { out.push(cur); }
	return out;
}

/** The wrap width when at least 40% of the lines of 16+ characters have it (±1), else 0. */
function wrapWidth(paragraphs: readonly Span[]): number {
	const counts = new Map<number, number>();
	let long = 0;
	for (const p of paragraphs) {
		const len = p.end - p.offset;
		if (len < 16 || len > 200) { continue; }
		long++;
		counts.set(len, (counts.get(len) ?? 0) + 1);
	}
	if (long < 8) { return 0; }
	let best = 0, bestN = 0;
	for (const len of counts.keys()) {
		const n = (counts.get(len - 1) ?? 0) + (counts.get(len) ?? 0) + (counts.get(len + 1) ?? 0);
		if (n > bestN || (n === bestN && len > best)) { best = len; bestN = n; }
	}
	return bestN >= 0.4 * long ? best + 1 : 0;
}
