// Offset → annotation lookups over one Analysis: binary search over the sorted annotation arrays,
// built once per Analysis (a memoized stage), shared by the hovers, the semantic tokens and the
// target-clause decorations.
import type { Analysis } from '../analysis';
import type { Span } from '../model';
import type { DateMention, DocNumber, Quantity, Target, UnitAssignment } from '../annotations/types';
import { SectionIndex } from '../annotations/sections';
import { lastStartingAtOrBefore } from '../text/search';

/** A sorted array of spans (possibly nested or overlapping) with O(log n + k) stabbing queries. */
export class SpanIndex<T extends Span> {
	readonly items: readonly T[];
	/** maxEnd[i]: the largest `end` among items[0..i]. */
	private readonly maxEnd: number[];

	constructor(items: readonly T[]) {
		const valid = items.filter(s => s && Number.isFinite(s.offset) && Number.isFinite(s.end) && s.end > s.offset);
		const sorted = isSorted(valid) ? valid : [...valid].sort((a, b) => a.offset - b.offset || a.end - b.end);
		this.items = sorted;
		this.maxEnd = new Array(sorted.length);
		let m = -Infinity;
		for (let i = 0; i < sorted.length; i++) { m = Math.max(m, sorted[i].end); this.maxEnd[i] = m; }
	}


	/** Items with offset <= o < end. */
	containing(o: number): T[] {
		const out: T[] = [];
		for (let i = lastStartingAtOrBefore(this.items, o); i >= 0 && this.maxEnd[i] > o; i--) {
			if (this.items[i].end > o) { out.push(this.items[i]); }
		}
		return out;
	}

	/** Items overlapping [from, to), in offset order. */
	overlapping(from: number, to: number): T[] {
		const out: T[] = [];
		const last = lastStartingAtOrBefore(this.items, to - 1);
		let first = last;
		while (first >= 0 && this.maxEnd[first] > from) { first--; }
		for (let i = first + 1; i <= last; i++) {
			const s = this.items[i];
			if (s.end > from && s.offset < to) { out.push(s); }
		}
		return out;
	}
}

function isSorted(items: readonly Span[]): boolean {
	for (let i = 1; i < items.length; i++) { if (items[i].offset < items[i - 1].offset) { return false; } }
	return true;
}

export type Hit =
	| { kind: 'target'; span: Span; target: Target }
	| { kind: 'quantity'; span: Span; quantity: Quantity }
	| { kind: 'date'; span: Span; date: DateMention }
	| { kind: 'docNumber'; span: Span; docNumber: DocNumber }
	| { kind: 'unit'; span: Span; unit: UnitAssignment };

export interface SectionUnits {
	lead: string[];
	responsible: string[];
}

export class AnnotationLookup {
	readonly targets: SpanIndex<Target>;
	/** Quantities that are not targets (a target's quantity is part of the target). */
	readonly quantities: SpanIndex<Quantity>;
	readonly dates: SpanIndex<DateMention>;
	readonly docNumbers: SpanIndex<DocNumber>;
	readonly units: SpanIndex<UnitAssignment>;
	private readonly sectionIndexes = new Map<number, SectionIndex>();
	/** Unit notes by `${document}:${sectionOffset}`. */
	private readonly unitsBySection = new Map<string, UnitAssignment[]>();

	constructor(private readonly analysis: Analysis) {
		const a = analysis.annotations;
		this.targets = new SpanIndex(a.targets);
		this.quantities = new SpanIndex(a.quantities.filter(q => !q.isTarget));
		this.dates = new SpanIndex(a.dates);
		this.docNumbers = new SpanIndex(a.docNumbers);
		this.units = new SpanIndex(a.units);
		for (const u of a.units) {
			if (u.sectionOffset === null) { continue; }
			const key = `${u.document}:${u.sectionOffset}`;
			const list = this.unitsBySection.get(key);
			if (list) { list.push(u); } else { this.unitsBySection.set(key, [u]); }
		}
	}

	/** Every annotation holding `offset`, innermost (shortest) first. */
	allAt(offset: number): Hit[] {
		const hits: Hit[] = [];
		for (const t of this.targets.containing(offset)) { hits.push({ kind: 'target', span: t, target: t }); }
		for (const q of this.quantities.containing(offset)) { hits.push({ kind: 'quantity', span: q, quantity: q }); }
		for (const d of this.dates.containing(offset)) { hits.push({ kind: 'date', span: d, date: d }); }
		for (const n of this.docNumbers.containing(offset)) { hits.push({ kind: 'docNumber', span: n, docNumber: n }); }
		for (const u of this.units.containing(offset)) { hits.push({ kind: 'unit', span: u, unit: u }); }
		return hits.sort((x, y) => (x.span.end - x.span.offset) - (y.span.end - y.span.offset) || y.span.offset - x.span.offset);
	}

	/**
	 * The innermost annotation at `offset`; a position just after an annotation (the caret at its
	 * end) counts as on it when no annotation holds `offset` itself.
	 */
	at(offset: number): Hit | undefined {
		return this.allAt(offset)[0] ?? (offset > 0 ? this.allAt(offset - 1)[0] : undefined);
	}

	/**
	 * Lead and responsible units of the task a target belongs to: the unit notes attached to its
	 * innermost section, else to the nearest enclosing section that has any.
	 */
	unitsFor(target: Target): SectionUnits {
		const doc = this.analysis.model.documents[target.document];
		if (!doc) { return { lead: [], responsible: [] }; }
		let index = this.sectionIndexes.get(target.document);
		if (!index) {
			index = new SectionIndex(Array.isArray(doc.sections) ? doc.sections : []);
			this.sectionIndexes.set(target.document, index);
		}
		const path = index.pathAt(target.offset);
		for (let i = path.length - 1; i >= 0; i--) {
			const notes = this.unitsBySection.get(`${target.document}:${path[i].offset}`);
			if (notes?.length) {
				return { lead: unique(notes.flatMap(n => n.lead)), responsible: unique(notes.flatMap(n => n.responsible)) };
			}
		}
		return { lead: [], responsible: [] };
	}
}

function unique(list: readonly string[]): string[] {
	return [...new Set(list.filter(s => s))];
}

/** The lookup of an analysis (memoized as a stage). */
export function lookupOf(analysis: Analysis): AnnotationLookup {
	return analysis.stage('annotationLookup', a => new AnnotationLookup(a));
}
