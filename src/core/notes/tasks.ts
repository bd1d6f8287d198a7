// Notes in the task table: a note belongs to the innermost task whose range holds its anchor; a note on a
// heading whose own text is no task (its sub-sections are) goes to the first task of that section.
import { innermostHolding } from '../text/search';
import type { Note, ResolvedAnchor } from './types';

interface RowSpan { offset: number; end: number }

/** A note as one cell line: its text, then its replies after ↳; a resolved note starts with ✓. */
export function noteLine(note: Note): string {
	return [(note.resolved ? '✓ ' : '') + note.body, ...note.replies.map(r => r.body)].join(' ↳ ');
}

/**
 * The notes of each row (rows of one file, in text order), as noteLine writes them; `resolved[i]`
 * is where `notes[i]` is now, null when orphaned (an orphaned note belongs to no task).
 */
export function notesPerRow(rows: readonly RowSpan[], notes: readonly Note[], resolved: readonly (ResolvedAnchor | null)[]): string[][] {
	const out = rows.map((): string[] => []);
	notes.forEach((n, i) => {
		const at = resolved[i];
		if (!at) { return; }
		let row = innermostHolding(rows, at.offset);
		if (row < 0) { row = rows.findIndex(r => at.offset <= r.offset && r.offset < at.scopeEnd); }
		if (row >= 0) { out[row].push(noteLine(n)); }
	});
	return out;
}
