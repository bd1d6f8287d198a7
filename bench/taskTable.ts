// npm run bench: the task table view with 10,000 rows (the samples' tasks repeated): making the
// index the view queries (once per set of rows), a filter per pause in typing, a sort by each
// column (the first sort by a column collates it; later ones compare ranks), and the size of
// the one `rows` message the page receives (a query sends only the order).
import { Analysis } from '../src/core/analysis';
import { taskRows, type TaskRow } from '../src/core/tasks/table';
import { createUnitNormalizer } from '../src/core/units/normalize';
import { DEFAULT_QUERY, SORT_KEYS, TaskTableIndex, toViewRows } from '../src/extension/tasks/model';
import { readSample, sampleNames } from '../test/unit/paths';
import { median, time } from './corpus';

const ROWS = 10_000;

export function benchTaskTable(): string[] {
	const lines = [`task table view (${ROWS.toLocaleString('en')} rows: the samples' tasks repeated)`];
	const base: TaskRow[] = sampleNames().flatMap(n => taskRows(new Analysis(readSample(n)), `file:///w/${n}.txt`));
	const rows: TaskRow[] = Array.from({ length: ROWS }, (_, i) => ({ ...base[i % base.length], file: `file:///w/copy${Math.floor(i / base.length)}.txt` }));
	const normalize = createUnitNormalizer();
	const view = toViewRows(rows, f => f.replace(/^.*\//, ''));
	const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;
	lines.push(`  index (fold the text of every row)          ${fmt(median(time(5, () => new TaskTableIndex(view, normalize))))}`);
	const index = new TaskTableIndex(view, normalize);
	for (const filter of ['科技', '省科技厅 人工智能', '省发改委']) {
		lines.push(`  filter "${filter}"${' '.repeat(Math.max(1, 26 - filter.length * 2))}${fmt(median(time(10, () => index.query({ ...DEFAULT_QUERY, filter }))))}   ${index.query({ ...DEFAULT_QUERY, filter }).length} rows`);
	}
	for (const sort of SORT_KEYS) {
		const fresh = new TaskTableIndex(view, normalize);
		const first = median(time(1, () => fresh.query({ ...DEFAULT_QUERY, sort })));
		const again = median(time(10, () => fresh.query({ ...DEFAULT_QUERY, sort, descending: true })));
		lines.push(`  sort by ${sort.padEnd(12)} first ${fmt(first)}, again ${fmt(again)}`);
	}
	lines.push(`  rows message (JSON)                          ${(JSON.stringify(view).length / 1e6).toFixed(2)} MB`);
	return lines;
}

if (require.main === module) {
	console.log(benchTaskTable().join('\n'));
}
