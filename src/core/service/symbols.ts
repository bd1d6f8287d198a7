// The outline as symbols: a notice's sections, or for a dump one node per notice with its
// sections below.
import type { FileModel, NoticeDocument, Section } from '../model';
import type { NoticeSymbol } from './types';

export function documentSymbols(model: FileModel): NoticeSymbol[] {
	if (model.documents.length === 1) { return model.documents[0].sections.map(sectionSymbol); }
	return model.documents.map(noticeSymbol);
}

function noticeSymbol(d: NoticeDocument): NoticeSymbol {
	const detail = d.duplicateOf !== null ? { duplicateOf: d.duplicateOf } : d.bodyMissing ? { missingFile: d.missingFile ?? '' } : null;
	return {
		name: d.title, kind: 'notice', detail,
		range: { offset: d.offset, end: d.end }, selectionRange: { offset: d.titleSpan.offset, end: d.titleSpan.end },
		// A duplicate's sections are its original's: listed again they would only multiply the
		// outline (a scraped dump of a hundred copies would carry a hundred outlines).
		children: d.duplicateOf !== null ? [] : d.sections.map(sectionSymbol),
	};
}

function sectionSymbol(s: Section): NoticeSymbol {
	return {
		name: sectionName(s), kind: s.kind, detail: null,
		range: { offset: s.offset, end: Math.max(s.offset, s.end) }, selectionRange: { offset: s.heading.offset, end: Math.max(s.heading.offset, s.heading.end) },
		children: s.children.map(sectionSymbol),
	};
}

/** Marker and title as written: `一、总体要求`, `8.智能制造`; a space only after markers that end in a word (`专栏1 …`, `第一章 总则`). */
export function sectionName(s: Pick<Section, 'marker' | 'title'>): string {
	if (!s.marker || !s.title) { return s.marker || s.title || '…'; }
	return /[、.．)）:：]$/.test(s.marker) ? `${s.marker}${s.title}` : `${s.marker} ${s.title}`;
}
