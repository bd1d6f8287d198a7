// The messages between the Compare Two Notices panel and its webview, and the check every message
// from the webview goes through before the extension acts on it. Pure: no `vscode` import, so the
// validation is unit-tested in plain Node (test/unit/compareNotices/webview.test.ts).
import { bareMessage, errorMessage, hasOnly, isCount, isRecord, type ErrorMessage, type ReadyMessage } from '../webview/validate';
import type { CompareRow } from './model';

export const COMPARE_NOTICES_VIEW_TYPE = 'policyNotice.compareNotices';

export const COMPARE_NOTICES_COMMANDS = {
	compare: 'policyNotice.compareNotices',
	/** Registered outside production only: the panel's state, for the integration tests. */
	testState: 'policyNotice.compareNotices._state',
	/** Registered outside production only: a raw message as if the webview had sent it. */
	testMessage: 'policyNotice.compareNotices._message',
} as const;

export type CompareSideKey = 'a' | 'b';

/** What the webview may ask of the extension. */
export type CompareWebviewMessage =
	| ReadyMessage
	/**
	 * Open side `side` of the row at `index` of the rows of `version` (the rows the page holds);
	 * `preserveFocus` keeps the keyboard in the panel (a click, Space), else the editor takes it (Enter).
	 */
	| { type: 'open'; version: number; index: number; side: CompareSideKey; preserveFocus: boolean }
	/** Swap the two notices (B on the left). */
	| { type: 'swap' }
	/** The page drew the rows: how many match the filter (for tests and the log). */
	| { type: 'rendered'; version: number; shown: number; total: number }
	| ErrorMessage;

/** What a message is checked against: the rows the page holds. */
export interface CompareMessageContext {
	rowsVersion: number;
	/** Each row's sides that hold a task (an `open` of an empty side is refused). */
	rows: readonly { a: object | null; b: object | null }[];
}

/**
 * The message, if `raw` is one the webview may send; else null. Rejects unknown types, missing or
 * mistyped fields, extra fields, rows that are not in the table the page holds and sides of a
 * row that hold no task.
 */
export function parseCompareMessage(raw: unknown, context: CompareMessageContext): CompareWebviewMessage | null {
	if (!isRecord(raw) || typeof raw.type !== 'string') { return null; }
	const m = raw;
	switch (m.type) {
		case 'ready':
			return bareMessage(m, 'ready');
		case 'swap':
			return bareMessage(m, 'swap');
		case 'open': {
			if (!hasOnly(m, ['type', 'version', 'index', 'side', 'preserveFocus'])) { return null; }
			if (m.version !== context.rowsVersion || !isCount(m.index) || m.index >= context.rows.length) { return null; }
			if (m.side !== 'a' && m.side !== 'b') { return null; }
			if (!context.rows[m.index][m.side]) { return null; }
			if (m.preserveFocus !== undefined && typeof m.preserveFocus !== 'boolean') { return null; }
			return { type: 'open', version: m.version, index: m.index, side: m.side, preserveFocus: m.preserveFocus ?? true };
		}
		case 'rendered':
			return hasOnly(m, ['type', 'version', 'shown', 'total']) && isCount(m.version) && isCount(m.shown) && isCount(m.total) && m.shown <= m.total
				? { type: 'rendered', version: m.version, shown: m.shown, total: m.total } : null;
		case 'error':
			return errorMessage(m);
		default:
			return null;
	}
}

/**
 * `untrusted`: Restricted Mode (the index does not run); `loading`: indexing or aligning;
 * `ready`: the rows; `error`: the comparison failed.
 */
export type CompareState = 'untrusted' | 'loading' | 'ready' | 'error';

/** A notice as a column heading names it. */
export interface CompareNotice {
	file: string;
	fileName: string;
	/** Region, else issuer, else title, else ''. */
	label: string;
	title: string;
}

export interface CompareModel {
	state: CompareState;
	a: CompareNotice | null;
	b: CompareNotice | null;
	/** The rows' version: an `open` names it. */
	version: number;
	rows: CompareRow[];
	/** Counts for the header. */
	pairs: number;
	onlyA: number;
	onlyB: number;
	minScore: number;
	message: string | null;
}

/** What the extension sends the webview. */
export type CompareHostMessage =
	| { type: 'init'; strings: Record<string, string> }
	| { type: 'model'; model: CompareModel };
