// Applying and combining TextEdits: the CLI's `fix` and the tests apply edits with these; the
// editor applies them as one WorkspaceEdit (one undo step).
import type { TextEdit } from './types';

/** Edits sorted by position, exact duplicates dropped. */
export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
	const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.end - b.end);
	return sorted.filter((e, i) => i === 0 || !(e.offset === sorted[i - 1].offset && e.end === sorted[i - 1].end && e.newText === sorted[i - 1].newText));
}

/** Whether no two edits touch the same text (two insertions at one point count as overlapping). */
export function editsOverlap(edits: readonly TextEdit[]): boolean {
	const s = sortEdits(edits);
	for (let i = 1; i < s.length; i++) {
		if (s[i].offset < s[i - 1].end || (s[i].offset === s[i - 1].offset && s[i].offset === s[i].end)) { return true; }
	}
	return false;
}

/** The text with the edits applied (all offsets refer to `text`). Throws RangeError on overlapping or out-of-range edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	const s = sortEdits(edits);
	if (editsOverlap(s)) { throw new RangeError('overlapping edits'); }
	let out = '';
	let at = 0;
	for (const e of s) {
		if (e.offset < 0 || e.end > text.length || e.end < e.offset) { throw new RangeError(`edit [${e.offset}, ${e.end}) outside the text`); }
		out += text.slice(at, e.offset) + e.newText;
		at = e.end;
	}
	return out + text.slice(at);
}

/**
 * Several fixes as one change: the edits of each, the later ones dropped where they overlap an
 * earlier one (the CLI's `fix` applies every fix of a file in one pass, then checks again).
 */
export function combineEdits(groups: readonly (readonly TextEdit[])[]): TextEdit[] {
	const taken: TextEdit[] = [];
	for (const g of groups) {
		const candidate = sortEdits([...taken, ...g]);
		if (!editsOverlap(candidate)) { taken.push(...g); }
	}
	return sortEdits(taken);
}
