import type { FileModel, Section } from '../../../src/core/model';
import { walkSections } from '../../../src/core/parse';

/** Number of headings per "kind:level" key, over the non-duplicate documents. */
export function countByLevel(model: FileModel): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const d of model.documents) {
		if (d.duplicateOf !== null) { continue; }
		walkSections(d.sections, s => {
			const key = s.kind === 'section' ? `L${s.level}` : s.kind;
			counts[key] = (counts[key] ?? 0) + 1;
		});
	}
	return counts;
}

export function allSections(model: FileModel): Section[] {
	const out: Section[] = [];
	for (const d of model.documents) { walkSections(d.sections, s => out.push(s)); }
	return out;
}

/** marker+title of the headings directly below `sections`. */
export function headings(sections: readonly Section[]): string[] {
	return sections.map(s => `${s.marker}${s.title}`);
}
