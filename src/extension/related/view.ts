// The Related Tasks view (政策文件 › 相关任务): a webview beside the editor that follows the task
// under the cursor and lists the matching tasks of the other notices in the workspace. The
// webview (media/related.js, media/related-model.js, media/related.css) only draws what this
// module posts; everything it sends back goes through parseWebviewMessage first.
import * as vscode from 'vscode';
import { LANGUAGE_ID, affectsConfig, readConfig } from '../config';
import { log } from '../log';
import { servePage } from '../webview/host';
import { relatedPage } from './html';
import { describeRejected, parseWebviewMessage, type GroupMode, type HostMessage, type ViewItem, type ViewModel, type WebviewMessage } from './messages';
import type { RelatedItem, RelatedResult, RelatedSource } from './types';

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
/** Cursor moves settle this long before the view asks again. */
export const FOLLOW_DELAY_MS = 250;
/** Index changes (many while indexing) are batched this long. */
const CHANGE_DELAY_MS = 400;
/** Typing in the query document is batched this long (each query re-segments the document). */
const EDIT_DELAY_MS = 600;

/** Where the shown results were asked for. */
interface QueryTarget {
	uri: vscode.Uri;
	offset: number;
	/** Document version the offset belongs to. */
	version: number;
}

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

export class RelatedViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
	private view: vscode.WebviewView | undefined;
	private viewSubscriptions: vscode.Disposable[] = [];
	private readonly subscriptions: vscode.Disposable[] = [];
	/** The webview's script has said `ready` since it was last (re)loaded. */
	private ready = false;
	private pinned = false;
	private group: GroupMode;
	private filter = '';
	private target: QueryTarget | undefined;
	private model: ViewModel;
	private items = new Map<string, RelatedItem>();
	private seq = 0;
	private querySeq = 0;
	private cts: vscode.CancellationTokenSource | undefined;
	private followTimer: NodeJS.Timeout | undefined;
	private refreshTimer: NodeJS.Timeout | undefined;
	/** Something changed while the view was hidden: ask again when it shows. */
	private stale = false;
	/**
	 * The document a result was just opened in: its editor becoming active and the selection the
	 * view set are not the person moving the cursor, so the view keeps its results until they
	 * click or type in it.
	 */
	private openedUri: string | undefined;
	private readonly rangeHighlight: vscode.TextEditorDecorationType;
	private highlighted: vscode.TextEditor | undefined;
	private posted = 0;
	private rejected = 0;
	private lastRendered: RelatedViewTestState['lastRendered'] = null;
	private lastOpened: RelatedViewTestState['lastOpened'] = null;
	private cursor: number | null = null;

	constructor(private readonly context: vscode.ExtensionContext, private readonly source: RelatedSource) {
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
			vscode.workspace.onDidChangeTextDocument(e => this.onEdit(e)),
			vscode.workspace.onDidOpenTextDocument(d => this.onLanguage(d)),
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
		this.followActiveEditor();
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
		this.model = { ...model, seq: ++this.seq, pinned: this.pinned, group: this.group };
		this.post({ type: 'model', model: this.model });
	}

	private emptyModel(state: ViewModel['state'], message: string | null = null): ViewModel {
		return { seq: this.seq, state, query: null, results: [], progress: null, message, pinned: this.pinned, group: this.group };
	}

	// ── commands ─────────────────────────────────────────────────────────────

	setPinned(pinned: boolean): void {
		if (this.pinned === pinned) { return; }
		this.pinned = pinned;
		void vscode.commands.executeCommand('setContext', CONTEXT_PINNED, pinned);
		if (pinned) {
			// Hold the task the results are for (not a cursor that has moved on since).
			const q = this.model.query && this.lastResult?.query;
			if (q && this.target && q.uri === this.target.uri.toString()) { this.target = { ...this.target, offset: q.offset }; }
			this.publish(this.model);
		} else {
			this.publish(this.model);
			this.followActiveEditor();
		}
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
		if (this.pinned || !vscode.window.activeTextEditor) {
			this.scheduleRefresh(0);
		} else {
			this.followActiveEditor();
		}
	}

	testState(): RelatedViewTestState {
		return {
			resolved: !!this.view, visible: !!this.view?.visible, ready: this.ready,
			pinned: this.pinned, group: this.group, filter: this.filter,
			posted: this.posted, lastModel: this.model, lastRendered: this.lastRendered,
			rejected: this.rejected, lastOpened: this.lastOpened,
			cursor: this.cursor, pendingTimers: (this.followTimer ? 1 : 0) + (this.refreshTimer ? 1 : 0),
		};
	}

	// ── following the cursor ─────────────────────────────────────────────────

	private isQueryable(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
		return !!editor && editor.document.uri.scheme !== 'output';
	}

	private onActiveEditor(editor: vscode.TextEditor | undefined): void {
		this.clearRangeHighlight(editor);
		// No text editor (a webview, the settings UI, the panel has focus): keep what is shown.
		if (!this.isQueryable(editor)) { return; }
		this.cursor = editor.document.offsetAt(editor.selection.active);
		if (this.pinned) { return; }
		if (this.openedUri === editor.document.uri.toString()) { return; }
		this.openedUri = undefined;
		this.scheduleFollow(0);
	}

	private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
		const editor = e.textEditor;
		if (editor !== vscode.window.activeTextEditor || !this.isQueryable(editor)) { return; }
		const offset = this.cursor = editor.document.offsetAt(editor.selection.active);
		const byPerson = e.kind === vscode.TextEditorSelectionChangeKind.Keyboard || e.kind === vscode.TextEditorSelectionChangeKind.Mouse;
		if (byPerson) { this.clearRangeHighlight(); }
		if (this.pinned) { return; }
		if (this.openedUri === editor.document.uri.toString()) {
			if (!byPerson) { return; }
			this.openedUri = undefined;
		}
		// Moving inside the task already shown changes nothing.
		const q = this.lastResult?.query;
		if (q && this.target && this.target.uri.toString() === editor.document.uri.toString() && this.target.version === editor.document.version
			&& q.uri === this.target.uri.toString() && q.offset <= offset && offset < q.end && !this.stale) {
			this.target = { ...this.target, offset };
			return;
		}
		// After an edit the document is segmented again: wait until typing pauses.
		const edited = this.target?.uri.toString() === editor.document.uri.toString() && this.target.version !== editor.document.version;
		this.scheduleFollow(edited ? EDIT_DELAY_MS : FOLLOW_DELAY_MS);
	}

	private onEdit(e: vscode.TextDocumentChangeEvent): void {
		const t = this.target;
		if (!t || e.document.uri.toString() !== t.uri.toString() || !e.contentChanges.length) { return; }
		if (this.pinned) {
			// Keep the pinned offset on its task while the text before it changes.
			let offset = t.offset;
			for (const c of [...e.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset)) {
				if (c.rangeOffset + c.rangeLength <= offset) { offset += c.text.length - c.rangeLength; } else if (c.rangeOffset < offset) { offset = c.rangeOffset; }
			}
			this.target = { uri: t.uri, offset: Math.max(0, offset), version: e.document.version };
		}
		if (this.pinned) {
			this.scheduleRefresh(EDIT_DELAY_MS);
		} else if (vscode.window.activeTextEditor?.document === e.document) {
			this.scheduleFollow(EDIT_DELAY_MS);
		}
	}

	/** A document's language changed (VS Code reopens it): the active one may have become a notice. */
	private onLanguage(document: vscode.TextDocument): void {
		const key = document.uri.toString();
		// A result just opened from the view becomes a notice too: the view keeps its query.
		if (this.pinned || this.openedUri === key) { return; }
		if (vscode.window.activeTextEditor?.document.uri.toString() === key) { this.scheduleFollow(FOLLOW_DELAY_MS); }
	}

	private scheduleFollow(delay: number): void {
		clearTimeout(this.followTimer);
		this.followTimer = setTimeout(() => { this.followTimer = undefined; this.followActiveEditor(); }, delay);
	}

	private followActiveEditor(): void {
		clearTimeout(this.followTimer);
		this.followTimer = undefined;
		if (this.pinned) { this.scheduleRefresh(0); return; }
		const editor = vscode.window.activeTextEditor;
		if (!this.isQueryable(editor)) {
			if (!this.target) { this.showState('idle'); }
			return;
		}
		const document = editor.document;
		this.cursor = document.offsetAt(editor.selection.active);
		if (document.languageId !== LANGUAGE_ID) {
			this.cts?.cancel();
			this.cts = undefined;
			this.target = undefined;
			this.lastResult = undefined;
			this.showState('notNotice');
			return;
		}
		this.target = { uri: document.uri, offset: this.cursor, version: document.version };
		this.scheduleRefresh(0);
	}

	private showState(state: 'idle' | 'notNotice'): void {
		this.items.clear();
		this.publish({ state, query: null, results: [], progress: null, message: null });
	}

	// ── asking the source ────────────────────────────────────────────────────

	private lastResult: RelatedResult | undefined;

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
		const target = this.target;
		if (!this.view?.visible) { this.stale = true; return; }
		if (!target) { if (!this.pinned) { this.followActiveEditor(); } return; }
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
		this.openedUri = uri.toString();
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
		const queryKey = this.target?.uri.toString();
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
		clearTimeout(this.followTimer);
		clearTimeout(this.refreshTimer);
		this.cts?.cancel();
		this.viewSubscriptions.forEach(d => d.dispose());
		this.subscriptions.forEach(d => d.dispose());
	}
}

/** The result as the webview draws it. */
export function toViewModel(result: RelatedResult): Omit<ViewModel, 'seq' | 'pinned' | 'group'> {
	return {
		state: result.state,
		query: result.query ? { title: result.query.title, path: result.query.path, fileName: baseName(result.query.uri) } : null,
		results: result.results.map(toViewItem),
		progress: result.progress ?? null,
		message: result.message ?? null,
	};
}

function toViewItem(r: RelatedItem): ViewItem {
	return {
		id: r.id, group: `${r.uri}\u0000${r.document}`,
		region: r.region, issuer: r.issuer, document: r.document, year: r.year,
		title: r.title, path: r.path, score: r.score, terms: r.terms,
		snippet: r.snippet, highlights: r.highlights, targets: r.targets, lead: r.lead, responsible: r.responsible,
		fileName: baseName(r.uri), line: r.line + 1,
	};
}

function baseName(uri: string): string {
	try { return decodeURIComponent(vscode.Uri.parse(uri).path.replace(/^.*\//, '')); } catch { return uri; }
}

/** Every string the webview shows, localized here like the rest of the extension. */
function webviewStrings(): Record<string, string> {
	return {
		listLabel: vscode.l10n.t('Related tasks'),
		relatedTo: vscode.l10n.t('Related to'),
		pin: vscode.l10n.t('Pin to this task'),
		unpin: vscode.l10n.t('Unpin: follow the cursor'),
		pinned: vscode.l10n.t('Pinned'),
		filterPlaceholder: vscode.l10n.t('Filter: province, document, title, terms'),
		filterLabel: vscode.l10n.t('Filter related tasks'),
		clearFilter: vscode.l10n.t('Clear filter (Escape)'),
		loading: vscode.l10n.t('Looking for related tasks…'),
		indexing: vscode.l10n.t('Indexing notices {0}/{1}: more results may follow.'),
		indexingStart: vscode.l10n.t('Indexing the notices of the workspace…'),
		indexingWait: vscode.l10n.t('Indexing…'),
		indexingWaitProgress: vscode.l10n.t('Indexing… {0} / {1}'),
		indexingWaitHint: vscode.l10n.t('Related tasks are shown when the workspace index is ready.'),
		untrusted: vscode.l10n.t('Trust this workspace to find related tasks.'),
		untrustedHint: vscode.l10n.t('In Restricted Mode the outline, highlights and hovers work; the workspace index (which reads every notice and starts the word segmenter) waits for trust.'),
		manageTrust: vscode.l10n.t('Manage Workspace Trust'),
		idle: vscode.l10n.t('Open a policy notice and put the cursor in one of its tasks to see the matching tasks of the other notices.'),
		notNotice: vscode.l10n.t('The active editor is not a policy notice.'),
		notNoticeHint: vscode.l10n.t('Related tasks are shown for the task under the cursor in a policy notice.'),
		noTask: vscode.l10n.t('No task at the cursor.'),
		noTaskHint: vscode.l10n.t('Put the cursor in a task of the notice, for example a numbered item under 重点任务.'),
		empty: vscode.l10n.t('No related tasks in the other notices of the workspace.'),
		noMatch: vscode.l10n.t('No related task matches “{0}”.'),
		error: vscode.l10n.t('Could not look for related tasks: {0}'),
		count: vscode.l10n.t('{0} related tasks'),
		countFiltered: vscode.l10n.t('{0} of {1} related tasks'),
		countAnnounce: vscode.l10n.t('{0} related tasks for {1}'),
		groupCount: vscode.l10n.t('{0} tasks'),
		score: vscode.l10n.t('Score {0}'),
		scoreTitle: vscode.l10n.t('Relevance score (BM25 over shared terms; higher is closer)'),
		terms: vscode.l10n.t('Shared terms: {0}'),
		targets: vscode.l10n.t('Targets'),
		deadline: vscode.l10n.t('by {0}'),
		lead: vscode.l10n.t('Lead'),
		responsible: vscode.l10n.t('Responsible'),
		more: vscode.l10n.t('+{0} more'),
		openHint: vscode.l10n.t('{0}, line {1}. Click or Space to open beside, Enter to open and go there.'),
		compareWith: vscode.l10n.t('Compare with this notice (C)'),
	};
}
