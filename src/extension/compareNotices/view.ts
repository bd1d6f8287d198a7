// Compare Two Notices (对比两个通知): a webview panel with two columns, notice A's tasks on the
// left and their counterparts in notice B on the right, aligned one to one by the
// cross-reference ranking (src/core/compare/align.ts); a task without a counterpart stands on its
// side with the other empty and marked, and the targets of a pair are compared in one unit with
// the difference. Opened from the Related Tasks view (a result's 与本通知对比), the explorer's
// context menu on two files and the command palette (the active notice and a quick pick). The
// rows come from the Related Tasks index (./source.ts); the webview (media/compareNotices.*)
// only draws them, and everything it sends back goes through parseCompareMessage first.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../config';
import { log } from '../log';
import { panelOptions, receiveMessage, servePanel, showRangeBeside } from '../webview/host';
import { compareNoticesPage } from './html';
import { COMPARE_NOTICES_COMMANDS, COMPARE_NOTICES_VIEW_TYPE, parseCompareMessage, type CompareHostMessage, type CompareModel, type CompareWebviewMessage } from './messages';
import { compareRows } from './model';
import type { CompareSource } from './source';
import { baseName } from '../uris';

/** What the integration tests read through `policyNotice.compareNotices._state`. */
export interface CompareNoticesTestState {
	open: boolean;
	ready: boolean;
	model: CompareModel;
	lastRendered: { version: number; shown: number; total: number } | null;
	rejected: number;
	lastOpened: { uri: string; offset: number; end: number; preserveFocus: boolean } | null;
}

export function registerCompareNotices(context: vscode.ExtensionContext, source: CompareSource): vscode.Disposable {
	const view = new CompareNoticesView(context, source);
	const subscriptions: vscode.Disposable[] = [
		view,
		vscode.commands.registerCommand(COMPARE_NOTICES_COMMANDS.compare, (first?: unknown, second?: unknown) => view.command(first, second).catch(e => {
			log().error(`compare notices: ${(e as Error)?.stack ?? e}`);
			void vscode.window.showErrorMessage(vscode.l10n.t('Could not compare the notices: {0}', String((e as Error)?.message ?? e)));
		})),
	];
	if (context.extensionMode !== vscode.ExtensionMode.Production) {
		subscriptions.push(
			vscode.commands.registerCommand(COMPARE_NOTICES_COMMANDS.testState, () => view.testState()),
			vscode.commands.registerCommand(COMPARE_NOTICES_COMMANDS.testMessage, (raw: unknown) => view.receive(raw)),
		);
	}
	return vscode.Disposable.from(...subscriptions);
}

/** A URI from a command argument: a Uri, or a URI string (the Related Tasks view passes strings). */
function asUri(v: unknown): vscode.Uri | undefined {
	if (v instanceof vscode.Uri) { return v; }
	if (typeof v === 'string' && v) { try { return vscode.Uri.parse(v, true); } catch { return undefined; } }
	return undefined;
}

export class CompareNoticesView implements vscode.Disposable {
	private panel: vscode.WebviewPanel | undefined;
	private panelSubscriptions: vscode.Disposable[] = [];
	private ready = false;
	private pair: { a: vscode.Uri; b: vscode.Uri } | undefined;
	private model: CompareModel = emptyModel('loading', 0);
	private version = 0;
	private cts: vscode.CancellationTokenSource | undefined;
	private rejected = 0;
	private lastRendered: CompareNoticesTestState['lastRendered'] = null;
	private lastOpened: CompareNoticesTestState['lastOpened'] = null;

	constructor(private readonly context: vscode.ExtensionContext, private readonly source: CompareSource) {}

	/**
	 * `policyNotice.compareNotices`: (A, B) from the Related Tasks view; (clicked, [two selected])
	 * from the explorer; nothing from the palette: the active notice, then a quick pick of the others.
	 */
	async command(first?: unknown, second?: unknown): Promise<void> {
		if (Array.isArray(second)) {
			const uris = second.map(asUri).filter((u): u is vscode.Uri => !!u);
			if (uris.length !== 2) {
				void vscode.window.showInformationMessage(vscode.l10n.t('Select exactly two notices to compare.'));
				return;
			}
			return this.show(uris[0], uris[1]);
		}
		const a = asUri(first), b = asUri(second);
		if (a && b) { return this.show(a, b); }
		const active = a ?? activeNotice();
		if (!active) {
			void vscode.window.showInformationMessage(vscode.l10n.t('Open a policy notice to compare it with another.'));
			return;
		}
		const others = (await this.source.notices()).filter(u => u.toString() !== active.toString());
		if (!others.length) {
			void vscode.window.showInformationMessage(vscode.l10n.t('No other notice in the workspace to compare with.'));
			return;
		}
		const picked = await vscode.window.showQuickPick(others.map(uri => ({ label: baseName(uri.toString()), description: vscode.workspace.asRelativePath(uri), uri })), {
			title: vscode.l10n.t('Compare {0} with…', baseName(active.toString())), placeHolder: vscode.l10n.t('The notice to compare with'), matchOnDescription: true,
		});
		if (picked) { await this.show(active, picked.uri); }
	}

	/** Opens the panel (or brings it forward) comparing `a` (left) with `b` (right). */
	async show(a: vscode.Uri, b: vscode.Uri): Promise<void> {
		if (a.toString() === b.toString()) {
			void vscode.window.showInformationMessage(vscode.l10n.t('Choose two different notices to compare.'));
			return;
		}
		this.pair = { a, b };
		if (this.panel) {
			this.panel.reveal();
		} else {
			this.attach(vscode.window.createWebviewPanel(COMPARE_NOTICES_VIEW_TYPE, vscode.l10n.t('Compare Two Notices'), vscode.ViewColumn.Active, panelOptions(this.context.extensionUri)));
		}
		await this.load();
	}

	private attach(panel: vscode.WebviewPanel): void {
		this.panel = panel;
		this.ready = false;
		this.panelSubscriptions = servePanel(panel, this.context.extensionUri, vscode.l10n.t('Compare Two Notices'), compareNoticesPage, {
			receive: raw => this.receive(raw),
			hidden: () => { this.ready = false; },
			disposed: () => {
				if (this.panel === panel) { this.panel = undefined; this.ready = false; this.cts?.cancel(); }
				this.panelSubscriptions = [];
			},
		});
	}

	/** Aligns the pair shown; a load still running is cancelled. */
	private async load(): Promise<void> {
		const pair = this.pair;
		if (!pair || !this.panel) { return; }
		this.cts?.cancel();
		const cts = this.cts = new vscode.CancellationTokenSource();
		if (!this.source.isTrusted) { this.publish(emptyModel('untrusted', ++this.version)); return; }
		this.publish({ ...emptyModel('loading', ++this.version), a: this.model.a, b: this.model.b });
		try {
			const [da, db] = await Promise.all([vscode.workspace.openTextDocument(pair.a), vscode.workspace.openTextDocument(pair.b)]);
			const out = await this.source.align(da, db, cts.token);
			if (cts.token.isCancellationRequested || this.pair !== pair) { return; }
			if (!out) {
				// No index: Restricted Mode (trust brings it), or it could not start (logged by the index).
				this.publish(this.source.isTrusted ? { ...emptyModel('error', ++this.version), message: vscode.l10n.t('The workspace index is not available.') } : emptyModel('untrusted', ++this.version));
				return;
			}
			const al = out.alignment;
			this.publish({
				state: 'ready', a: out.a, b: out.b, version: ++this.version, rows: compareRows(al),
				pairs: al.pairs.length, onlyA: al.onlyA.length, onlyB: al.onlyB.length, minScore: al.minScore, message: null,
			});
			log().info(`compare notices: ${al.pairs.length} pairs, ${al.onlyA.length} + ${al.onlyB.length} without a counterpart (${out.a.fileName} ⇄ ${out.b.fileName})`);
		} catch (e) {
			if (cts.token.isCancellationRequested) { return; }
			log().error(`compare notices: could not align: ${(e as Error)?.stack ?? e}`);
			this.publish({ ...emptyModel('error', ++this.version), message: String((e as Error)?.message ?? e) });
		} finally {
			cts.dispose();
			if (this.cts === cts) { this.cts = undefined; }
		}
	}

	/** Every message from the webview (or the test command) comes in here. Returns whether it was accepted. */
	receive(raw: unknown): boolean {
		return receiveMessage('compare notices', raw, r => parseCompareMessage(r, { rowsVersion: this.model.version, rows: this.model.rows }), {
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
				const side = this.model.rows[message.index][message.side]!;
				this.lastOpened = { uri: side.file, offset: side.offset, end: side.end, preserveFocus: message.preserveFocus };
				showRangeBeside(vscode.Uri.parse(side.file), side.offset, side.end, this.panel?.viewColumn, message.preserveFocus)
					.then(undefined, e => log().error(`compare notices: could not open ${side.file}: ${(e as Error)?.stack ?? e}`));
				break;
			}
			case 'swap':
				if (this.pair) {
					this.pair = { a: this.pair.b, b: this.pair.a };
					void this.load();
				}
				break;
			case 'rendered':
				this.lastRendered = { version: message.version, shown: message.shown, total: message.total };
				break;
			case 'error':
				log().error(`compare notices (webview): ${message.message}`);
				break;
		}
	}

	private publish(model: CompareModel): void {
		this.model = model;
		this.post({ type: 'model', model });
	}

	private post(message: CompareHostMessage): void {
		if (!this.panel || !this.ready) { return; }
		this.panel.webview.postMessage(message).then(undefined, e => log().warn(`compare notices: postMessage failed: ${e}`));
	}

	testState(): CompareNoticesTestState {
		return { open: !!this.panel, ready: this.ready, model: this.model, lastRendered: this.lastRendered, rejected: this.rejected, lastOpened: this.lastOpened };
	}

	dispose(): void {
		this.cts?.cancel();
		this.panel?.dispose();
		this.panelSubscriptions.forEach(d => d.dispose());
	}
}

function activeNotice(): vscode.Uri | undefined {
	const d = vscode.window.activeTextEditor?.document;
	return d && d.languageId === LANGUAGE_ID ? d.uri : undefined;
}

function emptyModel(state: CompareModel['state'], version: number): CompareModel {
	return { state, a: null, b: null, version, rows: [], pairs: 0, onlyA: 0, onlyB: 0, minScore: 0, message: null };
}

/** Every string the webview shows, localized here like the rest of the extension. */
function webviewStrings(): Record<string, string> {
	return {
		tableLabel: vscode.l10n.t('Compare Two Notices'),
		filterPlaceholder: vscode.l10n.t('Filter: task, section, target'),
		filterLabel: vscode.l10n.t('Filter the rows'),
		clearFilter: vscode.l10n.t('Clear filter (Escape)'),
		onlyDiffering: vscode.l10n.t('Only rows that differ'),
		swap: vscode.l10n.t('Swap the two notices'),
		counts: vscode.l10n.t('{0} aligned, {1} only in A, {2} only in B'),
		shown: vscode.l10n.t('{0} of {1} rows'),
		noCounterpart: vscode.l10n.t('No counterpart in this notice'),
		onlyHere: vscode.l10n.t('Only in this notice'),
		score: vscode.l10n.t('Alignment score {0} (least {1})'),
		targets: vscode.l10n.t('Targets'),
		difference: vscode.l10n.t('B − A: {0}'),
		same: vscode.l10n.t('same'),
		deadline: vscode.l10n.t('by {0}'),
		loading: vscode.l10n.t('Aligning the tasks of the two notices…'),
		untrusted: vscode.l10n.t('Trust this workspace to compare notices: the comparison uses the workspace index.'),
		empty: vscode.l10n.t('Neither notice has tasks.'),
		noMatch: vscode.l10n.t('No row matches “{0}”.'),
		error: vscode.l10n.t('Could not compare the notices: {0}'),
		openHint: vscode.l10n.t('{0}, line {1}. Enter opens the task, Space opens it beside and keeps the panel focused; ←/→ switch sides.'),
	};
}
