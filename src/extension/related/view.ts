// The Related Tasks view (政策文件 › 相关任务): a webview beside the editor that follows the task
// under the cursor and lists the matching tasks of the other notices in the workspace. This
// module is the provider: the webview's lifecycle, the messages in and out, pin, group and
// refresh, asking the source (batched, cancelled when overtaken, "Indexing…" while a query
// waits) and opening a result. Which task to ask about is the cursor follower's decision
// (follow.ts), fed VS Code's editor events here; a result becomes what the webview draws in
// viewModel.ts. The webview (media/related.js, media/related-model.js, media/related.css) only
// draws what this module posts; everything it sends back goes through parseWebviewMessage first.
import * as vscode from 'vscode';
import { LANGUAGE_ID, affectsConfig, readConfig } from '../config';
import { log } from '../log';
import { servePage } from '../webview/host';
import { CursorFollower, type FollowedEditor } from './follow';
import { relatedPage } from './html';
import { describeRejected, parseWebviewMessage, type GroupMode, type HostMessage, type ViewModel, type WebviewMessage } from './messages';
import type { RelatedItem, RelatedResult, RelatedSource } from './types';
import { toViewModel, webviewStrings } from './viewModel';

export const RELATED_VIEW_ID = 'policyNotice.related';

export const RELATED_COMMANDS = {
	pin: 'policyNotice.related.pin',
	unpin: 'policyNotice.related.unpin',
	groupByDocument: 'policyNotice.related.groupByDocument',
	showFlat: 'policyNotice.related.showFlat',
	refresh: 'policyNotice.related.refresh',
	/** Registered outside production only: the view's state, for the integration tests. */
	testState: 'policyNotice.related._state',
	/** Registered outside production only: a raw message as if the webview had sent it. */
	testMessage: 'policyNotice.related._message',
} as const;

const CONTEXT_PINNED = 'policyNotice.related.pinned';
const CONTEXT_GROUPED = 'policyNotice.related.grouped';
const GROUP_STATE_KEY = 'policyNotice.related.group';
/** VS Code's Manage Workspace Trust editor (the view's button in Restricted Mode). */
const MANAGE_TRUST_COMMAND = 'workbench.trust.manage';
/** Index changes (many while indexing) are batched this long. */
const CHANGE_DELAY_MS = 400;

/** What the integration tests read through `policyNotice.related._state`. */
export interface RelatedViewTestState {
	resolved: boolean;
	visible: boolean;
	ready: boolean;
	pinned: boolean;
	group: GroupMode;
	filter: string;
	posted: number;
	lastModel: ViewModel | null;
	lastRendered: { seq: number; shown: number; total: number } | null;
	rejected: number;
	lastOpened: { uri: string; offset: number; end: number; preserveFocus: boolean } | null;
	/**
	 * Offset of the active editor's cursor when the view last looked at it: a selection change,
	 * the active editor changing, or following the active editor. Null until it has seen one. A
	 * test moves the cursor, then waits for this to equal the new offset: the view has handled
	 * the move (pinned, hidden or inside the shown task included).
	 */
	cursor: number | null;
	/**
	 * Timers the view has scheduled and not yet run: the cursor-follow debounce and the batched
	 * refresh (0, 1 or 2). When 0, nothing the view has decided on waits for a timer: every query
	 * it decided on has started (or found the view hidden and marked it stale).
	 */
	pendingTimers: number;
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
	/** Decides which task to ask about (and holds it while pinned). */
	private readonly follower: CursorFollower;
	/** The webview's script has said `ready` since it was last (re)loaded. */
	private ready = false;
	private group: GroupMode;
	private filter = '';
	private model: ViewModel;
	/** The last answer of the source (its query is the task the results are for). */
	private lastResult: RelatedResult | undefined;
	private items = new Map<string, RelatedItem>();
	private seq = 0;
	private querySeq = 0;
	private cts: vscode.CancellationTokenSource | undefined;
	private refreshTimer: NodeJS.Timeout | undefined;
	/** Something changed while the view was hidden: ask again when it shows. */
	private stale = false;
	private readonly rangeHighlight: vscode.TextEditorDecorationType;
	private highlighted: vscode.TextEditor | undefined;
	private posted = 0;
	private rejected = 0;
	private lastRendered: RelatedViewTestState['lastRendered'] = null;
	private lastOpened: RelatedViewTestState['lastOpened'] = null;

	constructor(private readonly context: vscode.ExtensionContext, private readonly source: RelatedSource) {
		this.follower = new CursorFollower({
			activeEditor: () => followed(vscode.window.activeTextEditor),
			// Stale results are no reason to stay: a move inside their task asks again.
			shownTask: () => (this.stale ? undefined : this.lastResult?.query ?? undefined),
			ask: delay => this.scheduleRefresh(delay),
			show: state => this.showState(state),
		});
		// Ranked by default: the best matches of every province first.
		this.group = context.globalState.get<GroupMode>(GROUP_STATE_KEY) === 'document' ? 'document' : 'flat';
		this.model = this.emptyModel('idle');
		this.rangeHighlight = vscode.window.createTextEditorDecorationType({
			backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
			border: '1px solid',
			borderColor: new vscode.ThemeColor('editor.rangeHighlightBorder'),
		});
		void vscode.commands.executeCommand('setContext', CONTEXT_PINNED, false);
		void vscode.commands.executeCommand('setContext', CONTEXT_GROUPED, this.group === 'document');
		this.subscriptions.push(
			this.rangeHighlight,
			vscode.window.onDidChangeActiveTextEditor(e => this.onActiveEditor(e)),
			vscode.window.onDidChangeTextEditorSelection(e => this.onSelection(e)),
			vscode.workspace.onDidChangeTextDocument(e => this.follower.documentEdited(e.document, e.contentChanges, vscode.window.activeTextEditor?.document === e.document)),
			// A document's language changed (VS Code reopens it): the active one may have become a notice.
			vscode.workspace.onDidOpenTextDocument(d => this.follower.documentOpened(d.uri, vscode.window.activeTextEditor?.document.uri.toString() === d.uri.toString())),
			vscode.workspace.onDidChangeConfiguration(e => {
				if (affectsConfig(e, 'related.limit')) { this.scheduleRefresh(0); }
			}),
			source.onDidChange(() => this.scheduleRefresh(CHANGE_DELAY_MS)),
		);
	}

	// ── the webview ──────────────────────────────────────────────────────────

	resolveWebviewView(view: vscode.WebviewView): void {
		this.viewSubscriptions.forEach(d => d.dispose());
		this.view = view;
		this.ready = false;
		servePage(view.webview, this.context.extensionUri, vscode.l10n.t('Related Tasks'), relatedPage);
		this.viewSubscriptions = [
			view.webview.onDidReceiveMessage(raw => this.receive(raw)),
			view.onDidChangeVisibility(() => {
				if (!view.visible) {
					// Without retainContextWhenHidden the page is unloaded; it says `ready` again when shown.
					this.ready = false;
					if (this.cts) { this.cts.cancel(); this.cts = undefined; this.stale = true; }
				} else if (this.stale || this.model.state === 'idle') {
					this.refresh();
				}
			}),
			view.onDidDispose(() => {
				if (this.view === view) { this.view = undefined; this.ready = false; }
				this.viewSubscriptions.forEach(d => d.dispose());
				this.viewSubscriptions = [];
			}),
		];
		this.follower.follow();
	}

	/** Every message from the webview (or the test command) comes in here. Returns whether it was accepted. */
	receive(raw: unknown): boolean {
		const message = parseWebviewMessage(raw, new Set(this.items.keys()));
		if (!message) {
			this.rejected++;
			log().warn(`related view: ignored an invalid message from the webview: ${describeRejected(raw)}`);
			return false;
		}
		this.handle(message);
		return true;
	}

	private handle(message: WebviewMessage): void {
		switch (message.type) {
			case 'ready':
				this.ready = true;
				this.post({ type: 'init', strings: webviewStrings(), group: this.group });
				this.post({ type: 'model', model: this.model });
				if (this.cts) { this.post({ type: 'loading', loading: true }); }
				if (!this.cts && (this.stale || this.model.state === 'idle')) { this.refresh(); }
				break;
			case 'open': {
				const item = this.items.get(message.id);
				if (item) { this.open(item, message.preserveFocus).catch(e => log().error(`related view: could not open ${item.uri}: ${(e as Error)?.stack ?? e}`)); }
				break;
			}
			case 'compare': {
				// The result's notice beside the query's: Compare Two Notices (src/extension/compareNotices/).
				const item = this.items.get(message.id), query = this.lastResult?.query;
				if (item && query) {
					vscode.commands.executeCommand('policyNotice.compareNotices', query.uri, item.uri)
						.then(undefined, e => log().error(`related view: compare failed: ${(e as Error)?.stack ?? e}`));
				}
				break;
			}
			case 'pin':
				this.setPinned(message.pinned);
				break;
			case 'group':
				this.setGroup(message.mode);
				break;
			case 'filter':
				this.filter = message.text;
				break;
			case 'rendered':
				this.lastRendered = { seq: message.seq, shown: message.shown, total: message.total };
				break;
			case 'error':
				log().error(`related view (webview): ${message.message}`);
				break;
			case 'manageTrust':
				vscode.commands.executeCommand(MANAGE_TRUST_COMMAND).then(undefined, e => log().error(`related view: ${MANAGE_TRUST_COMMAND} failed: ${e}`));
				break;
		}
	}

	private post(message: HostMessage): void {
		if (!this.view || !this.ready) { return; }
		this.posted++;
		this.view.webview.postMessage(message).then(undefined, e => log().warn(`related view: postMessage failed: ${e}`));
	}

	private publish(model: Omit<ViewModel, 'seq' | 'pinned' | 'group'>): void {
		this.model = { ...model, seq: ++this.seq, pinned: this.follower.pinned, group: this.group };
		this.post({ type: 'model', model: this.model });
	}

	private emptyModel(state: ViewModel['state'], message: string | null = null): ViewModel {
		return { seq: this.seq, state, query: null, results: [], progress: null, message, pinned: this.follower.pinned, group: this.group };
	}

	/** The follower's states: nothing to ask. A non-notice editor also ends the query under way and forgets the last answer. */
	private showState(state: 'idle' | 'notNotice'): void {
		if (state === 'notNotice') {
			this.cts?.cancel();
			this.cts = undefined;
			this.lastResult = undefined;
		}
		this.items.clear();
		this.publish({ state, query: null, results: [], progress: null, message: null });
	}

	// ── commands ─────────────────────────────────────────────────────────────

	setPinned(pinned: boolean): void {
		if (this.follower.pinned === pinned) { return; }
		if (pinned) {
			// Hold the task the results are for (not a cursor that has moved on since).
			this.follower.pin(this.model.query ? this.lastResult?.query ?? undefined : undefined);
		} else {
			this.follower.unpin();
		}
		void vscode.commands.executeCommand('setContext', CONTEXT_PINNED, pinned);
		this.publish(this.model);
		if (!pinned) { this.follower.follow(); }
	}

	setGroup(group: GroupMode): void {
		if (this.group === group) { return; }
		this.group = group;
		void this.context.globalState.update(GROUP_STATE_KEY, group);
		void vscode.commands.executeCommand('setContext', CONTEXT_GROUPED, group === 'document');
		this.publish(this.model);
	}

	/** Asks again: for the pinned task, else for the cursor of the active notice. */
	refresh(): void {
		if (this.follower.pinned || !vscode.window.activeTextEditor) {
			this.scheduleRefresh(0);
		} else {
			this.follower.follow();
		}
	}

	testState(): RelatedViewTestState {
		return {
			resolved: !!this.view, visible: !!this.view?.visible, ready: this.ready,
			pinned: this.follower.pinned, group: this.group, filter: this.filter,
			posted: this.posted, lastModel: this.model, lastRendered: this.lastRendered,
			rejected: this.rejected, lastOpened: this.lastOpened,
			cursor: this.follower.cursor, pendingTimers: (this.follower.pending ? 1 : 0) + (this.refreshTimer ? 1 : 0),
		};
	}

	// ── editor events (the follower decides; the range highlight is this module's) ──

	private onActiveEditor(editor: vscode.TextEditor | undefined): void {
		this.clearRangeHighlight(editor);
		this.follower.activeEditorChanged(followed(editor));
	}

	private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
		if (e.textEditor !== vscode.window.activeTextEditor) { return; }
		const editor = followed(e.textEditor);
		if (!editor) { return; }
		const byPerson = e.kind === vscode.TextEditorSelectionChangeKind.Keyboard || e.kind === vscode.TextEditorSelectionChangeKind.Mouse;
		if (byPerson) { this.clearRangeHighlight(); }
		this.follower.selectionChanged(editor, byPerson);
	}

	// ── asking the source ────────────────────────────────────────────────────

	private scheduleRefresh(delay: number): void {
		if (!this.view?.visible) { this.stale = true; return; }
		if (delay === 0) {
			clearTimeout(this.refreshTimer);
			this.refreshTimer = undefined;
			void this.query();
			return;
		}
		// Batches bursts (index progress, typing) without postponing forever.
		this.refreshTimer ??= setTimeout(() => { this.refreshTimer = undefined; void this.query(); }, delay);
	}

	private async query(): Promise<void> {
		const target = this.follower.target;
		if (!this.view?.visible) { this.stale = true; return; }
		if (!target) { if (!this.follower.pinned) { this.follower.follow(); } return; }
		this.stale = false;
		this.cts?.cancel();
		const cts = this.cts = new vscode.CancellationTokenSource();
		const seq = ++this.querySeq;
		this.post({ type: 'loading', loading: true });
		let result: RelatedResult;
		try {
			const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === target.uri.toString())
				?? await vscode.workspace.openTextDocument(target.uri);
			const limit = readConfig(document.uri).relatedLimit;
			const offset = Math.min(target.offset, document.getText().length);
			if (document.languageId === LANGUAGE_ID) {
				// Asked first: a source that has not started yet starts building on this question.
				const answer = this.source.related(document, offset, limit, cts.token);
				this.showIndexing();
				result = await answer;
			} else {
				result = { state: 'notNotice', query: null, results: [] };
			}
		} catch (e) {
			log().error(`related view: query failed: ${(e as Error)?.stack ?? e}`);
			result = { state: 'error', query: null, results: [], message: String((e as Error)?.message ?? e) };
		}
		if (cts.token.isCancellationRequested || seq !== this.querySeq) { return; }
		cts.dispose();
		this.cts = undefined;
		this.lastResult = result;
		this.items = new Map(result.results.map(r => [r.id, r]));
		this.publish(toViewModel(result));
		this.post({ type: 'loading', loading: false });
	}

	/**
	 * While the index is being built a query waits for it: the view says "Indexing… n / N" instead
	 * of keeping what it said before (open a notice, not a notice). Results on screen stay.
	 */
	private showIndexing(): void {
		if (!this.source.isIndexing || this.model.results.length) { return; }
		this.items.clear();
		this.publish({ state: 'indexing', query: null, results: [], progress: this.source.progress ?? null, message: null });
	}

	// ── opening a result ─────────────────────────────────────────────────────

	private async open(item: RelatedItem, preserveFocus: boolean): Promise<void> {
		const uri = vscode.Uri.parse(item.uri);
		const document = await vscode.workspace.openTextDocument(uri);
		const range = new vscode.Range(document.positionAt(item.offset), document.positionAt(item.end));
		this.follower.resultOpened(uri);
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
		const queryKey = this.follower.target?.uri.toString();
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
		this.follower.dispose();
		clearTimeout(this.refreshTimer);
		this.cts?.cancel();
		this.viewSubscriptions.forEach(d => d.dispose());
		this.subscriptions.forEach(d => d.dispose());
	}
}
