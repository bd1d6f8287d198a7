// The messages between the Related Tasks view and its webview, and the check every message from
// the webview goes through before the extension acts on it. Pure: no `vscode` import, so the
// validation is unit-tested in plain Node (test/unit/related/messages.test.ts).
import {
	bareMessage, errorMessage, hasOnly, isCount, isRecord, MAX_FILTER_LENGTH, MAX_ID_LENGTH, openByIdMessage,
	type ErrorMessage, type ManageTrustMessage, type OpenByIdMessage, type ReadyMessage,
} from '../webview/validate';
import type { RelatedItem, RelatedQuery, RelatedState } from './types';

export const RELATED_VIEW_ID = 'policyNotice.related';

export const RELATED_COMMANDS = {
	pin: 'policyNotice.related.pin',
	unpin: 'policyNotice.related.unpin',
	groupByDocument: 'policyNotice.related.groupByDocument',
	showFlat: 'policyNotice.related.showFlat',
	refresh: 'policyNotice.related.refresh',
	/** Registered outside production only: the view's state, for the integration tests. */
	testState: 'policyNotice.related._state',
	/** Registered outside production only: a raw message as if the webview had sent it. */
	testMessage: 'policyNotice.related._message',
} as const;

export type GroupMode = 'document' | 'flat';

/** What the webview may ask of the extension. */
export type WebviewMessage =
	| ReadyMessage
	/** Open a result (its id). */
	| OpenByIdMessage
	/** Compare the result's notice with the query's (Compare Two Notices). */
	| { type: 'compare'; id: string }
	| { type: 'pin'; pinned: boolean }
	| { type: 'group'; mode: GroupMode }
	| { type: 'filter'; text: string }
	/** The webview drew a model: how many results it shows after filtering (for tests and the log). */
	| { type: 'rendered'; seq: number; shown: number; total: number }
	| ErrorMessage
	| ManageTrustMessage;

// The limits and checks every view's validator shares (one home: ../webview/validate.ts).
export { MAX_ERROR_LENGTH, MAX_FILTER_LENGTH, MAX_ID_LENGTH, describeRejected } from '../webview/validate';

/**
 * The message, if `raw` is one the webview may send; else null. Rejects unknown types, missing or
 * mistyped fields, extra fields, over-long strings, and `open` and `compare` ids that are not in
 * `knownIds` (the results on screen; with no set given, every `open` and `compare` is rejected).
 */
export function parseWebviewMessage(raw: unknown, knownIds?: ReadonlySet<string>): WebviewMessage | null {
	if (!isRecord(raw) || typeof raw.type !== 'string') { return null; }
	const m = raw;
	switch (m.type) {
		case 'ready':
			return bareMessage(m, 'ready');
		case 'manageTrust':
			return bareMessage(m, 'manageTrust');
		case 'open':
			return openByIdMessage(m, knownIds);
		case 'compare':
			if (!hasOnly(m, ['type', 'id']) || typeof m.id !== 'string' || m.id.length === 0 || m.id.length > MAX_ID_LENGTH) { return null; }
			return knownIds?.has(m.id) ? { type: 'compare', id: m.id } : null;
		case 'pin':
			return hasOnly(m, ['type', 'pinned']) && typeof m.pinned === 'boolean' ? { type: 'pin', pinned: m.pinned } : null;
		case 'group':
			return hasOnly(m, ['type', 'mode']) && (m.mode === 'document' || m.mode === 'flat') ? { type: 'group', mode: m.mode } : null;
		case 'filter':
			return hasOnly(m, ['type', 'text']) && typeof m.text === 'string' && m.text.length <= MAX_FILTER_LENGTH ? { type: 'filter', text: m.text } : null;
		case 'rendered':
			return hasOnly(m, ['type', 'seq', 'shown', 'total']) && isCount(m.seq) && isCount(m.shown) && isCount(m.total) && m.shown <= m.total
				? { type: 'rendered', seq: m.seq, shown: m.shown, total: m.total } : null;
		case 'error':
			return errorMessage(m);
		default:
			return null;
	}
}

/** One result as the webview draws it: what a person reads, and the id to send back. */
export interface ViewItem extends Pick<RelatedItem, 'id' | 'region' | 'issuer' | 'document' | 'year' | 'title' | 'path' | 'score' | 'terms' | 'snippet' | 'highlights' | 'targets' | 'lead' | 'responsible'> {
	/** Groups the results of one document (file and document title). */
	group: string;
	/** File name and 1-based line, for the tooltip. */
	fileName: string;
	line: number;
}

/** `idle`: nothing asked yet (no notice editor since the view opened). */
export type ViewState = RelatedState | 'idle';

export interface ViewModel {
	/** Increases with every model the extension posts. */
	seq: number;
	state: ViewState;
	query: (Pick<RelatedQuery, 'title' | 'path'> & { fileName: string }) | null;
	results: ViewItem[];
	progress: { done: number; total: number } | null;
	message: string | null;
	pinned: boolean;
	group: GroupMode;
}

/** What the extension sends the webview. */
export type HostMessage =
	| { type: 'init'; strings: Record<string, string>; group: GroupMode }
	| { type: 'model'; model: ViewModel }
	| { type: 'loading'; loading: boolean }
	| { type: 'focusFilter' };
