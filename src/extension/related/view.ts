// The Related Tasks view (政策文件 › 相关任务): a webview beside the editor that follows the task
// under the cursor and lists the matching tasks of the other notices in the workspace. This
// module is the VS Code side only: it serves the webview, registers the commands, feeds VS
// Code's editor events to the controller (controller.ts, which decides when to ask and what the
// webview is told, and whose cursor follower is follow.ts), and carries out what the controller
// asks: ask the source, open a result beside the query with its range highlighted, post a
// message. The webview (media/related.js, media/related-model.js, media/related.css) only draws
// what it is posted; everything it sends back goes through parseWebviewMessage first.
import * as vscode from 'vscode';
import { LANGUAGE_ID, affectsConfig, readConfig } from '../config';
import { withCancellationToken } from '../cancellation';
import { log } from '../log';
import { openManageTrust, servePage } from '../webview/host';
import { RelatedViewController, type RelatedControllerState } from './controller';
import type { FollowedEditor, QueryTarget } from './follow';
import { relatedPage } from './html';
import { COMPARE_NOTICES_COMMANDS } from '../compareNotices/messages';
import { RELATED_COMMANDS, RELATED_VIEW_ID, type GroupMode } from './messages';
import { webviewStrings } from './strings';
import type { RelatedItem, RelatedResult, RelatedSource } from './types';

const CONTEXT_PINNED = 'policyNotice.related.pinned';
const CONTEXT_GROUPED = 'policyNotice.related.grouped';
const GROUP_STATE_KEY = 'policyNotice.related.group';

/** What the integration tests read through `policyNotice.related._state`. */
export interface RelatedViewTestState extends RelatedControllerState {
	resolved: boolean;
	visible: boolean;
	lastOpened: { uri: string; offset: number; end: number; preserveFocus: boolean } | null;
}

export function registerRelatedView(context: vscode.ExtensionContext, source: RelatedSource): vscode.Disposable {
	const provider = new RelatedViewProvider(context, source);
	const subscriptions: vscode.Disposable[] = [
		provider,
		vscode.window.registerWebviewViewProvider(RELATED_VIEW_ID, provider),
		vscode.commands.registerCommand(RELATED_COMMANDS.pin, () => provider.setPinned(true)),
		vscode.commands.registerCommand(RELATED_COMMANDS.unpin, () => provider.setPinned(false)),
		vscode.commands.registerCommand(RELATED_COMMANDS.groupByDocument, () => provider.setGroup('document')),
		vscode.commands.registerCommand(RELATED_COMMANDS.showFlat, () => provider.setGroup('flat')),
		vscode.commands.registerCommand(RELATED_COMMANDS.refresh, () => provider.refresh()),
	];
	if (context.extensionMode !== vscode.ExtensionMode.Production) {
		subscriptions.push(
			vscode.commands.registerCommand(RELATED_COMMANDS.testState, () => provider.testState()),
			vscode.commands.registerCommand(RELATED_COMMANDS.testMessage, (raw: unknown) => provider.receive(raw)),
		);
	}
	return vscode.Disposable.from(...subscriptions);
}

/** The editor as the follower reads it; undefined for none, and for the Output panel (not a text the view follows). */
function followed(editor: vscode.TextEditor | undefined): FollowedEditor | undefined {
	if (!editor || editor.document.uri.scheme === 'output') { return undefined; }
	const document = editor.document;
	return { uri: document.uri, offset: document.offsetAt(editor.selection.active), version: document.version, isNotice: document.languageId === LANGUAGE_ID };
}

export class RelatedViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
	private view: vscode.WebviewView | undefined;
	private viewSubscriptions: vscode.Disposable[] = [];
	private readonly subscriptions: vscode.Disposable[] = [];
	private readonly controller: RelatedViewController;
	private readonly rangeHighlight: vscode.TextEditorDecorationType;
	private highlighted: vscode.TextEditor | undefined;
	private lastOpened: RelatedViewTestState['lastOpened'] = null;

	constructor(private readonly context: vscode.ExtensionContext, private readonly source: RelatedSource) {
		// Ranked by default: the best matches of every province first.
		const group: GroupMode = context.globalState.get<GroupMode>(GROUP_STATE_KEY) === 'document' ? 'document' : 'flat';
		this.controller = new RelatedViewController({
			activeEditor: () => followed(vscode.window.activeTextEditor),
			hasTextEditor: () => !!vscode.window.activeTextEditor,
			isVisible: () => !!this.view?.visible,
			webviewStrings,
			post: message => { this.view?.webview.postMessage(message).then(undefined, e => log().warn(`related view: postMessage failed: ${e}`)); },
			ask: (target, signal, asked) => this.ask(target, signal, asked),
			indexing: () => (source.isIndexing ? { progress: source.progress ?? null } : undefined),
			open: (item, preserveFocus, opening) => this.open(item, preserveFocus, opening),
			// The result's notice beside the query's: Compare Two Notices (src/extension/compareNotices/).
			compare: (queryUri, resultUri) => Promise.resolve(vscode.commands.executeCommand(COMPARE_NOTICES_COMMANDS.compare, queryUri, resultUri)),
			manageTrust: () => openManageTrust('related view'),
			pinnedChanged: pinned => { void vscode.commands.executeCommand('setContext', CONTEXT_PINNED, pinned); },
			groupChanged: mode => {
				void context.globalState.update(GROUP_STATE_KEY, mode);
				void vscode.commands.executeCommand('setContext', CONTEXT_GROUPED, mode === 'document');
			},
			log: log(),
		}, group);
		this.rangeHighlight = vscode.window.createTextEditorDecorationType({
			backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
			border: '1px solid',
			borderColor: new vscode.ThemeColor('editor.rangeHighlightBorder'),
		});
		void vscode.commands.executeCommand('setContext', CONTEXT_PINNED, false);
		void vscode.commands.executeCommand('setContext', CONTEXT_GROUPED, group === 'document');
		this.subscriptions.push(
			this.rangeHighlight,
			vscode.window.onDidChangeActiveTextEditor(e => this.onActiveEditor(e)),
			vscode.window.onDidChangeTextEditorSelection(e => this.onSelection(e)),
			vscode.workspace.onDidChangeTextDocument(e => this.controller.documentEdited(e.document, e.contentChanges, vscode.window.activeTextEditor?.document === e.document)),
			// A document's language changed (VS Code reopens it): the active one may have become a notice.
			vscode.workspace.onDidOpenTextDocument(d => this.controller.documentOpened(d.uri, vscode.window.activeTextEditor?.document.uri.toString() === d.uri.toString())),
			vscode.workspace.onDidChangeConfiguration(e => {
				if (affectsConfig(e, 'related.limit')) { this.controller.limitChanged(); }
			}),
			source.onDidChange(() => this.controller.sourceChanged()),
		);
	}

	resolveWebviewView(view: vscode.WebviewView): void {
		this.viewSubscriptions.forEach(d => d.dispose());
		this.view = view;
		servePage(view.webview, this.context.extensionUri, vscode.l10n.t('Related Tasks'), relatedPage);
		this.viewSubscriptions = [
			view.webview.onDidReceiveMessage(raw => this.controller.receive(raw)),
			view.onDidChangeVisibility(() => this.controller.visibilityChanged(view.visible)),
			view.onDidDispose(() => {
				if (this.view === view) { this.view = undefined; this.controller.webviewDisposed(); }
				this.viewSubscriptions.forEach(d => d.dispose());
				this.viewSubscriptions = [];
			}),
		];
		this.controller.webviewLoaded();
	}

	receive(raw: unknown): boolean { return this.controller.receive(raw); }

	setPinned(pinned: boolean): void { this.controller.setPinned(pinned); }

	setGroup(group: GroupMode): void { this.controller.setGroup(group); }

	refresh(): void { this.controller.refresh(); }

	testState(): RelatedViewTestState {
		return { ...this.controller.state(), resolved: !!this.view, visible: !!this.view?.visible, lastOpened: this.lastOpened };
	}

	// ── editor events (the controller decides; the range highlight is this module's) ──

	private onActiveEditor(editor: vscode.TextEditor | undefined): void {
		this.clearRangeHighlight(editor);
		this.controller.activeEditorChanged(followed(editor));
	}

	private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
		if (e.textEditor !== vscode.window.activeTextEditor) { return; }
		const editor = followed(e.textEditor);
		if (!editor) { return; }
		const byPerson = e.kind === vscode.TextEditorSelectionChangeKind.Keyboard || e.kind === vscode.TextEditorSelectionChangeKind.Mouse;
		if (byPerson) { this.clearRangeHighlight(); }
		this.controller.selectionChanged(editor, byPerson);
	}

	// ── asking the source ────────────────────────────────────────────────────

	private async ask(target: QueryTarget, signal: AbortSignal, asked: () => void): Promise<RelatedResult> {
		const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === target.uri.toString())
			?? await vscode.workspace.openTextDocument(target.uri);
		if (document.languageId !== LANGUAGE_ID) { return { state: 'notNotice', query: null, results: [] }; }
		const limit = readConfig(document.uri).relatedLimit;
		const offset = Math.min(target.offset, document.getText().length);
		return withCancellationToken(signal, token => {
			// Asked first: a source that has not started yet starts building on this question.
			const answer = this.source.related(document, offset, limit, token);
			asked();
			return answer;
		});
	}

	// ── opening a result ─────────────────────────────────────────────────────

	private async open(item: RelatedItem, preserveFocus: boolean, opening: () => void): Promise<void> {
		const uri = vscode.Uri.parse(item.uri);
		const document = await vscode.workspace.openTextDocument(uri);
		opening();
		const range = new vscode.Range(document.positionAt(item.offset), document.positionAt(item.end));
		this.lastOpened = { uri: item.uri, offset: item.offset, end: item.end, preserveFocus };
		const editor = await vscode.window.showTextDocument(document, {
			viewColumn: this.columnFor(uri),
			// The cursor goes to the task's start; the task itself is highlighted, not selected,
			// so a key pressed in the editor does not replace it.
			selection: new vscode.Range(range.start, range.start),
			preserveFocus,
			preview: true,
		});
		editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
		this.clearRangeHighlight();
		editor.setDecorations(this.rangeHighlight, [range]);
		this.highlighted = editor;
	}

	/**
	 * The column a result opens in: where its document is already visible; else beside the
	 * query's editor, so the task the results are for stays in view (column 2 when the query is
	 * in column 1, column 1 when it is anywhere else); else the active column.
	 */
	private columnFor(uri: vscode.Uri): vscode.ViewColumn {
		const key = uri.toString();
		const shown = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === key && e.viewColumn);
		if (shown?.viewColumn) { return shown.viewColumn; }
		const queryKey = this.controller.target?.uri.toString();
		const source = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === queryKey && e.viewColumn);
		if (!source?.viewColumn) { return vscode.ViewColumn.Active; }
		return source.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
	}

	private clearRangeHighlight(unless?: vscode.TextEditor): void {
		if (this.highlighted && this.highlighted !== unless) {
			this.highlighted.setDecorations(this.rangeHighlight, []);
			this.highlighted = undefined;
		}
	}

	dispose(): void {
		this.controller.dispose();
		this.viewSubscriptions.forEach(d => d.dispose());
		this.subscriptions.forEach(d => d.dispose());
	}
}
