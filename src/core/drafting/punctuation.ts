// Half-width punctuation in Chinese text (`加强领导,完善机制`, `(2018-2020年)`), found for the rule
// and converted by the fix alike. Numbers (1,000, 10:30, 3.5), Latin text, URLs and e-mail
// addresses stay as they are; brackets change in pairs, and only around Chinese text.
import type { NoticeDocument, Span } from '../model';
import { walkSections } from '../parse';
import { scanDocNumbers } from '../annotations/docNumbers';
import { isDigit, isHan, isLatin } from '../annotations/chars';
import { isBlank } from '../text/blanks';
import type { TextEdit } from './types';

export interface PunctuationHit extends Span {
	/** What is written (`,` or `( )`) and what GB/T 9704 text wants (`，` or `（ ）`). */
	written: string;
	wanted: string;
	edits: TextEdit[];
}

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };
const URL = /(?:https?|ftp):\/\/[^\s\u3000，。；、）》”"'<>]+|www\.[A-Za-z0-9][A-Za-z0-9.\-/_%?=&#~+]*|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const CN_NUMERAL = new Set([...'一二三四五六七八九十百零〇']);
/** The characters the scan stops at: the half-width marks, full-width brackets, line breaks. */
const WATCHED = new Uint8Array(0x10000);
for (const c of ',;:?!.()（）\n\r') { WATCHED[c.charCodeAt(0)] = 1; }

/** Chinese context: a Han character, or CJK punctuation and full-width forms. */
function isChinese(c: number): boolean {
	return isHan(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026;
}

function isBreak(c: number): boolean {
	return c === 0x0a || c === 0x0d;
}

/** The nearest character before `i` (or after, dir 1) on the same line, blanks skipped; 0 at a line's edge. */
function neighbour(text: string, i: number, dir: -1 | 1, from: number, to: number): number {
	for (let j = i + dir; j >= from && j < to; j += dir) {
		const c = text.charCodeAt(j);
		if (isBreak(c)) { return 0; }
		if (!isBlank(c)) { return c; }
	}
	return 0;
}

/**
 * Half-width punctuation in Chinese context in text[from, to), outside the `skip` spans (sorted
 * by offset: markers, 文号). Linear in the span length.
 */
export function halfWidthPunctuation(text: string, from: number, to: number, skip: readonly Span[] = []): PunctuationHit[] {
	const holes = [...skip.filter(s => s.end > from && s.offset < to), ...urls(text, from, to)].sort((a, b) => a.offset - b.offset);
	let h = 0;
	const skipped = (i: number) => {
		while (h < holes.length && holes[h].end <= i) { h++; }
		for (let k = h; k < holes.length && holes[k].offset <= i; k++) { if (i < holes[k].end) { return true; } }
		return false;
	};
	const out: PunctuationHit[] = [];
	/** Open brackets (offset, and whether half-width) of the current line. */
	const open: { at: number; half: boolean }[] = [];
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		// Most characters are none of ours: one table lookup each.
		if (c > 0xffff || !WATCHED[c]) { continue; }
		if (isBreak(c)) { open.length = 0; continue; }
		const ch = text[i];
		if (ch === '(' || ch === '（') {
			if (!skipped(i)) { open.push({ at: i, half: ch === '(' }); }
			continue;
		}
		if (ch === ')' || ch === '）') {
			if (skipped(i)) { continue; }
			const o = open.pop();
			if (!o || (!o.half && ch === '）') || !hasHan(text, o.at + 1, i)) { continue; }
			const edits: TextEdit[] = [];
			if (o.half) { edits.push({ offset: o.at, end: o.at + 1, newText: '（' }); }
			if (ch === ')') { edits.push({ offset: i, end: i + 1, newText: '）' }); }
			out.push({ offset: o.at, end: i + 1, written: `${text[o.at]} ${ch}`, wanted: '（ ）', edits });
			continue;
		}
		if (!(ch in FULL) || skipped(i)) { continue; }
		const prev = neighbour(text, i, -1, from, to), next = neighbour(text, i, 1, from, to);
		if (ch === '.') {
			// A full stop only right after a Han character, before a line end, a blank or Chinese:
			// never 3.5, 1.2.1, a file name, an ellipsis or a 一. marker.
			const before = text.charCodeAt(i - 1);
			const after = i + 1 < to ? text.charCodeAt(i + 1) : 0;
			if (!isHan(before) || CN_NUMERAL.has(text[i - 1]) || after === 0x2e || (after && !isBreak(after) && !isBlank(after) && !isChinese(after))) { continue; }
		} else {
			if (isDigit(prev) && isDigit(next)) { continue; }
			if (!(isChinese(prev) || isChinese(next))) { continue; }
			if (isLatin(prev) && isLatin(next)) { continue; }
			// `?` ends a Chinese question (`是否…?`); between two characters or after 。 it stands for a
			// character the text lost in a wrong encoding (`光网?无线`). `?!`, `??` are no sentence marks.
			if ((ch === '?' || ch === '!') && (!isHan(text.charCodeAt(i - 1)) || isHan(next) || /[?!]/.test(text[i + 1] ?? ''))) { continue; }
			// `:/` is a URL's scheme.
			if (ch === ':' && text[i + 1] === '/') { continue; }
		}
		out.push({ offset: i, end: i + 1, written: ch, wanted: FULL[ch], edits: [{ offset: i, end: i + 1, newText: FULL[ch] }] });
	}
	return out.sort((a, b) => a.offset - b.offset);
}

function hasHan(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) { if (isHan(text.charCodeAt(i))) { return true; } }
	return false;
}

function urls(text: string, from: number, to: number): Span[] {
	const out: Span[] = [];
	const slice = text.slice(from, to);
	URL.lastIndex = 0;
	for (let m = URL.exec(slice); m; m = URL.exec(slice)) { out.push({ offset: from + m.index, end: from + m.index + m[0].length }); }
	return out;
}

/** `[1] 李卫.医疗器械临床试验统计方法[M].北京：…`: an entry of a reference list, whose `.` separate its fields (GB/T 7714). */
const REFERENCE_ENTRY = /^[\s\u3000]*[［[][0-9０-９]{1,3}[］\]][^\n]{0,200}?[［[][A-ZＡ-Ｚ]{1,2}(?:[/／](?:OL|ＯＬ))?[］\]]/u;

function isReferenceEntry(text: string, p: Span): boolean {
	return REFERENCE_ENTRY.test(text.slice(p.offset, Math.min(p.end, p.offset + 240)));
}

/**
 * Half-width punctuation of one document (its title and paragraphs), inside `range` if given.
 * Heading markers and 文号 are left to their own rules and fixes.
 */
export function documentPunctuation(text: string, doc: NoticeDocument, range?: Span): PunctuationHit[] {
	const markers: Span[] = [];
	walkSections(doc.sections, s => { if (s.marker) { markers.push({ offset: s.offset, end: s.offset + s.marker.length }); } });
	markers.sort((a, b) => a.offset - b.offset);
	const spans = [doc.titleSpan, ...doc.paragraphs].filter(p => p.end > p.offset).sort((a, b) => a.offset - b.offset);
	const out: PunctuationHit[] = [];
	let m = 0;
	for (const p of spans) {
		// Paragraphs and markers both in text order: one sweep finds each paragraph's markers.
		while (m < markers.length && markers[m].end <= p.offset) { m++; }
		const from = Math.max(p.offset, range?.offset ?? p.offset), to = Math.min(p.end, range?.end ?? p.end);
		if (to <= from || isReferenceEntry(text, p)) { continue; }
		const own: Span[] = [];
		for (let k = m; k < markers.length && markers[k].offset < p.end; k++) { own.push(markers[k]); }
		own.push(...scanDocNumbers(text, p.offset, p.end));
		out.push(...halfWidthPunctuation(text, from, to, own.sort((a, b) => a.offset - b.offset)));
	}
	return out;
}
