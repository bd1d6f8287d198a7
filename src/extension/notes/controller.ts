// Notes on sections and targets (批注) through VS Code's Comments API: a note can be made on a
// heading or a target of a notice; its thread follows its anchor as the text is edited (debounced,
// answered by the analysis worker: src/core/notes/anchors.ts); the notes live in the sidecar
// `FILE.notes.json` (sidecarStore.ts), written only when the user adds, edits, resolves or deletes
// one. An untitled document keeps its notes in memory; a sidecar that cannot be read makes the
// document's notes read-only and is never overwritten.
import * as os from 'node:os';
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import type { Note, ResolvedAnchor } from '../../core/notes/index';
import type { DocumentAnalyses } from '../analyses';
import { affectsConfig, LANGUAGE_ID, SECTION } from '../config';
import { guarded, log } from '../log';
import { commentViews, NoteCommentView, THREAD_OPEN, THREAD_RESOLVED } from './comments';
import { readSidecar, sidecarUriOf, writeSidecar } from './sidecarStore';

export const NOTES_CONTROLLER_ID = 'policyNotice.notes';
/** Edits this close together re-anchor the threads once. */
const REANCHOR_DELAY_MS = 300;

type Storage = 'sidecar' | 'memory' | 'readOnly';

interface FileNotes {
	uri: vscode.Uri;
	notes: Note[];
	/** Note id → its thread, once placed. */
	threads: Map<string, vscode.CommentThread>;
	storage: Storage;
	/** The sidecar's text as last read or written (undefined: no file): a write never replaces another. */
	diskText: string | undefined;
	loaded: Promise<void>;
	/** Writes one after another. */
	saving: Promise<unknown>;
	timer?: ReturnType<typeof setTimeout>;
	toldInMemory?: boolean;
}

/** What the integration tests (and other features) see of the notes. */
export interface NotesApi {
	/** Makes a note on `range` of the document, as the comment box does; undefined when notes are off or read-only there. */
	addNote(document: vscode.TextDocument, range: vscode.Range, body: string): Promise<Note | undefined>;
	/** The document's notes with where their threads are now. */
	threadsOf(uri: vscode.Uri): { note: Note; range: vscode.Range | undefined; label: string | undefined; resolved: boolean }[];
	/** Resolves once the document's sidecar was read and its threads placed. */
	loaded(uri: vscode.Uri): Promise<void>;
	/** A document's notes were read, or changed by the user (the task table shows them). */
	readonly onDidChangeNotes: vscode.Event<vscode.Uri>;
}

export function notesEnabled(scope?: vscode.ConfigurationScope): boolean {
	return vscode.workspace.getConfiguration(SECTION, scope).get<boolean>('notes.enabled', true);
}

export class NotesController implements vscode.Disposable, NotesApi {
	private readonly controller = vscode.comments.createCommentController(NOTES_CONTROLLER_ID, vscode.l10n.t('Policy Notice notes'));
	private readonly files = new Map<string, FileNotes>();
	private readonly subscriptions: vscode.Disposable[];
	private readonly changed = new vscode.EventEmitter<vscode.Uri>();
	readonly onDidChangeNotes = this.changed.event;

	constructor(private readonly analyses: DocumentAnalyses) {
		this.controller.options = { placeHolder: vscode.l10n.t('Write a note on this section or target'), prompt: vscode.l10n.t('Add a note') };
		this.controller.commentingRangeProvider = { provideCommentingRanges: d => this.commentingRanges(d) };
		this.subscriptions = [
			vscode.workspace.onDidOpenTextDocument(d => this.open(d)),
			vscode.workspace.onDidCloseTextDocument(d => this.close(d.uri)),
			vscode.workspace.onDidChangeTextDocument(e => { if (e.contentChanges.length) { this.schedule(e.document); } }),
			vscode.workspace.onDidChangeConfiguration(e => { if (affectsConfig(e, 'notes.enabled')) { this.reopenAll(); } }),
			...this.commands(),
		];
		vscode.workspace.textDocuments.forEach(d => this.open(d));
	}

	dispose(): void {
		for (const uri of [...this.files.keys()]) { this.close(vscode.Uri.parse(uri)); }
		this.subscriptions.forEach(s => s.dispose());
		this.controller.dispose();
		this.changed.dispose();
	}

	// —— the API ——

	async addNote(document: vscode.TextDocument, range: vscode.Range, body: string): Promise<Note | undefined> {
		this.open(document); // before its open event reached this listener
		const file = this.files.get(document.uri.toString());
		if (!file) { return undefined; }
		await file.loaded;
		if (file.storage === 'readOnly') { return undefined; }
		const thread = this.controller.createCommentThread(document.uri, range, []);
		return this.createNote(file, document, thread, body);
	}

	threadsOf(uri: vscode.Uri): { note: Note; range: vscode.Range | undefined; label: string | undefined; resolved: boolean }[] {
		const file = this.files.get(uri.toString());
		if (!file) { return []; }
		return file.notes.map(note => {
			const t = file.threads.get(note.id);
			return { note, range: t?.range, label: t?.label, resolved: note.resolved };
		});
	}

	async loaded(uri: vscode.Uri): Promise<void> {
		const document = this.documentOf(uri);
		if (document) { this.open(document); }
		await this.files.get(uri.toString())?.loaded;
	}

	// —— documents ——

	private open(document: vscode.TextDocument): void {
		const key = document.uri.toString();
		if (this.files.has(key) || document.languageId !== LANGUAGE_ID || !notesEnabled(document)) { return; }
		const storage: Storage | undefined = document.isUntitled ? 'memory'
			: vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) ? 'sidecar' : undefined;
		if (!storage) { return; } // a read-only view (a diff's left side, a git revision)
		const file: FileNotes = { uri: document.uri, notes: [], threads: new Map(), storage, diskText: undefined, loaded: Promise.resolve(), saving: Promise.resolve() };
		this.files.set(key, file);
		file.loaded = guarded('notes: load', undefined, () => this.load(file, document));
	}

	private async load(file: FileNotes, document: vscode.TextDocument): Promise<void> {
		if (file.storage === 'sidecar') {
			const sidecar = sidecarUriOf(file.uri);
			const state = await readSidecar(sidecar);
			if (this.files.get(file.uri.toString()) !== file) { return; }
			if (state.kind === 'ok') {
				file.notes = state.notes;
				file.diskText = state.text;
			} else if (state.kind === 'unreadable') {
				file.storage = 'readOnly';
				file.diskText = state.text;
				log().warn(`notes: ${sidecar.toString(true)}: ${state.error}`);
				void vscode.window.showWarningMessage(vscode.l10n.t(
					'The notes file {0} cannot be read ({1}). It is left as it is, and the notes of this document are read-only.',
					vscode.workspace.asRelativePath(sidecar), state.error));
			}
		}
		await this.reanchor(file, document);
		if (file.notes.length) { this.changed.fire(file.uri); }
	}

	private close(uri: vscode.Uri): void {
		const key = uri.toString();
		const file = this.files.get(key);
		if (!file) { return; }
		this.files.delete(key);
		clearTimeout(file.timer);
		file.threads.forEach(t => t.dispose());
		file.threads.clear();
	}

	private reopenAll(): void {
		for (const uri of [...this.files.keys()]) { this.close(vscode.Uri.parse(uri)); }
		vscode.workspace.textDocuments.forEach(d => this.open(d));
	}

	private schedule(document: vscode.TextDocument): void {
		const file = this.files.get(document.uri.toString());
		if (!file) { return; }
		clearTimeout(file.timer);
		file.timer = setTimeout(() => { void guarded('notes: re-anchor', undefined, () => this.reanchor(file, document)); }, REANCHOR_DELAY_MS);
	}

	/** Finds every note's anchor in the document's current version and moves its thread there. */
	private async reanchor(file: FileNotes, document: vscode.TextDocument): Promise<void> {
		const notes = [...file.notes];
		if (!notes.length || document.isClosed) { return; }
		const version = document.version;
		let found: (ResolvedAnchor | null)[];
		try {
			found = await this.analyses.call(document, 'resolveNoteAnchors', notes.map(n => n.anchor));
		} catch (e) {
			if ((e as Error)?.name !== 'Cancelled') { throw e; }
			found = [];
		}
		if (this.files.get(file.uri.toString()) !== file || document.isClosed) { return; }
		// Edited meanwhile: once more for the text as it is now.
		if (document.version !== version || found.length !== notes.length) { this.schedule(document); return; }
		notes.forEach((note, i) => {
			if (!file.notes.includes(note)) { return; }
			const at = found[i];
			// Found by its text: the anchor is kept as it reads now (written with the next change the user makes).
			if (at && at.match !== 'heading') { note.anchor = at.anchor; }
			const range = at ? new vscode.Range(document.positionAt(at.offset), document.positionAt(at.end)) : new vscode.Range(0, 0, 0, 0);
			const thread = file.threads.get(note.id);
			if (thread) {
				thread.range = range;
				thread.label = this.labelOf(file, at);
			} else {
				this.placeThread(file, note, this.controller.createCommentThread(file.uri, range, []), at, vscode.CommentThreadCollapsibleState.Collapsed);
			}
		});
	}

	private labelOf(file: FileNotes, at: ResolvedAnchor | null | undefined): string | undefined {
		if (at === null) { return vscode.l10n.t('Orphaned note: the text and the section it was on are gone'); }
		if (at?.match === 'heading') { return vscode.l10n.t('The text this note was on is gone: shown at its section heading'); }
		if (file.storage === 'memory') { return vscode.l10n.t('Kept in memory only (untitled document)'); }
		if (file.storage === 'readOnly') { return vscode.l10n.t('Read-only: the notes file cannot be read'); }
		return undefined;
	}

	/** Shows the note in the thread (comments, resolved state, menus). */
	private placeThread(file: FileNotes, note: Note, thread: vscode.CommentThread, at: ResolvedAnchor | null | undefined, state?: vscode.CommentThreadCollapsibleState): void {
		file.threads.set(note.id, thread);
		this.dress(file, note, thread);
		thread.label = this.labelOf(file, at);
		if (state !== undefined) { thread.collapsibleState = state; }
	}

	private dress(file: FileNotes, note: Note, thread: vscode.CommentThread): void {
		const editable = file.storage !== 'readOnly';
		thread.comments = commentViews(note, editable);
		thread.canReply = editable;
		thread.contextValue = editable ? (note.resolved ? THREAD_RESOLVED : THREAD_OPEN) : undefined;
		thread.state = note.resolved ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
	}

	private async commentingRanges(document: vscode.TextDocument): Promise<vscode.Range[]> {
		return guarded('notes: commenting ranges', [], async () => {
			this.open(document); // asked before its open event reached this listener
			const file = this.files.get(document.uri.toString());
			if (!file || file.storage === 'readOnly') { return []; }
			const anchors = await this.analyses.call(document, 'getNoteAnchors');
			return anchors.map(a => new vscode.Range(document.positionAt(a.offset), document.positionAt(a.end)));
		});
	}

	// —— actions the user takes (each one saves) ——

	private commands(): vscode.Disposable[] {
		const command = (id: string, run: (arg: never) => Promise<unknown>) =>
			vscode.commands.registerCommand(`policyNotice.notes.${id}`, (arg: never) => guarded(`notes: ${id}`, undefined, () => run(arg)));
		return [
			command('create', (reply: vscode.CommentReply) => this.onCreate(reply)),
			command('reply', (reply: vscode.CommentReply) => this.onReply(reply)),
			command('edit', (c: NoteCommentView) => this.setMode(c, vscode.CommentMode.Editing)),
			command('cancelEdit', (c: NoteCommentView) => { c.body = c.savedBody; return this.setMode(c, vscode.CommentMode.Preview); }),
			command('save', (c: NoteCommentView) => this.onSave(c)),
			command('delete', (c: NoteCommentView) => this.onDelete(c)),
			command('deleteThread', (t: vscode.CommentThread) => this.onDeleteThread(t)),
			command('resolve', (t: vscode.CommentThread) => this.setResolved(t, true)),
			command('unresolve', (t: vscode.CommentThread) => this.setResolved(t, false)),
		];
	}

	private documentOf(uri: vscode.Uri): vscode.TextDocument | undefined {
		return vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
	}

	private async onCreate(reply: vscode.CommentReply): Promise<void> {
		const file = this.files.get(reply.thread.uri.toString());
		const document = this.documentOf(reply.thread.uri);
		if (!file || !document || file.storage === 'readOnly' || !reply.text.trim()) {
			if (!reply.thread.comments.length) { reply.thread.dispose(); }
			return;
		}
		await this.createNote(file, document, reply.thread, reply.text);
	}

	private async createNote(file: FileNotes, document: vscode.TextDocument, thread: vscode.CommentThread, body: string): Promise<Note> {
		const range = thread.range ?? new vscode.Range(0, 0, 0, 0);
		const anchor = await this.analyses.call(document, 'getNoteAnchorAt', { offset: document.offsetAt(range.start), end: document.offsetAt(range.end) });
		const now = new Date().toISOString();
		const note: Note = { id: randomUUID(), body, author: authorName(), created: now, updated: now, anchor, resolved: false, replies: [] };
		file.notes.push(note);
		this.placeThread(file, note, thread, undefined, vscode.CommentThreadCollapsibleState.Expanded);
		await this.save(file);
		await this.reanchor(file, document);
		return note;
	}

	private noteOfThread(thread: vscode.CommentThread): { file: FileNotes; note: Note } | undefined {
		const file = this.files.get(thread.uri.toString());
		if (!file || file.storage === 'readOnly') { return undefined; }
		for (const [id, t] of file.threads) {
			if (t === thread) {
				const note = file.notes.find(n => n.id === id);
				return note && { file, note };
			}
		}
		return undefined;
	}

	private noteOfComment(c: NoteCommentView): { file: FileNotes; note: Note; thread: vscode.CommentThread } | undefined {
		for (const file of this.files.values()) {
			const note = file.notes.find(n => n.id === c.noteId);
			const thread = file.threads.get(c.noteId);
			if (note && thread && file.storage !== 'readOnly') { return { file, note, thread }; }
		}
		return undefined;
	}

	private async onReply(reply: vscode.CommentReply): Promise<void> {
		const found = this.noteOfThread(reply.thread);
		if (!found || !reply.text.trim()) { return; }
		const now = new Date().toISOString();
		found.note.replies.push({ id: randomUUID(), body: reply.text, author: authorName(), created: now, updated: now });
		this.dress(found.file, found.note, reply.thread);
		await this.save(found.file);
	}

	private async setMode(c: NoteCommentView, mode: vscode.CommentMode): Promise<void> {
		const found = this.noteOfComment(c);
		if (!found) { return; }
		found.thread.comments = found.thread.comments.map(x => {
			if (x instanceof NoteCommentView && x.commentId === c.commentId) { x.mode = mode; }
			return x;
		});
	}

	private async onSave(c: NoteCommentView): Promise<void> {
		const found = this.noteOfComment(c);
		if (!found) { return; }
		const target = c.commentId === found.note.id ? found.note : found.note.replies.find(r => r.id === c.commentId);
		if (!target) { return; }
		target.body = c.text;
		target.updated = new Date().toISOString();
		this.dress(found.file, found.note, found.thread);
		await this.save(found.file);
	}

	private async onDelete(c: NoteCommentView): Promise<void> {
		const found = this.noteOfComment(c);
		if (!found) { return; }
		if (c.commentId === found.note.id) { return this.removeNote(found.file, found.note); }
		found.note.replies = found.note.replies.filter(r => r.id !== c.commentId);
		this.dress(found.file, found.note, found.thread);
		await this.save(found.file);
	}

	private async onDeleteThread(thread: vscode.CommentThread): Promise<void> {
		const found = this.noteOfThread(thread);
		if (found) { await this.removeNote(found.file, found.note); }
	}

	private async removeNote(file: FileNotes, note: Note): Promise<void> {
		file.notes = file.notes.filter(n => n !== note);
		file.threads.get(note.id)?.dispose();
		file.threads.delete(note.id);
		await this.save(file);
	}

	private async setResolved(thread: vscode.CommentThread, resolved: boolean): Promise<void> {
		const found = this.noteOfThread(thread);
		if (!found) { return; }
		found.note.resolved = resolved;
		found.note.updated = new Date().toISOString();
		this.dress(found.file, found.note, thread);
		await this.save(found.file);
	}

	/** Writes the file's notes to its sidecar (after any write still under way); in memory only for an untitled document. */
	private save(file: FileNotes): Promise<unknown> {
		this.changed.fire(file.uri);
		if (file.storage === 'memory') {
			if (!file.toldInMemory) {
				file.toldInMemory = true;
				void vscode.window.showInformationMessage(vscode.l10n.t('Notes on an untitled document are kept in memory only: they are lost when it is closed.'));
			}
			return Promise.resolve();
		}
		if (file.storage !== 'sidecar') { return Promise.resolve(); }
		const sidecar = sidecarUriOf(file.uri);
		file.saving = file.saving.then(async () => {
			const result = await writeSidecar(sidecar, file.notes, file.diskText);
			if (result.written) { file.diskText = result.text; return; }
			file.storage = 'readOnly';
			file.notes.forEach(n => { const t = file.threads.get(n.id); if (t) { this.dress(file, n, t); } });
			void vscode.window.showWarningMessage(vscode.l10n.t(
				'The notes file {0} changed on disk since it was read: it is left as it is, and this change is not saved. Reopen the document to see the notes on disk.',
				vscode.workspace.asRelativePath(sidecar)));
		}).catch(e => {
			log().error(`notes: writing ${sidecar.toString(true)} failed: ${(e as Error)?.stack ?? e}`);
			void vscode.window.showErrorMessage(vscode.l10n.t('The notes could not be saved to {0}: {1}', vscode.workspace.asRelativePath(sidecar), (e as Error)?.message ?? String(e)));
		});
		return file.saving;
	}
}

/** Who writes a note: the signed-in user's name on this machine. */
function authorName(): string {
	// os.userInfo throws where the user has no entry in the system's user list: the note is then unsigned.
	try { return os.userInfo().username; } catch { return ''; }
}

export function registerNotes(analyses: DocumentAnalyses): NotesController {
	return new NotesController(analyses);
}
