// Where notes attach and how they are found again after edits. A note's anchor is the section
// path and the text it was made on; after edits it is looked for by path and text (blanks and
// line breaks ignored, so "Put Each Paragraph on Its Own Line" moves nothing), then by text
// alone, then at the heading of the innermost section of its path that is left. A note whose
// anchor cannot be found is orphaned: kept, never dropped (the caller shows it at the top).
import type { Analysis } from '../analysis';
import type { FileModel, Section } from '../model';
import { walkSections } from '../parse';
import { BLANK_CLASS, isBlank } from '../text/blanks';
import { lastAtOrBefore } from '../text/search';
import type { NoteAnchor, ResolvedAnchor } from './types';

/** A place a note can be made on: a heading or a target, with the anchor a note there gets. */
export interface AnchorCandidate {
	kind: 'heading' | 'target';
	offset: number;
	end: number;
	anchor: NoteAnchor;
}

/** A renumbered heading still matches: a marker (`（十二）`, `第十二章`, `专栏12`) is at most this long. */
const MAX_MARKER = 8;
/** A selection longer than this is anchored by its first sentence instead. */
const MAX_SELECTION = 300;
/** How far a sentence is looked for around a position, each way. */
const MAX_SENTENCE = 500;
/** Occurrences of one anchor text looked at (a text that common is no anchor anyway). */
const MAX_OCCURRENCES = 10_000;
const SENTENCE_END = /[。！？；!?;\r\n]/;

/** The text with every blank and line break removed: what anchors are compared on. */
export function squeezeForAnchor(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (!isBlank(c) && c !== 0x0a && c !== 0x0d) { out += s[i]; }
	}
	return out;
}

/** Marker and title, as the task table's paths write them. */
export function sectionLabel(s: Pick<Section, 'marker' | 'title'>): string {
	return s.marker + s.title;
}

/** A section and the sections around it that count in a path: plan titles left out, as in the task table (a scraped one-line notice often shows none). */
interface FlatSection { section: Section; ancestors: Section[] }

/** What a section is compared on, blanks squeezed out: its marker and title, its title. */
interface SectionKeys { label: string; title: string }

interface SectionIndex {
	flat: FlatSection[];
	keys: Map<Section, SectionKeys>;
}

const inPath = (chain: readonly Section[]) => chain.filter(s => s.kind !== 'plan');

function sectionIndex(analysis: Analysis): SectionIndex {
	return analysis.stage('notes:sections', a => {
		const flat: FlatSection[] = [];
		const keys = new Map<Section, SectionKeys>();
		for (const d of a.model.documents) {
			walkSections(d.sections, (section, ancestors) => {
				flat.push({ section, ancestors: inPath(ancestors) });
				keys.set(section, { label: squeezeForAnchor(sectionLabel(section)), title: squeezeForAnchor(section.title) });
			});
		}
		return { flat, keys };
	});
}

/** The sections holding `offset`, outermost first, plan titles left out. */
function chainAt(model: FileModel, offset: number): Section[] {
	const d = lastAtOrBefore(model.documents, offset, x => x.offset);
	const chain: Section[] = [];
	if (d < 0) { return chain; }
	let level = model.documents[d].sections;
	for (;;) {
		const i = lastAtOrBefore(level, offset, s => s.offset);
		if (i < 0 || offset >= level[i].end) { return chain; }
		if (level[i].kind !== 'plan') { chain.push(level[i]); }
		level = level[i].children;
	}
}

/** Headings and targets in text order, each with the anchor a note made there gets. */
export function anchorCandidates(analysis: Analysis): AnchorCandidate[] {
	return analysis.stage('notes:candidates', a => {
		const out: AnchorCandidate[] = [];
		for (const { section: s, ancestors } of sectionIndex(a).flat) {
			if (s.heading.end <= s.heading.offset) { continue; }
			out.push({
				kind: 'heading', offset: s.heading.offset, end: s.heading.end,
				anchor: { kind: 'heading', path: ancestors.map(sectionLabel), text: sectionLabel(s), offset: s.heading.offset },
			});
		}
		for (const t of a.annotations.targets) {
			const path = chainAt(a.model, t.offset).map(sectionLabel);
			out.push({ kind: 'target', offset: t.offset, end: t.end, anchor: { kind: 'target', path, text: a.text.slice(t.offset, t.end), offset: t.offset } });
		}
		return out.sort((x, y) => x.offset - y.offset || x.end - y.end);
	});
}

/**
 * The anchor of a note made on `range` (a line or a selection): the heading it touches, else a
 * target it touches, else the selected words (one sentence at most), else the sentence at its start.
 */
export function anchorAt(analysis: Analysis, range: { offset: number; end: number }): NoteAnchor {
	const from = range.offset, to = Math.max(range.end, range.offset + 1);
	const touching = anchorCandidates(analysis).filter(c => c.offset < to && from < c.end);
	const hit = touching.find(c => c.kind === 'heading') ?? touching.find(c => c.kind === 'target');
	if (hit) { return { ...hit.anchor, path: [...hit.anchor.path] }; }
	const text = analysis.text;
	const selected = text.slice(range.offset, range.end).trim();
	const oneSentence = selected.length > 0 && selected.length <= MAX_SELECTION && !SENTENCE_END.test(selected.slice(0, -1));
	const span = oneSentence ? { offset: text.indexOf(selected, range.offset), end: 0 } : sentenceAt(text, range.offset);
	if (oneSentence) { span.end = span.offset + selected.length; }
	return { kind: 'text', path: chainAt(analysis.model, span.offset).map(sectionLabel), text: text.slice(span.offset, span.end), offset: span.offset };
}

/** The sentence holding `offset` (with its closing mark), blanks around it left out. */
function sentenceAt(text: string, offset: number): { offset: number; end: number } {
	let start = offset;
	while (start > 0 && offset - start < MAX_SENTENCE && !SENTENCE_END.test(text[start - 1])) { start--; }
	let end = offset;
	while (end < text.length && end - offset < MAX_SENTENCE && !SENTENCE_END.test(text[end])) { end++; }
	if (end < text.length && text[end] !== '\n' && text[end] !== '\r') { end++; }
	while (start < end && /\s/.test(text[start])) { start++; }
	while (end > start && /\s/.test(text[end - 1])) { end--; }
	return { offset: start, end };
}

/** Does a stored path element (or heading text), blanks squeezed out, name this section, its marker renumbered or not? */
function sameLabel(stored: string, s: Section, index: SectionIndex): boolean {
	const k = index.keys.get(s);
	if (!k) { return false; }
	if (stored === k.label) { return true; }
	return k.title.length > 0 && stored.endsWith(k.title) && stored.length - k.title.length <= MAX_MARKER;
}

/** How many leading elements of the stored path (squeezed) the chain of sections matches. */
function pathScore(stored: readonly string[], chain: readonly Section[], index: SectionIndex): number {
	let n = 0;
	while (n < stored.length && n < chain.length && sameLabel(stored[n], chain[n], index)) { n++; }
	return n;
}

/** The stored path matched in full: as many sections, each the same. */
const FULL = Number.MAX_SAFE_INTEGER;
function pathMatch(stored: readonly string[], chain: readonly Section[], index: SectionIndex): number {
	const n = pathScore(stored, chain, index);
	return n === stored.length && n === chain.length ? FULL : n;
}

/** The best of the found places: the most of the path matched, then the nearest to the hint. */
function best<T extends { offset: number; score: number }>(found: readonly T[], hint: number): T | undefined {
	let pick: T | undefined;
	for (const f of found) {
		if (!pick || f.score > pick.score || f.score === pick.score && Math.abs(f.offset - hint) < Math.abs(pick.offset - hint)) { pick = f; }
	}
	return pick;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `needle` occurs in `text` with any blanks or line breaks between its characters. */
function occurrences(text: string, needle: string): { offset: number; end: number }[] {
	const chars = [...squeezeForAnchor(needle)];
	if (!chars.length) { return []; }
	const re = new RegExp(chars.map(escapeRegExp).join(`[${BLANK_CLASS}\\r\\n]*`), 'gu');
	const out: { offset: number; end: number }[] = [];
	for (let m = re.exec(text); m && out.length < MAX_OCCURRENCES; m = re.exec(text)) { out.push({ offset: m.index, end: m.index + m[0].length }); }
	return out;
}

/** Each anchor found again in the analysed text, or null (orphaned). */
export function resolveAnchors(analysis: Analysis, anchors: readonly NoteAnchor[]): (ResolvedAnchor | null)[] {
	return anchors.map(a => resolveAnchor(analysis, a));
}

export function resolveAnchor(analysis: Analysis, anchor: NoteAnchor): ResolvedAnchor | null {
	const index = sectionIndex(analysis);
	const path = anchor.path.map(squeezeForAnchor);
	return (anchor.kind === 'heading' ? findHeading(index, anchor, path) : findText(analysis, index, anchor, path)) ?? findPathHeading(index, anchor, path);
}

function findText(analysis: Analysis, index: SectionIndex, anchor: NoteAnchor, path: readonly string[]): ResolvedAnchor | null {
	const found = occurrences(analysis.text, anchor.text).map(o => {
		const chain = chainAt(analysis.model, o.offset);
		return { ...o, chain, score: pathMatch(path, chain, index) };
	});
	const pick = best(found, anchor.offset);
	if (!pick) { return null; }
	return {
		offset: pick.offset, end: pick.end, scopeEnd: pick.end, match: pick.score === FULL ? 'path' : 'text',
		anchor: { kind: anchor.kind, path: pick.chain.map(sectionLabel), text: analysis.text.slice(pick.offset, pick.end), offset: pick.offset },
	};
}

function findHeading(index: SectionIndex, anchor: NoteAnchor, path: readonly string[]): ResolvedAnchor | null {
	const text = squeezeForAnchor(anchor.text);
	const found = index.flat.filter(f => sameLabel(text, f.section, index)).map(f => ({
		...f, offset: f.section.heading.offset, score: pathMatch(path, f.ancestors, index),
	}));
	const pick = best(found, anchor.offset);
	if (!pick) { return null; }
	const s = pick.section;
	return {
		offset: s.heading.offset, end: s.heading.end, scopeEnd: s.end, match: pick.score === FULL ? 'path' : 'text',
		anchor: { kind: 'heading', path: pick.ancestors.map(sectionLabel), text: sectionLabel(s), offset: s.heading.offset },
	};
}

/** The heading of the innermost section of the anchor's path that is still there (its ancestors matching too). */
function findPathHeading(index: SectionIndex, anchor: NoteAnchor, path: readonly string[]): ResolvedAnchor | null {
	for (let n = path.length; n > 0; n--) {
		const outer = path.slice(0, n - 1);
		const found = index.flat.filter(f => sameLabel(path[n - 1], f.section, index) && pathMatch(outer, f.ancestors, index) === FULL).map(f => ({ ...f, offset: f.section.heading.offset, score: 0 }));
		const pick = best(found, anchor.offset);
		if (pick) {
			const s = pick.section;
			return { offset: s.heading.offset, end: s.heading.end, scopeEnd: s.end, match: 'heading', anchor: { ...anchor, path: [...anchor.path] } };
		}
	}
	return null;
}
