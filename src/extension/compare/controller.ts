// What the Compare Targets view decides: its state (untrusted, building, ready and partial), when
// the table is made again (a new grouping only), the query over it (sort, filter, metrics of one
// notice), the rows drawn (at most MAX_VIEW_ROWS) against those an export writes (all that match),
// which target a cell opens, and what each message from the webview leads to. No webview and no
// VS Code API here: view.ts tells it of the panel and the source and carries out what it asks (post,
// open, export), so the view's behaviour is unit-tested in plain Node with a fake host and
// snapshots (test/unit/compare/controller.test.ts).
import type { MetricGroup } from '../../core/metrics/group';
import { compareTable, DEFAULT_QUERY, isSortKey, queryTable, type CompareCell, type CompareTable, type SortKey, type TableQuery } from '../../core/metrics/table';
import type { MetricSnapshot } from '../../core/metrics/workspace';
import { parseCompareMessage, type CompareHostMessage, type CompareModel, type CompareWebviewMessage, type ExportFormat } from './messages';

/** Rows drawn at most (a filter narrows them; an export takes all that match). */
export const MAX_VIEW_ROWS = 500;

/** What the controller reads of the grouped metrics (the workspace's MetricIndexService). */
export interface CompareSourceState {
	readonly isTrusted: boolean;
	/** More may come: the workspace is still being read. */
	readonly isBuilding: boolean;
	readonly snapshot: MetricSnapshot | undefined;
}

/** A target to open: its document (URI string) and [offset, end). */
export interface CellTarget {
	uri: string;
	offset: number;
	end: number;
}

/** What the controller has the view do. */
export interface CompareTargetsHost {
	/** Delivers `message` to the panel's webview (the controller posts only while it is open and ready). */
	post(message: CompareHostMessage): void;
	/** The strings the webview shows, localized. */
	strings(): Record<string, string>;
	/** A file's name as a column shows it. */
	fileName(file: string): string;
	open(target: CellTarget, preserveFocus: boolean): void;
	/** The page asked to save the matched rows (exportRows) as `format`. */
	exportAsked(format: ExportFormat): void;
	manageTrust(): void;
	logError(message: string): void;
}

/** The rows an export writes, in the order shown, and the group behind each. */
export interface ExportRows {
	table: CompareTable;
	groups: MetricGroup[];
}

export class CompareTargetsController {
	private panelOpen = false;
	/** The webview's script has said `ready` since it was last (re)loaded. */
	private isReady = false;
	private query: TableQuery = DEFAULT_QUERY;
	/** The whole table of `tableOf`, and the group behind each row. */
	private table: CompareTable = { columns: [], rows: [] };
	private tableOf: MetricSnapshot | undefined;
	private groupOfRow = new Map<string, MetricGroup>();
	/** The rows the query matches (all of them: what an export writes). */
	private matched: CompareTable = { columns: [], rows: [] };
	private cells = new Map<string, CompareCell>();
	private current: CompareModel;
	private seq = 0;
	private postedCount = 0;
	private rejectedCount = 0;
	private rendered: { seq: number; rows: number; columns: number } | null = null;
	private opened: (CellTarget & { preserveFocus: boolean }) | null = null;

	constructor(private readonly source: CompareSourceState, private readonly host: CompareTargetsHost) {
		this.current = this.makeModel();
	}

	get ready(): boolean { return this.isReady; }
	/** The last model made (posted, if the page was ready). */
	get model(): CompareModel { return this.current; }
	/** Messages posted to the webview. */
	get posted(): number { return this.postedCount; }
	/** Messages from the webview refused (see rejected()). */
	get rejectedMessages(): number { return this.rejectedCount; }
	/** What the page last said it drew. */
	get lastRendered(): { seq: number; rows: number; columns: number } | null { return this.rendered; }
	get lastOpened(): (CellTarget & { preserveFocus: boolean }) | null { return this.opened; }

	// ── the panel ────────────────────────────────────────────────────────────

	/** A panel now shows the view: its page is loading (it says `ready` when it can take messages). */
	panelAttached(): void {
		this.panelOpen = true;
		this.isReady = false;
		this.refresh();
	}

	/** Hidden, the page is unloaded; it says `ready` again when shown. */
	panelHidden(): void {
		this.isReady = false;
	}

	panelClosed(): void {
		this.panelOpen = false;
		this.isReady = false;
	}

	// ── the source ───────────────────────────────────────────────────────────

	/** The grouping or its state changed: the table is made again when the grouping is new (and only while the view is open). */
	refresh(): void {
		if (!this.panelOpen) { return; }
		const snapshot = this.source.snapshot;
		if (snapshot !== this.tableOf) {
			this.tableOf = snapshot;
			this.table = snapshot ? compareTable(snapshot, f => this.host.fileName(f)) : { columns: [], rows: [] };
			// Rows are in group order.
			this.groupOfRow = new Map(snapshot ? this.table.rows.map((r, i) => [r.id, snapshot.groups[i]]) : []);
			// A column that is gone cannot sort any more.
			if (!isSortKey(this.table, this.query.sort)) { this.query = { ...this.query, sort: DEFAULT_QUERY.sort, descending: DEFAULT_QUERY.descending }; }
		}
		this.publish();
	}

	// ── messages from the webview ────────────────────────────────────────────

	/** The message, if `raw` is one the page may send now (an `open` only of a cell on screen, a sort only by a column of the table); else null. */
	parse(raw: unknown): CompareWebviewMessage | null {
		return parseCompareMessage(raw, { cellIds: new Set(this.cells.keys()), isSortKey: (s: string): s is SortKey => isSortKey(this.table, s) });
	}

	/** Counts a message parse() refused. */
	rejected(): void {
		this.rejectedCount++;
	}

	handle(message: CompareWebviewMessage): void {
		switch (message.type) {
			case 'ready':
				this.isReady = true;
				this.post({ type: 'init', strings: this.host.strings() });
				this.post({ type: 'model', model: this.current });
				break;
			case 'open': {
				const cell = this.cells.get(message.id);
				if (!cell) { break; }
				const target = { uri: cell.file, offset: cell.offset, end: cell.end };
				this.opened = { ...target, preserveFocus: message.preserveFocus };
				this.host.open(target, message.preserveFocus);
				break;
			}
			case 'query':
				this.query = message.query;
				this.publish();
				break;
			case 'export':
				this.host.exportAsked(message.format);
				break;
			case 'rendered':
				this.rendered = { seq: message.seq, rows: message.rows, columns: message.columns };
				break;
			case 'error':
				this.host.logError(`compare targets (webview): ${message.message}`);
				break;
			case 'manageTrust':
				this.host.manageTrust();
				break;
		}
	}

	// ── exporting ────────────────────────────────────────────────────────────

	/** The rows the query matches, in their order (not only the MAX_VIEW_ROWS drawn). */
	exportRows(): ExportRows {
		const table = this.matched;
		return { table, groups: table.rows.map(r => this.groupOfRow.get(r.id)).filter((g): g is MetricGroup => !!g) };
	}

	// ── the model ────────────────────────────────────────────────────────────

	private publish(): void {
		this.matched = queryTable(this.table, this.query);
		this.current = this.makeModel();
		this.cells = new Map(this.current.table.rows.flatMap(r => Object.values(r.cells).flat().map(c => [c.id, c] as const)));
		this.post({ type: 'model', model: this.current });
	}

	private makeModel(): CompareModel {
		const state = !this.source.isTrusted ? 'untrusted' : this.source.snapshot ? 'ready' : 'building';
		const rows = this.matched.rows.slice(0, MAX_VIEW_ROWS);
		const shownColumns = new Set(rows.flatMap(r => Object.keys(r.cells)));
		return {
			seq: ++this.seq, state, partial: state === 'ready' && this.source.isBuilding, query: this.query,
			table: { columns: this.matched.columns.filter(c => shownColumns.has(c.id)), rows },
			counts: { metrics: this.table.rows.length, single: this.table.rows.filter(r => r.notices < 2).length, matched: this.matched.rows.length },
		};
	}

	private post(message: CompareHostMessage): void {
		if (!this.panelOpen || !this.isReady) { return; }
		this.postedCount++;
		this.host.post(message);
	}
}
