// The last check of a fix that changes markers across a document (promote, demote, move,
// renumber): the text it leaves must parse to the same headings with the same titles. Where the
// outline would read the new markers otherwise (a lone glued （一） it does not trust, decimal 3.1
// under a 3. that is no longer one, a `（一）项` it took for a heading), the fix is not offered
// rather than offered broken.
import type { FileModel } from '../../model';
import { parseFile, walkSections } from '../../parse';
import { applyEdits } from '../edits';
import type { TextEdit } from '../types';

/** Titles with the numbers of 第X条/章 references masked (a renumbering rewrites those) and cut where a title is cut. */
function comparable(title: string): string {
	return title.replace(/(?:[一二三四五六七八九十百千零〇两]+|[0-9０-９]+)(?=[条章])/g, '#').slice(0, 40);
}

function titles(model: FileModel): string[] {
	const out: string[] = [];
	for (const d of model.documents) { walkSections(d.sections, s => out.push(comparable(s.title))); }
	return out;
}

/** The headings of the edited text, or null when parsing it failed (the fix is then not offered). */
function edited(model: FileModel, edits: readonly TextEdit[]): string[] | null {
	let failed = false;
	const after = parseFile(applyEdits(model.text, edits), () => { failed = true; });
	return failed ? null : titles(after);
}

/** Whether the edited text has the same headings (titles in order, or as a set when `reordered`). */
export function keepsOutline(model: FileModel, edits: readonly TextEdit[], reordered = false): boolean {
	if (!edits.length) { return true; }
	const before = titles(model), after = edited(model, edits);
	if (!after || before.length !== after.length) { return false; }
	if (reordered) { before.sort(); after.sort(); }
	return before.every((t, i) => t === after[i]);
}

/**
 * Whether the edited text keeps every heading, in order (it may gain some: the headings a
 * renumbering put back in order, and their subheadings, which the outline read as body text).
 */
export function keepsHeadings(model: FileModel, edits: readonly TextEdit[]): boolean {
	if (!edits.length) { return true; }
	const before = titles(model), after = edited(model, edits);
	if (!after) { return false; }
	let i = 0;
	for (const t of after) { if (i < before.length && t === before[i]) { i++; } }
	return i === before.length;
}
