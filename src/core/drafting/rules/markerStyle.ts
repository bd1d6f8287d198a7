// marker-style-mixed: siblings of one family written alike (`1.` and `1、` mixed is not);
// marker-brackets: bracketed markers in full-width brackets that match (`（一）`, not `(一)`, `（一)`).
import type { Section } from '../../model';
import type { RuleContext } from '../context';
import type { TextEdit } from '../types';
import { markerShape } from '../markerText';
import { siblingGroups } from '../siblings';
import { majorityShape, restyled } from '../fixes/markerStyle';

export function checkMarkerStyle(ctx: RuleContext): void {
	for (const g of siblingGroups(ctx.doc)) {
		if (g.sections.length < 2) { continue; }
		const major = majorityShape(g.sections);
		for (const s of g.sections) {
			if (markerShape(s.marker, s.family) === major.shape) { continue; }
			const target = restyled(s, major.example);
			if (!target) { continue; }
			ctx.report('marker-style-mixed', span(s), 'marker-style-mixed', [s.marker, major.example.marker], {
				section: s.offset, edits: [{ offset: s.offset, end: s.offset + s.marker.length, newText: target }],
			});
		}
	}
	for (const g of siblingGroups(ctx.doc)) {
		if (g.family !== 'cnParen' && g.family !== 'arabicParen') { continue; }
		for (const s of g.sections) {
			const edits = bracketEdits(s);
			if (!edits.length) { continue; }
			const fixed = fullWidthBrackets(s.marker);
			ctx.report('marker-brackets', span(s), 'marker-brackets', [s.marker, fixed], { section: s.offset, edits });
		}
	}
}

function span(s: Section) {
	return { offset: s.offset, end: s.offset + s.marker.length };
}

/** The half-width brackets of a bracketed marker, each replaced by its full-width form. */
export function bracketEdits(s: Section): TextEdit[] {
	const out: TextEdit[] = [];
	for (let i = 0; i < s.marker.length; i++) {
		const c = s.marker[i];
		if (c === '(' || c === ')') { out.push({ offset: s.offset + i, end: s.offset + i + 1, newText: c === '(' ? '（' : '）' }); }
	}
	return out;
}

function fullWidthBrackets(marker: string): string {
	return marker.replace(/\(/g, '（').replace(/\)/g, '）');
}
