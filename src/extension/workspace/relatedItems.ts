// An index result as the Related Tasks view and the hover show it: the core's one mapping
// (src/core/index/related.ts, the shape the CLI prints), with what the editor adds.
import * as vscode from 'vscode';
import { highlightRanges, queryJson, resultJson } from '../../core/index/related';
import type { IndexedTask, RelatedResult as IndexResult } from '../../core/index/types';
import type { RelatedItem, RelatedQuery } from '../related/types';

/** A file key (a URI string) as a person reads it: the path for a file, else the URI. */
function shownFile(uri: vscode.Uri): string {
	return uri.scheme === 'file' ? uri.fsPath : uri.toString();
}

export function toRelatedItem(r: IndexResult): RelatedItem {
	const uri = vscode.Uri.parse(r.task.file);
	const j = resultJson(r, () => uri.path.replace(/^.*\//, ''));
	return {
		id: r.task.id, uri: j.file, file: shownFile(uri),
		offset: j.offset, end: j.end, line: j.line, character: j.character,
		document: j.document, issuer: j.issuer, region: j.region, year: j.date ? Number(j.date.slice(0, 4)) : null,
		title: j.title, path: j.path, score: j.score, terms: j.terms,
		snippet: j.snippet, highlights: highlightRanges(j.snippet, j.terms),
		targets: j.targets, lead: j.lead, responsible: j.responsible,
	};
}

export function toRelatedQuery(task: IndexedTask): RelatedQuery {
	const q = queryJson(task);
	return { ...q, uri: q.file, file: shownFile(vscode.Uri.parse(q.file)) };
}
