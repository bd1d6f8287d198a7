// family-order: GB/T 9704 orders the families 一、 （一） 1. （1）; an outer family after an inner
// one under the same parent (`（一）` after `1.`) reads as nested under it, the wrong way round.
// (The outline never nests an outer family inside an inner one: it makes them siblings.)
import { RANK } from '../../outline/markers';
import { lastStartingAtOrBefore } from '../../annotations/chars';
import type { Section } from '../../model';
import { walkSections } from '../../parse';
import type { RuleContext } from '../context';
import { isLadder } from '../markerText';

export function checkFamilyOrder(ctx: RuleContext): void {
	const check = (children: readonly Section[]) => {
		let inner: Section | null = null;
		let lastFlagged: string | null = null;
		let prevLadder: Section | null = null;
		for (const s of children) {
			if (!isLadder(s.family) || s.number === 0) { continue; }
			// An outer run that starts (1) after an inner heading; a later number (二、 after （一）)
			// means the outline missed the run's start, and the gap rule speaks of it.
			if (inner && RANK[s.family] < RANK[inner.family] && (s.number === 1 || lastFlagged === s.family) && !unnumberedHeadingBetween(ctx, prevLadder!, s)) {
				// One report per run of the outer family, not one per heading of it.
				if (lastFlagged !== s.family) {
					ctx.report('family-order', { offset: s.offset, end: s.offset + s.marker.length }, 'family-order', [s.marker, inner.marker], { section: s.offset });
					lastFlagged = s.family;
				}
				continue;
			}
			lastFlagged = null;
			if (!inner || RANK[s.family] > RANK[inner.family]) { inner = s; }
			prevLadder = s;
		}
	};
	check(ctx.doc.sections);
	walkSections(ctx.doc.sections, s => check(s.children));
}

/** A short unnumbered line (`办理流程`) between two headings heads what follows: the outer run sits under it. */
function unnumberedHeadingBetween(ctx: RuleContext, before: Section, s: Section): boolean {
	const paragraphs = ctx.doc.paragraphs;
	for (let i = lastStartingAtOrBefore(paragraphs, s.offset); i >= 0 && paragraphs[i].offset >= before.paragraph.end; i--) {
		const p = paragraphs[i];
		if (p.end <= s.offset && p.end - p.offset <= 30 && !/[。；;，,：:]/.test(ctx.text.slice(p.offset, p.end))) { return true; }
	}
	return false;
}
