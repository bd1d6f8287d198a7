// What the Related Tasks view decides, without VS Code: when to ask the source (batched bursts,
// a query overtaken by a newer one dropped, nothing asked while the view is hidden but asked
// again when it shows), what the webview is told (the model, loading, "Indexing…" while a query
// waits for the index), pin and group, and which webview messages are accepted. view.ts feeds it
// VS Code's events and carries out what it asks of its host (open a result, ask the source,
// post a message), so these transitions are unit-tested in plain Node with a fake host and a
// fake clock (test/unit/related/controller.test.ts).
import { systemClock, type Clock } from '../clock';
import { CursorFollower, type FollowedEditor, type QueryTarget, type TextChange } from './follow';
import { describeRejected, parseWebviewMessage, type GroupMode, type HostMessage, type ViewModel, type WebviewMessage } from './messages';
import type { RelatedItem, RelatedResult } from './types';
import { toViewModel } from './viewModel';

/** Index changes (many while indexing) are batched this long. */
export const CHANGE_DELAY_MS = 400;

type Progress = { done: number; total: number };

/** What the controller reads of the editor and the view, and what it has them do. */
export interface RelatedViewHost {
	/** The active editor as the follower reads it (undefined: none it follows). */
	activeEditor(): FollowedEditor | undefined;
	/** Some text editor is active (the Output panel included). */
	hasTextEditor(): boolean;
	/** The webview is resolved and visible. */
	isVisible(): boolean;
	/** Every string the webview shows, localized (sent once per page, in `init`). */
	webviewStrings(): Record<string, string>;
	/** Sends a message to the webview's script (the controller sends only after `ready`). */
	post(message: HostMessage): void;
	/**
	 * The source's answer for `target` (notNotice when its document is no notice any more);
	 * `asked` is called once the source has the question, which may have started the index. May
	 * reject; `signal` is aborted when the answer is no longer wanted.
	 */
	ask(target: QueryTarget, signal: AbortSignal, asked: () => void): Promise<RelatedResult>;
	/** The index is being built (a query waits for it): its progress so far; undefined when it is not. */
	indexing(): { progress: Progress | null } | undefined;
	/**
	 * Opens a result in the editor; `opening` is called once its document is loaded, just before
	 * it is shown (the editor events that follow are the view's doing, not the person's).
	 */
	open(item: RelatedItem, preserveFocus: boolean, opening: () => void): Promise<void>;
	/** Compare Two Notices on the query's notice and a result's. */
	compare(queryUri: string, resultUri: string): Promise<unknown>;
	/** VS Code's Manage Workspace Trust (the button in Restricted Mode); the host logs a failure. */
	manageTrust(): void;
	/** Pin or group changed: the view's context keys (title actions) and the stored group follow. */
	pinnedChanged(pinned: boolean): void;
	groupChanged(group: GroupMode): void;
	readonly log: { warn(message: string): void; error(message: string): void };
}

/** What the tests read of the controller (the view adds what only it knows). */
export interface RelatedControllerState {
	ready: boolean;
	pinned: boolean;
	group: GroupMode;
	filter: string;
	posted: number;
	lastModel: ViewModel;
	lastRendered: { seq: number; shown: number; total: number } | null;
	rejected: number;
	/** Offset of the active editor's cursor when the view last looked at it (CursorFollower.cursor). */
	cursor: number | null;
	/** Timers scheduled and not yet run: the cursor-follow debounce and the batched refresh. */
	pendingTimers: number;
}

export class RelatedViewController {
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
	/** The query under way; aborted when overtaken, when the view hides, or for a non-notice editor. */
	private running: AbortController | undefined;
	private refreshTimer: unknown;
	/** Something changed while the view was hidden: ask again when it shows. */
	private stale = false;
	private posted = 0;
	private rejected = 0;
	private lastRendered: RelatedControllerState['lastRendered'] = null;

	constructor(private readonly host: RelatedViewHost, group: GroupMode, private readonly clock: Clock = systemClock) {
		this.group = group;
		this.follower = new CursorFollower({
			activeEditor: () => host.activeEditor(),
			// Stale results are no reason to stay: a move inside their task asks again.
			shownTask: () => (this.stale ? undefined : this.lastResult?.query ?? undefined),
			ask: delay => this.scheduleRefresh(delay),
			show: state => this.showState(state),
		}, clock);
		this.model = { seq: 0, state: 'idle', query: null, results: [], progress: null, message: null, pinned: false, group };
	}

	get pinned(): boolean { return this.follower.pinned; }

	/** Where results are asked for (the query's notice, for the column a result opens in). */
	get target(): QueryTarget | undefined { return this.follower.target; }

	// ── the webview ──────────────────────────────────────────────────────────

	/** A new page was served (it says `ready` when its script runs); then follow the active editor. */
	webviewLoaded(): void {
		this.ready = false;
		this.follower.follow();
	}

	/** Hidden, the page is unloaded (no retainContextWhenHidden): the query under way is dropped and asked again when shown. */
	visibilityChanged(visible: boolean): void {
		if (!visible) {
			this.ready = false;
			if (this.running) { this.running.abort(); this.running = undefined; this.stale = true; }
		} else if (this.stale || this.model.state === 'idle') {
			this.refresh();
		}
	}

	webviewDisposed(): void {
		this.ready = false;
	}

	/** Every message from the webview (or the test command) comes in here. Returns whether it was accepted. */
	receive(raw: unknown): boolean {
		const message = parseWebviewMessage(raw, new Set(this.items.keys()));
		if (!message) {
			this.rejected++;
			this.host.log.warn(`related view: ignored an invalid message from the webview: ${describeRejected(raw)}`);
			return false;
		}
		this.handle(message);
		return true;
	}

	private handle(message: WebviewMessage): void {
		switch (message.type) {
			case 'ready':
				this.ready = true;
				this.post({ type: 'init', strings: this.host.webviewStrings(), group: this.group });
				this.post({ type: 'model', model: this.model });
				if (this.running) { this.post({ type: 'loading', loading: true }); }
				if (!this.running && (this.stale || this.model.state === 'idle')) { this.refresh(); }
				break;
			case 'open': {
				const item = this.items.get(message.id);
				if (item) {
					this.host.open(item, message.preserveFocus, () => this.follower.resultOpened(item.uri)).catch(e => this.host.log.error(`related view: could not open ${item.uri}: ${(e as Error)?.stack ?? e}`));
				}
				break;
			}
			case 'compare': {
				const item = this.items.get(message.id), query = this.lastResult?.query;
				if (item && query) {
					this.host.compare(query.uri, item.uri).catch(e => this.host.log.error(`related view: compare failed: ${(e as Error)?.stack ?? e}`));
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
				this.host.log.error(`related view (webview): ${message.message}`);
				break;
			case 'manageTrust':
				this.host.manageTrust();
				break;
		}
	}

	private post(message: HostMessage): void {
		if (!this.ready) { return; }
		this.posted++;
		this.host.post(message);
	}

	private publish(model: Omit<ViewModel, 'seq' | 'pinned' | 'group'>): void {
		this.model = { ...model, seq: ++this.seq, pinned: this.follower.pinned, group: this.group };
		this.post({ type: 'model', model: this.model });
	}

	/** The follower's states: nothing to ask. A non-notice editor also ends the query under way and forgets the last answer. */
	private showState(state: 'idle' | 'notNotice'): void {
		if (state === 'notNotice') {
			this.running?.abort();
			this.running = undefined;
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
		this.host.pinnedChanged(pinned);
		this.publish(this.model);
		if (!pinned) { this.follower.follow(); }
	}

	setGroup(group: GroupMode): void {
		if (this.group === group) { return; }
		this.group = group;
		this.host.groupChanged(group);
		this.publish(this.model);
	}

	/** Asks again: for the pinned task, else for the cursor of the active notice. */
	refresh(): void {
		if (this.follower.pinned || !this.host.hasTextEditor()) {
			this.scheduleRefresh(0);
		} else {
			this.follower.follow();
		}
	}

	// ── what changed elsewhere ───────────────────────────────────────────────

	activeEditorChanged(editor: FollowedEditor | undefined): void { this.follower.activeEditorChanged(editor); }

	selectionChanged(editor: FollowedEditor, byPerson: boolean): void { this.follower.selectionChanged(editor, byPerson); }

	documentEdited(document: Pick<FollowedEditor, 'uri' | 'version'>, changes: readonly TextChange[], isActive: boolean): void { this.follower.documentEdited(document, changes, isActive); }

	documentOpened(uri: FollowedEditor['uri'], isActive: boolean): void { this.follower.documentOpened(uri, isActive); }

	/** The number of results asked for changed: ask again now. */
	limitChanged(): void { this.scheduleRefresh(0); }

	/** The index changed (a file added, changed, removed; indexing progressed). */
	sourceChanged(): void { this.scheduleRefresh(CHANGE_DELAY_MS); }

	state(): RelatedControllerState {
		return {
			ready: this.ready, pinned: this.follower.pinned, group: this.group, filter: this.filter,
			posted: this.posted, lastModel: this.model, lastRendered: this.lastRendered, rejected: this.rejected,
			cursor: this.follower.cursor, pendingTimers: (this.follower.pending ? 1 : 0) + (this.refreshTimer !== undefined ? 1 : 0),
		};
	}

	// ── asking the source ────────────────────────────────────────────────────

	private scheduleRefresh(delay: number): void {
		if (!this.host.isVisible()) { this.stale = true; return; }
		if (delay === 0) {
			this.cancelRefreshTimer();
			void this.query();
			return;
		}
		// Batches bursts (index progress, typing) without postponing forever.
		this.refreshTimer ??= this.clock.setTimeout(() => { this.refreshTimer = undefined; void this.query(); }, delay);
	}

	private cancelRefreshTimer(): void {
		if (this.refreshTimer === undefined) { return; }
		this.clock.clearTimeout(this.refreshTimer);
		this.refreshTimer = undefined;
	}

	private async query(): Promise<void> {
		const target = this.follower.target;
		if (!this.host.isVisible()) { this.stale = true; return; }
		if (!target) { if (!this.follower.pinned) { this.follower.follow(); } return; }
		this.stale = false;
		this.running?.abort();
		const running = this.running = new AbortController();
		const seq = ++this.querySeq;
		this.post({ type: 'loading', loading: true });
		let result: RelatedResult;
		try {
			// (an abandoned query's question reaching the source says nothing about what is shown now)
			result = await this.host.ask(target, running.signal, () => { if (!running.signal.aborted && seq === this.querySeq) { this.showIndexing(); } });
		} catch (e) {
			this.host.log.error(`related view: query failed: ${(e as Error)?.stack ?? e}`);
			result = { state: 'error', query: null, results: [], message: String((e as Error)?.message ?? e) };
		}
		if (running.signal.aborted || seq !== this.querySeq) { return; }
		this.running = undefined;
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
		const indexing = this.host.indexing();
		if (!indexing || this.model.results.length) { return; }
		this.items.clear();
		this.publish({ state: 'indexing', query: null, results: [], progress: indexing.progress, message: null });
	}

	dispose(): void {
		this.follower.dispose();
		this.cancelRefreshTimer();
		this.running?.abort();
	}
}
