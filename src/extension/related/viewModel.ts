// What the Related Tasks webview is given to draw: a RelatedResult as its view model (the
// extension-side counterpart of media/related-model.js, which filters and groups it). No
// `vscode` import: the view's controller (controller.ts) is unit-tested in plain Node.
import type { ViewItem, ViewModel } from './messages';
import type { RelatedItem, RelatedResult } from './types';
import { baseName } from '../uris';

/** The result as the webview draws it. */
export function toViewModel(result: RelatedResult): Omit<ViewModel, 'seq' | 'pinned' | 'group'> {
	return {
		state: result.state,
		query: result.query ? { title: result.query.title, path: result.query.path, fileName: baseName(result.query.uri) } : null,
		results: result.results.map(toViewItem),
		progress: result.progress ?? null,
		message: result.message ?? null,
	};
}

function toViewItem(r: RelatedItem): ViewItem {
	return {
		id: r.id, group: `${r.uri}\u0000${r.document}`,
		region: r.region, issuer: r.issuer, document: r.document, year: r.year,
		title: r.title, path: r.path, score: r.score, terms: r.terms,
		snippet: r.snippet, highlights: r.highlights, targets: r.targets, lead: r.lead, responsible: r.responsible,
		fileName: baseName(r.uri), line: r.line + 1,
	};
}
