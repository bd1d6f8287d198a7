// Notes on a notice (批注): what the sidecar file `FILE.notes.json` beside the notice holds. A
// note never lives inside the notice; it is tied to a place of it by an anchor that survives
// edits (the section path and the anchored text, see anchors.ts).

/** What a note is anchored to: a heading, a target, or a piece of text (a sentence, a selection). */
export type AnchorKind = 'heading' | 'target' | 'text';

export interface NoteAnchor {
	/** Marker and title of the enclosing sections, outermost first (`一、重点任务`, `（三）…`). */
	path: string[];
	/** The anchored text as written (for a heading: its marker and title). */
	text: string;
	/** Where the text was when last seen (UTF-16 offset): picks among equal candidates. */
	offset: number;
	kind: AnchorKind;
}

/** One comment: a note's own text, or a reply to it. */
export interface NoteComment {
	id: string;
	body: string;
	author: string;
	/** ISO 8601 timestamps. */
	created: string;
	updated: string;
}

export interface Note extends NoteComment {
	anchor: NoteAnchor;
	/** Marked done (the thread shows as resolved). */
	resolved: boolean;
	replies: NoteComment[];
}

/** How a stored anchor was found again in the current text. */
export type AnchorMatch =
	| 'path'     // its text, inside the same sections (markers may have been renumbered)
	| 'text'     // its text, elsewhere
	| 'heading'; // the text is gone: the heading of the innermost section of its path that is left

export interface ResolvedAnchor {
	offset: number;
	end: number;
	match: AnchorMatch;
	/** The anchor as it reads now (path and text as in the current text); the stored one when matched by 'heading'. */
	anchor: NoteAnchor;
	/** End of what the anchor covers for the task table: a heading's whole section, else `end`. */
	scopeEnd: number;
}
