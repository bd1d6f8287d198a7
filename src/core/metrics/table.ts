// The workspace's metrics as a table: one row per metric, one column per notice, in each cell
// the targets that notice sets for that metric (values in the row's unit, so a row reads as a
// comparison). The Compare Targets view shows it filtered and sorted; the XLSX export writes
// it. Pure data: it crosses to the webview as JSON.
import { foldForFilter as fold } from '../text/width';
import { valueInGroup, type MetricGroup } from './group';
import { formatValue } from './lookup';
import { noticeLabel, type MetricNotice } from './notices';
import { compareChinese } from '../text/collate';

export interface CompareColumn {
	/** `file#document`. */
	id: string;
	file: string;
	document: number;
	/** Region, else issuer, else title, else the file name. */
	label: string;
	/** The document's title ('' when it has none). */
	title: string;
	year: number | null;
	fileName: string;
}

export interface CompareCell {
	/** `file#offset`: the target, for opening it. */
	id: string;
	file: string;
	offset: number;
	end: number;
	/** The target as written. */
	text: string;
	/** In the row's unit (lower bound of a range), for sorting. */
	value: number;
	/** As the notice bounds it, in the row's unit, without the unit: ≥500, 3–5, ~5.5. */
	display: string;
	deadline: number | null;
}

export interface CompareRow {
	/** Unique in its table. */
	id: string;
	/** The metric with its kind of figure when the phrase does not say it (MetricGroup.label). */
	metric: string;
	unit: string;
	/** How many notices (columns) set it. */
	notices: number;
	/** The targets by column id, in file order; a column without one is absent. */
	cells: Record<string, CompareCell[]>;
}

export interface CompareTable {
	columns: CompareColumn[];
	rows: CompareRow[];
}

/** What the table needs of a grouping: its groups and the notices the members are in. */
export interface TableSource {
	readonly groups: readonly MetricGroup[];
	notice(file: string, document: number): MetricNotice | undefined;
}

/** The table of a grouping; columns by how many metrics a notice sets (most first), rows in group order. */
export function compareTable(source: TableSource, fileName: (file: string) => string): CompareTable {
	const columns = new Map<string, CompareColumn>();
	const counts = new Map<string, number>();
	const used = new Set<string>();
	const rows: CompareRow[] = source.groups.map(g => {
		const cells: Record<string, CompareCell[]> = {};
		const bare = { unit: '', factor: g.factor };
		for (const m of g.members) {
			const t = m.target;
			const columnId = `${m.file}#${t.document}`;
			if (!columns.has(columnId)) {
				const n = source.notice(m.file, t.document);
				const name = fileName(m.file);
				columns.set(columnId, { id: columnId, file: m.file, document: t.document, label: noticeLabel(n, name), title: n?.title ?? '', year: n?.year ?? null, fileName: name });
			}
			(cells[columnId] ??= []).push({
				id: `${m.file}#${t.offset}`, file: m.file, offset: t.offset, end: t.end, text: t.text,
				value: valueInGroup(g, t), display: formatValue(bare, t), deadline: t.normalized.deadline,
			});
		}
		const ids = Object.keys(cells);
		for (const c of ids) { counts.set(c, (counts.get(c) ?? 0) + 1); }
		let id = `${g.label}\u0000${g.unit}`;
		for (let i = 2; used.has(id); i++) { id = `${g.label}\u0000${g.unit}\u0000${i}`; }
		used.add(id);
		return { id, metric: g.label, unit: g.unit, notices: ids.length, cells };
	});
	const ordered = [...columns.values()].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || compareChinese(a.label, b.label) || compareText(a.id, b.id));
	return { columns: ordered, rows };
}

/** `metric`, `unit`, `notices`, or `column:<column id>`. */
export type SortKey = 'metric' | 'unit' | 'notices' | `column:${string}`;

export interface TableQuery {
	/** Words that must all occur in the row: its metric, unit, targets or the names of the notices that set it. */
	filter: string;
	/** Also metrics set by one notice only. */
	showAll: boolean;
	sort: SortKey;
	descending: boolean;
}

export const DEFAULT_QUERY: TableQuery = { filter: '', showAll: false, sort: 'notices', descending: true };

/**
 * The rows a query shows, sorted, and the columns that have a cell in them. Sorting by a
 * notice's column puts the metrics it sets first (by its value), the others after (by metric).
 */
export function queryTable(table: CompareTable, q: TableQuery): CompareTable {
	const words = fold(q.filter).split(/\s+/).filter(Boolean);
	let rows = table.rows.filter(r => q.showAll || r.notices >= 2);
	if (words.length) {
		const hay = searchTexts(table);
		rows = rows.filter(r => words.every(w => hay.get(r)!.includes(w)));
	}
	const sign = q.descending ? -1 : 1;
	const byMetric = (a: CompareRow, b: CompareRow) => compareChinese(a.metric, b.metric) || compareText(a.id, b.id);
	let order: (a: CompareRow, b: CompareRow) => number;
	if (q.sort === 'metric') {
		order = (a, b) => sign * byMetric(a, b);
	} else if (q.sort === 'unit') {
		order = (a, b) => sign * compareChinese(a.unit, b.unit) || byMetric(a, b);
	} else if (q.sort === 'notices') {
		order = (a, b) => sign * (a.notices - b.notices) || byMetric(a, b);
	} else {
		const column = q.sort.slice('column:'.length);
		order = (a, b) => {
			const x = a.cells[column]?.[0], y = b.cells[column]?.[0];
			if (x && y) { return sign * (x.value - y.value) || byMetric(a, b); }
			return x ? -1 : y ? 1 : byMetric(a, b);
		};
	}
	rows = [...rows].sort(order);
	const shown = new Set(rows.flatMap(r => Object.keys(r.cells)));
	return { columns: table.columns.filter(c => shown.has(c.id)), rows };
}

/** Each row's text a filter looks in, folded; made once per table (a filter is asked for at every pause in typing). */
const searchCache = new WeakMap<CompareTable, Map<CompareRow, string>>();
function searchTexts(table: CompareTable): Map<CompareRow, string> {
	let texts = searchCache.get(table);
	if (!texts) {
		const byId = new Map(table.columns.map(c => [c.id, c]));
		texts = new Map(table.rows.map(r => [r, fold([r.metric, r.unit, ...Object.entries(r.cells).flatMap(([c, cells]) => {
			const col = byId.get(c);
			return [col?.label ?? '', col?.title ?? '', col?.fileName ?? '', ...cells.map(x => x.text)];
		})].join('\n'))]));
		searchCache.set(table, texts);
	}
	return texts;
}

/** Whether `sort` names a way the table can be sorted (a column only when the table has it). */
export function isSortKey(table: CompareTable, sort: string): sort is SortKey {
	if (sort === 'metric' || sort === 'unit' || sort === 'notices') { return true; }
	return sort.startsWith('column:') && table.columns.some(c => c.id === sort.slice('column:'.length));
}


function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
