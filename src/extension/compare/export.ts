// The Compare Targets view's exports. CSV is the core's (UTF-8 with BOM, one row per target, the
// CLI's `targets --by-metric --csv`). XLSX has two sheets: the table as shown (metrics × notices,
// a cell with one target holds its value as a number in the row's unit, a cell with several
// lists them) and the same rows as the CSV, values and years as numbers. Pure: no vscode import.
import type { Row, SheetData } from 'write-excel-file/node';
import { CSV_COLUMNS, metricGroupsCsv, metricGroupsJson } from '../../core/metrics/export';
import type { MetricGroup } from '../../core/metrics/group';
import type { CompareCell, CompareTable } from '../../core/metrics/table';

/** The localized words of the XLSX file. */
export interface XlsxLabels {
	comparisonSheet: string;
	targetsSheet: string;
	metric: string;
	unit: string;
	notices: string;
}

/** The CSV bytes (the BOM included) of the groups, in their order. */
export function compareCsv(groups: readonly MetricGroup[], fileName: (file: string) => string): Uint8Array {
	return new TextEncoder().encode(metricGroupsCsv(groups, fileName));
}

/** The header of a notice's column: its name and, to tell two notices of one region apart, its file. */
export function columnHeader(c: CompareTable['columns'][number]): string {
	return c.label === c.fileName ? c.label : `${c.label}（${c.fileName}）`;
}

/** A cell of the comparison sheet: one target's value as a number, several as text (`>500（2020）；>1000（2025）`). */
export function comparisonCell(cells: readonly CompareCell[] | undefined): string | number | null {
	if (!cells?.length) { return null; }
	if (cells.length === 1) { return cells[0].value; }
	return cells.map(c => (c.deadline === null ? c.display : `${c.display}（${c.deadline}）`)).join('；');
}

/** The rows of the comparison sheet: a header, then one row per metric of `table`. */
export function comparisonRows(table: CompareTable, labels: XlsxLabels): SheetData {
	const header: Row = [labels.metric, labels.unit, labels.notices, ...table.columns.map(columnHeader)].map(bold);
	return [header, ...table.rows.map(r => [r.metric, r.unit, r.notices, ...table.columns.map(c => comparisonCell(r.cells[c.id]))])];
}

/** The rows of the targets sheet: the CSV's columns and rows, numbers as numbers. */
export function targetRows(groups: readonly MetricGroup[], fileName: (file: string) => string): SheetData {
	const rows: SheetData = [CSV_COLUMNS.map(bold)];
	for (const g of metricGroupsJson(groups, fileName).metrics) {
		for (const t of g.targets) { rows.push([g.metric, g.unit, t.file, t.offset, t.end, t.text, t.value, t.deadline]); }
	}
	return rows;
}

/**
 * The XLSX bytes: `table` (the rows and columns shown) and `groups` (the same metrics, in the
 * same order) as the comparison and the targets sheets.
 */
export async function compareXlsx(table: CompareTable, groups: readonly MetricGroup[], fileName: (file: string) => string, labels: XlsxLabels): Promise<Buffer> {
	// Loaded on the first export: the writer is a third of the bundle, activation does not need it.
	const { default: writeXlsxFile } = await import('write-excel-file/node');
	return writeXlsxFile([
		{ sheet: sheetName(labels.comparisonSheet), data: comparisonRows(table, labels), stickyRowsCount: 1, stickyColumnsCount: 1, columns: [{ width: 36 }, { width: 8 }, { width: 8 }, ...table.columns.map(() => ({ width: 16 }))] },
		{ sheet: sheetName(labels.targetsSheet), data: targetRows(groups, fileName), stickyRowsCount: 1, columns: [{ width: 36 }, { width: 8 }, { width: 40 }, { width: 8 }, { width: 8 }, { width: 40 }, { width: 10 }, { width: 8 }] },
	]).toBuffer();
}

function bold(value: string): { value: string; fontWeight: 'bold' } {
	return { value, fontWeight: 'bold' };
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
	return name.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).trim() || 'Sheet';
}
