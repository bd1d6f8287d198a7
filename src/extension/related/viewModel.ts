// What the Related Tasks webview is given to draw: a RelatedResult as its view model (the
// extension-side counterpart of media/related-model.js, which filters and groups it), and every
// string it shows, localized here like the rest of the extension.
import * as vscode from 'vscode';
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


/** Every string the webview shows (sent once, in `init`). */
export function webviewStrings(): Record<string, string> {
	return {
		listLabel: vscode.l10n.t('Related tasks'),
		relatedTo: vscode.l10n.t('Related to'),
		pin: vscode.l10n.t('Pin to this task'),
		unpin: vscode.l10n.t('Unpin: follow the cursor'),
		pinned: vscode.l10n.t('Pinned'),
		filterPlaceholder: vscode.l10n.t('Filter: province, document, title, terms'),
		filterLabel: vscode.l10n.t('Filter related tasks'),
		clearFilter: vscode.l10n.t('Clear filter (Escape)'),
		loading: vscode.l10n.t('Looking for related tasks…'),
		indexing: vscode.l10n.t('Indexing notices {0}/{1}: more results may follow.'),
		indexingStart: vscode.l10n.t('Indexing the notices of the workspace…'),
		indexingWait: vscode.l10n.t('Indexing…'),
		indexingWaitProgress: vscode.l10n.t('Indexing… {0} / {1}'),
		indexingWaitHint: vscode.l10n.t('Related tasks are shown when the workspace index is ready.'),
		untrusted: vscode.l10n.t('Trust this workspace to find related tasks.'),
		untrustedHint: vscode.l10n.t('In Restricted Mode the outline, highlights and hovers work; the workspace index (which reads every notice and starts the word segmenter) waits for trust.'),
		manageTrust: vscode.l10n.t('Manage Workspace Trust'),
		idle: vscode.l10n.t('Open a policy notice and put the cursor in one of its tasks to see the matching tasks of the other notices.'),
		notNotice: vscode.l10n.t('The active editor is not a policy notice.'),
		notNoticeHint: vscode.l10n.t('Related tasks are shown for the task under the cursor in a policy notice.'),
		noTask: vscode.l10n.t('No task at the cursor.'),
		noTaskHint: vscode.l10n.t('Put the cursor in a task of the notice, for example a numbered item under 重点任务.'),
		empty: vscode.l10n.t('No related tasks in the other notices of the workspace.'),
		noMatch: vscode.l10n.t('No related task matches “{0}”.'),
		error: vscode.l10n.t('Could not look for related tasks: {0}'),
		count: vscode.l10n.t('{0} related tasks'),
		countFiltered: vscode.l10n.t('{0} of {1} related tasks'),
		countAnnounce: vscode.l10n.t('{0} related tasks for {1}'),
		groupCount: vscode.l10n.t('{0} tasks'),
		score: vscode.l10n.t('Score {0}'),
		scoreTitle: vscode.l10n.t('Relevance score (BM25 over shared terms; higher is closer)'),
		terms: vscode.l10n.t('Shared terms: {0}'),
		targets: vscode.l10n.t('Targets'),
		deadline: vscode.l10n.t('by {0}'),
		lead: vscode.l10n.t('Lead'),
		responsible: vscode.l10n.t('Responsible'),
		more: vscode.l10n.t('+{0} more'),
		openHint: vscode.l10n.t('{0}, line {1}. Click or Space to open beside, Enter to open and go there.'),
		compareWith: vscode.l10n.t('Compare with this notice (C)'),
	};
}
