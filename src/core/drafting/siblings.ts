// Sibling groups and numbering runs of a document's outline: the sequences a numbering rule
// checks and a renumbering rewrites. A group is the headings of one family under one parent; a
// run chains the groups whose numbers go on across parents (1.–4. under （一）, 5. under （二）).
import type { MarkerFamily, NoticeDocument, Section } from '../model';
import { RUNNING } from '../outline/markers';
import { decimalPrefix, numeralToken } from './markerText';

export interface SiblingGroup {
	/** The parent heading, null for the document's top level. */
	parent: Section | null;
	/** The nearest plan, annex, part or box above (null: the document): numbers run within it. */
	container: Section | null;
	key: string;
	family: MarkerFamily;
	sections: Section[];
}

export interface NumberingRun {
	key: string;
	family: MarkerFamily;
	groups: SiblingGroup[];
	/** Every heading of the run, in document order. */
	sections: Section[];
}

/** The family a heading counts in: its family, decimal numbering by depth (1.2 and 1.2.1 apart). */
export function sectionKey(s: Section): string {
	return s.family === 'decimal' ? `decimal${s.level - 2}` : s.family;
}

/** Whether the heading carries a number a reader counts (not a plan title, an unnumbered part, 附件 alone). */
export function isNumbered(s: Section): boolean {
	return s.number > 0 && s.family !== 'plan' && numeralToken(s.marker, s.family) !== null;
}

const CONTAINER_KINDS = new Set(['plan', 'annex', 'part', 'box']);

/** Every sibling group of numbered headings, in document order of their first heading. */
export function siblingGroups(doc: NoticeDocument): SiblingGroup[] {
	const out: SiblingGroup[] = [];
	const visit = (list: readonly Section[], parent: Section | null, container: Section | null, depth: number) => {
		if (depth > 64) { return; }
		const byKey = new Map<string, SiblingGroup>();
		for (const s of list) {
			if (!isNumbered(s)) { continue; }
			const key = sectionKey(s);
			let g = byKey.get(key);
			if (!g) {
				g = { parent, container, key, family: s.family, sections: [] };
				byKey.set(key, g);
				out.push(g);
			}
			g.sections.push(s);
		}
		for (const s of list) {
			visit(s.children, s, CONTAINER_KINDS.has(s.kind) ? s : container, depth + 1);
		}
	};
	visit(doc.sections, null, null, 0);
	return out.sort((a, b) => a.sections[0].offset - b.sections[0].offset);
}

/**
 * Groups chained into numbering runs. A group of a running family continues the previous group
 * of its family in the same container when it starts just after it (5. after 1.–4., or 6. with
 * 5. missing) and has no 1 of its own; 1. or 2. after 1.–7. starts a new run.
 */
export function numberingRuns(doc: NoticeDocument): NumberingRun[] {
	const runs: NumberingRun[] = [];
	const lastRun = new Map<Section | null, Map<string, NumberingRun>>();
	for (const g of siblingGroups(doc)) {
		let inContainer = lastRun.get(g.container);
		if (!inContainer) { inContainer = new Map(); lastRun.set(g.container, inContainer); }
		const prev = inContainer.get(g.key);
		const first = g.sections[0].number;
		// A group that has a 1 of its own numbers per parent: it does not run on (（三）（一）（二）).
		// Articles and chapters always count on across chapters (a second document's 第一条 restarts).
		const ownOne = g.family !== 'article' && g.family !== 'chapter' && g.sections.some(s => s.number === 1);
		if (prev && RUNNING.has(g.family) && first > 1 && !ownOne) {
			const last = prev.sections[prev.sections.length - 1].number;
			if (first > last && first <= last + 3) {
				prev.groups.push(g);
				prev.sections.push(...g.sections);
				continue;
			}
		}
		const run: NumberingRun = { key: g.key, family: g.family, groups: [g], sections: [...g.sections] };
		inContainer.set(g.key, run);
		runs.push(run);
	}
	return runs;
}

/** The run holding `section`, or null. */
export function runOf(doc: NoticeDocument, section: Section): NumberingRun | null {
	return numberingRuns(doc).find(r => r.sections.includes(section)) ?? null;
}

/** The group holding `section`, or null. */
export function groupOf(doc: NoticeDocument, section: Section): SiblingGroup | null {
	return siblingGroups(doc).find(g => g.sections.includes(section)) ?? null;
}

/**
 * A run cut where its numbering restarts: a 1 followed by a 2 after at least two headings (a
 * second enumeration in one article: `（一）…（六）`, then `（一）（二）` of the next 款), or where a
 * decimal number's prefix changes. A repeated or misplaced 1 does not restart (`1, 1, 2`; `2, 3, 1, 4`).
 */
export function restartSequences(sections: readonly Section[]): Section[][] {
	const out: Section[][] = [];
	let cur: Section[] = [];
	sections.forEach((s, i) => {
		// 3.1 after 2.2 counts under another number: a sequence of its own.
		const otherPrefix = cur.length > 0 && s.family === 'decimal' && decimalPrefix(s.marker, s.family) !== decimalPrefix(cur[cur.length - 1].marker, 'decimal');
		if (otherPrefix || (s.number === 1 && cur.length >= 2 && sections[i + 1]?.number === 2)) {
			out.push(cur);
			cur = [];
		}
		cur.push(s);
	});
	if (cur.length) { out.push(cur); }
	return out;
}
