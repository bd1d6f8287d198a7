// Places in a document that editor features attach to: the target or heading a related-targets
// hover belongs to, and the blanks between paragraphs that share one scraped line.
import type { Analysis } from '../analysis';
import type { Section } from '../model';
import { walkSections } from '../parse';
import { tasksOf } from '../tasks/table';
import type { OffsetRange } from './types';

/**
 * The target under `offset`, else the heading under it, else the run-in head under it (a
 * paragraph headed `智能制造装备产品。…` is a task whose head has no marker). `file` is the key
 * the document's tasks are extracted under (its URI), as the index takes them.
 */
export function relatedAnchorAt(analysis: Analysis, offset: number, file: string): OffsetRange | undefined {
	const target = analysis.annotations.targets.find(t => t.offset <= offset && offset < t.end);
	if (target) { return { offset: target.offset, end: target.end }; }
	let heading: Section['heading'] | undefined;
	walkSections(analysis.model.documents.flatMap(d => d.sections), s => {
		if (s.heading.offset <= offset && offset < s.heading.end) { heading = s.heading; }
	});
	if (heading) { return { offset: heading.offset, end: heading.end }; }
	const runIn = tasksOf(analysis, file).find(t => t.kind === 'runin' && t.offset <= offset && offset < t.offset + t.title.length);
	return runIn && { offset: runIn.offset, end: runIn.offset + runIn.title.length };
}

/** Whitespace-only gaps without a line break between consecutive paragraphs of a notice. */
export function paragraphGaps(analysis: Analysis): OffsetRange[] {
	const { model, text } = analysis;
	const gaps: OffsetRange[] = [];
	for (const d of model.documents) {
		const paras = d.paragraphs;
		for (let i = 1; i < paras.length; i++) {
			const gap = text.slice(paras[i - 1].end, paras[i].offset);
			if (!gap.includes('\n') && !gap.includes('\r') && /^[\s\u3000]+$/.test(gap)) {
				gaps.push({ offset: paras[i - 1].end, end: paras[i].offset });
			}
		}
	}
	return gaps;
}
