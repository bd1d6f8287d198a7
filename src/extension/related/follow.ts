// Following the cursor for the Related Tasks view: editor events in, one decision out: ask the
// source about the task at the cursor (now, or once moves or typing settle), or show a state
// (`idle`: no editor to follow and no task asked about; `notNotice`: the active editor is another
// kind of file). Pinned, it holds its task instead. No webview and no VS Code API here: the view's
// controller (controller.ts) passes it the editor events view.ts turns VS Code's into, and carries
// its decisions out, so the transitions are unit-tested in plain Node with fake editors and a
// fake clock (test/unit/related/follow.test.ts).
import type { Uri } from 'vscode';
import { systemClock, type Clock } from '../clock';

/** Cursor moves settle this long before the view asks again. */
export const FOLLOW_DELAY_MS = 250;
/** Typing in the query document is batched this long (each query re-segments the document). */
export const EDIT_DELAY_MS = 600;

/** An editor the view follows, as the follower reads it. */
export interface FollowedEditor {
	uri: Uri;
	/** Offset of the cursor (the selection's active end). */
	offset: number;
	version: number;
	/** The document is a policy notice (by its language). */
	isNotice: boolean;
}

/** Where the results are asked for. */
export interface QueryTarget {
	uri: Uri;
	offset: number;
	/** Document version the offset belongs to. */
	version: number;
}

/** The task the results on screen are for: its document (`uri.toString()`) and [offset, end). */
export interface ShownTask {
	uri: string;
	offset: number;
	end: number;
}

/** A text change, as vscode.TextDocumentContentChangeEvent has it. */
export interface TextChange {
	rangeOffset: number;
	rangeLength: number;
	text: string;
}

/** What the follower reads of the view, and what it has the view do. */
export interface FollowHost {
	/** The active editor; undefined when there is none the view follows (no text editor, the Output panel). */
	activeEditor(): FollowedEditor | undefined;
	/** The task the shown results are for; undefined when there is none or they are stale (something changed while the view was hidden). */
	shownTask(): ShownTask | undefined;
	/** Ask the source about the target after `delay` ms (0: now); a delayed ask made while one waits joins it. */
	ask(delay: number): void;
	/** Nothing to ask: show `state`. For `notNotice` the view also drops the query under way and the result it had. */
	show(state: 'idle' | 'notNotice'): void;
}

export class CursorFollower {
	private isPinned = false;
	private queryTarget: QueryTarget | undefined;
	private lastCursor: number | null = null;
	/**
	 * The document a result was just opened in: its editor becoming active and the selection the
	 * view set are not the person moving the cursor, so the view keeps its results until they
	 * click or type in it.
	 */
	private openedUri: string | undefined;
	/** The pending follow (undefined: none); it reads the active editor when it runs. */
	private timer: unknown;

	constructor(private readonly host: FollowHost, private readonly clock: Clock = systemClock) {}

	/** Pinned: the view holds its task and does not follow the cursor. */
	get pinned(): boolean { return this.isPinned; }

	/** Where the results are asked for; undefined until a notice editor was followed, and after a non-notice one. */
	get target(): QueryTarget | undefined { return this.queryTarget; }

	/**
	 * Offset of the active editor's cursor when the follower last looked at it: a selection change,
	 * the active editor changing, or following the active editor. Null until it has seen one.
	 */
	get cursor(): number | null { return this.lastCursor; }

	/** A follow is scheduled and has not run yet. */
	get pending(): boolean { return this.timer !== undefined; }

	// ── editor events ────────────────────────────────────────────────────────

	activeEditorChanged(editor: FollowedEditor | undefined): void {
		// No text editor (a webview, the settings UI, the panel has focus): keep what is shown.
		if (!editor) { return; }
		this.lastCursor = editor.offset;
		if (this.isPinned) { return; }
		if (this.openedUri === editor.uri.toString()) { return; }
		this.openedUri = undefined;
		this.schedule(0);
	}

	/** The cursor moved in the active editor; `byPerson`: by keyboard or mouse (not a command or the view). */
	selectionChanged(editor: FollowedEditor, byPerson: boolean): void {
		const offset = this.lastCursor = editor.offset;
		if (this.isPinned) { return; }
		const key = editor.uri.toString();
		if (this.openedUri === key) {
			if (!byPerson) { return; }
			this.openedUri = undefined;
		}
		// Moving inside the task already shown changes nothing (a follow still waiting to leave it is
		// dropped), unless the last question was about another task: its answer would replace these
		// results while the cursor is here, so the view asks again.
		const shown = this.host.shownTask();
		const t = this.queryTarget;
		const inShown = (o: number) => !!shown && shown.uri === key && shown.offset <= o && o < shown.end;
		if (t && t.uri.toString() === key && t.version === editor.version && inShown(offset) && inShown(t.offset)) {
			this.cancel();
			this.queryTarget = { ...t, offset };
			return;
		}
		// After an edit the document is segmented again: wait until typing pauses.
		const edited = t?.uri.toString() === key && t.version !== editor.version;
		this.schedule(edited ? EDIT_DELAY_MS : FOLLOW_DELAY_MS);
	}

	/** `document` changed (now at `version`); `isActive`: it is the active editor's document. */
	documentEdited(document: { uri: Uri; version: number }, changes: readonly TextChange[], isActive: boolean): void {
		const t = this.queryTarget;
		if (!t || document.uri.toString() !== t.uri.toString() || !changes.length) { return; }
		if (this.isPinned) {
			// Keep the pinned offset on its task while the text before it changes.
			this.queryTarget = { uri: t.uri, offset: Math.max(0, shiftedOffset(t.offset, changes)), version: document.version };
			this.host.ask(EDIT_DELAY_MS);
		} else if (isActive) {
			this.schedule(EDIT_DELAY_MS);
		}
	}

	/** A document opened, as VS Code reopens one whose language changed: the active one may have become a notice. */
	documentOpened(uri: Uri, isActive: boolean): void {
		// A result just opened from the view becomes a notice too: the view keeps its query.
		if (this.isPinned || this.openedUri === uri.toString()) { return; }
		if (isActive) { this.schedule(FOLLOW_DELAY_MS); }
	}

	/** The view is opening a result in `uri`: the editor events that follow are its doing, not the person's. */
	resultOpened(uri: string): void {
		this.openedUri = uri;
	}

	// ── pinning ──────────────────────────────────────────────────────────────

	/** Holds `task` (the one the results are for), not a cursor that has moved on since. */
	pin(task: Pick<ShownTask, 'uri' | 'offset'> | undefined): void {
		this.isPinned = true;
		const t = this.queryTarget;
		if (task && t && task.uri === t.uri.toString()) { this.queryTarget = { ...t, offset: task.offset }; }
	}

	/** Follows the cursor again from the next `follow()`. */
	unpin(): void {
		this.isPinned = false;
	}

	// ── deciding ─────────────────────────────────────────────────────────────

	/** Decides now, for the active editor (pinned: asks again for the held task). */
	follow(): void {
		this.cancel();
		if (this.isPinned) { this.host.ask(0); return; }
		const editor = this.host.activeEditor();
		if (!editor) {
			if (!this.queryTarget) { this.host.show('idle'); }
			return;
		}
		this.lastCursor = editor.offset;
		if (!editor.isNotice) {
			this.queryTarget = undefined;
			this.host.show('notNotice');
			return;
		}
		this.queryTarget = { uri: editor.uri, offset: editor.offset, version: editor.version };
		this.host.ask(0);
	}

	dispose(): void {
		this.cancel();
	}

	private schedule(delay: number): void {
		this.cancel();
		this.timer = this.clock.setTimeout(() => { this.timer = undefined; this.follow(); }, delay);
	}

	private cancel(): void {
		if (this.timer === undefined) { return; }
		this.clock.clearTimeout(this.timer);
		this.timer = undefined;
	}
}

/** Where `offset` is after `changes`: moved by edits before it, to an edit's start when one covers it. */
function shiftedOffset(offset: number, changes: readonly TextChange[]): number {
	for (const c of [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset)) {
		if (c.rangeOffset + c.rangeLength <= offset) { offset += c.text.length - c.rangeLength; } else if (c.rangeOffset < offset) { offset = c.rangeOffset; }
	}
	return offset;
}
