// The task table view (任务分工表): a webview panel (VS Code has no native table) with the tasks
// of the active notice or of every notice of the workspace — 序号, 章节, 任务, 牵头单位, 责任单位,
// 完成时限, 目标, each row a link back to its task — sortable, filtered by words and by a unit,
// exported to CSV, Markdown or XLSX. The rows are made in the worker threads (the active
// document's in the analysis worker, the workspace's in the catalog's), never on the extension
// host. This module is the VS Code side: the commands, the panel, VS Code's events turned into
// calls of the controller (./controller.ts: which rows to load and when, and the model that orders
// them), the strings, opening a task and writing an export. The webview (media/tasks.js,
// media/tasks.css) only draws what is posted, and everything it sends back goes through
// parseTaskMessage first.
import * as vscode from 'vscode';
import type { TaskRow } from '../../core/tasks/table';
import type { TaskColumn } from '../../core/tasks/tableExport';
import type { UnitAliases } from '../../core/units/normalize';
import { LANGUAGE_ID, SECTION, affectsConfig } from '../config';
import { log } from '../log';
import { panelOptions, receiveMessage, servePanel, showRangeBeside, openManageTrust } from '../webview/host';
import { TaskTableController, type TaskNotice } from './controller';
import { exportFilter, taskTableBytes } from './export';
import { taskTablePage } from './html';
import { TASK_EXPORT_FORMATS, TASK_TABLE_COMMANDS, TASK_TABLE_VIEW_TYPE, parseTaskMessage, type TaskExportFormat, type TaskHostMessage, type TaskTableModel, type TaskWebviewMessage } from './messages';
import type { TaskViewRow } from './model';
import { baseName } from '../uris';


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

/** A notice editor's document as the controller reads it. */
interface NoticeDocument extends TaskNotice {
	readonly document: vscode.TextDocument;
}

/** Getters: the title and whether it was closed are read when the controller asks, not when the editor was followed. */
function noticeOf(document: vscode.TextDocument): NoticeDocument {
	return {
		document,
		uri: document.uri.toString(),
		get title() { return noticeTitle(document); },
		get isClosed() { return document.isClosed; },
	};
}

/** The notice of a notice editor; undefined for no text editor (this panel, the settings UI has focus) or another kind of file. */
function editorNotice(editor: vscode.TextEditor | undefined): NoticeDocument | undefined {
	return editor?.document.languageId === LANGUAGE_ID ? noticeOf(editor.document) : undefined;
}

export class TaskTableView implements vscode.Disposable {
	private panel: vscode.WebviewPanel | undefined;
	private panelSubscriptions: vscode.Disposable[] = [];
	private readonly subscriptions: vscode.Disposable[] = [];
	/** The webview's script has said `ready` since it was last (re)loaded. */
	private ready = false;
	private readonly controller: TaskTableController<NoticeDocument>;
	private posted = 0;
	private rejected = 0;
	private lastRendered: TaskTableTestState['lastRendered'] = null;
	private lastOpened: TaskTableTestState['lastOpened'] = null;

	constructor(private readonly context: vscode.ExtensionContext, source: TaskTableSource) {
		this.controller = new TaskTableController<NoticeDocument>({
			source: {
				get isTrusted() { return source.isTrusted; },
				documentRows: (notice, aliases) => source.documentRows(notice.document, aliases),
				workspaceNotices: async () => (await source.workspaceNotices()).map(n => ({ uri: n.uri.toString(), textHash: n.textHash })),
				workspaceRows: (uri, aliases) => source.workspaceRows(vscode.Uri.parse(uri), aliases),
			},
			unitAliases: uri => readUnitAliases(uri === undefined ? undefined : vscode.Uri.parse(uri)),
			post: message => this.post(message),
			log: { info: m => log().info(m), warn: m => log().warn(m), error: m => log().error(m) },
			baseName,
		});
		const notice = editorNotice(vscode.window.activeTextEditor);
		if (notice) { this.controller.takeNotice(notice); }
		this.subscriptions.push(
			vscode.window.onDidChangeActiveTextEditor(e => this.controller.noticeActivated(editorNotice(e))),
			vscode.workspace.onDidChangeTextDocument(e => {
				if (e.contentChanges.length) { this.controller.documentEdited(e.document.uri.toString()); }
			}),
			// A notice recognized after it opened (its language switches): it may be the one to show.
			vscode.workspace.onDidOpenTextDocument(d => {
				const active = vscode.window.activeTextEditor;
				if (d.languageId === LANGUAGE_ID && active?.document.uri.toString() === d.uri.toString()) { this.controller.noticeActivated(editorNotice(active)); }
			}),
			vscode.workspace.onDidChangeConfiguration(e => {
				if (affectsConfig(e, 'units.aliases')) { this.controller.unitAliasesChanged(); }
			}),
			source.onDidChangeWorkspace(() => this.controller.workspaceChanged()),
		);
		if (source.onDidChangeNotes) {
			this.subscriptions.push(source.onDidChangeNotes(uri => this.controller.notesChanged(uri.toString())));
		}
	}

	/** Opens the panel (or brings it forward) with the tasks of `uri`'s notice, else of the active notice. */
	async show(uri?: vscode.Uri): Promise<void> {
		const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
		if (document?.languageId === LANGUAGE_ID) { this.controller.takeNotice(noticeOf(document)); }
		if (this.panel) {
			this.panel.reveal();
			void this.controller.reload();
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
				if (this.panel === panel) { this.panel = undefined; this.ready = false; this.controller.panelClosed(); }
				this.panelSubscriptions = [];
			},
		});
		this.controller.panelAttached();
	}

	/** Every message from the webview (or the test command) comes in here. Returns whether it was accepted. */
	receive(raw: unknown): boolean {
		return receiveMessage('task table', raw, r => parseTaskMessage(r, this.controller.messageContext()), {
			handle: message => this.handle(message),
			rejected: () => { this.rejected++; },
		});
	}

	private handle(message: TaskWebviewMessage): void {
		switch (message.type) {
			case 'ready':
				this.ready = true;
				this.post({ type: 'init', strings: webviewStrings() });
				this.controller.pageReady();
				break;
			case 'open': {
				const row = this.controller.rows[message.index];
				this.open(row, message.preserveFocus).catch(e => log().error(`task table: could not open ${row.file}: ${(e as Error)?.stack ?? e}`));
				break;
			}
			case 'query':
				this.controller.queryChanged(message.query);
				break;
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
				openManageTrust('task table');
				break;
		}
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
			if (!(await this.controller.loadForExport(editorNotice(vscode.window.activeTextEditor)))) {
				void vscode.window.showInformationMessage(vscode.l10n.t('Open a policy notice to export its task table.'));
				return;
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
		const rows = this.controller.shownRows();
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
			notice: this.controller.notice?.uri ?? null, lastModel: this.controller.model, rows: [...this.controller.rows],
			lastRendered: this.lastRendered, rejected: this.rejected, lastOpened: this.lastOpened,
		};
	}

	dispose(): void {
		this.controller.dispose();
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
