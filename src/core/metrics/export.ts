// Metric groups as data for others: the CLI's `targets --by-metric --json` shape and a CSV table
// (UTF-8 with BOM, CRLF, RFC 4180 quoting) that spreadsheet programs open as Chinese text. The
// editor's Compare Targets export writes the same CSV.
import { valueInGroup, type MetricGroup } from './group';

export interface MetricTargetJson {
	file: string;
	offset: number;
	end: number;
	text: string;
	/** Value in the metric's unit (lower bound of a range; negative for a reduction). */
	value: number;
	/** Deadline year, or null. */
	deadline: number | null;
}

export interface MetricGroupJson {
	/** The metric phrase, with its kind of figure when the phrase does not say it (地区生产总值（增幅）). */
	metric: string;
	unit: string;
	targets: MetricTargetJson[];
}

/** `{"metrics": [{"metric", "unit", "targets": [{"file", "offset", "end", "text", "value", "deadline"}]}]}`; `fileName` maps a file key for output. */
export function metricGroupsJson(groups: readonly MetricGroup[], fileName: (file: string) => string = f => f): { metrics: MetricGroupJson[] } {
	return {
		metrics: groups.map(g => ({
			metric: g.label,
			unit: g.unit,
			targets: g.members.map(m => ({
				file: fileName(m.file), offset: m.target.offset, end: m.target.end, text: m.target.text,
				value: valueInGroup(g, m.target), deadline: m.target.normalized.deadline,
			})),
		})),
	};
}

export const CSV_COLUMNS = ['metric', 'unit', 'file', 'offset', 'end', 'text', 'value', 'deadline'] as const;

/** One row per target, grouped rows in group order; starts with a BOM, lines end with CRLF. */
export function metricGroupsCsv(groups: readonly MetricGroup[], fileName: (file: string) => string = f => f): string {
	const rows: string[] = [CSV_COLUMNS.join(',')];
	for (const g of metricGroupsJson(groups, fileName).metrics) {
		for (const t of g.targets) {
			rows.push([g.metric, g.unit, t.file, t.offset, t.end, t.text, t.value, t.deadline ?? ''].map(csvField).join(','));
		}
	}
	return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

/** A CSV field, quoted when it holds a comma, a quote, a line break or leading/trailing blanks. */
export function csvField(v: string | number): string {
	const s = String(v);
	return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
