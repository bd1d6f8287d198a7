// The Compare Targets view (对比目标): a webview panel with the workspace's targets as a table of
// metrics × notices — each cell a link to the target, sortable by column, a filter, metrics set
// by at least two notices unless asked for all — exported to CSV or XLSX. The table is made and
// queried here (src/core/metrics/table.ts); the webview (media/compare.js, media/compare.css)
// only draws what this module posts, and everything it sends back goes through
// parseCompareMessage first.
import * as vscode from 'vscode';
import type { MetricGroup } from '../../core/metrics/group';
import { compareTable, DEFAULT_QUERY, isSortKey, queryTable, type CompareCell, type CompareTable, type SortKey, type TableQuery } from '../../core/metrics/table';
import type { MetricSnapshot } from '../../core/metrics/workspace';
import { log } from '../log';
import { compareCsv, compareXlsx } from './export';
import { panelOptions, receiveMessage, servePanel, showRangeBeside } from '../webview/host';
import { comparePage } from './html';
import { COMPARE_TARGETS_COMMAND, COMPARE_VIEW_TYPE, parseCompareMessage, type CompareHostMessage, type CompareModel, type CompareWebviewMessage, type ExportFormat } from './messages';
import { baseName } from '../uris';

export const COMPARE_COMMANDS = {
	open: COMPARE_TARGETS_COMMAND,
	/** Registered outside production only: the view's state, for the integration tests. */
	testState: 'policyNotice.compareTargets._state',
	/** Registered outside production only: a raw message as if the webview had sent it. */
	testMessage: 'policyNotice.compareTargets._message',
	/** Registered outside production only: exports to a given file, without the save dialog. */
	testExport: 'policyNotice.compareTargets._export',
} as const;

/** Rows drawn at most (a filter narrows them; an export takes all that match). */
export const MAX_VIEW_ROWS = 500;
/** VS Code's Manage Workspace Trust editor (the view's button in Restricted Mode). */
const MANAGE_TRUST_COMMAND = 'workbench.trust.manage';

/** Where the view gets the grouped metrics from (the workspace's MetricIndexService). */
export interface CompareSource {
	readonly isTrusted: boolean;
	/** More may come: the workspace is still being read. */
	readonly isBuilding: boolean;
	readonly snapshot: MetricSnapshot | undefined;
	/** Starts reading and grouping the workspace (once). */
	start(): Promise<void>;
	/** Fires when the grouping or its state changed. */
	readonly onDidChange: vscode.Event<unknown>;
}

/** What the integration tests read through `policyNotice.compareTargets._state`. */
export interface CompareViewTestState {
	open: boolean;
	visible: boolean;
	ready: boolean;
	posted: number;
	lastModel: CompareModel | null;
	lastRendered: { seq: number; rows: number; columns: number } | null;
	rejected: number;
	lastOpened: { uri: string; offset: number; end: number; preserveFocus: boolean } | null;
}

export function registerCompareView(context: vscode.ExtensionContext, source: CompareSource): vscode.Disposable {
	const view = new CompareTargetsView(context, source);
	const subscriptions: vscode.Disposable[] = [
		view,
		vscode.commands.registerCommand(COMPARE_COMMANDS.open, () => view.show()),
	];
	if (context.extensionMode !== vscode.ExtensionMode.Production) {
		subscriptions.push(
			vscode.commands.registerCommand(COMPARE_COMMANDS.testState, () => view.testState()),
			vscode.commands.registerCommand(COMPARE_COMMANDS.testMessage, (raw: unknown) => view.receive(raw)),
			vscode.commands.registerCommand(COMPARE_COMMANDS.testExport, (format: ExportFormat, file: string) => view.exportTo(format, vscode.Uri.file(file))),
		);
	}
	return vscode.Disposable.from(...subscriptions);
}

export class CompareTargetsView implements vscode.Disposable {
	private panel: vscode.WebviewPanel | undefined;
	private panelSubscriptions: vscode.Disposable[] = [];
	private readonly subscriptions: vscode.Disposable[] = [];
	/** The webview's script has said `ready` since it was last (re)loaded. */
	private ready = false;
	private query: TableQuery = DEFAULT_QUERY;
	/** The whole table of `tableOf`, and the group behind each row. */
	private table: CompareTable = { columns: [], rows: [] };
	private tableOf: MetricSnapshot | undefined;
	private groupOfRow = new Map<string, MetricGroup>();
	/** The rows the query matches (all of them: what an export writes). */
	private matched: CompareTable = { columns: [], rows: [] };
	private cells = new Map<string, CompareCell>();
	private model: CompareModel;
	private seq = 0;
	private posted = 0;
	private rejected = 0;
	private lastRendered: CompareViewTestState['lastRendered'] = null;
	private lastOpened: CompareViewTestState['lastOpened'] = null;

	constructor(private readonly context: vscode.ExtensionContext, private readonly source: CompareSource) {
		this.model = this.makeModel();
		this.subscriptions.push(source.onDidChange(() => this.refresh()));
	}

	/** Opens the view (or brings it forward) and starts reading the workspace. */
	show(): void {
		if (this.panel) {
			this.panel.reveal();
		} else {
			this.attach(vscode.window.createWebviewPanel(COMPARE_VIEW_TYPE, vscode.l10n.t('Compare Targets'), vscode.ViewColumn.Active, panelOptions(this.context.extensionUri)));
		}
		this.source.start().then(() => this.refresh(), e => log().error(`compare targets: start failed: ${(e as Error)?.stack ?? e}`));
	}

	/** Takes a panel (VS Code's, or a test's stand-in): its page, options and events. */
	attach(panel: vscode.WebviewPanel): void {
		this.panelSubscriptions.forEach(d => d.dispose());
		this.panel = panel;
		this.ready = false;
		this.panelSubscriptions = servePanel(panel, this.context.extensionUri, vscode.l10n.t('Compare Targets'), comparePage, {
			receive: raw => this.receive(raw),
			hidden: () => { this.ready = false; },
			disposed: () => {
				if (this.panel === panel) { this.panel = undefined; this.ready = false; }
				this.panelSubscriptions = [];
			},
		});
		this.refresh();
	}

	/** Every message from the webview (or the test command) comes in here. Returns whether it was accepted. */
	receive(raw: unknown): boolean {
		return receiveMessage('compare targets', raw, r => parseCompareMessage(r, { cellIds: new Set(this.cells.keys()), isSortKey: (s: string): s is SortKey => isSortKey(this.table, s) }), {
			handle: message => this.handle(message),
			rejected: () => { this.rejected++; },
		});
	}

	private handle(message: CompareWebviewMessage): void {
		switch (message.type) {
			case 'ready':
				this.ready = true;
				this.post({ type: 'init', strings: webviewStrings() });
				this.post({ type: 'model', model: this.model });
				break;
			case 'open': {
				const cell = this.cells.get(message.id);
				if (cell) { this.open(cell, message.preserveFocus).catch(e => log().error(`compare targets: could not open ${cell.file}: ${(e as Error)?.stack ?? e}`)); }
				break;
			}
			case 'query':
				this.query = message.query;
				this.publish();
				break;
			case 'export':
				this.askAndExport(message.format).catch(e => {
					log().error(`compare targets: export failed: ${(e as Error)?.stack ?? e}`);
					void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the targets: {0}', String((e as Error)?.message ?? e)));
				});
				break;
			case 'rendered':
				this.lastRendered = { seq: message.seq, rows: message.rows, columns: message.columns };
				break;
			case 'error':
				log().error(`compare targets (webview): ${message.message}`);
				break;
			case 'manageTrust':
				vscode.commands.executeCommand(MANAGE_TRUST_COMMAND).then(undefined, e => log().error(`compare targets: ${MANAGE_TRUST_COMMAND} failed: ${e}`));
				break;
		}
	}

	/** The grouping or its state changed: the table is made again when the grouping is new (and only while the view is open). */
	refresh(): void {
		if (!this.panel) { return; }
		const snapshot = this.source.snapshot;
		if (snapshot !== this.tableOf) {
			this.tableOf = snapshot;
			this.table = snapshot ? compareTable(snapshot, baseName) : { columns: [], rows: [] };
			// Rows are in group order.
			this.groupOfRow = new Map(snapshot ? this.table.rows.map((r, i) => [r.id, snapshot.groups[i]]) : []);
			// A column that is gone cannot sort any more.
			if (!isSortKey(this.table, this.query.sort)) { this.query = { ...this.query, sort: DEFAULT_QUERY.sort, descending: DEFAULT_QUERY.descending }; }
		}
		this.publish();
	}

	private publish(): void {
		this.matched = queryTable(this.table, this.query);
		this.model = this.makeModel();
		this.cells = new Map(this.model.table.rows.flatMap(r => Object.values(r.cells).flat().map(c => [c.id, c] as const)));
		this.post({ type: 'model', model: this.model });
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
		if (!this.panel || !this.ready) { return; }
		this.posted++;
		this.panel.webview.postMessage(message).then(undefined, e => log().warn(`compare targets: postMessage failed: ${e}`));
	}

	// ── opening a target ─────────────────────────────────────────────────────

	private async open(cell: CompareCell, preserveFocus: boolean): Promise<void> {
		this.lastOpened = { uri: cell.file, offset: cell.offset, end: cell.end, preserveFocus };
		await showRangeBeside(vscode.Uri.parse(cell.file), cell.offset, cell.end, this.panel?.viewColumn, preserveFocus);
	}

	// ── exporting ────────────────────────────────────────────────────────────

	private async askAndExport(format: ExportFormat): Promise<void> {
		const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
		const name = `${vscode.l10n.t('metric-targets')}.${format}`;
		const uri = await vscode.window.showSaveDialog({
			defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
			filters: format === 'csv' ? { CSV: ['csv'] } : { Excel: ['xlsx'] },
			title: vscode.l10n.t('Export the targets shown'),
		});
		if (!uri) { return; }
		const rows = await this.exportTo(format, uri);
		void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} metrics to {1}.', rows, vscode.workspace.asRelativePath(uri)));
	}

	/** Writes the rows the query matches, in their order, as CSV or XLSX to `uri`; returns how many metrics. */
	async exportTo(format: ExportFormat, uri: vscode.Uri): Promise<number> {
		const table = this.matched;
		const groups = table.rows.map(r => this.groupOfRow.get(r.id)).filter((g): g is MetricGroup => !!g);
		const fileName = (file: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(file), false);
		const bytes = format === 'csv' ? compareCsv(groups, fileName) : await compareXlsx(table, groups, fileName, {
			comparisonSheet: vscode.l10n.t('Comparison'), targetsSheet: vscode.l10n.t('Targets'),
			metric: vscode.l10n.t('Metric'), unit: vscode.l10n.t('Unit'), notices: vscode.l10n.t('Notices'),
		});
		await vscode.workspace.fs.writeFile(uri, bytes);
		log().info(`compare targets: exported ${groups.length} metrics as ${format} to ${uri.toString()}`);
		return groups.length;
	}

	testState(): CompareViewTestState {
		return {
			open: !!this.panel, visible: !!this.panel?.visible, ready: this.ready, posted: this.posted,
			lastModel: this.model, lastRendered: this.lastRendered, rejected: this.rejected, lastOpened: this.lastOpened,
		};
	}

	dispose(): void {
		this.panelSubscriptions.forEach(d => d.dispose());
		this.subscriptions.forEach(d => d.dispose());
		this.panel?.dispose();
	}
}


/** Every string the webview shows, localized here like the rest of the extension. */
function webviewStrings(): Record<string, string> {
	return {
		metric: vscode.l10n.t('Metric'),
		unit: vscode.l10n.t('Unit'),
		notices: vscode.l10n.t('Notices'),
		noticesTitle: vscode.l10n.t('How many notices set this metric'),
		sortBy: vscode.l10n.t('Sort by {0}'),
		filterPlaceholder: vscode.l10n.t('Filter: metric, province, notice, target'),
		filterLabel: vscode.l10n.t('Filter metrics'),
		clearFilter: vscode.l10n.t('Clear filter (Escape)'),
		showAll: vscode.l10n.t('Also metrics set by one notice only'),
		exportCsv: vscode.l10n.t('Export CSV'),
		exportXlsx: vscode.l10n.t('Export XLSX'),
		exportTitle: vscode.l10n.t('Save the metrics shown, in this order (all of them, not only those drawn)'),
		count: vscode.l10n.t('{0} metrics × {1} notices'),
		countOf: vscode.l10n.t('{0} of {1} metrics × {2} notices'),
		truncated: vscode.l10n.t('Showing the first {0} of {1} metrics: filter to narrow them.'),
		partial: vscode.l10n.t('Still reading the notices of the workspace: more may follow.'),
		building: vscode.l10n.t('Reading the notices of the workspace…'),
		buildingHint: vscode.l10n.t('Each notice is read once with its targets; the table appears when they are grouped by metric.'),
		untrusted: vscode.l10n.t('Trust this workspace to compare its targets.'),
		untrustedHint: vscode.l10n.t('In Restricted Mode the notices of the workspace are not read.'),
		manageTrust: vscode.l10n.t('Manage Workspace Trust'),
		empty: vscode.l10n.t('No notice of the workspace sets a quantified target.'),
		noShared: vscode.l10n.t('No metric is set by two notices or more.'),
		noSharedHint: vscode.l10n.t('Tick “Also metrics set by one notice only” to see every metric.'),
		noMatch: vscode.l10n.t('No metric matches “{0}”.'),
		deadline: vscode.l10n.t('by {0}'),
		openHint: vscode.l10n.t('{0}: {1}. Click to open.'),
	};
}
