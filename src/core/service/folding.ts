// Folding: every notice of a dump (as a region) and every section. The editor folds by line, so
// it keeps only the ranges that span lines.
import type { FileModel, Section } from '../model';
import { walkSections } from '../parse';
import type { NoticeFoldingRange } from './types';

export function foldingRanges(model: FileModel): NoticeFoldingRange[] {
	const out: NoticeFoldingRange[] = [];
	for (const d of model.documents) {
		if (model.documents.length > 1) { out.push({ offset: d.offset, end: d.end, region: true }); }
		walkSections(d.sections, (s: Section) => { out.push({ offset: s.offset, end: s.end, region: false }); });
	}
	return out;
}
