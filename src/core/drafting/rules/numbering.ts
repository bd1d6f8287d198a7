// numbering-gap, numbering-repeat: each numbering run should count 1, 2, 3… A gap whose missing
// heading is in the text after all (a marker the outline did not take as a heading) is the
// outline's doubt, not the author's error, and is not reported.
import type { Section } from '../../model';
import { matchMarker } from '../../outline/markers';
import { isDigit, isHan, isLatin } from '../../annotations/chars';
import type { RuleContext } from '../context';
import { withNumber } from '../markerText';
import { numberingRuns, restartSequences, sectionKey } from '../siblings';

export function checkNumbering(ctx: RuleContext): void {
	for (const run of numberingRuns(ctx.doc)) {
		// 附件 numbers are the annex rules' business (a 附件说明 written `附件1.… 2.…` reads as a heading).
		if (run.family === 'annex') { continue; }
		const first = run.sections[0];
		if (first.number !== 1) {
			const container = run.groups[0].container;
			const from = container ? container.heading.end : ctx.doc.body.offset;
			if (!writtenBetween(ctx.text, from, first.offset, first, 1, first.number)) {
				ctx.report('numbering-gap', heading(first), 'numbering-start', [first.marker, show(first, 1)], { section: first.offset });
			}
		}
		for (const list of restartSequences(run.sections)) {
			for (let i = 1; i < list.length; i++) {
				const prev = list[i - 1], cur = list[i];
				const expected = prev.number + 1;
				if (cur.number === expected) { continue; }
				// A lower number written in between is a restart the outline missed (`1.2017年…` is
				// no heading to it), not a repeat or a step back.
				if (cur.number <= prev.number && writtenBetween(ctx.text, prev.offset + prev.marker.length, cur.offset, cur, 1, cur.number)) { continue; }
				// A 1 followed by its 2 starts a list of its own after a list of two or more (as
				// restartSequences splits); after a lone 1 (`1.` `1.` `2.`) it is a repeat.
				if (cur.number === 1 && i >= 2 && list[i + 1]?.number === 2) { continue; }
				if (cur.number === prev.number) {
					ctx.report('numbering-repeat', heading(cur), 'numbering-repeat', [cur.marker], { section: cur.offset });
				} else if (cur.number > expected) {
					if (!writtenBetween(ctx.text, prev.offset + prev.marker.length, cur.offset, cur, expected, cur.number)) {
						ctx.report('numbering-gap', heading(cur), 'numbering-gap', [prev.marker, cur.marker, show(cur, expected)], { section: cur.offset });
					}
				} else {
					ctx.report('numbering-gap', heading(cur), 'numbering-back', [prev.marker, cur.marker, show(cur, expected)], { section: cur.offset });
				}
			}
		}
	}
}

function heading(s: Section) {
	return { offset: s.offset, end: s.offset + s.marker.length };
}

function show(s: Section, n: number): string {
	return withNumber(s.marker, s.family, n) ?? String(n);
}

/**
 * Whether a marker of the heading's family numbered from `lo` up to (not including) `hi` is
 * written anywhere in text[from, to) (glued to a title, after a 。): then the outline missed it.
 */
function writtenBetween(text: string, from: number, to: number, like: Section, lo: number, hi: number): boolean {
	const key = sectionKey(like);
	for (let i = Math.max(0, from); i < to; i++) {
		const prev = i > 0 ? text.charCodeAt(i - 1) : 0x0a;
		if (isLatin(prev) || isDigit(prev)) { continue; }
		const cand = matchMarker(text, i, to);
		if (!cand) { continue; }
		const candKey = cand.path ? `decimal${cand.path.length}` : cand.family;
		if (candKey === key && cand.number >= lo && cand.number < hi) { return true; }
	}
	// The marker as this heading writes it, even where no marker pattern reads it (`20.2026年…`).
	const slice = text.slice(Math.max(0, from), to);
	for (let n = lo; n < hi && n < lo + 50; n++) {
		const written = withNumber(like.marker, like.family, n);
		if (!written) { continue; }
		for (let at = slice.indexOf(written); at >= 0; at = slice.indexOf(written, at + 1)) {
			const before = at > 0 ? slice.charCodeAt(at - 1) : (from > 0 ? text.charCodeAt(from - 1) : 0x0a);
			if (!isDigit(before) && !isLatin(before) && !isHan(before)) { return true; }
		}
	}
	return false;
}
