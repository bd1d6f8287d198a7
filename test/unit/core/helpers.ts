import type { FileModel, Section } from '../../../src/core/model';
import { parseFile, walkSections } from '../../../src/core/parse';
import { annotate } from '../../../src/core/annotations/index';

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

/**
 * The outline as a compact tree: each heading's marker (or the first `titleChars` characters of
 * its title, blanks left out, when it has none) with its children in brackets.
 */
export function tree(s: Section, titleChars = 12): string {
	const head = s.marker || s.title.replace(/\s+/g, '').slice(0, titleChars);
	return `${head}${s.children.length ? `(${s.children.map(c => tree(c, titleChars)).join(',')})` : ''}`;
}

/** The first document's outline as trees (see `tree`). */
export function outlineOf(text: string, titleChars = 12): string[] {
	return parseFile(text).documents[0].sections.map(s => tree(s, titleChars));
}

/** The targets as `quantity@deadline`. */
export function targetsOf(text: string): string[] {
	return annotate(parseFile(text)).targets.map(t => `${t.quantity.text}@${t.deadline ?? ''}`);
}

/** The dates as `text:kind`. */
export function dateKinds(text: string): string[] {
	return annotate(parseFile(text)).dates.map(d => `${d.text}:${d.kind}`);
}
