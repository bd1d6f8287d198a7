// The one parser: text → FileModel (documents → sections). Never throws.
import type { FileModel, NoticeDocument, Section } from './model';
import { splitDocuments } from './documents/split';
import { issuedPlanTitle } from './documents/titles';
import { buildOutline } from './outline/build';

export function parseFile(text: string): FileModel {
	try {
		const { documents, remnants } = splitDocuments(text);
		for (const doc of documents) {
			if (doc.bodyMissing) { continue; }
			doc.sections = buildOutline(text, doc.paragraphs, { planTitle: issuedPlanTitle(doc.title) });
		}
		return { text, documents, remnants };
	} catch (e) {
		// A parser bug must never take a feature down: fall back to one flat document.
		console.error('policy-notice: parse failed', e);
		return { text, documents: [], remnants: [] };
	}
}

/** Depth-first walk over a section forest; the callback gets the ancestors (outermost first). */
export function walkSections(sections: readonly Section[], visit: (s: Section, ancestors: readonly Section[]) => void, ancestors: Section[] = []): void {
	for (const s of sections) {
		visit(s, ancestors);
		if (s.children.length) {
			ancestors.push(s);
			walkSections(s.children, visit, ancestors);
			ancestors.pop();
		}
	}
}

/** The innermost section of `doc` containing `offset`, with its ancestors. */
export function sectionPathAt(doc: NoticeDocument, offset: number): Section[] {
	const path: Section[] = [];
	let level: readonly Section[] = doc.sections;
	for (;;) {
		const hit = level.find(s => s.offset <= offset && offset < Math.max(s.end, s.offset + 1));
		if (!hit) { return path; }
		path.push(hit);
		level = hit.children;
	}
}

/** The document of `model` containing `offset` (the nearest one before it otherwise). */
export function documentAt(model: FileModel, offset: number): NoticeDocument | undefined {
	let best: NoticeDocument | undefined;
	for (const d of model.documents) {
		if (d.offset <= offset) { best = d; } else { break; }
	}
	return best;
}
