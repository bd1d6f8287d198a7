// The task table as data for others: JSON (the CLI's `tasks --format json` shape), CSV (UTF-8
// with BOM and CRLF, so spreadsheet programs open it as Chinese text), Markdown and XLSX (built
// in memory with write-excel-file; the caller writes the bytes). One header row, then one row per
// task; lists are joined the same way in every text format.
import { csvField } from '../metrics/export';
import type { TaskRow } from './table';

export const TASK_COLUMNS = ['file', 'offset', 'end', 'number', 'path', 'title', 'lead', 'responsible', 'deadline', 'targets'] as const;
/** The last column, only when the rows carry notes (the caller passed the files' notes). */
export const NOTES_COLUMN = 'notes';
export type TaskColumn = typeof TASK_COLUMNS[number] | typeof NOTES_COLUMN;

/** The columns of these rows: TASK_COLUMNS, then `notes` when any row carries notes. */
export function taskColumns(rows: readonly TaskRow[]): TaskColumn[] {
	return rows.some(r => r.notes) ? [...TASK_COLUMNS, NOTES_COLUMN] : [...TASK_COLUMNS];
}

export interface TaskExportOptions {
	/** Maps a row's file key for output (a path relative to the workspace, a file name). */
	fileName?: (file: string) => string;
	/** Header text per column (the editor's UI language); default: the column's key. */
	labels?: Partial<Record<TaskColumn, string>>;
}

/** One task in the JSON shape: `{"file", "offset", "end", "path", "title", "lead", "responsible", "deadline", "targets"}`, then `"notes"` when the rows carry notes. */
export type TaskJson = Omit<TaskRow, 'number'>;

/** Separators inside a cell: units by 、, targets by ；, the section path by › , notes by a line break (a blank in Markdown). */
const UNIT_SEPARATOR = '、';
const TARGET_SEPARATOR = '；';
const PATH_SEPARATOR = ' › ';
const NOTE_SEPARATOR = '\n';

/** `{"tasks": [...]}`, exactly those keys, in that order. */
export function tasksJson(rows: readonly TaskRow[], options: TaskExportOptions = {}): { tasks: TaskJson[] } {
	const name = options.fileName ?? (f => f);
	return {
		tasks: rows.map(r => ({
			file: name(r.file), offset: r.offset, end: r.end, path: [...r.path], title: r.title,
			lead: [...r.lead], responsible: [...r.responsible], deadline: r.deadline, targets: [...r.targets],
			...(r.notes ? { notes: [...r.notes] } : {}),
		})),
	};
}

/** A row's value in one column, as the text formats and the spreadsheet show it. */
export function cellValue(row: TaskRow, column: TaskColumn, fileName: (file: string) => string = f => f): string | number {
	switch (column) {
		case 'file': return fileName(row.file);
		case 'offset': return row.offset;
		case 'end': return row.end;
		case 'number': return row.number;
		case 'path': return row.path.join(PATH_SEPARATOR);
		case 'title': return row.title;
		case 'lead': return row.lead.join(UNIT_SEPARATOR);
		case 'responsible': return row.responsible.join(UNIT_SEPARATOR);
		case 'deadline': return row.deadline ?? '';
		case 'targets': return row.targets.join(TARGET_SEPARATOR);
		case 'notes': return (row.notes ?? []).join(NOTE_SEPARATOR);
	}
}

function headers(columns: readonly TaskColumn[], options: TaskExportOptions): string[] {
	return columns.map(c => options.labels?.[c] ?? c);
}

/** A header row, then one row per task; starts with a BOM, lines end with CRLF. */
export function tasksCsv(rows: readonly TaskRow[], options: TaskExportOptions = {}): string {
	const columns = taskColumns(rows);
	const lines = [headers(columns, options).map(csvField).join(',')];
	for (const r of rows) { lines.push(columns.map(c => csvField(cellValue(r, c, options.fileName))).join(',')); }
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A Markdown table: `|` escaped, line breaks folded to blanks. */
export function tasksMarkdown(rows: readonly TaskRow[], options: TaskExportOptions = {}): string {
	const cell = (v: string | number) => String(v).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
	const line = (cells: (string | number)[]) => `| ${cells.map(cell).join(' | ')} |`;
	const columns = taskColumns(rows);
	const out = [line(headers(columns, options)), `|${columns.map(c => (c === 'offset' || c === 'end' ? ' ---: ' : ' --- ')).join('|')}|`];
	for (const r of rows) { out.push(line(columns.map(c => cellValue(r, c, options.fileName)))); }
	return out.join('\n') + '\n';
}

/** Column widths (characters) in the spreadsheet. */
const WIDTHS: Record<TaskColumn, number> = {
	file: 28, offset: 9, end: 9, number: 8, path: 36, title: 36, lead: 28, responsible: 40, deadline: 12, targets: 40, notes: 48,
};

/** The table as an `.xlsx` file's bytes: a bold header row that stays in view, numbers as numbers. */
export async function tasksXlsx(rows: readonly TaskRow[], options: TaskExportOptions = {}): Promise<Uint8Array> {
	const columns = taskColumns(rows);
	const data = [
		headers(columns, options).map(h => ({ value: h, fontWeight: 'bold' as const })),
		...rows.map(r => columns.map(c => {
			const v = cellValue(r, c, options.fileName);
			// an empty cell, not an empty string: spreadsheets count and filter it as blank
			return typeof v === 'number' ? { value: v, type: Number } : v === '' ? null : { value: v, type: String };
		})),
	];
	// Loaded here, not with the module: every CLI command and the editor's other exports load this file.
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	const blob = await writeXlsxFile(data, { sheet: 'tasks', columns: columns.map(c => ({ width: WIDTHS[c] })), stickyRowsCount: 1 }).toBlob();
	return new Uint8Array(await blob.arrayBuffer());
}
