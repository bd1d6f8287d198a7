// The messages between the Compare Targets view and its webview, and the check every message from
// the webview goes through before the extension acts on it. Pure: no `vscode` import, so the
// validation is unit-tested in plain Node (test/unit/compare/messages.test.ts).
import type { CompareTable, SortKey, TableQuery } from '../../core/metrics/table';
import {
	bareMessage, errorMessage, hasOnly, isCount, isRecord, MAX_FILTER_LENGTH, MAX_ID_LENGTH, openByIdMessage,
	type ErrorMessage, type ManageTrustMessage, type OpenByIdMessage, type ReadyMessage,
} from '../webview/validate';

export const COMPARE_TARGETS_COMMAND = 'policyNotice.compareTargets';
export const COMPARE_VIEW_TYPE = 'policyNotice.compareTargets';

export const COMPARE_COMMANDS = {
	open: COMPARE_TARGETS_COMMAND,
	/** Registered outside production only: the view's state, for the integration tests. */
	testState: 'policyNotice.compareTargets._state',
	/** Registered outside production only: a raw message as if the webview had sent it. */
	testMessage: 'policyNotice.compareTargets._message',
	/** Registered outside production only: exports to a given file, without the save dialog. */
	testExport: 'policyNotice.compareTargets._export',
} as const;

export type ExportFormat = 'csv' | 'xlsx';

/** What the webview may ask of the extension. */
export type CompareWebviewMessage =
	| ReadyMessage
	/** Open a target (its cell's id). */
	| OpenByIdMessage
	/** Filter, the one-notice toggle and the sort changed. */
	| { type: 'query'; query: TableQuery }
	/** Save the rows shown (all of them, in their order) as CSV or XLSX. */
	| { type: 'export'; format: ExportFormat }
	/** The webview drew a model: how many rows and columns (for tests and the log). */
	| { type: 'rendered'; seq: number; rows: number; columns: number }
	| ErrorMessage
	| ManageTrustMessage;

/** What the extension knows to check a message against: the targets on screen and the ways to sort the table. */
export interface MessageContext {
	cellIds: ReadonlySet<string>;
	isSortKey(sort: string): sort is SortKey;
}

/**
 * The message, if `raw` is one the webview may send; else null. Rejects unknown types, missing or
 * mistyped fields, extra fields, over-long strings, `open` ids that are not targets on screen
 * and sorts by a column the table does not have.
 */
export function parseCompareMessage(raw: unknown, context: MessageContext): CompareWebviewMessage | null {
	if (!isRecord(raw) || typeof raw.type !== 'string') { return null; }
	const m = raw;
	switch (m.type) {
		case 'ready':
			return bareMessage(m, 'ready');
		case 'manageTrust':
			return bareMessage(m, 'manageTrust');
		case 'open':
			return openByIdMessage(m, context.cellIds);
		case 'query': {
			if (!hasOnly(m, ['type', 'query']) || !isRecord(m.query)) { return null; }
			const q = m.query;
			if (!hasOnly(q, ['filter', 'showAll', 'sort', 'descending'])) { return null; }
			if (typeof q.filter !== 'string' || q.filter.length > MAX_FILTER_LENGTH) { return null; }
			if (typeof q.showAll !== 'boolean' || typeof q.descending !== 'boolean') { return null; }
			if (typeof q.sort !== 'string' || q.sort.length > MAX_ID_LENGTH || !context.isSortKey(q.sort)) { return null; }
			return { type: 'query', query: { filter: q.filter, showAll: q.showAll, sort: q.sort, descending: q.descending } };
		}
		case 'export':
			return hasOnly(m, ['type', 'format']) && (m.format === 'csv' || m.format === 'xlsx') ? { type: 'export', format: m.format } : null;
		case 'rendered':
			return hasOnly(m, ['type', 'seq', 'rows', 'columns']) && isCount(m.seq) && isCount(m.rows) && isCount(m.columns)
				? { type: 'rendered', seq: m.seq, rows: m.rows, columns: m.columns } : null;
		case 'error':
			return errorMessage(m);
		default:
			return null;
	}
}

/** `untrusted`: Restricted Mode; `building`: the first grouping is not made yet. */
export type CompareState = 'untrusted' | 'building' | 'ready';

export interface CompareModel {
	/** Increases with every model the extension posts. */
	seq: number;
	state: CompareState;
	/** The workspace is still being read: more may come. */
	partial: boolean;
	query: TableQuery;
	/** The rows the query shows (at most MAX_VIEW_ROWS of them) and the notices that set them. */
	table: CompareTable;
	/** Metrics in the workspace, of them set by one notice only, and shown by the query (before the cut). */
	counts: { metrics: number; single: number; matched: number };
}

/** What the extension sends the webview. */
export type CompareHostMessage =
	| { type: 'init'; strings: Record<string, string> }
	| { type: 'model'; model: CompareModel }
	| { type: 'busy'; busy: boolean };
