// The task table's controller: which rows the view shows and when it asks for them again. It loads
// the rows of the notice shown or of every notice of the workspace (a load overtaken by a newer one
// is dropped; the rows of the same scope stay on screen while they are read again; the workspace's
// rows show as they come, with progress, and are kept per notice while its text is unchanged),
// batches the reloads that typing, notes and workspace changes ask for, and numbers, indexes and
// orders the rows into the model the webview draws. No VS Code API here: view.ts turns VS Code's
// events and the webview's messages into the calls below and posts what it is handed, so the
// pipeline is unit-tested in plain Node with a fake source and a fake clock
// (test/unit/taskTable/controller.test.ts).
import type { Logger } from '../../core/errors';
import type { TaskRow } from '../../core/tasks/table';
import { createUnitNormalizer, type UnitAliases } from '../../core/units/normalize';
import { systemClock, type Clock } from '../clock';
import type { TaskHostMessage, TaskMessageContext, TaskTableModel, TaskTableState } from './messages';
import { DEFAULT_QUERY, TaskTableIndex, toTaskRow, toViewRows, unitsOf, type TaskQuery, type TaskScope, type TaskViewRow } from './model';

/** Typing in the notice shown is batched this long before its tasks are asked for again. */
export const EDIT_DELAY_MS = 500;
/** A note written or resolved shows in the table after this long (a burst of edits is one reload). */
export const NOTES_DELAY_MS = 200;
/** Changes of the workspace's notices (many while it is read) are batched this long. */
export const WORKSPACE_DELAY_MS = 400;
/** While the workspace is read, the rows so far are shown this often. */
export const PARTIAL_EVERY_MS = 1000;

/** The notice the document scope shows, as the controller reads it (view.ts: one over a TextDocument). */
export interface TaskNotice {
	/** Its document's URI (`uri.toString()`). */
	readonly uri: string;
	/** What the table's header names it by; read when its rows arrive. */
	readonly title: string;
	/** Its document was closed (VS Code reopens a document whose language changed as another one). */
	readonly isClosed: boolean;
}

/** Where the rows come from (view.ts: the analysis worker and the workspace catalog); `N` is the view's notice. */
export interface TaskRowsSource<N extends TaskNotice> {
	/** False in Restricted Mode: the workspace's notices are not read. */
	readonly isTrusted: boolean;
	documentRows(notice: N, aliases: UnitAliases): Promise<TaskRow[]>;
	/** The workspace's notices once they are read, with their text hashes. */
	workspaceNotices(): Promise<{ uri: string; textHash: string }[]>;
	/** The rows of a workspace notice as saved; undefined when it is no notice (any more). */
	workspaceRows(uri: string, aliases: UnitAliases): Promise<TaskRow[] | undefined>;
}


/** What the controller reads and does through the view. */
export interface TaskTableHost<N extends TaskNotice> {
	source: TaskRowsSource<N>;
	/** The user's unit names for a notice's folder, or the workspace's when `noticeUri` is undefined. */
	unitAliases(noticeUri?: string): UnitAliases;
	/** To the webview; the view drops it while the page is not ready. */
	post(message: TaskHostMessage): void;
	log: Logger;
	/** A file's name as the table shows it, from its URI. */
	baseName(uri: string): string;
}

export class TaskTableController<N extends TaskNotice = TaskNotice> {
	/** A panel is open: loads run only then. */
	private panelOpen = false;
	private query: TaskQuery = DEFAULT_QUERY;
	/** The notice the document scope shows: the last notice editor that was active. */
	private shownNotice: N | undefined;
	private viewRows: TaskViewRow[] = [];
	private rowsVersion = 0;
	private index = new TaskTableIndex([]);
	private units: string[] = [];
	private unitSet = new Set<string>();
	private order: number[] = [];
	private tableState: TaskTableState = 'loading';
	private sourceLabel: TaskTableModel['source'] = null;
	/** The scope and notice the rows shown are of: a load of the same keeps them on screen meanwhile. */
	private shownOf = '';
	private partial = false;
	private progress: TaskTableModel['progress'] = null;
	private message: string | null = null;
	private lastModel: TaskTableModel;
	/** Increases with every load: an answer for an older one is dropped. */
	private generation = 0;
	/** The pending reload (undefined: none). */
	private reloadTimer: unknown;
	/** The workspace's rows by notice, kept while its text is unchanged (cleared when the unit table changes). */
	private readonly workspaceCache = new Map<string, { textHash: string; rows: TaskRow[] }>();
	private seq = 0;

	constructor(private readonly host: TaskTableHost<N>, private readonly clock: Clock = systemClock) {
		this.lastModel = this.makeModel();
	}

	/** The last model posted (or made, before the page was ready). */
	get model(): TaskTableModel { return this.lastModel; }
	/** The rows of `model.rowsVersion`, in text order. */
	get rows(): readonly TaskViewRow[] { return this.viewRows; }
	get notice(): N | undefined { return this.shownNotice; }
	/** A reload is scheduled and has not run yet. */
	get pending(): boolean { return this.reloadTimer !== undefined; }

	/** What a message from the page is checked against (parseTaskMessage). */
	messageContext(): TaskMessageContext {
		return { rowsVersion: this.rowsVersion, rowCount: this.viewRows.length, units: this.unitSet };
	}

	/** The rows shown (all that match, in their order), as an export writes them. */
	shownRows(): TaskRow[] {
		return this.order.map(i => toTaskRow(this.viewRows[i]));
	}

	// ── the panel and its page ───────────────────────────────────────────────

	/** A panel (new, or another one) shows the table: load its rows. */
	panelAttached(): void {
		this.panelOpen = true;
		void this.reload();
	}

	/** The panel was closed: nothing loads until one is attached again. */
	panelClosed(): void {
		this.panelOpen = false;
		this.generation++;
		this.cancelReload();
	}

	/** The page (re)loaded its script and said `ready` (after the view sent its strings): it gets the rows and the model again. */
	pageReady(): void {
		this.host.post({ type: 'rows', version: this.rowsVersion, rows: this.viewRows });
		this.host.post({ type: 'model', model: this.lastModel });
	}

	/** The page's filter, unit, scope or sort changed: another scope is loaded, else the rows are ordered again. */
	queryChanged(query: TaskQuery): void {
		const scopeChanged = query.scope !== this.query.scope;
		this.query = query;
		if (scopeChanged) { void this.reload(); } else { this.publish(); }
	}

	// ── the editor's events ──────────────────────────────────────────────────

	/** Takes `notice` as the one the document scope shows (no load); true when it is another one. */
	takeNotice(notice: N): boolean {
		if (this.isShownNotice(notice.uri)) { return false; }
		this.shownNotice = notice;
		return true;
	}

	/** A notice editor became active (undefined: no text editor, or another kind of file, which keeps the notice shown). */
	noticeActivated(notice: N | undefined): void {
		if (notice && this.takeNotice(notice)) { this.scheduleReload('document', 0); }
	}

	/** The text of the document `uri` changed. */
	documentEdited(uri: string): void {
		if (this.isShownNotice(uri)) { this.scheduleReload('document', EDIT_DELAY_MS); }
	}

	/** The user's unit names changed: every row was read with the old ones. */
	unitAliasesChanged(): void {
		this.workspaceCache.clear();
		this.scheduleReload(undefined, 0);
	}

	/** The workspace's notices changed (read again, added, removed). */
	workspaceChanged(): void {
		this.scheduleReload('workspace', WORKSPACE_DELAY_MS);
	}

	/** The notes of the document `uri` were read or changed (the rows list them). */
	notesChanged(uri: string): void {
		// The workspace rows of that file were read with its old notes.
		this.workspaceCache.delete(uri);
		this.scheduleReload('workspace', NOTES_DELAY_MS);
		if (uri === this.shownNotice?.uri) { this.scheduleReload('document', NOTES_DELAY_MS); }
	}

	// ── loading the rows ─────────────────────────────────────────────────────

	/**
	 * Asks for the rows of the scope shown (while a panel is open); a load still running is dropped.
	 * Resolves when this load is over (shown, dropped or failed); never rejects.
	 */
	reload(): Promise<void> {
		this.cancelReload();
		if (!this.panelOpen) { return Promise.resolve(); }
		const generation = ++this.generation;
		const load = this.query.scope === 'workspace' ? this.loadWorkspace(generation) : this.loadDocument(generation);
		return load.catch(e => {
			if (generation !== this.generation) { return; }
			if ((e as Error)?.name === 'Cancelled') {
				// The document changed while it was read: its change schedules the next load.
				this.host.log.info(`task table: a load was cancelled (${(e as Error).message})`);
				return;
			}
			this.host.log.error(`task table: could not read the tasks: ${(e as Error)?.stack ?? e}`);
			this.tableState = 'error';
			this.shownOf = '';
			this.message = String((e as Error)?.message ?? e);
			this.setRows([]);
		});
	}

	/**
	 * Rows for an export: those on screen when a panel shows a table; else all the tasks of the
	 * notice shown (`active` first becomes it, when given), in text order. False when there is no notice.
	 */
	async loadForExport(active: N | undefined): Promise<boolean> {
		if (this.panelOpen && this.tableState === 'ready') { return true; }
		if (active) { this.takeNotice(active); }
		const notice = this.shownNotice;
		if (!notice) { return false; }
		const rows = await this.host.source.documentRows(notice, this.host.unitAliases(notice.uri));
		this.query = DEFAULT_QUERY;
		this.showNoticeRows(notice, rows);
		return true;
	}

	dispose(): void {
		this.cancelReload();
		this.generation++;
	}

	/** Loads again after `delay` ms, when a panel is open and shows `scope` (any scope when undefined). */
	private scheduleReload(scope: TaskScope | undefined, delay: number): void {
		if (!this.panelOpen || (scope && scope !== this.query.scope)) { return; }
		this.cancelReload();
		this.reloadTimer = this.clock.setTimeout(() => { this.reloadTimer = undefined; void this.reload(); }, delay);
	}

	private cancelReload(): void {
		if (this.reloadTimer === undefined) { return; }
		this.clock.clearTimeout(this.reloadTimer);
		this.reloadTimer = undefined;
	}

	/** `uri` is the notice shown, still open. */
	private isShownNotice(uri: string): boolean {
		return !!this.shownNotice && !this.shownNotice.isClosed && this.shownNotice.uri === uri;
	}

	private async loadDocument(generation: number): Promise<void> {
		const notice = this.shownNotice;
		this.partial = false;
		this.progress = null;
		this.message = null;
		if (!notice || notice.isClosed) {
			this.tableState = 'noNotice';
			this.sourceLabel = null;
			this.shownOf = '';
			this.setRows([]);
			return;
		}
		if (this.tableState !== 'ready' || this.shownOf !== documentScope(notice)) {
			this.tableState = 'loading';
			this.publish();
		}
		const rows = await this.host.source.documentRows(notice, this.host.unitAliases(notice.uri));
		if (generation !== this.generation) { return; }
		this.showNoticeRows(notice, rows);
	}

	private showNoticeRows(notice: N, rows: readonly TaskRow[]): void {
		this.tableState = 'ready';
		this.shownOf = documentScope(notice);
		this.sourceLabel = { title: notice.title, fileName: this.host.baseName(notice.uri), notices: 1 };
		this.setRows(rows);
	}

	private async loadWorkspace(generation: number): Promise<void> {
		const { source, log } = this.host;
		this.message = null;
		if (!source.isTrusted) {
			this.tableState = 'untrusted';
			this.sourceLabel = null;
			this.shownOf = '';
			this.partial = false;
			this.progress = null;
			this.setRows([]);
			return;
		}
		if (this.tableState !== 'ready' || this.shownOf !== WORKSPACE_SCOPE) {
			this.tableState = 'loading';
			this.sourceLabel = null;
			this.publish();
		}
		const notices = await source.workspaceNotices();
		if (generation !== this.generation) { return; }
		notices.sort((a, b) => compareText(a.uri, b.uri));
		const aliases = this.host.unitAliases();
		const byNotice: (TaskRow[] | undefined)[] = new Array(notices.length);
		let done = 0;
		let shownAt = this.clock.now();
		const showSoFar = (partial: boolean) => {
			this.tableState = 'ready';
			this.shownOf = WORKSPACE_SCOPE;
			this.partial = partial;
			this.progress = partial ? { done, total: notices.length } : null;
			this.sourceLabel = { title: '', fileName: '', notices: byNotice.filter(r => r?.length).length };
			this.setRows(byNotice.flatMap(r => r ?? []));
			shownAt = this.clock.now();
		};
		const readOne = async (i: number) => {
			const { uri, textHash } = notices[i];
			const cached = this.workspaceCache.get(uri);
			if (cached?.textHash === textHash) {
				byNotice[i] = cached.rows;
			} else {
				const rows = await source.workspaceRows(uri, aliases).catch(e => {
					log.warn(`task table: skipped ${uri}: ${(e as Error)?.message ?? e}`);
					return undefined;
				});
				if (rows) { this.workspaceCache.set(uri, { textHash, rows }); }
				byNotice[i] = rows;
			}
			done++;
		};
		// Two notices in flight: the next is read from disk while the worker analyses one.
		let next = 0;
		const lane = async () => {
			while (next < notices.length && generation === this.generation) {
				await readOne(next++);
				if (generation === this.generation && this.clock.now() - shownAt >= PARTIAL_EVERY_MS && done < notices.length) { showSoFar(true); }
			}
		};
		await Promise.all([lane(), lane()]);
		if (generation !== this.generation) { return; }
		const known = new Set(notices.map(n => n.uri));
		for (const key of [...this.workspaceCache.keys()]) { if (!known.has(key)) { this.workspaceCache.delete(key); } }
		showSoFar(false);
	}

	// ── the model ────────────────────────────────────────────────────────────

	/** New rows: numbered, indexed for queries and sent to the page once; then the model that orders them. */
	private setRows(rows: readonly TaskRow[]): void {
		this.viewRows = toViewRows(rows, uri => this.host.baseName(uri));
		this.rowsVersion++;
		const aliases = this.host.unitAliases(this.query.scope === 'document' ? this.shownNotice?.uri : undefined);
		this.index = new TaskTableIndex(this.viewRows, createUnitNormalizer(aliases));
		this.units = unitsOf(this.viewRows);
		this.unitSet = new Set(this.units);
		// A unit no row has any more cannot filter.
		if (this.query.unit && !this.unitSet.has(this.query.unit)) { this.query = { ...this.query, unit: '' }; }
		this.host.post({ type: 'rows', version: this.rowsVersion, rows: this.viewRows });
		this.publish();
	}

	private publish(): void {
		this.order = this.index.query(this.query);
		this.lastModel = this.makeModel();
		this.host.post({ type: 'model', model: this.lastModel });
	}

	private makeModel(): TaskTableModel {
		return {
			seq: ++this.seq, state: this.tableState, query: this.query, source: this.sourceLabel, partial: this.partial, progress: this.progress,
			rowsVersion: this.rowsVersion, order: this.order, total: this.viewRows.length, units: this.units, message: this.message,
		};
	}
}

const WORKSPACE_SCOPE = 'workspace';
const documentScope = (notice: TaskNotice) => `document:${notice.uri}`;

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
