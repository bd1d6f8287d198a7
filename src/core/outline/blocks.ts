// The structure view of a document's paragraphs: what the outline reads. Two repairs of the
// layout, neither of which moves an offset:
// - hard-wrapped text (a PDF extraction cut every line at one width, mid-sentence) is read as
//   joined lines, so a heading is a block of its own and a body line is not mistaken for one;
// - a heading glued to the end of the previous sentence (`…采集。二、继续教育学分…`, scrapes that
//   lost every line break) starts a block of its own, marked `glued`: weaker evidence, which the
//   outline accepts only where the numbering confirms it.
import type { Span } from '../model';
import { matchMarker } from './markers';
import { isBlank } from '../text/blanks';

export interface Block extends Span {
	/** Starts right after sentence punctuation inside a paragraph, not at a paragraph start. */
	glued: boolean;
}

const SENTENCE_END = /[。！？；;：:!?…”’」』）)]$/;
/**
 * Where a glued heading may start: after sentence punctuation or a closing bracket, after a
 * single blank, or right before a （一） (its brackets set it apart even after a title:
 * `二、总体要求（一）指导思想。`).
 */
const GLUE = /[。！？；：:）)」”]|[ \u3000\u00a0](?=\S)|(?=[（(][ \u3000]*[一二三四五六七八九十]{1,3}[ \u3000]*[）)])/g;

export function structureBlocks(text: string, paragraphs: readonly Span[]): Block[] {
	const joined = joinHardWraps(text, paragraphs);
	const out: Block[] = [];
	// Sentence punctuation, found once over the text and walked with the paragraphs (linear).
	GLUE.lastIndex = 0;
	const nextGlue = (): RegExpExecArray | null => {
		const g = GLUE.exec(text);
		if (g && g[0] === '') { GLUE.lastIndex++; } // a zero-width match must move on
		return g;
	};
	let m = joined.length ? nextGlue() : null;
	for (const p of joined) {
		let start = p.offset;
		while (m && m.index < p.offset) { m = nextGlue(); }
		for (; m && m.index < p.end - 2; m = nextGlue()) {
			// The heading starts after the punctuation or the blank; a zero-width match is its start.
			const cut = m[0] === '' || /\s/.test(m[0]) ? m.index : m.index + 1;
			let at = cut;
			while (at < p.end && isBlank(text.charCodeAt(at))) { at++; }
			if (at <= start) { continue; }
			const cand = matchMarker(text, at, p.end);
			// Only the families that open headings; 1.…；2.… inside a sentence stays an inline list.
			if (!cand || !GLUED_FAMILIES.has(cand.family)) { continue; }
			out.push({ offset: start, end: cut, glued: start !== p.offset });
			start = at;
		}
		out.push({ offset: start, end: p.end, glued: start !== p.offset });
	}
	return out;
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
