// heading-empty: a marker with no title (`三、` alone on its line, `第二章` with nothing after it);
// heading-ending: a heading ending unlike most of its siblings (`（一）…。` run-in among
// headings on lines of their own, or the reverse).
import type { Section, Span } from '../../model';
import { matchMarker } from '../../outline/markers';
import { walkSections } from '../../parse';
import type { RuleContext } from '../context';
import type { MessageId } from '../messages';
import type { TextEdit } from '../types';
import { isLadder } from '../markerText';
import { siblingGroups } from '../siblings';
import { lastStartingAtOrBefore } from '../../text/search';

const TITLED_KINDS = new Set(['section', 'chapter', 'subchapter', 'part']);

export function checkEmptyHeadings(ctx: RuleContext): void {
	const { text, doc } = ctx;
	const numbersOf = new Map<string, Set<number>>();
	walkSections(doc.sections, s => {
		if (TITLED_KINDS.has(s.kind) && s.number > 0 && !s.title) {
			ctx.report('heading-empty', { offset: s.offset, end: s.offset + s.marker.length }, 'heading-empty', [s.marker], { section: s.offset });
		}
		if (!numbersOf.has(s.family)) { numbersOf.set(s.family, new Set()); }
		numbersOf.get(s.family)!.add(s.number);
	});
	// A bare marker is not a heading to the outline; it is one the author meant when its number
	// fits a run of its family (`二、` … `三、`(nothing) … `四、`).
	doc.paragraphs.forEach((p, i) => {
		if (p.offset < doc.body.offset) { return; }
		const m = matchMarker(text, p.offset, p.end);
		if (!m || !isLadder(m.family) || m.markerEnd < p.end) { return; }
		const seen = numbersOf.get(m.family);
		if (!seen || !(seen.has(m.number - 1) || seen.has(m.number + 1))) { return; }
		// `（三）` / `合理用药` on the next line: the title is there, the layout split it off.
		const next = doc.paragraphs[i + 1];
		if (next && next.end - next.offset <= 30 && !matchMarker(text, next.offset, next.end) && !/[。；;，,：:]/.test(text.slice(next.offset, next.end))) { return; }
		ctx.report('heading-empty', p, 'heading-empty', [text.slice(p.offset, p.end)]);
	});
}

type Ending = 'period' | 'colon' | 'semicolon' | 'none';
const ENDING_NAME: Record<Ending, MessageId> = { period: 'ending.period', colon: 'ending.colon', semicolon: 'ending.semicolon', none: 'ending.none' };

/** How the heading's title ends: the punctuation right after it, or none (a heading line of its own). */
export function headingEnding(text: string, s: Section): Ending | null {
	if (s.heading.end >= s.paragraph.end) { return 'none'; }
	const c = text[s.heading.end];
	if (c === '。' || c === '！' || c === '？') { return 'period'; }
	if (c === '：' || c === ':') { return 'colon'; }
	if (c === '；' || c === ';') { return 'semicolon'; }
	return null;
}

/** A title a reader takes for a heading, not a sentence: short. */
const MAX_HEADING_TITLE = 25;

export function checkHeadingEndings(ctx: RuleContext): void {
	const { text } = ctx;
	for (const g of siblingGroups(ctx.doc)) {
		if (g.sections.length < 3 || !isLadder(g.family)) { continue; }
		// Items listed by an article or after a colon (`下列材料：（一）…；（二）…。`) are an
		// enumeration, punctuated as one sentence, not headings.
		if (g.parent?.kind === 'article' || introducedByColon(text, ctx.doc.paragraphs, g.sections[0].offset)) { continue; }
		const endings = g.sections.map(s => headingEnding(text, s));
		if (endings.includes('semicolon')) { continue; }
		const counts = { period: 0, none: 0 };
		g.sections.forEach((s, i) => {
			const e = endings[i];
			if ((e === 'period' || e === 'none') && s.title.length <= MAX_HEADING_TITLE) { counts[e]++; }
		});
		const major: Ending = counts.period > counts.none ? 'period' : 'none';
		const minor: Ending = major === 'period' ? 'none' : 'period';
		// Only a clear majority of heading-like siblings says what they do: two thirds, at least two.
		if (counts[major] < 2 || counts[major] * 3 < g.sections.length * 2 || counts[minor] === 0) { continue; }
		g.sections.forEach((s, i) => {
			// A run-in item with a comma before its 。 is a sentence, not a heading that ends oddly.
			if (endings[i] !== minor || s.title.length > MAX_HEADING_TITLE || (minor === 'period' && /[，,]/.test(s.title))) { return; }
			const edits = endingFix(s, minor, major);
			ctx.report('heading-ending', { offset: s.offset, end: s.heading.end }, 'heading-ending', [ctx.msg(ENDING_NAME[minor]), ctx.msg(ENDING_NAME[major])], edits ? { section: s.offset, edits } : { section: s.offset });
		});
	}
}

/** Adds or removes the 。 of a heading on a line of its own; null where the fix is not local. */
function endingFix(s: Section, have: Ending, want: Ending): TextEdit[] | null {
	if (have === 'none' && want === 'period') { return [{ offset: s.heading.end, end: s.heading.end, newText: '。' }]; }
	if (have === 'period' && want === 'none' && s.heading.end === s.paragraph.end - 1) {
		return [{ offset: s.heading.end, end: s.heading.end + 1, newText: '' }];
	}
	return null;
}

/** Whether the text before the heading at `offset` (its paragraph's, or the previous paragraph) ends with a colon (`有下列情形之一的：`). */
function introducedByColon(text: string, paragraphs: readonly Span[], offset: number): boolean {
	const at = lastStartingAtOrBefore(paragraphs, offset);
	if (at < 0) { return false; }
	// Glued inside its paragraph (`…如下：（一）…`): the text right before it; else the paragraph before.
	const p = paragraphs[at].offset < offset ? { offset: paragraphs[at].offset, end: offset } : paragraphs[at - 1];
	return !!p && /[：:][\s\u3000]*$/u.test(text.slice(p.offset, p.end));
}
