// Tasks: the finest meaningful pieces of each notice's outline, with their section path,
// text, targets, responsible units and document metadata. Pure; given a sink, never throws on a
// model parseFile produced (a document whose metadata fails is reported and left out).
import { rethrowSink, coreError, type ErrorSink } from '../errors';
import type { FileModel, NoticeDocument, Section, Span } from '../model';
import type { Annotations, Target, UnitAssignment } from '../annotations/types';
import type { DocumentMeta, Task, TaskKind, TaskTarget } from './types';
import { documentMeta } from './meta';
import { identityText } from '../text/normalize';
import { firstAtOrAfter, innermostHolding, lastAtOrBefore } from '../text/search';
import { ISSUED_DATE_LINE } from '../text/signature';
import { hash64 } from './hash';

export { documentMeta } from './meta';

/** Paragraphs that are part of no task besides the issue-date line: `（此件公开发布）`, a bare `附件2`. */
const NOISE = /^(?:[（(][^（()）]{0,16}[）)]|附件[:：]?\s*\d*)$/u;

/** Minimum own text (characters) for a section with sub-sections to be a task of its own. */
const MIN_INTRO = 30;
/** …unless its own text says who does it: （国务院办公厅牵头，各地区、各部门负责）具体措施： */
const UNIT_NOTE = /[（(][^（）()]{0,200}(?:牵头|负责)[^（）()]{0,100}[）)]/u;

interface Piece { kind: TaskKind; title: string; marker: string; path: string[]; offset: number; end: number; body: string; section: Section | null }

/** A run-in head at the start of a paragraph: `智能制造装备产品。…`, `——瞄准前沿。…`, `——建立…体系`. */
export function runInHead(par: string): { head: string; bodyStart: number } | null {
	let i = 0;
	while (i < par.length && /\s/u.test(par[i])) { i++; }
	let dashed = false;
	while (i < par.length && /[—\-－–]/u.test(par[i])) { i++; dashed = true; }
	const rest = par.slice(i);
	const stop = rest.indexOf('。');
	if (stop < 0) {
		// A dash heading on its own line: `——建立集约完善的基础支撑体系`.
		if (dashed && rest.length >= 2 && rest.length <= 30 && !/[；;，,：:]/u.test(rest)) { return { head: rest.trim(), bodyStart: par.length }; }
		return null;
	}
	const head = rest.slice(0, stop).trim();
	if (head.length < 2 || head.length > 30) { return null; }
	if (!/[\u4e00-\u9fff]/u.test(head) || /[；;：:]/u.test(head)) { return null; }
	if (/^(?:到|至|截至)?\s*\d{4}\s*年/u.test(head)) { return null; }
	const commas = (head.match(/[，,、]/gu) ?? []).length;
	if (commas > 1 || (commas === 1 && (head.length > 20 || !dashed && !/^[^，,]{2,10}[，,][^，,]{2,10}$/u.test(head)))) { return null; }
	// A head is not a whole paragraph: something must follow it (a dashed one may stand alone).
	if (!dashed && stop + 1 >= rest.length) { return null; }
	return { head, bodyStart: i + stop + 1 };
}

function cleanStart(s: string): string { return s.replace(/^[\s。．.、：:，,;；]+/u, ''); }

class Builder {
	readonly pieces: Piece[] = [];
	/** Paragraph ends never decrease (always so in a model parseFile made): slices can search. */
	private readonly sorted: boolean;
	constructor(private readonly text: string, private readonly doc: NoticeDocument, private readonly issuer: string | null) {
		this.sorted = isSorted(doc.paragraphs, p => p.end);
	}

	/** Paragraph slices of [from, to) with noise removed. */
	slices(from: number, to: number): { offset: number; end: number; text: string }[] {
		const out: { offset: number; end: number; text: string }[] = [];
		const paragraphs = this.doc.paragraphs;
		// Start at the first paragraph ending after `from`, not at the document's first one.
		for (let i = this.sorted ? firstEndingAfter(paragraphs, from) : 0; i < paragraphs.length; i++) {
			const p = paragraphs[i];
			if (p.end <= from) { continue; }
			if (p.offset >= to) { break; }
			const a = Math.max(p.offset, from);
			const b = Math.min(p.end, to);
			const t = this.text.slice(a, b).trim();
			if (!t || NOISE.test(t) || ISSUED_DATE_LINE.test(t) || t === this.issuer) { continue; }
			out.push({ offset: a, end: b, text: t });
		}
		return out;
	}

	/** Body text of [from, to) (from the end of a heading), as one string. */
	body(from: number, to: number): string {
		return cleanStart(this.slices(from, to).map(s => s.text).join('\n'));
	}

	add(p: Piece): void {
		// A piece needs something to match on: some body, or a heading of its own for a section.
		if (p.body.length >= 8 || (p.kind === 'section' || p.kind === 'runin') && p.title.length >= 4) { this.pieces.push(p); }
	}

	/** Split [from, to) into run-in headed pieces when at least two paragraphs have run-in heads. */
	runIns(from: number, to: number, path: string[], section: Section | null, fallback: () => void, intro?: { title: string; marker: string; headText: string }): void {
		const sl = this.slices(from, to);
		const heads = sl.map(s => runInHead(s.text));
		const n = heads.filter(h => h).length;
		if (n < 2 || n * 2 < sl.length) { fallback(); return; }
		const first = heads.findIndex(h => h);
		const lead = [intro?.headText ?? '', ...sl.slice(0, first).map(s => s.text)].filter(Boolean).join('\n');
		if (intro && cleanStart(lead).length >= 20) {
			this.add({ kind: 'intro', title: intro.title, marker: intro.marker, path: path.slice(0, -1), offset: section?.offset ?? sl[0].offset, end: sl[first].offset, body: cleanStart(lead), section: null });
		}
		for (let i = first; i < sl.length;) {
			let j = i + 1;
			while (j < sl.length && !heads[j]) { j++; }
			const h = heads[i]!;
			const body = [sl[i].text.slice(h.bodyStart), ...sl.slice(i + 1, j).map(s => s.text)].map(s => s.trim()).filter(Boolean).join('\n');
			// Units inside the run-in only: the section's others belong to its other run-ins.
			this.add({ kind: 'runin', title: h.head, marker: '', path, offset: sl[i].offset, end: sl[j - 1].end, body: cleanStart(body), section: null });
			i = j;
		}
	}

	section(s: Section, ancestors: readonly Section[]): void {
		const path = ancestors.filter(a => a.kind !== 'plan').map(a => a.marker + a.title);
		const own = s.kind === 'plan' ? [] : [s.marker + s.title];
		if (s.children.length) {
			const firstChild = s.children[0].offset;
			if (s.kind !== 'plan') {
				const body = this.body(s.heading.end, firstChild);
				if (body.length >= MIN_INTRO || UNIT_NOTE.test(body)) {
					this.add({ kind: 'intro', title: s.title, marker: s.marker, path, offset: s.offset, end: firstChild, body, section: s });
				}
			}
			const next = [...ancestors, s];
			for (const c of s.children) { this.section(c, next); }
			return;
		}
		const kind: TaskKind = s.kind === 'box' ? 'box' : s.kind === 'annex' ? 'annex' : 'section';
		const whole = () => this.add({ kind, title: s.title, marker: s.marker, path, offset: s.offset, end: s.end, body: this.body(s.heading.end, s.end), section: s });
		if (s.kind === 'box' || s.kind === 'plan') { whole(); return; }
		// A leaf whose paragraphs are run-in headed splits into one task per head.
		const headRest = cleanStart(this.text.slice(s.heading.end, s.paragraph.end).trim());
		this.runIns(s.paragraph.end, s.end, [...path, ...own], s, whole, { title: s.title, marker: s.marker, headText: headRest });
	}

	bodyOnly(): void {
		const d = this.doc;
		const from = d.titleSpan.end > d.body.offset ? d.titleSpan.end : d.body.offset;
		const whole = () => this.add({ kind: 'body', title: d.title, marker: '', path: [], offset: d.body.offset, end: d.body.end, body: this.body(from, d.body.end), section: null });
		this.runIns(from, d.body.end, [], null, whole);
	}
}

/** Whether `key` never decreases along `items`. */
function isSorted<T>(items: readonly T[], key: (x: T) => number): boolean {
	for (let i = 1; i < items.length; i++) { if (key(items[i]) < key(items[i - 1])) { return false; } }
	return true;
}

const endOf = (s: Span) => s.end;
const offsetOf = (s: Span) => s.offset;

/** Index of the first of `spans` (ends never decreasing) whose end is after `at`. */
function firstEndingAfter(spans: readonly Span[], at: number): number {
	return lastAtOrBefore(spans, at, endOf) + 1;
}

/**
 * One document's annotations, found by span without a pass over all of them per task: targets
 * and units by offset (annotate sorts them; unsorted ones are filtered, as before), units also by
 * the section they are attached to. Results come in annotation order.
 */
class DocumentAnnotations {
	private readonly targets: Target[];
	private readonly units: UnitAssignment[];
	private readonly targetsSorted: boolean;
	private readonly unitsSorted: boolean;
	/** Positions in `units` by the offset of the section each is attached to. */
	private readonly attached = new Map<number, number[]>();
	/** Units of a section whose tasks hold no unit of another section (every run-in of a leaf). */
	private readonly sectionUnits = new Map<Section, { lead: string[]; responsible: string[] }>();

	constructor(targets: Target[], units: UnitAssignment[]) {
		this.targets = targets;
		this.units = units;
		this.targetsSorted = isSorted(targets, t => t.offset);
		this.unitsSorted = isSorted(units, u => u.offset);
		units.forEach((u, i) => { if (u.sectionOffset !== null) { pushTo(this.attached, u.sectionOffset, i); } });
	}

	targetsIn(span: Span): TaskTarget[] {
		const inside = (t: Target) => t.offset >= span.offset && t.offset < span.end;
		let found: Target[];
		if (this.targetsSorted) {
			found = [];
			for (let i = firstAtOrAfter(this.targets, span.offset, offsetOf); i < this.targets.length && this.targets[i].offset < span.end; i++) { found.push(this.targets[i]); }
		} else {
			found = this.targets.filter(inside);
		}
		return found.map(t => ({ text: t.text, metric: t.metric, deadline: t.deadline }));
	}

	/** Lead and responsible units of the units attached to `section` or inside `span`. */
	unitsIn(span: Span, section: Section | null): { lead: string[]; responsible: string[] } {
		const attached = section ? this.attached.get(section.offset) ?? [] : [];
		const inside = this.insideUnits(span);
		if (section && inside.every(i => this.units[i].sectionOffset === section.offset)) {
			// Every unit inside is attached too: the section's units, collected once.
			let own = this.sectionUnits.get(section);
			if (!own) {
				own = collectUnits(attached.map(i => this.units[i]));
				this.sectionUnits.set(section, own);
			}
			return { lead: own.lead.slice(), responsible: own.responsible.slice() };
		}
		return collectUnits(mergeSorted(attached, inside).map(i => this.units[i]));
	}

	/** Positions in `units` of those inside `span`, ascending. */
	private insideUnits(span: Span): number[] {
		const out: number[] = [];
		if (this.unitsSorted) {
			for (let i = firstAtOrAfter(this.units, span.offset, offsetOf); i < this.units.length && this.units[i].offset < span.end; i++) { out.push(i); }
		} else {
			this.units.forEach((u, i) => { if (u.offset >= span.offset && u.offset < span.end) { out.push(i); } });
		}
		return out;
	}
}

/** Two ascending lists of positions, merged without repeats. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
	const out: number[] = [];
	let i = 0, j = 0;
	while (i < a.length || j < b.length) {
		const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
		if (out[out.length - 1] !== next) { out.push(next); }
	}
	return out;
}

/** Names of the units' leads and other responsible units, each once, in order; leads left out of the others. */
function collectUnits(units: readonly UnitAssignment[]): { lead: string[]; responsible: string[] } {
	const lead = new Set<string>();
	const responsible = new Set<string>();
	for (const u of units) {
		for (const n of u.lead) { lead.add(n); }
		for (const n of u.responsible) { responsible.add(n); }
	}
	return { lead: [...lead], responsible: [...responsible].filter(n => !lead.has(n)) };
}

/** Each document's annotations, in their order. */
function byDocument(ann: Annotations | null | undefined): Map<number, DocumentAnnotations> {
	const targets = new Map<number, Target[]>();
	const units = new Map<number, UnitAssignment[]>();
	for (const t of ann?.targets ?? []) { pushTo(targets, t.document, t); }
	for (const u of ann?.units ?? []) { pushTo(units, u.document, u); }
	const out = new Map<number, DocumentAnnotations>();
	for (const doc of new Set([...targets.keys(), ...units.keys()])) {
		out.set(doc, new DocumentAnnotations(targets.get(doc) ?? [], units.get(doc) ?? []));
	}
	return out;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) { list.push(value); } else { map.set(key, [value]); }
}

/** Identity of a document across files: its title and body text, whitespace ignored. */
function documentKey(model: FileModel, doc: NoticeDocument): string {
	return hash64(identityText(doc.title) + '\u0000' + identityText(model.text.slice(doc.body.offset, doc.body.end)));
}

/**
 * The tasks of every document of `model` (duplicates within the file and documents whose body
 * is missing skipped), in text order. `annotations` may be omitted: targets and units are then empty.
 * A document whose metadata cannot be read is left out and reported to `onError`.
 */
export function extractTasks(model: FileModel, annotations: Annotations | null | undefined, fileKey: string, onError: ErrorSink = rethrowSink): Task[] {
	const tasks: Task[] = [];
	const annotationsOf = byDocument(annotations);
	for (const doc of model.documents) {
		if (doc.duplicateOf !== null || doc.bodyMissing) { continue; }
		let meta: DocumentMeta;
		try { meta = documentMeta(doc, model.text); } catch (e) { onError(coreError('tasks', e, doc.index)); continue; }
		const b = new Builder(model.text, doc, meta.issuer);
		const walk = (ss: readonly Section[], anc: Section[]) => { for (const s of ss) { b.section(s, anc); } };
		walk(doc.sections, []);
		if (!b.pieces.length) { b.bodyOnly(); }
		const docKey = documentKey(model, doc);
		// A fresh empty one per document: its per-section cache must not outlive this call.
		const ann = annotationsOf.get(doc.index) ?? new DocumentAnnotations([], []);
		const titleId = identityText(meta.title);
		for (const p of b.pieces) {
			const span = { offset: p.offset, end: Math.max(p.end, p.offset) };
			tasks.push({
				id: `${fileKey}#${doc.index}@${p.offset}`,
				file: fileKey,
				document: doc.index,
				docKey,
				textKey: hash64(titleId + '\u0000' + identityText(p.title + '\u0000' + p.body)),
				kind: p.kind,
				offset: span.offset,
				end: span.end,
				path: p.path,
				title: p.title,
				marker: p.marker,
				text: p.body,
				targets: ann.targetsIn(span),
				...ann.unitsIn(span, p.section),
				meta,
			});
		}
	}
	tasks.sort((a, b) => a.offset - b.offset);
	return tasks;
}

/** The task of `tasks` (in text order, as extractTasks gives them) that holds `offset`: the innermost, i.e. the shortest, one. */
export function taskAt(tasks: readonly Task[], offset: number): Task | undefined {
	const i = innermostHolding(tasks, offset);
	return i < 0 ? undefined : tasks[i];
}
