// Hovers as facts: what annotation is under the cursor and what is known about it. The editor
// words them (../../extension/highlights/hover.ts).
import type { Analysis } from '../analysis';
import type { Quantity } from '../annotations/types';
import type { Span } from '../model';
import { lookupOf, type AnnotationLookup, type Hit } from './lookup';
import type { HoverFacts, NoticeHover } from './types';

export function hoverAt(analysis: Analysis, offset: number): NoticeHover | undefined {
	const lookup = lookupOf(analysis);
	const hit = lookup.at(offset);
	if (!hit) { return undefined; }
	const range = { offset: hit.span.offset, end: hit.span.end };
	return { range, ...facts(hit, lookup) };
}

function facts(hit: Hit, lookup: AnnotationLookup): HoverFacts {
	switch (hit.kind) {
		case 'date': return { kind: 'date', text: hit.date.text, dateKind: hit.date.kind, iso: hit.date.iso };
		case 'target': {
			const t = hit.target, units = lookup.unitsFor(t);
			return {
				kind: 'target', text: t.text, metric: t.metric, value: formatValue(t.quantity), verb: t.quantity.verb,
				deadline: t.deadline, section: t.section, lead: units.lead, responsible: units.responsible,
			};
		}
		case 'docNumber': return { kind: 'docNumber', text: hit.docNumber.text, issuer: hit.docNumber.issuer, year: hit.docNumber.year, number: hit.docNumber.number };
		case 'quantity': return { kind: 'quantity', text: hit.quantity.text, value: formatValue(hit.quantity), verb: hit.quantity.verb };
		case 'unit': return { kind: 'unit', lead: hit.unit.lead, responsible: hit.unit.responsible };
	}
}

/** 1200亿元, 30万家以上, 3–5个; the text as written when the value could not be folded. */
export function formatValue(q: Quantity): string {
	if (q.value === null || !Number.isFinite(q.value)) { return q.text; }
	const range = q.valueMax !== null && q.valueMax !== q.value ? `${q.value}–${q.valueMax}` : `${q.value}`;
	return `${range}${q.unit}${q.qualifier}`;
}

/** The clauses holding targets, sorted, overlapping ones merged (memoized as a stage). */
export function targetClauses(analysis: Analysis): Span[] {
	return analysis.stage('targetClauses', a => {
		const spans = lookupOf(a).targets.items
			.map(t => ({ offset: Math.min(t.clause.offset, t.offset), end: Math.max(t.clause.end, t.end) }))
			.filter(s => s.end > s.offset)
			.sort((x, y) => x.offset - y.offset);
		const merged: Span[] = [];
		for (const s of spans) {
			const last = merged[merged.length - 1];
			if (last && s.offset <= last.end) { last.end = Math.max(last.end, s.end); } else { merged.push({ ...s }); }
		}
		return merged;
	});
}
