// Move a heading up or down past its neighbour of the same family, with its body and subheadings,
// the two numbers swapped so the sequence still counts up. One edit over the two sections.
import type { FileModel, Section, Span } from '../../model';
import { walkSections } from '../../parse';
import type { TextEdit } from '../types';
import { childrenOf, headingAt } from '../locate';
import { numeralToken, formatNumeral } from '../markerText';
import { findAnnexList } from '../rules/annexes';
import { sectionKey } from '../siblings';
import { keepsOutline } from './verify';

export function moveSection(model: FileModel, at: number, direction: 'up' | 'down'): TextEdit[] {
	const found = headingAt(model, at);
	if (!found) { return []; }
	const { doc, section, parent } = found;
	const siblings = childrenOf(doc, parent);
	const i = siblings.indexOf(section);
	const j = direction === 'up' ? i - 1 : i + 1;
	if (i < 0 || j < 0 || j >= siblings.length) { return []; }
	const other = siblings[j];
	if (sectionKey(other) !== sectionKey(section) || section.kind === 'plan') { return []; }
	const [a, b] = direction === 'up' ? [other, section] : [section, other];
	const text = model.text;
	// The last sibling's span runs on to the 附件说明 before the signature: that stays where it is.
	const aEnd = a.end, bEnd = movableEnd(model, doc.paragraphs, b, b === siblings[siblings.length - 1]);
	if (aEnd > b.offset || bEnd <= b.offset) { return []; }
	const gap = text.slice(aEnd, b.offset);
	const aText = renumbered(text, a, { offset: a.offset, end: aEnd }, b.number);
	const bText = renumbered(text, b, { offset: b.offset, end: bEnd }, a.number);
	if (aText === null || bText === null) { return []; }
	const edits = [{ offset: a.offset, end: bEnd, newText: bText + gap + aText }];
	return keepsOutline(model, edits, true) ? edits : [];
}

/** The section's text with its own marker renumbered to `n` (unchanged when unnumbered). */
function renumbered(text: string, s: Section, span: Span, n: number): string | null {
	const body = text.slice(span.offset, span.end);
	if (s.number <= 0 || n <= 0 || n === s.number) { return body; }
	const t = numeralToken(s.marker, s.family);
	const numeral = t && formatNumeral(n, t.kind);
	if (!t || !numeral) { return null; }
	return body.slice(0, t.index) + numeral + body.slice(t.index + t.length);
}

function movableEnd(model: FileModel, paragraphs: readonly Span[], s: Section, last: boolean): number {
	if (!last) { return s.end; }
	const annexes: Section[] = [];
	for (const d of model.documents) { walkSections(d.sections, x => { if (x.kind === 'annex') { annexes.push(x); } }); }
	const list = findAnnexList(model.text, paragraphs.filter(p => p.offset >= s.offset && p.end <= s.end), annexes.filter(x => x.offset >= s.end));
	if (!list || list.span.offset <= s.paragraph.end) { return s.end; }
	// Back to the end of the paragraph before the list.
	let end = list.span.offset;
	while (end > s.offset && /[\s\u3000]/u.test(model.text[end - 1])) { end--; }
	return end;
}
