// The rows of the Compare Two Notices panel, made from an alignment (src/core/compare/align.ts):
// the aligned pairs and A's tasks without a counterpart in A's text order, each of B's tasks
// without a counterpart placed after the row holding the B task before it, as a diff shows an
// insertion. Pure: no vscode import (unit-tested in plain Node).
import type { AlignedTask, Alignment } from '../../core/compare/align';
import type { TargetDiff } from '../../core/compare/targetDiff';

/** One side of a row as the page shows it. */
export interface CompareSide {
	/** The file key (URI string). */
	file: string;
	offset: number;
	end: number;
	/** 1-based, for the tooltip. */
	line: number;
	/** Enclosing headings (without the task's own). */
	path: string[];
	/** The task's own heading, marker and title. */
	heading: string;
	snippet: string;
}

/** `pair`: aligned; `onlyA` / `onlyB`: a task without a counterpart on the other side. */
export type CompareRowKind = 'pair' | 'onlyA' | 'onlyB';

export interface CompareRow {
	kind: CompareRowKind;
	a: CompareSide | null;
	b: CompareSide | null;
	/** The pair's weight, null for a task without a counterpart. */
	score: number | null;
	/** The pair's targets compared (none for a task without a counterpart), each marked when it differs. */
	targets: (TargetDiff & { differs: boolean })[];
	/** Some target differs between the two sides (one side only, or another value). */
	differs: boolean;
}

function side(t: AlignedTask): CompareSide {
	return {
		file: t.file, offset: t.offset, end: t.end, line: t.line + 1,
		path: t.path.slice(0, -1), heading: t.path[t.path.length - 1] ?? t.title, snippet: t.snippet,
	};
}

/** A target differs: it is on one side only, or the other side bounds the same metric otherwise (value, range, comparator, deadline). */
export function targetDiffers(d: TargetDiff): boolean {
	return !d.a || !d.b || d.a.value !== d.b.value || d.a.valueMax !== d.b.valueMax || d.a.comparator !== d.b.comparator || d.a.deadline !== d.b.deadline;
}

export function compareRows(al: Alignment): CompareRow[] {
	const rows: CompareRow[] = [
		...al.pairs.map(p => {
			const targets = p.targets.map(d => ({ ...d, differs: targetDiffers(d) }));
			return { kind: 'pair' as const, a: side(p.a), b: side(p.b), score: p.score, targets, differs: targets.some(d => d.differs) };
		}),
		...al.onlyA.map(t => ({ kind: 'onlyA' as const, a: side(t), b: null, score: null, targets: [], differs: false })),
	].sort((x, y) => x.a.offset - y.a.offset);
	// B's unmatched tasks, in B's order: each after the last row whose B task comes before it.
	const out: CompareRow[] = [];
	const onlyB = al.onlyB.map(t => ({ kind: 'onlyB' as const, a: null, b: side(t), score: null, targets: [], differs: false }));
	let k = 0;
	const flushBefore = (offset: number) => {
		while (k < onlyB.length && onlyB[k].b.offset < offset) { out.push(onlyB[k++]); }
	};
	// A pair whose B task comes earlier than a previous pair's (a crossing) takes no B rows with it.
	let lastB = -1;
	for (const row of rows) {
		if (row.b && row.b.offset > lastB) { flushBefore(row.b.offset); lastB = row.b.offset; }
		out.push(row);
	}
	while (k < onlyB.length) { out.push(onlyB[k++]); }
	return out;
}
