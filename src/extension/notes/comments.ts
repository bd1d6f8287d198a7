// A note as VS Code's comment thread shows it: the note's own text first, then its replies.
import * as vscode from 'vscode';
import type { Note, NoteComment } from '../../core/notes/index';

/** Context values the menus in package.json test (`comment == …`, `commentThread == …`). */
export const COMMENT_CONTEXT = 'policyNoticeNote';
export const THREAD_OPEN = 'policyNoticeNote.open';
export const THREAD_RESOLVED = 'policyNoticeNote.resolved';

/** One comment of a thread, knowing which note (and which of its comments) it shows. */
export class NoteCommentView implements vscode.Comment {
	body: string;
	mode = vscode.CommentMode.Preview;
	readonly author: vscode.CommentAuthorInformation;
	readonly contextValue: string | undefined;
	readonly timestamp: Date | undefined;
	/** The text to go back to when an edit is cancelled. */
	savedBody: string;

	constructor(readonly noteId: string, readonly commentId: string, comment: NoteComment, editable: boolean) {
		this.body = comment.body;
		this.savedBody = comment.body;
		this.author = { name: comment.author || '—' };
		this.contextValue = editable ? COMMENT_CONTEXT : undefined;
		const time = Date.parse(comment.updated || comment.created);
		this.timestamp = Number.isNaN(time) ? undefined : new Date(time);
	}

	/** The text as edited in the comment box (VS Code writes it back here, as a string or Markdown). */
	get text(): string {
		const b = this.body as string | vscode.MarkdownString;
		return typeof b === 'string' ? b : b.value;
	}
}

export function commentViews(note: Note, editable: boolean): NoteCommentView[] {
	return [note, ...note.replies].map(c => new NoteCommentView(note.id, c.id, c, editable));
}
