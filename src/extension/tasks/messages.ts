// The messages between the task table view (任务分工表) and its webview, and the check every
// message from the webview goes through before the extension acts on it. Pure: no `vscode`
// import, so the validation is unit-tested in plain Node (test/unit/taskTable/messages.test.ts).
import {
	bareMessage, errorMessage, hasOnly, isCount, isRecord, MAX_FILTER_LENGTH,
	type ErrorMessage, type ManageTrustMessage, type ReadyMessage,
} from '../webview/validate';
import { isSortKey, type TaskQuery, type TaskViewRow } from './model';

export const TASK_TABLE_VIEW_TYPE = 'policyNotice.taskTable';

export const TASK_TABLE_COMMANDS = {
	show: 'policyNotice.showTaskTable',
	export: 'policyNotice.exportTaskTable',
	/** Registered outside production only: the view's state, for the integration tests. */
	testState: 'policyNotice.taskTable._state',
	/** Registered outside production only: a raw message as if the webview had sent it. */
	testMessage: 'policyNotice.taskTable._message',
	/** Registered outside production only: exports the rows shown to a given file, without the save dialog. */
	testExport: 'policyNotice.taskTable._export',
} as const;

export const TASK_EXPORT_FORMATS = ['csv', 'md', 'xlsx'] as const;
export type TaskExportFormat = typeof TASK_EXPORT_FORMATS[number];
export const isExportFormat = (v: unknown): v is TaskExportFormat => typeof v === 'string' && (TASK_EXPORT_FORMATS as readonly string[]).includes(v);

/** Longest unit name the view accepts in a query (the longest real ones are under 40). */
export const MAX_UNIT_LENGTH = 200;

/** What the webview may ask of the extension. */
export type TaskWebviewMessage =
	| ReadyMessage
	/**
	 * Open the task at `index` of the rows of `version` (the rows the page holds); `preserveFocus`
	 * keeps the keyboard in the table (a click, Space), else the editor takes it (Enter).
	 */
	| { type: 'open'; version: number; index: number; preserveFocus: boolean }
	/** The filter, the unit, the scope or the sort changed. */
	| { type: 'query'; query: TaskQuery }
	/** Save the rows shown, in their order (all of them, not only those drawn). */
	| { type: 'export'; format: TaskExportFormat }
	/** The page drew a model: how many rows the table has and how many are in the DOM (for tests and the log). */
	| { type: 'rendered'; seq: number; rows: number; drawn: number }
	| ErrorMessage
	| ManageTrustMessage;

/** What a message is checked against: the rows the page holds and the units it may filter by. */
export interface TaskMessageContext {
	rowsVersion: number;
	rowCount: number;
	units: ReadonlySet<string>;
}

/**
 * The message, if `raw` is one the webview may send; else null. Rejects unknown types, missing or
 * mistyped fields, extra fields, over-long strings, rows that are not in the table the page
 * holds, sorts by a column the table does not have and units it does not list.
 */
export function parseTaskMessage(raw: unknown, context: TaskMessageContext): TaskWebviewMessage | null {
	if (!isRecord(raw) || typeof raw.type !== 'string') { return null; }
	const m = raw;
	switch (m.type) {
		case 'ready':
			return bareMessage(m, 'ready');
		case 'manageTrust':
			return bareMessage(m, 'manageTrust');
		case 'open': {
			if (!hasOnly(m, ['type', 'version', 'index', 'preserveFocus'])) { return null; }
			if (m.version !== context.rowsVersion || !isCount(m.index) || m.index >= context.rowCount) { return null; }
			if (m.preserveFocus !== undefined && typeof m.preserveFocus !== 'boolean') { return null; }
			return { type: 'open', version: m.version, index: m.index, preserveFocus: m.preserveFocus ?? true };
		}
		case 'query': {
			if (!hasOnly(m, ['type', 'query']) || !isRecord(m.query)) { return null; }
			const q = m.query;
			if (!hasOnly(q, ['filter', 'unit', 'scope', 'sort', 'descending'])) { return null; }
			if (typeof q.filter !== 'string' || q.filter.length > MAX_FILTER_LENGTH) { return null; }
			if (typeof q.unit !== 'string' || q.unit.length > MAX_UNIT_LENGTH || (q.unit !== '' && !context.units.has(q.unit))) { return null; }
			if (q.scope !== 'document' && q.scope !== 'workspace') { return null; }
			if (!isSortKey(q.sort) || typeof q.descending !== 'boolean') { return null; }
			return { type: 'query', query: { filter: q.filter, unit: q.unit, scope: q.scope, sort: q.sort, descending: q.descending } };
		}
		case 'export':
			return hasOnly(m, ['type', 'format']) && isExportFormat(m.format) ? { type: 'export', format: m.format } : null;
		case 'rendered':
			return hasOnly(m, ['type', 'seq', 'rows', 'drawn']) && isCount(m.seq) && isCount(m.rows) && isCount(m.drawn) && m.drawn <= m.rows
				? { type: 'rendered', seq: m.seq, rows: m.rows, drawn: m.drawn } : null;
		case 'error':
			return errorMessage(m);
		default:
			return null;
	}
}

/**
 * `untrusted`: Restricted Mode and the workspace asked for; `noNotice`: no notice editor to show
 * the tasks of; `loading`: the first rows are not there yet; `error`: reading them failed.
 */
export type TaskTableState = 'untrusted' | 'noNotice' | 'loading' | 'ready' | 'error';

export interface TaskTableModel {
	/** Increases with every model the extension posts. */
	seq: number;
	state: TaskTableState;
	query: TaskQuery;
	/** What the rows are of: the notice's title and file, or (workspace) how many notices. */
	source: { title: string; fileName: string; notices: number } | null;
	/** The workspace is still being read: more rows may come. */
	partial: boolean;
	progress: { done: number; total: number } | null;
	/** The rows (posted in a `rows` message) this model orders. */
	rowsVersion: number;
	/** Indices into those rows of the rows shown, in the order shown. */
	order: number[];
	/** How many rows there are before the filter and the unit. */
	total: number;
	/** The units of the rows, the most frequent first (the unit filter's choices). */
	units: string[];
	message: string | null;
}

/** What the extension sends the webview. */
export type TaskHostMessage =
	| { type: 'init'; strings: Record<string, string> }
	/** The rows a model's `order` indexes, sent once per set of rows (a query sends only the order). */
	| { type: 'rows'; version: number; rows: TaskViewRow[] }
	| { type: 'model'; model: TaskTableModel };
