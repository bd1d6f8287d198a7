// The structure view of a document's paragraphs: what the outline reads. Two repairs of the
// layout, neither of which moves an offset:
// - hard-wrapped text (a PDF extraction cut every line at one width, mid-sentence) is read as
//   joined lines, so a heading is a block of its own and a body line is not mistaken for one;
// - a heading glued to the end of the previous sentence (`…采集。二、继续教育学分…`, scrapes that
//   lost every line break) starts a block of its own, marked `glued`: weaker evidence, which the
//   outline accepts only where the numbering confirms it.
import type { Span } from '../model';
import { matchMarker, OPENING_FAMILIES, RANK, type MarkerCandidate } from './markers';
import { BLANK_CLASS, isBlank } from '../text/blanks';
import { isDigit } from '../text/width';
import { balanced } from '../documents/titles';

export interface Block extends Span {
	/** Starts right after sentence punctuation inside a paragraph, not at a paragraph start. */
	glued: boolean;
	/** A marker matchMarker cannot read, found by the run it belongs to (`1企业…`, `2“多规合一”…`). */
	marker?: MarkerCandidate;
}

const SENTENCE_END = /[。！？；;：:!?…”’」』）)]$/;
/** Characters a heading marker can start with (第X章, 附件, 专栏, （一）, 一、, 1., ①), as a lookup table. */
const MARKER_START = new Uint8Array(0x10000);
for (const c of '第附专（(一二三四五六七八九十0123456789０１２３４５６７８９') { MARKER_START[c.charCodeAt(0)] = 1; }
for (let c = 0x2460; c <= 0x2473; c++) { MARKER_START[c] = 1; }
/** Sentence punctuation or a closing bracket a glued heading may follow. */
const GLUE_AFTER = new Set([...'。！？；：:）)」”'].map(c => c.charCodeAt(0)));
/** A full date written out before it (二○○六年九月三十日, 2006年9月30日): a signature's end. */
const DATE_BEFORE = /年[0-9０-９〇○零一二三四五六七八九十]{1,2}月[0-9０-９〇○零一二三四五六七八九十]{1,3}日$/u;
const SENTENCE_STOP = new Set([...'。！？!?'].map(c => c.charCodeAt(0)));
const CN_PAREN_MARKER = /[（(][ \u3000]*[一二三四五六七八九十]{1,3}[ \u3000]*[）)](?![项款])/y;

/**
 * Where a glued heading may start inside a paragraph: after sentence punctuation or a closing
 * bracket, after a blank, or right before a （一） even after a title (`二、总体要求（一）指导思想。`).
 * One pass over the characters; only those a marker can start with are looked at closer.
 */
export function structureBlocks(text: string, paragraphs: readonly Span[], issuedTitleBefore?: IssuedTitleBefore): Block[] {
	const out: Block[] = [];
	const joined = joinSpacedChapterTitles(text, joinHardWraps(text, paragraphs));
	const runs = bareNumberRuns(text, joined);
	let ri = 0;
	for (const p of joined) {
		let start = p.offset;
		let marker: MarkerCandidate | undefined;
		// The marker the current block opens with (a short title may have a lower one glued to it).
		let opening = matchMarker(text, start, p.end);
		while (ri < runs.length && runs[ri].at < p.offset) { ri++; }
		if (ri < runs.length && runs[ri].at === p.offset) { marker = runs[ri].marker; ri++; }
		for (let at = p.offset + 1; at < p.end - 1; at++) {
			const c = text.charCodeAt(at);
			if (!MARKER_START[c]) { continue; }
			// The end of the text before it: back over blanks (a few at most).
			let cut = at;
			while (cut > start && at - cut < 4 && isBlank(text.charCodeAt(cut - 1))) { cut--; }
			if (ri < runs.length && runs[ri].at === at) {
				// A numbered run without separators (a flattened table's rows) and the group row before it.
				if (cut > start) { out.push({ offset: start, end: cut, glued: start !== p.offset && !marker, marker }); }
				marker = runs[ri].marker;
				start = at;
				opening = marker ?? matchMarker(text, at, p.end);
				ri++;
				continue;
			}
			// (`…国务院二○○六年九月三十日附件：…`: an attachment right after the cover letter's signature date.)
			let glued = cut < at || GLUE_AFTER.has(text.charCodeAt(at - 1)) || (c === 0x9644 /* 附 */ && DATE_BEFORE.test(text.slice(Math.max(start, at - 16), at)));
			if (!glued && (c === 0xff08 || c === 0x28)) { CN_PAREN_MARKER.lastIndex = at; glued = CN_PAREN_MARKER.test(text); }
			// `…(本文有删减)电 力 体 制 改 革 方 案一、加快…`: an issued document's title with its first heading glued to it.
			const titled = !glued && issuedTitleBefore && (c === 0x4e00 || c === 0x7b2c) ? openingAfterTitle(text, at, p.end, start, issuedTitleBefore) : null;
			if (titled) {
				if (titled.title > start) { out.push({ offset: start, end: titled.title, glued: start !== p.offset && !marker, marker }); }
				// The title is a line of its own (its name is the evidence); the heading after it is glued.
				out.push({ offset: titled.title, end: at, glued: false });
				marker = undefined;
				start = at;
				opening = titled.cand;
				continue;
			}
			// `第一章　总　　则第一条为…`: an article right after a chapter's short title;
			// `（三）加强设施维护管理1.电力线路…`: a lower heading right after a heading's short title.
			const afterTitle = !glued && opening !== null && (opening.family === 'chapter' || opening.family === 'subchapter'
				? at - start <= 24 : at - start <= 26 && isShortTitle(text, opening.titleStart, at));
			// `…（铅锌银）等4.地质科技攻关。`: a short heading glued to the end of a table's last cell.
			const afterCell = !glued && !afterTitle && c >= 0x30 && c <= 0x39 && /[\u4e00-\u9fa5）)]/u.test(text[at - 1]);
			// `…5.6个百分点专栏3　环境保护重点城市名单`: the next box right after a flattened table's last cell.
			const boxAfterCell = !glued && !afterTitle && c === 0x4e13 && text[at + 1] === '栏' && !(opening && at < opening.markerEnd) && numberedBoxSetOff(text, at, p.end);
			if ((!glued && !afterTitle && !afterCell && !boxAfterCell) || cut <= start) { continue; }
			const cand = matchMarker(text, at, p.end);
			// Only the families that open headings; 1.…；2.… inside a sentence stays an inline list.
			// (Decimal numbering only set off by a blank: `…本预案。 1.2　等级划分`, a scrape's paragraph break.)
			if (!cand || !(GLUED_FAMILIES.has(cand.family) || decimalSetOff(text, cand, cut, at, opening))) { continue; }
			if (afterTitle && !lowerThan(cand, opening!)) { continue; }
			if (afterCell && !shortDottedHeading(text, cand, at, p.end)) { continue; }
			// （1）…；（2）… and 包括：（1）… are an inline list: only a sentence's end or a title sets one off.
			if (cand.family === 'arabicParen' && !afterTitle && cut === at && !SENTENCE_STOP.has(text.charCodeAt(at - 1))) { continue; }
			// 专栏 glued to a sentence is a box only set off by its colon (`。专栏2：…`) or by a blank after its
			// number (`。专栏8　我国参加的…`), not `。专栏15“互联网+”…工程支持…`.
			if (cand.family === 'box' && !/[:：]/.test(text.slice(at, cand.markerEnd)) && !numberedBoxSetOff(text, at, p.end)) { continue; }
			out.push({ offset: start, end: cut, glued: start !== p.offset && !marker, marker });
			marker = undefined;
			start = at;
			opening = cand;
		}
		out.push({ offset: start, end: p.end, glued: start !== p.offset && !marker, marker });
	}
	return out;
}

/**
 * A decimal heading a scrape set off by blanks only: `1.2` after any blank, `1　总则` after a
 * sentence's end or a run of blanks (not `国务院令第　9　号`); never the number of the marker that
 * opens the block (`专栏 1 关键智能技术`).
 */
function decimalSetOff(text: string, cand: MarkerCandidate, cut: number, at: number, opening: MarkerCandidate | null): boolean {
	if (cand.family !== 'decimal' || cut >= at || (opening && at < opening.markerEnd)) { return false; }
	return cand.path!.length > 1 || at - cut >= 2 || SENTENCE_STOP.has(text.charCodeAt(cut - 1));
}

/** Where an issued document's title ends at `at` (not before `from`): its start, else -1. */
export type IssuedTitleBefore = (at: number, from: number) => number;

/** The first heading of an issued document right after its title (no separator between them), or null. */
function openingAfterTitle(text: string, at: number, end: number, from: number, titleBefore: IssuedTitleBefore): { title: number; cand: MarkerCandidate } | null {
	const cand = matchMarker(text, at, end);
	if (!cand || cand.number !== 1 || !OPENING_FAMILIES.has(cand.family)) { return null; }
	const title = titleBefore(at, from);
	return title >= 0 ? { title, cand } : null;
}

/** `专栏8　我国参加的…`: a numbered box whose number a blank sets off from its title. */
function numberedBoxSetOff(text: string, at: number, end: number): boolean {
	const cand = matchMarker(text, at, end);
	return cand !== null && cand.family === 'box' && cand.number > 0 && isBlank(text.charCodeAt(cand.markerEnd));
}

/** A heading's title so far: 2–20 characters of text, no punctuation. */
function isShortTitle(text: string, from: number, to: number): boolean {
	return to - from >= 2 && to - from <= 20 && !/[。，,；;：:、！？!?（(《“]/.test(text.slice(from, to));
}

/** `（三）…1.`, `2.…(1)`: a family that nests below the opening one (第X章 … 第一条 as well). */
function lowerThan(cand: MarkerCandidate, opening: MarkerCandidate): boolean {
	if (opening.family === 'chapter' || opening.family === 'subchapter') { return cand.family === 'article'; }
	const nests: readonly string[] = ['cnComma', 'cnParen', 'arabicDot', 'arabicParen'];
	return nests.includes(opening.family) && nests.includes(cand.family) && RANK[cand.family] > RANK[opening.family];
}

/** `4.地质科技攻关。`: a number, a dot, a title of 4–16 characters up to its 。. */
function shortDottedHeading(text: string, cand: MarkerCandidate, at: number, end: number): boolean {
	if (cand.family !== 'arabicDot' || !/[.．﹒]/.test(text.slice(at, cand.markerEnd))) { return false; }
	const stop = text.indexOf('。', cand.titleStart);
	return stop >= 0 && stop < end && stop - cand.titleStart >= 4 && stop - cand.titleStart <= 16
		&& /^[\u4e00-\u9fa5]/u.test(text[cand.titleStart]) && !/[，,；;：:、]/.test(text.slice(cand.titleStart, stop));
}

interface RunItem { at: number; marker?: MarkerCandidate }

/** What may not follow the number of a bare-numbered title: a measure word or unit (`3个`, `5年`). */
const UNIT_AFTER = /[个万亿元千百十年月日天周项名人家所次倍%％.．]/u;
/** Punctuation that ends the stretch a bare-numbered title at a paragraph's end may run over. */
const TAIL_STOP = /[。，,；;：:！？!?、]/;
const CN_COMMA_BEFORE = /[一二三四五六七八九十]{1,3}、$/u;

/**
 * Flattened tables (`序号改革举措主要内容一、改革投资审批等制度1企业投资项目承诺制改革　　山西…。2“多规合一”…`):
 * titles numbered without a separator (or with a dot), each ending its paragraph and followed by a body. One
 * such title alone is a number in a sentence; a run 1, 2, 3 … of five or more is a family.
 * Returns the split points in text order: each title (with its marker) and the group row
 * (`一、…`) right before a title, glued to a table header. Linear: one look at each paragraph's end.
 */
export function bareNumberRuns(text: string, paragraphs: readonly Span[]): RunItem[] {
	const found: { at: number; number: number; markerEnd: number; group: number }[] = [];
	for (let pi = 0; pi + 1 < paragraphs.length; pi++) {
		const p = paragraphs[pi], next = paragraphs[pi + 1];
		// The title heads a body: the next paragraph is a sentence.
		if (next.end - next.offset < 30 || !text.slice(next.offset, Math.min(next.end, next.offset + 400)).includes('。')) { continue; }
		let tail = p.end;
		while (tail > p.offset && p.end - tail < 40 && !TAIL_STOP.test(text[tail - 1])) { tail--; }
		if (p.end - tail >= 40) { continue; }
		for (let at = tail; at < p.end - 2; at++) {
			if (!isDigit(text.charCodeAt(at)) || (at > p.offset && /[0-9０-９A-Za-z.．%％]/.test(text[at - 1]))) { continue; }
			let e = at;
			while (e < p.end && isDigit(text.charCodeAt(e))) { e++; }
			if (e - at > 2) { break; }
			// (With a dot too, as a drafting fix writes it: the run is the same family either way.)
			const markerEnd = /[.．]/.test(text[e] ?? '') ? e + 1 : e;
			const title = text.slice(markerEnd, p.end);
			// (Brackets pair up in a title: `市科技局3处）` is the end of a note.)
			if (title.length >= 4 && title.length <= 30 && /^[\u4e00-\u9fa5“"《]/u.test(title) && !UNIT_AFTER.test(title[0]) && balanced(title)) {
				const group = tail > p.offset && text[tail - 1] === '、' ? CN_COMMA_BEFORE.exec(text.slice(Math.max(p.offset, tail - 4), tail)) : null;
				found.push({ at, number: Number(text.slice(at, e).replace(/[０-９]/g, d => String(d.charCodeAt(0) - 0xff10))), markerEnd, group: group ? tail - group[0].length : -1 });
			}
			break;
		}
	}
	// Chains 1, 2, 3 … in text order; numbers that fit no chain are skipped.
	const out: RunItem[] = [];
	let chain: typeof found = [];
	const flush = () => {
		if (chain.length >= 5) {
			for (const f of chain) {
				if (f.group >= 0) { out.push({ at: f.group }); }
				out.push({ at: f.at, marker: { family: 'arabicDot', number: f.number, path: null, key: 'arabicDot', markerEnd: f.markerEnd, titleStart: f.markerEnd } });
			}
		}
		chain = [];
	};
	for (const f of found) {
		if (f.number === 1) { flush(); chain.push(f); } else if (chain.length && f.number === chain[chain.length - 1].number + 1) { chain.push(f); }
	}
	flush();
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

const GLUED_FAMILIES = new Set(['chapter', 'subchapter', 'article', 'cnComma', 'cnParen', 'arabicDot', 'arabicParen', 'latinParen', 'part', 'annex', 'box']);

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
