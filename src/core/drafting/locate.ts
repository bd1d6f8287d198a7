// Finding the document and the heading a position or a diagnostic points at.
import type { FileModel, NoticeDocument, Section } from '../model';
import { walkSections } from '../parse';

export interface Located {
	doc: NoticeDocument;
	section: Section;
	/** The parent heading, null at the document's top level. */
	parent: Section | null;
}

/** The heading that starts at `offset` exactly (a diagnostic's `data.section`). */
export function sectionStartingAt(model: FileModel, offset: number): Located | null {
	for (const doc of model.documents) {
		if (offset < doc.offset || offset > doc.end) { continue; }
		let found: Located | null = null;
		walkSections(doc.sections, (s, ancestors) => {
			if (!found && s.offset === offset) { found = { doc, section: s, parent: ancestors[ancestors.length - 1] ?? null }; }
		});
		if (found) { return found; }
	}
	return null;
}

/** The innermost heading whose heading line (marker and title) holds `offset`, or null. */
export function headingAt(model: FileModel, offset: number): Located | null {
	for (const doc of model.documents) {
		if (offset < doc.offset || offset > doc.end) { continue; }
		let found: Located | null = null;
		walkSections(doc.sections, (s, ancestors) => {
			if (s.paragraph.offset <= offset && offset <= Math.max(s.heading.end, s.paragraph.offset + s.marker.length)) {
				found = { doc, section: s, parent: ancestors[ancestors.length - 1] ?? null };
			}
		});
		if (found) { return found; }
	}
	return null;
}

/** Children list of `parent` (the document's top level for null). */
export function childrenOf(doc: NoticeDocument, parent: Section | null): Section[] {
	return parent ? parent.children : doc.sections;
}
