// Renumbering a numbering run 1, 2, 3… (its numerals only, written as they were), and the
// references to renumbered articles and chapters in the text (`依照第五条` → `依照第四条`).
import type { FileModel, NoticeDocument, Section, Span } from '../../model';
import { parseNumber } from '../../text/numerals';
import type { TextEdit } from '../types';
import { decimalPrefix, formatNumeral, numeralToken } from '../markerText';
import { headingAt } from '../locate';
import { restartSequences, runOf, sectionKey } from '../siblings';
import { matchMarker, type MarkerCandidate } from '../../outline/markers';
import { keepsHeadings } from './verify';
import { walkSections } from '../../parse';

/** The edits that renumber the run of the heading at `at` (its start or any offset of its heading line). */
export function renumberSiblings(model: FileModel, at: number): TextEdit[] {
	const found = headingAt(model, at);
	if (!found) { return []; }
	const run = runOf(found.doc, found.section);
	if (!run) { return []; }
	const edits: TextEdit[] = [];
	const moved = new Map<number, number>();
	const seen = new Map<number, number>();
	// Only the sequence holding the heading: a restart (a second enumeration) counts on its own.
	const sequence = restartSequences(run.sections).find(q => q.includes(found.section)) ?? run.sections;
	const parent = run.groups.find(g => g.sections.includes(sequence[0]))?.parent ?? null;
	const all = withWrittenMarkers(model.text, found.doc, sequence, parent ? parent.paragraph.end : found.doc.body.offset);
	all.forEach((s, i) => {
		seen.set(s.number, (seen.get(s.number) ?? 0) + 1);
		const n = i + 1;
		if (s.number === n) { return; }
		const e = numeralEdit(s, n);
		if (e) { edits.push(e); moved.set(s.number, n); }
	});
	if (run.family === 'article' || run.family === 'chapter') {
		// A repeated number is ambiguous: references to it are left alone.
		for (const [old] of moved) { if ((seen.get(old) ?? 0) > 1) { moved.delete(old); } }
		edits.push(...referenceEdits(model.text, found.doc, run.family === 'article' ? '条' : '章', moved, new Set(sequence.map(s => s.offset))));
	}
	edits.sort((a, b) => a.offset - b.offset);
	return keepsHeadings(model, edits) ? edits : [];
}

type Marked = Pick<Section, 'offset' | 'marker' | 'family' | 'number'>;

function keyOf(m: MarkerCandidate): string {
	return m.path ? `decimal${m.path.length}` : m.family;
}


/**
 * The sequence with the markers of its family written at a paragraph start among its headings
 * that the outline did not take as headings (a heading moved out of order, `（一）（三）（二）`, or
 * repeated last, reads as body text to it): the author numbered them, so they are renumbered too.
 * Not a table of contents (entries without bodies), nor a list inside a 专栏 or an annex.
 */
function withWrittenMarkers(text: string, doc: NoticeDocument, sequence: readonly Section[], from: number): Marked[] {
	const key = sectionKey(sequence[0]);
	const prefix = decimalPrefix(sequence[0].marker, sequence[0].family);
	const headings = new Set<number>();
	// Inside a 专栏, an annex or an issued document numbers count on their own.
	const apart: Span[] = [];
	walkSections(doc.sections, s => {
		headings.add(s.offset);
		if (s.kind === 'box' || s.kind === 'annex' || s.kind === 'plan' || s.kind === 'part') { apart.push(s); }
	});
	const hidden: Marked[] = [];
	const seen = new Set<number>();
	const written = (start: number, end: number) => {
		doc.paragraphs.forEach((p, i) => {
			if (p.offset < start || p.offset >= end || headings.has(p.offset) || seen.has(p.offset)) { return; }
			if (apart.some(a => a.offset < p.offset && p.offset < a.end && a.offset > start)) { return; }
			const m = matchMarker(text, p.offset, p.end);
			if (!m || keyOf(m) !== key || m.titleStart >= p.end) { return; }
			const marker = text.slice(p.offset, m.markerEnd).replace(/[\s\u3000:：]+$/u, '');
			if (decimalPrefix(marker, m.family) !== prefix) { return; }
			// A heading has a body: a line followed by another marker of its family is a table of contents entry.
			const next = doc.paragraphs[i + 1];
			const after = next && matchMarker(text, next.offset, next.end);
			if (after && keyOf(after) === key) { return; }
			seen.add(p.offset);
			hidden.push({ offset: p.offset, marker, family: m.family, number: m.number });
		});
	};
	written(from, sequence[0].offset);
	sequence.forEach((s, i) => {
		const next = sequence[i + 1];
		written(s.offset + 1, next && next.offset < s.end + 8 ? next.offset : s.end);
	});
	// Only numbers the sequence could hold, counting on from its own: a marker far past them
	// (第一百二十条 after 第一百一十条) belongs to a run the outline missed, not to this one.
	let limit = Math.max(...sequence.map(s => s.number)) + 1;
	const taken = new Set<Marked>();
	for (const h of [...hidden].sort((a, b) => a.number - b.number)) {
		if (h.number > limit) { break; }
		taken.add(h);
		limit = Math.max(limit, h.number + 1);
	}
	return [...sequence, ...hidden.filter(h => taken.has(h))].sort((a, b) => a.offset - b.offset);
}

/** The edit writing number `n` into the heading's marker, its numeral kind kept; null if it cannot. */
export function numeralEdit(s: Pick<Section, 'offset' | 'marker' | 'family'>, n: number): TextEdit | null {
	const t = numeralToken(s.marker, s.family);
	if (!t) { return null; }
	const numeral = formatNumeral(n, t.kind);
	if (!numeral) { return null; }
	return { offset: s.offset + t.index, end: s.offset + t.index + t.length, newText: numeral };
}

const NUMERAL = '[一二三四五六七八九十百千零〇两]{1,6}|[0-9]{1,4}|[０-９]{1,4}';
/** 第五条, and the list it may head: 第五条、第七条至第九条, 第五十二条、六十一条. */
const REFERENCE: Record<'条' | '章', RegExp> = {
	条: new RegExp(`第(?:${NUMERAL})条(?:[、，,和及与至或到]第?(?:${NUMERAL})条)*`, 'g'),
	章: new RegExp(`第(?:${NUMERAL})章(?:[、，,和及与至或到]第?(?:${NUMERAL})章)*`, 'g'),
};
/** A named other law or rule right before 第X条 (`刑法第三条`, `《条例》第三条`); `本办法第三条` is this one. */
const NAMED_LAW = /(?:》|法|条例|规定|办法|细则|规则|决定)$/;
const THIS_LAW = /本(?:法|条例|规定|办法|细则|实施细则|规则|决定)$/;

/** `第X条`/`第X章` references inside the document's paragraphs, renumbered by `moved`. */
function referenceEdits(text: string, doc: NoticeDocument, unit: '条' | '章', moved: ReadonlyMap<number, number>, headings: ReadonlySet<number>): TextEdit[] {
	if (!moved.size) { return []; }
	const out: TextEdit[] = [];
	const chain = REFERENCE[unit];
	const numeral = new RegExp(`(${NUMERAL})(?=${unit})`, 'g');
	for (const p of doc.paragraphs) {
		const slice = text.slice(p.offset, p.end);
		chain.lastIndex = 0;
		for (let m = chain.exec(slice); m; m = chain.exec(slice)) {
			const at = p.offset + m.index;
			const before = text.slice(Math.max(p.offset, at - 12), at);
			if (headings.has(at) || (NAMED_LAW.test(before) && !THIS_LAW.test(before))) { continue; }
			numeral.lastIndex = 0;
			for (let n = numeral.exec(m[0]); n; n = numeral.exec(m[0])) {
				const to = moved.get(parseNumber(n[1]));
				if (to === undefined) { continue; }
				const t = numeralToken(n[1], 'article')!;
				out.push({ offset: at + n.index, end: at + n.index + n[1].length, newText: formatNumeral(to, t.kind) });
			}
		}
	}
	return out;
}
