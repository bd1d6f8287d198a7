// Tasks: the finest meaningful pieces of each notice's outline, with their section path,
// text, targets, responsible units and document metadata. Pure; never throws on a model
// parseFile produced.
import type { FileModel, NoticeDocument, Section, Span } from '../model';
import type { Annotations } from '../annotations/types';
import type { DocumentMeta, Task, TaskKind, TaskTarget } from './types';
import { documentMeta } from './meta';
import { hash64, identityText } from './hash';

export { documentMeta } from './meta';

/** Paragraphs that are part of no task: dates, signatures, `（此件公开发布）`. */
const NOISE = /^(?:[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:印发|发布)?\s*[）)]?|[（(][^（()）]{0,16}[）)]|附件[:：]?\s*\d*)$/u;

/** Minimum own text (characters) for a section with sub-sections to be a task of its own. */
const MIN_INTRO = 30;

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
	constructor(private readonly text: string, private readonly doc: NoticeDocument, private readonly issuer: string | null) {}

	/** Paragraph slices of [from, to) with noise removed. */
	slices(from: number, to: number): { offset: number; end: number; text: string }[] {
		const out: { offset: number; end: number; text: string }[] = [];
		for (const p of this.doc.paragraphs) {
			if (p.end <= from) { continue; }
			if (p.offset >= to) { break; }
			const a = Math.max(p.offset, from);
			const b = Math.min(p.end, to);
			const t = this.text.slice(a, b).trim();
			if (!t || NOISE.test(t) || t === this.issuer) { continue; }
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
			this.add({ kind: 'intro', title: intro.title, marker: intro.marker, path: path.slice(0, -1), offset: section?.offset ?? sl[0].offset, end: sl[first].offset, body: cleanStart(lead), section });
		}
		for (let i = first; i < sl.length;) {
			let j = i + 1;
			while (j < sl.length && !heads[j]) { j++; }
			const h = heads[i]!;
			const body = [sl[i].text.slice(h.bodyStart), ...sl.slice(i + 1, j).map(s => s.text)].map(s => s.trim()).filter(Boolean).join('\n');
			this.add({ kind: 'runin', title: h.head, marker: '', path, offset: sl[i].offset, end: sl[j - 1].end, body: cleanStart(body), section });
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
				if (body.length >= MIN_INTRO) {
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

function targetsIn(ann: Annotations | null | undefined, doc: number, span: Span): TaskTarget[] {
	if (!ann) { return []; }
	return ann.targets
		.filter(t => t.document === doc && t.offset >= span.offset && t.offset < span.end)
		.map(t => ({ text: t.text, metric: t.metric, deadline: t.deadline }));
}

function unitsIn(ann: Annotations | null | undefined, doc: number, span: Span, section: Section | null): { lead: string[]; responsible: string[] } {
	const lead: string[] = [];
	const responsible: string[] = [];
	if (!ann) { return { lead, responsible }; }
	for (const u of ann.units) {
		if (u.document !== doc) { continue; }
		const attached = section && u.sectionOffset === section.offset;
		const inside = u.offset >= span.offset && u.offset < span.end;
		if (!attached && !inside) { continue; }
		for (const n of u.lead) { if (!lead.includes(n)) { lead.push(n); } }
		for (const n of u.responsible) { if (!responsible.includes(n)) { responsible.push(n); } }
	}
	return { lead, responsible: responsible.filter(n => !lead.includes(n)) };
}

/** Identity of a document across files: its title and body text, whitespace ignored. */
export function documentKey(model: FileModel, doc: NoticeDocument): string {
	return hash64(identityText(doc.title) + '\u0000' + identityText(model.text.slice(doc.body.offset, doc.body.end)));
}

/**
 * The tasks of every document of `model` (duplicates within the file and documents whose body
 * is missing skipped), in text order. `annotations` may be omitted: targets and units are then empty.
 */
export function extractTasks(model: FileModel, annotations: Annotations | null | undefined, fileKey: string): Task[] {
	const tasks: Task[] = [];
	for (const doc of model.documents) {
		if (doc.duplicateOf !== null || doc.bodyMissing) { continue; }
		let meta: DocumentMeta;
		try { meta = documentMeta(doc, model.text); } catch { continue; }
		const b = new Builder(model.text, doc, meta.issuer);
		const walk = (ss: readonly Section[], anc: Section[]) => { for (const s of ss) { b.section(s, anc); } };
		walk(doc.sections, []);
		if (!b.pieces.length) { b.bodyOnly(); }
		const docKey = documentKey(model, doc);
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
				targets: targetsIn(annotations, doc.index, span),
				...unitsIn(annotations, doc.index, span, p.section),
				meta,
			});
		}
	}
	tasks.sort((a, b) => a.offset - b.offset);
	return tasks;
}

/** The task of `tasks` that holds `offset` (the innermost, i.e. the shortest, one). */
export function taskAt(tasks: readonly Task[], offset: number): Task | undefined {
	let best: Task | undefined;
	for (const t of tasks) {
		if (t.offset <= offset && offset < Math.max(t.end, t.offset + 1)) {
			if (!best || t.end - t.offset < best.end - best.offset) { best = t; }
		}
	}
	return best;
}
