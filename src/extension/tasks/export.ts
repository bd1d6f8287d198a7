// The task table's exports, in the CLI's formats (src/core/tasks/tableExport.ts): CSV (UTF-8
// with BOM, CRLF), Markdown and XLSX. The formats' module is loaded on the first export: the
// XLSX writer is a large part of the bundle and activation does not need it.
import type { TaskRow } from '../../core/tasks/table';
import type { TaskExportOptions } from '../../core/tasks/tableExport';
import type { TaskExportFormat } from './messages';

/** The bytes of `rows` (in their order) as a file of `format`. */
export async function taskTableBytes(format: TaskExportFormat, rows: readonly TaskRow[], options: TaskExportOptions): Promise<Uint8Array> {
	const formats = await import('../../core/tasks/tableExport');
	switch (format) {
		case 'csv': return new TextEncoder().encode(formats.tasksCsv(rows, options));
		case 'md': return new TextEncoder().encode(formats.tasksMarkdown(rows, options));
		case 'xlsx': return formats.tasksXlsx(rows, options);
	}
}

/** The save dialog's file filter of a format. */
export function exportFilter(format: TaskExportFormat): Record<string, string[]> {
	switch (format) {
		case 'csv': return { CSV: ['csv'] };
		case 'md': return { Markdown: ['md'] };
		case 'xlsx': return { Excel: ['xlsx'] };
	}
}
