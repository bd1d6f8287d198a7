// The task table view (任务分工表): a webview panel (VS Code has no native table) with the tasks
// of the active notice or of every notice of the workspace — 序号, 章节, 任务, 牵头单位, 责任单位,
// 完成时限, 目标, each row a link back to its task — sortable, filtered by words and by a unit,
// exported to CSV, Markdown or XLSX. The rows are made in the worker threads (the active
// document's in the analysis worker, the workspace's in the catalog's), never on the extension
// host; they are ordered here (./model.ts). The webview (media/tasks.js, media/tasks.css) only
// draws what this module posts, and everything it sends back goes through parseTaskMessage first.
import * as vscode from 'vscode';
import type { TaskRow } from '../../core/tasks/table';
import type { TaskColumn } from '../../core/tasks/tableExport';
import { createUnitNormalizer, type UnitAliases } from '../../core/units/normalize';
import { LANGUAGE_ID, SECTION, affectsConfig } from '../config';
import { log } from '../log';
import { panelOptions, receiveMessage, servePanel, showRangeBeside } from '../webview/host';
import { exportFilter, taskTableBytes } from './export';
import { taskTablePage } from './html';
import { TASK_EXPORT_FORMATS, TASK_TABLE_VIEW_TYPE, parseTaskMessage, type TaskExportFormat, type TaskHostMessage, type TaskTableModel, type TaskTableState, type TaskWebviewMessage } from './messages';
import { DEFAULT_QUERY, TaskTableIndex, toTaskRow, toViewRows, unitsOf, type TaskQuery, type TaskViewRow } from './model';
import { baseName } from '../uris';

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

/** VS Code's Manage Workspace Trust editor (the view's button in Restricted Mode). */
const MANAGE_TRUST_COMMAND = 'workbench.trust.manage';
/** Typing in the notice shown is batched this long before its tasks are asked for again. */
const EDIT_DELAY_MS = 500;
/** A note written or resolved shows in the table after this long (a burst of edits is one reload). */
const NOTES_DELAY_MS = 200;
/** Changes of the workspace's notices (many while it is read) are batched this long. */
const WORKSPACE_DELAY_MS = 400;
/** While the workspace is read, the rows so far are shown this often. */
const PARTIAL_EVERY_MS = 1000;

/** Where the view gets its rows from (the analysis worker and the workspace catalog; a test's stand-in). */
export interface TaskTableSource {
	readonly isTrusted: boolean;
	/** Fires when the workspace's notices changed (read again, added, removed). */
	readonly onDidChangeWorkspace: vscode.Event<unknown>;
	/** Fires when a document's notes were read or changed (the rows list them); absent without notes. */
	readonly onDidChangeNotes?: vscode.Event<vscode.Uri>;
	/** The rows of a notice editor's document (with its notes, when it has some), analysed in the worker thread. */
	documentRows(document: vscode.TextDocument, aliases: UnitAliases): Promise<TaskRow[]>;
	/** The workspace's notices once they are read (none in Restricted Mode), with their text hashes. */
	workspaceNotices(): Promise<{ uri: vscode.Uri; textHash: string }[]>;
	/** The rows of a workspace notice as saved, analysed in the catalog's worker thread; undefined when it is no notice (any more). */
	workspaceRows(uri: vscode.Uri, aliases: UnitAliases): Promise<TaskRow[] | undefined>;
}

/** What the integration tests read through `policyNotice.taskTable._state`. */
export interface TaskTableTestState {
	open: boolean;
	visible: boolean;
	ready: boolean;
	posted: number;
	/** The notice the document scope shows, if any. */
	notice: string | null;
	lastModel: TaskTableModel;
	/** The rows of `lastModel.rowsVersion`. */
	rows: TaskViewRow[];
	lastRendered: { seq: number; rows: number; drawn: number } | null;
	rejected: number;
	lastOpened: { uri: string; offset: number; end: number; preserveFocus: boolean } | null;
}

/** The user's unit names (`policyNotice.units.aliases`), over the built-in table. */
export function readUnitAliases(scope?: vscode.ConfigurationScope): UnitAliases {
	const value = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('units.aliases', {});
	if (typeof value !== 'object' || value === null || Array.isArray(value)) { return {}; }
	return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function registerTaskTable(context: vscode.ExtensionContext, source: TaskTableSource): vscode.Disposable {
	const view = new TaskTableView(context, source);
	const subscriptions: vscode.Disposable[] = [
		view,
		vscode.commands.registerCommand(TASK_TABLE_COMMANDS.show, (uri?: unknown) => view.show(uri instanceof vscode.Uri ? uri : undefined).catch(e => {
			log().error(`task table: could not open it: ${(e as Error)?.stack ?? e}`);
			void vscode.window.showErrorMessage(vscode.l10n.t('Could not read the tasks: {0}', String((e as Error)?.message ?? e)));
		})),
		vscode.commands.registerCommand(TASK_TABLE_COMMANDS.export, () => view.exportCommand()),
	];
	if (context.extensionMode !== vscode.ExtensionMode.Production) {
		subscriptions.push(
			vscode.commands.registerCommand(TASK_TABLE_COMMANDS.testState, () => view.testState()),
			vscode.commands.registerCommand(TASK_TABLE_COMMANDS.testMessage, (raw: unknown) => view.receive(raw)),
			vscode.commands.registerCommand(TASK_TABLE_COMMANDS.testExport, (format: TaskExportFormat, file: string) => view.exportTo(format, vscode.Uri.file(file))),
		);
	}
	return vscode.Disposable.from(...subscriptions);
}

export class TaskTableView implements vscode.Disposable {
	private panel: vscode.WebviewPanel | undefined;
	private panelSubscriptions: vscode.Disposable[] = [];
	private readonly subscriptions: vscode.Disposable[] = [];
	/** The webview's script has said `ready` since it was last (re)loaded. */
	private ready = false;
	private query: TaskQuery = DEFAULT_QUERY;
	/** The notice the document scope shows: the last notice editor that was active. */
	private notice: vscode.TextDocument | undefined;
	private rows: TaskViewRow[] = [];
	private rowsVersion = 0;
	private index = new TaskTableIndex([]);
	private units: string[] = [];
	private unitSet = new Set<string>();
	private order: number[] = [];
	private state: TaskTableState = 'loading';
	private sourceLabel: TaskTableModel['source'] = null;
	/** The scope and notice the rows shown are of: a load of the same keeps them on screen meanwhile. */
	private shownOf = '';
	private partial = false;
	private progress: TaskTableModel['progress'] = null;
	private message: string | null = null;
	private model: TaskTableModel;
	/** Increases with every load: an answer for an older one is dropped. */
	private generation = 0;
	private reloadTimer: NodeJS.Timeout | undefined;
	/** The workspace's rows by notice, kept while its text is unchanged (cleared when the unit table changes). */
	private workspaceCache = new Map<string, { textHash: string; rows: TaskRow[] }>();
	private seq = 0;
	private posted = 0;
	private rejected = 0;
	private lastRendered: TaskTableTestState['lastRendered'] = null;
	private lastOpened: TaskTableTestState['lastOpened'] = null;

	constructor(private readonly context: vscode.ExtensionContext, private readonly source: TaskTableSource) {
		this.model = this.makeModel();
		this.follow(vscode.window.activeTextEditor);
		this.subscriptions.push(
			vscode.window.onDidChangeActiveTextEditor(e => { if (this.follow(e)) { this.scheduleReload('document', 0); } }),
			vscode.workspace.onDidChangeTextDocument(e => {
				if (e.document === this.notice && e.contentChanges.length) { this.scheduleReload('document', EDIT_DELAY_MS); }
			}),
			// A notice recognized after it opened (its language switches): it may be the one to show.
			vscode.workspace.onDidOpenTextDocument(d => {
				if (d.languageId === LANGUAGE_ID && vscode.window.activeTextEditor?.document.uri.toString() === d.uri.toString() && this.follow(vscode.window.activeTextEditor)) {
					this.scheduleReload('document', 0);
				}
			}),
			vscode.workspace.onDidChangeConfiguration(e => {
				if (affectsConfig(e, 'units.aliases')) { this.workspaceCache.clear(); this.scheduleReload(undefined, 0); }
			}),
			source.onDidChangeWorkspace(() => this.scheduleReload('workspace', WORKSPACE_DELAY_MS)),
		);
		if (source.onDidChangeNotes) {
			this.subscriptions.push(source.onDidChangeNotes(uri => {
				// The workspace rows of that file were read with its old notes.
				this.workspaceCache.delete(uri.toString());
				this.scheduleReload('workspace', NOTES_DELAY_MS);
				if (uri.toString() === this.notice?.uri.toString()) { this.scheduleReload('document', NOTES_DELAY_MS); }
			}));
		}
	}

	/** Takes a notice editor as the one the document scope shows; true when it is another one. */
	private follow(editor: vscode.TextEditor | undefined): boolean {
		// No text editor (this panel, the settings UI has focus) or another kind of file: keep the notice shown.
		if (!editor || editor.document.languageId !== LANGUAGE_ID || editor.document === this.notice) { return false; }
		this.notice = editor.document;
		return true;
	}

	/** Opens the panel (or brings it forward) with the tasks of `uri`'s notice, else of the active notice. */
	async show(uri?: vscode.Uri): Promise<void> {
		if (uri) {
			const document = await vscode.workspace.openTextDocument(uri);
			if (document.languageId === LANGUAGE_ID) { this.notice = document; }
		} else {
			this.follow(vscode.window.activeTextEditor);
		}
		if (this.panel) {
			this.panel.reveal();
			this.reload();
		} else {
			// Beside the notice: a row opens back in the notice's column.
			this.attach(vscode.window.createWebviewPanel(TASK_TABLE_VIEW_TYPE, vscode.l10n.t('Task Table'), vscode.ViewColumn.Beside, panelOptions(this.context.extensionUri)));
		}
	}

	/** Takes a panel (VS Code's, or a test's stand-in): its page, options and events. */
	attach(panel: vscode.WebviewPanel): void {
		this.panelSubscriptions.forEach(d => d.dispose());
		this.panel = panel;
		this.ready = false;
		this.panelSubscriptions = servePanel(panel, this.context.extensionUri, vscode.l10n.t('Task Table'), taskTablePage, {
			receive: raw => this.receive(raw),
			hidden: () => { this.ready = false; },
			disposed: () => {
				if (this.panel === panel) { this.panel = undefined; this.ready = false; this.generation++; }
				this.panelSubscriptions = [];
			},
		});
		this.reload();
	}

	/** Every message from the webview (or the test command) comes in here. Returns whether it was accepted. */
	receive(raw: unknown): boolean {
		return receiveMessage('task table', raw, r => parseTaskMessage(r, { rowsVersion: this.rowsVersion, rowCount: this.rows.length, units: this.unitSet }), {
			handle: message => this.handle(message),
			rejected: () => { this.rejected++; },
		});
	}

	private handle(message: TaskWebviewMessage): void {
		switch (message.type) {
			case 'ready':
				this.ready = true;
				this.post({ type: 'init', strings: webviewStrings() });
				this.post({ type: 'rows', version: this.rowsVersion, rows: this.rows });
				this.post({ type: 'model', model: this.model });
				break;
			case 'open': {
				const row = this.rows[message.index];
				this.open(row, message.preserveFocus).catch(e => log().error(`task table: could not open ${row.file}: ${(e as Error)?.stack ?? e}`));
				break;
			}
			case 'query': {
				const scopeChanged = message.query.scope !== this.query.scope;
				this.query = message.query;
				if (scopeChanged) { this.reload(); } else { this.publish(); }
				break;
			}
			case 'export':
				this.askAndExport(message.format).catch(e => this.exportFailed(e));
				break;
			case 'rendered':
				this.lastRendered = { seq: message.seq, rows: message.rows, drawn: message.drawn };
				break;
			case 'error':
				log().error(`task table (webview): ${message.message}`);
				break;
			case 'manageTrust':
				vscode.commands.executeCommand(MANAGE_TRUST_COMMAND).then(undefined, e => log().error(`task table: ${MANAGE_TRUST_COMMAND} failed: ${e}`));
				break;
		}
	}

	// ── loading the rows ─────────────────────────────────────────────────────

	/** Loads again after `delay` ms, when the panel is open and shows `scope` (any scope when undefined). */
	private scheduleReload(scope: TaskQuery['scope'] | undefined, delay: number): void {
		if (!this.panel || (scope && scope !== this.query.scope)) { return; }
		clearTimeout(this.reloadTimer);
		this.reloadTimer = setTimeout(() => { this.reloadTimer = undefined; this.reload(); }, delay);
	}

	/** Asks for the rows of the scope shown (while the panel is open); a load still running is dropped. */
	reload(): void {
		clearTimeout(this.reloadTimer);
		this.reloadTimer = undefined;
		if (!this.panel) { return; }
		const generation = ++this.generation;
		const load = this.query.scope === 'workspace' ? this.loadWorkspace(generation) : this.loadDocument(generation);
		load.catch(e => {
			if (generation !== this.generation) { return; }
			if ((e as Error)?.name === 'Cancelled') {
				// The document changed while it was read: its change schedules the next load.
				log().info(`task table: a load was cancelled (${(e as Error).message})`);
				return;
			}
			log().error(`task table: could not read the tasks: ${(e as Error)?.stack ?? e}`);
			this.state = 'error';
			this.shownOf = '';
			this.message = String((e as Error)?.message ?? e);
			this.setRows([]);
		});
	}

	private async loadDocument(generation: number): Promise<void> {
		const document = this.notice;
		this.partial = false;
		this.progress = null;
		this.message = null;
		if (!document || document.isClosed) {
			this.state = 'noNotice';
			this.sourceLabel = null;
			this.shownOf = '';
			this.setRows([]);
			return;
		}
		const of = `document:${document.uri.toString()}`;
		if (this.state !== 'ready' || this.shownOf !== of) {
			this.state = 'loading';
			this.publish();
		}
		const rows = await this.source.documentRows(document, readUnitAliases(document.uri));
		if (generation !== this.generation) { return; }
		this.state = 'ready';
		this.shownOf = of;
		this.sourceLabel = { title: noticeTitle(document), fileName: baseName(document.uri.toString()), notices: 1 };
		this.setRows(rows);
	}

	private async loadWorkspace(generation: number): Promise<void> {
		this.message = null;
		if (!this.source.isTrusted) {
			this.state = 'untrusted';
			this.sourceLabel = null;
			this.shownOf = '';
			this.partial = false;
			this.progress = null;
			this.setRows([]);
			return;
		}
		if (this.state !== 'ready' || this.shownOf !== 'workspace') {
			this.state = 'loading';
			this.sourceLabel = null;
			this.publish();
		}
		const notices = await this.source.workspaceNotices();
		if (generation !== this.generation) { return; }
		notices.sort((a, b) => compareText(a.uri.toString(), b.uri.toString()));
		const aliases = readUnitAliases();
		const byNotice: (TaskRow[] | undefined)[] = new Array(notices.length);
		let done = 0;
		let shownAt = Date.now();
		const showSoFar = (partial: boolean) => {
			this.state = 'ready';
			this.shownOf = 'workspace';
			this.partial = partial;
			this.progress = partial ? { done, total: notices.length } : null;
			this.sourceLabel = { title: '', fileName: '', notices: byNotice.filter(r => r?.length).length };
			this.setRows(byNotice.flatMap(r => r ?? []));
			shownAt = Date.now();
		};
		const readOne = async (i: number) => {
			const { uri, textHash } = notices[i];
			const key = uri.toString();
			const cached = this.workspaceCache.get(key);
			if (cached?.textHash === textHash) {
				byNotice[i] = cached.rows;
			} else {
				const rows = await this.source.workspaceRows(uri, aliases).catch(e => {
					log().warn(`task table: skipped ${key}: ${(e as Error)?.message ?? e}`);
					return undefined;
				});
				if (rows) { this.workspaceCache.set(key, { textHash, rows }); }
				byNotice[i] = rows;
			}
			done++;
		};
		// Two notices in flight: the next is read from disk while the worker analyses one.
		let next = 0;
		const lane = async () => {
			while (next < notices.length && generation === this.generation) {
				await readOne(next++);
				if (generation === this.generation && Date.now() - shownAt >= PARTIAL_EVERY_MS && done < notices.length) { showSoFar(true); }
			}
		};
		await Promise.all([lane(), lane()]);
		if (generation !== this.generation) { return; }
		const known = new Set(notices.map(n => n.uri.toString()));
		for (const key of [...this.workspaceCache.keys()]) { if (!known.has(key)) { this.workspaceCache.delete(key); } }
		showSoFar(false);
	}

	/** New rows: numbered, indexed for queries and sent to the page once; then the model that orders them. */
	private setRows(rows: readonly TaskRow[]): void {
		this.rows = toViewRows(rows, baseName);
		this.rowsVersion++;
		this.index = new TaskTableIndex(this.rows, createUnitNormalizer(readUnitAliases(this.query.scope === 'document' ? this.notice?.uri : undefined)));
		this.units = unitsOf(this.rows);
		this.unitSet = new Set(this.units);
		// A unit no row has any more cannot filter.
		if (this.query.unit && !this.unitSet.has(this.query.unit)) { this.query = { ...this.query, unit: '' }; }
		this.post({ type: 'rows', version: this.rowsVersion, rows: this.rows });
		this.publish();
	}

	private publish(): void {
		this.order = this.index.query(this.query);
		this.model = this.makeModel();
		this.post({ type: 'model', model: this.model });
	}

	private makeModel(): TaskTableModel {
		return {
			seq: ++this.seq, state: this.state, query: this.query, source: this.sourceLabel, partial: this.partial, progress: this.progress,
			rowsVersion: this.rowsVersion, order: this.order, total: this.rows.length, units: this.units, message: this.message,
		};
	}

	private post(message: TaskHostMessage): void {
		if (!this.panel || !this.ready) { return; }
		this.posted++;
		this.panel.webview.postMessage(message).then(undefined, e => log().warn(`task table: postMessage failed: ${e}`));
	}

	// ── opening a task ───────────────────────────────────────────────────────

	private async open(row: TaskViewRow, preserveFocus: boolean): Promise<void> {
		this.lastOpened = { uri: row.file, offset: row.offset, end: row.end, preserveFocus };
		await showRangeBeside(vscode.Uri.parse(row.file), row.offset, row.end, this.panel?.viewColumn, preserveFocus);
	}

	// ── exporting ────────────────────────────────────────────────────────────

	/** `policyNotice.exportTaskTable`: the rows the panel shows, else the active notice's tasks; asks for the format and the file. */
	async exportCommand(): Promise<void> {
		try {
			if (!this.panel || this.state !== 'ready') {
				this.follow(vscode.window.activeTextEditor);
				const document = this.notice;
				if (!document) {
					void vscode.window.showInformationMessage(vscode.l10n.t('Open a policy notice to export its task table.'));
					return;
				}
				const rows = await this.source.documentRows(document, readUnitAliases(document.uri));
				// No table on screen: the notice's tasks, all of them, in text order.
				this.query = DEFAULT_QUERY;
				this.state = 'ready';
				this.shownOf = `document:${document.uri.toString()}`;
				this.sourceLabel = { title: noticeTitle(document), fileName: baseName(document.uri.toString()), notices: 1 };
				this.setRows(rows);
			}
			const picked = await vscode.window.showQuickPick(TASK_EXPORT_FORMATS.map(format => ({ label: formatLabel(format), format })), {
				title: vscode.l10n.t('Export the task table'), placeHolder: vscode.l10n.t('Format'),
			});
			if (picked) { await this.askAndExport(picked.format); }
		} catch (e) {
			this.exportFailed(e);
		}
	}

	private async askAndExport(format: TaskExportFormat): Promise<void> {
		const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
		const name = `${vscode.l10n.t('task-table')}.${format}`;
		const uri = await vscode.window.showSaveDialog({
			defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
			filters: exportFilter(format),
			title: vscode.l10n.t('Export the tasks shown'),
		});
		if (!uri) { return; }
		const rows = await this.exportTo(format, uri);
		void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} tasks to {1}.', rows, vscode.workspace.asRelativePath(uri)));
	}

	private exportFailed(e: unknown): void {
		log().error(`task table: export failed: ${(e as Error)?.stack ?? e}`);
		void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the task table: {0}', String((e as Error)?.message ?? e)));
	}

	/** Writes the rows shown (all that match, in their order) as `format` to `uri`; returns how many. */
	async exportTo(format: TaskExportFormat, uri: vscode.Uri): Promise<number> {
		const rows = this.order.map(i => toTaskRow(this.rows[i]));
		const bytes = await taskTableBytes(format, rows, {
			fileName: file => vscode.workspace.asRelativePath(vscode.Uri.parse(file), false),
			labels: columnLabels(),
		});
		await vscode.workspace.fs.writeFile(uri, bytes);
		log().info(`task table: exported ${rows.length} tasks as ${format} to ${uri.toString()}`);
		return rows.length;
	}

	testState(): TaskTableTestState {
		return {
			open: !!this.panel, visible: !!this.panel?.visible, ready: this.ready, posted: this.posted,
			notice: this.notice?.uri.toString() ?? null, lastModel: this.model, rows: this.rows,
			lastRendered: this.lastRendered, rejected: this.rejected, lastOpened: this.lastOpened,
		};
	}

	dispose(): void {
		clearTimeout(this.reloadTimer);
		this.generation++;
		this.panelSubscriptions.forEach(d => d.dispose());
		this.subscriptions.forEach(d => d.dispose());
		this.panel?.dispose();
	}
}


/** The notice's first non-blank line, as the header names it (the title is on the first lines of a notice). */
function noticeTitle(document: vscode.TextDocument): string {
	for (let i = 0; i < Math.min(document.lineCount, 5); i++) {
		const text = document.lineAt(i).text.trim();
		if (text) { return text.length > 80 ? `${text.slice(0, 80)}…` : text; }
	}
	return '';
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function formatLabel(format: TaskExportFormat): string {
	switch (format) {
		case 'csv': return vscode.l10n.t('CSV (UTF-8, opens in Excel)');
		case 'md': return vscode.l10n.t('Markdown table');
		case 'xlsx': return vscode.l10n.t('Excel workbook (XLSX)');
	}
}

/** The exports' header row in the UI language. */
function columnLabels(): Record<TaskColumn, string> {
	return {
		file: vscode.l10n.t('File'),
		offset: vscode.l10n.t('Start offset'),
		end: vscode.l10n.t('End offset'),
		number: vscode.l10n.t('Number'),
		path: vscode.l10n.t('Section'),
		title: vscode.l10n.t('Task'),
		lead: vscode.l10n.t('Lead units'),
		responsible: vscode.l10n.t('Responsible units'),
		deadline: vscode.l10n.t('Completion deadline'),
		targets: vscode.l10n.t('Targets'),
		notes: vscode.l10n.t('Notes'),
	};
}

/** Every string the webview shows, localized here like the rest of the extension. */
function webviewStrings(): Record<string, string> {
	return {
		tableLabel: vscode.l10n.t('Task Table'),
		seq: vscode.l10n.t('No.'),
		path: vscode.l10n.t('Section'),
		title: vscode.l10n.t('Task'),
		lead: vscode.l10n.t('Lead units'),
		responsible: vscode.l10n.t('Responsible units'),
		deadline: vscode.l10n.t('Completion deadline'),
		targets: vscode.l10n.t('Targets'),
		file: vscode.l10n.t('Notice'),
		sortBy: vscode.l10n.t('Sort by {0}'),
		filterPlaceholder: vscode.l10n.t('Filter: task, section, unit, target'),
		filterLabel: vscode.l10n.t('Filter tasks'),
		clearFilter: vscode.l10n.t('Clear filter (Escape)'),
		unitLabel: vscode.l10n.t('Only the tasks of this unit (lead or responsible)'),
		allUnits: vscode.l10n.t('All units'),
		scopeWorkspace: vscode.l10n.t('All notices of the workspace'),
		exportCsv: vscode.l10n.t('Export CSV'),
		exportMarkdown: vscode.l10n.t('Export Markdown'),
		exportXlsx: vscode.l10n.t('Export XLSX'),
		exportTitle: vscode.l10n.t('Save the tasks shown, in this order (all of them, not only those drawn)'),
		count: vscode.l10n.t('{0} tasks'),
		countOf: vscode.l10n.t('{0} of {1} tasks'),
		noticesCount: vscode.l10n.t('{0} notices'),
		partial: vscode.l10n.t('Reading the notices of the workspace {0}/{1}: more tasks may follow.'),
		loading: vscode.l10n.t('Reading the tasks…'),
		untrusted: vscode.l10n.t('Trust this workspace to list the tasks of all its notices.'),
		untrustedHint: vscode.l10n.t('In Restricted Mode the notices of the workspace are not read; the tasks of the active notice can still be shown.'),
		manageTrust: vscode.l10n.t('Manage Workspace Trust'),
		noNotice: vscode.l10n.t('Open a policy notice to see its task table.'),
		noNoticeHint: vscode.l10n.t('Or show the tasks of all notices of the workspace.'),
		empty: vscode.l10n.t('No tasks found.'),
		noMatch: vscode.l10n.t('No task matches “{0}”.'),
		error: vscode.l10n.t('Could not read the tasks: {0}'),
		openHint: vscode.l10n.t('{0}. Enter opens the task, Space opens it beside and keeps the table focused.'),
		more: vscode.l10n.t('+{0} more'),
		notes: vscode.l10n.t('Notes'),
	};
}
