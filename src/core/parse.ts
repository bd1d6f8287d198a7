// The one parser: text → FileModel (documents → sections). Given a sink it never throws: an error
// it catches is reported to `onError` and the file reads as empty (without one, see errors.ts).
import { rethrowSink, coreError, type ErrorSink } from './errors';
import type { FileModel, Section } from './model';
import { splitDocuments } from './documents/split';
import { issuedDocumentTitles, outlineParagraphs } from './documents/titles';
import { buildOutline } from './outline/build';

export function parseFile(text: string, onError: ErrorSink = rethrowSink): FileModel {
	try {
		const { documents, remnants } = splitDocuments(text);
		for (const doc of documents) {
			if (doc.bodyMissing) { continue; }
			doc.sections = buildOutline(text, outlineParagraphs(text, doc), { planTitles: issuedDocumentTitles(text, doc) });
		}
		return { text, documents, remnants };
	} catch (e) {
		// A parser bug must never take a feature down: fall back to an empty model, and say so.
		onError(coreError('parse', e));
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
