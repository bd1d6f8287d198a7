// An index result as the Related Tasks view and the hover show it.
import * as vscode from 'vscode';
import type { RelatedResult as IndexResult } from '../../core/index/types';
import { toHalfWidth } from '../../core/text/numerals';
import type { RelatedItem } from '../related/types';

export function toRelatedItem(r: IndexResult): RelatedItem {
	const t = r.task, m = r.meta;
	const uri = vscode.Uri.parse(t.file);
	const snippet = t.snippet;
	return {
		id: t.id,
		uri: t.file,
		file: uri.scheme === 'file' ? uri.fsPath : uri.toString(),
		offset: t.offset, end: t.end, line: t.line, character: t.character,
		document: m.planTitle || m.title || uri.path.replace(/^.*\//, ''),
		issuer: m.issuer ?? '',
		region: m.city ?? m.province ?? '',
		year: m.date ? Number(m.date.slice(0, 4)) : null,
		title: t.title,
		path: [...t.path, `${t.marker}${t.title}`],
		score: r.score,
		terms: r.terms,
		snippet,
		highlights: highlightRanges(snippet, r.terms),
		targets: t.targets.map(x => ({ text: x.text, deadline: x.deadline, metric: x.metric })),
		lead: t.lead,
		responsible: t.responsible,
	};
}

/** [start, end) ranges of the terms in `text` (width- and case-folded), merged and sorted. */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
	const hay = toHalfWidth(text).toLowerCase();
	const ranges: [number, number][] = [];
	for (const term of terms) {
		if (!term) { continue; }
		for (let i = hay.indexOf(term); i >= 0; i = hay.indexOf(term, i + term.length)) { ranges.push([i, i + term.length]); }
	}
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: [number, number][] = [];
	for (const r of ranges) {
		const last = merged[merged.length - 1];
		if (last && r[0] <= last[1]) { last[1] = Math.max(last[1], r[1]); } else { merged.push([r[0], r[1]]); }
	}
	return merged;
}
