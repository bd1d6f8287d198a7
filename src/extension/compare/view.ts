// The Compare Targets view (对比目标): a webview panel with the workspace's targets as a table of
// metrics × notices — each cell a link to the target, sortable by column, a filter, metrics set
// by at least two notices unless asked for all — exported to CSV or XLSX. What the view shows and
// what each message leads to is decided in controller.ts (plain Node, unit-tested); this module is
// the VS Code side: the commands, the panel, the localized strings, opening a target and writing
// an export. The webview (media/compare.js, media/compare.css) only draws what is posted, and
// everything it sends back goes through parseCompareMessage first.
import * as vscode from 'vscode';
import { log } from '../log';
import { CompareTargetsController, type CellTarget, type CompareSourceState } from './controller';
import { compareCsv, compareXlsx } from './export';
import { panelOptions, receiveMessage, servePanel, showRangeBeside, openManageTrust } from '../webview/host';
import { comparePage } from './html';
import { COMPARE_COMMANDS, COMPARE_VIEW_TYPE, type CompareModel, type ExportFormat } from './messages';
import { baseName } from '../uris';

export { MAX_VIEW_ROWS } from './controller';

/** Where the view gets the grouped metrics from (the workspace's MetricIndexService). */
export interface CompareSource extends CompareSourceState {
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
	/** Decides what the view shows and what each message leads to; this class carries it out. */
	private readonly controller: CompareTargetsController;

	constructor(private readonly context: vscode.ExtensionContext, private readonly source: CompareSource) {
		this.controller = new CompareTargetsController(source, {
			post: message => this.panel?.webview.postMessage(message).then(undefined, e => log().warn(`compare targets: postMessage failed: ${e}`)),
			strings: webviewStrings,
			fileName: baseName,
			open: (target, preserveFocus) => this.open(target, preserveFocus).catch(e => log().error(`compare targets: could not open ${target.uri}: ${(e as Error)?.stack ?? e}`)),
			exportAsked: format => this.askAndExport(format).catch(e => {
				log().error(`compare targets: export failed: ${(e as Error)?.stack ?? e}`);
				void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the targets: {0}', String((e as Error)?.message ?? e)));
			}),
			manageTrust: () => {
				openManageTrust('compare targets');
			},
			logError: message => log().error(message),
		});
		this.subscriptions.push(source.onDidChange(() => this.controller.refresh()));
	}

	/** Opens the view (or brings it forward) and starts reading the workspace. */
	show(): void {
		if (this.panel) {
			this.panel.reveal();
		} else {
			this.attach(vscode.window.createWebviewPanel(COMPARE_VIEW_TYPE, vscode.l10n.t('Compare Targets'), vscode.ViewColumn.Active, panelOptions(this.context.extensionUri)));
		}
		this.source.start().then(() => this.controller.refresh(), e => log().error(`compare targets: start failed: ${(e as Error)?.stack ?? e}`));
	}

	/** Takes a panel (VS Code's, or a test's stand-in): its page, options and events. */
	attach(panel: vscode.WebviewPanel): void {
		this.panelSubscriptions.forEach(d => d.dispose());
		this.panel = panel;
		this.panelSubscriptions = servePanel(panel, this.context.extensionUri, vscode.l10n.t('Compare Targets'), comparePage, {
			receive: raw => this.receive(raw),
			hidden: () => this.controller.panelHidden(),
			disposed: () => {
				if (this.panel === panel) { this.panel = undefined; this.controller.panelClosed(); }
				this.panelSubscriptions = [];
			},
		});
		this.controller.panelAttached();
	}

	/** Every message from the webview (or the test command) comes in here. Returns whether it was accepted. */
	receive(raw: unknown): boolean {
		return receiveMessage('compare targets', raw, r => this.controller.parse(r), this.controller);
	}

	private async open(target: CellTarget, preserveFocus: boolean): Promise<void> {
		await showRangeBeside(vscode.Uri.parse(target.uri), target.offset, target.end, this.panel?.viewColumn, preserveFocus);
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
		const { table, groups } = this.controller.exportRows();
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
		const c = this.controller;
		return {
			open: !!this.panel, visible: !!this.panel?.visible, ready: c.ready, posted: c.posted,
			lastModel: c.model, lastRendered: c.lastRendered, rejected: c.rejectedMessages, lastOpened: c.lastOpened,
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
