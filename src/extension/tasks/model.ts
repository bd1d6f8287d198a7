// The task table as the view shows it: the core's rows (src/core/tasks/table.ts) with a running
// number and a file name, filtered by words and by a unit, sorted by a column. Pure (no vscode
// import): the order is unit-tested in plain Node, and an export writes the rows in it.
import type { TaskRow } from '../../core/tasks/table';
import { foldForFilter as fold } from '../../core/text/width';
import type { UnitNormalizer } from '../../core/units/normalize';
import { compareChinese } from '../../core/text/collate';

/** One row as the webview draws it; `seq` is its 1-based place in text order (序号). */
export interface TaskViewRow extends TaskRow {
	seq: number;
	fileName: string;
}

export const SORT_KEYS = ['seq', 'path', 'title', 'lead', 'responsible', 'deadline', 'targets', 'file'] as const;
export type TaskSortKey = typeof SORT_KEYS[number];
export const isSortKey = (s: unknown): s is TaskSortKey => typeof s === 'string' && (SORT_KEYS as readonly string[]).includes(s);

/** The active notice's tasks, or those of every notice of the workspace. */
export type TaskScope = 'document' | 'workspace';

export interface TaskQuery {
	/** Words that must all occur in the row (a unit's name also as the unit table spells it). */
	filter: string;
	/** Only tasks this unit leads or shares ('' for all). */
	unit: string;
	scope: TaskScope;
	sort: TaskSortKey;
	descending: boolean;
}

export const DEFAULT_QUERY: TaskQuery = { filter: '', unit: '', scope: 'document', sort: 'seq', descending: false };

/** The view's rows of the core's rows, numbered in the order given. */
export function toViewRows(rows: readonly TaskRow[], fileName: (file: string) => string): TaskViewRow[] {
	const names = new Map<string, string>();
	return rows.map((r, i) => {
		let name = names.get(r.file);
		if (name === undefined) { name = fileName(r.file); names.set(r.file, name); }
		return {
			seq: i + 1, file: r.file, fileName: name, offset: r.offset, end: r.end, number: r.number, path: r.path,
			title: r.title, lead: r.lead, responsible: r.responsible, deadline: r.deadline, targets: r.targets,
			...(r.notes ? { notes: r.notes } : {}),
		};
	});
}

/** The core's row back from a view row (what the exports write). */
export function toTaskRow(r: TaskViewRow): TaskRow {
	return {
		file: r.file, offset: r.offset, end: r.end, number: r.number, path: r.path, title: r.title,
		lead: r.lead, responsible: r.responsible, deadline: r.deadline, targets: r.targets,
		...(r.notes ? { notes: r.notes } : {}),
	};
}

/** The units of the rows (lead or responsible), the most frequent first, then by name. */
export function unitsOf(rows: readonly TaskViewRow[]): string[] {
	const counts = new Map<string, number>();
	for (const r of rows) {
		for (const u of new Set([...r.lead, ...r.responsible])) { counts.set(u, (counts.get(u) ?? 0) + 1); }
	}
	return [...counts].sort((a, b) => b[1] - a[1] || compareChinese(a[0], b[0])).map(([u]) => u);
}

/**
 * A table made once per set of rows: the folded text a filter looks in and the sort keys, so a
 * query (asked at every pause in typing) over 10,000 rows only compares.
 */
export class TaskTableIndex {
	private readonly hay: string[];
	/** Per column, each row's rank in that column's order (-1: nothing in it), made on the first sort by it. */
	private readonly ranks = new Map<TaskSortKey, Int32Array>();

	constructor(readonly rows: readonly TaskViewRow[], private readonly normalize?: UnitNormalizer) {
		this.hay = rows.map(r => fold([
			r.number, r.title, ...r.path, ...r.lead, ...r.responsible, r.deadline ?? '', ...r.targets, ...(r.notes ?? []), r.fileName,
		].join('\n')));
	}

	/** Indices into `rows` of the rows the query shows, in its order (ties in text order). */
	query(q: TaskQuery): number[] {
		const words = fold(q.filter).split(/\s+/).filter(Boolean).map(w => this.alternatives(w));
		const out: number[] = [];
		for (let i = 0; i < this.rows.length; i++) {
			const r = this.rows[i];
			if (q.unit && !r.lead.includes(q.unit) && !r.responsible.includes(q.unit)) { continue; }
			if (words.every(alts => alts.some(w => this.hay[i].includes(w)))) { out.push(i); }
		}
		if (q.sort === 'seq') { return q.descending ? out.reverse() : out; }
		const ranks = this.ranksOf(q.sort);
		const sign = q.descending ? -1 : 1;
		// Rows with nothing in the column go last either way: a deadline-less task is not "earliest".
		return out.sort((a, b) => {
			const x = ranks[a], y = ranks[b];
			if (x < 0 || y < 0) { return x === y ? a - b : x < 0 ? 1 : -1; }
			return sign * (x - y) || a - b;
		});
	}

	/** A word, and the unit name it stands for when the unit table knows it (省发改委 finds 省发展改革委). */
	private alternatives(word: string): string[] {
		const unit = this.normalize?.(word);
		return unit && fold(unit) !== word ? [word, fold(unit)] : [word];
	}

	/** The rows' ranks in a column: its distinct texts collated once, so a sort compares numbers. */
	private ranksOf(sort: Exclude<TaskSortKey, 'seq'>): Int32Array {
		let ranks = this.ranks.get(sort);
		if (!ranks) {
			const texts = this.rows.map(r => sortText(r, sort));
			const rankOf = new Map([...new Set(texts)].filter(Boolean).sort(compareChinese).map((t, i) => [t, i]));
			ranks = Int32Array.from(texts, t => rankOf.get(t) ?? -1);
			this.ranks.set(sort, ranks);
		}
		return ranks;
	}
}

function sortText(r: TaskViewRow, sort: Exclude<TaskSortKey, 'seq'>): string {
	switch (sort) {
		case 'path': return r.path.join('\u0001');
		case 'title': return r.title;
		case 'lead': return r.lead.join('、');
		case 'responsible': return r.responsible.join('、');
		case 'deadline': return r.deadline ?? '';
		case 'targets': return r.targets.join('；');
		case 'file': return r.fileName;
	}
}

