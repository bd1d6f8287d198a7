// Half-width punctuation in Chinese text made full-width, in the document or a range of it:
// the same findings as the half-width-punctuation rule (markers and 文号 have their own fixes).
import type { FileModel, Span } from '../../model';
import type { TextEdit } from '../types';
import { documentPunctuation } from '../punctuation';

export function toFullWidthPunctuation(model: FileModel, range?: Span): TextEdit[] {
	const out: TextEdit[] = [];
	for (const doc of model.documents) {
		if (range && (doc.end < range.offset || doc.offset > range.end)) { continue; }
		for (const hit of documentPunctuation(model.text, doc, range)) { out.push(...hit.edits); }
	}
	return out.sort((a, b) => a.offset - b.offset);
}
