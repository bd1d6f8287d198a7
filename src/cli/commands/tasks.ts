// `tasks FILE|DIR… [--format json|csv|md|xlsx] [--out F]`: the task table (任务分工表) of the
// notices below the roots: number, section path, task, lead and responsible units, deadline,
// targets. Files below a folder that are not notices are skipped; files named are always read.
// Without --format: one line per task. xlsx is binary and needs --out; --out writes any format
// to F (atomically) instead of printing it. A notice's notes (its sidecar `FILE.notes.json`,
// src/core/notes/) are listed in a last column `notes` when any file has a sidecar.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analysis } from '../../core/analysis';
import { writeAtomic } from '../../core/io/cacheFile';
import { parseSidecar, sidecarPathOf, type Note } from '../../core/notes/index';
import { taskTable, type TableInput, type TaskRow } from '../../core/tasks/table';
import { tasksCsv, tasksJson, tasksMarkdown, tasksXlsx } from '../../core/tasks/tableExport';
import { LineIndex } from '../../core/text/lineIndex';
import { collectFiles, scopeFlags, type ScopeFlags } from '../files';
import { CliError, readOrReport } from '../input';
import type { CommandResult } from '../main';
import type { Report } from '../report';

const FORMATS = ['json', 'csv', 'md', 'xlsx'] as const;
type Format = typeof FORMATS[number];

export async function tasksCommand(roots: string[], values: Record<string, unknown>, report: Report): Promise<CommandResult> {
	if (!roots.length) { throw new CliError('tasks: expected at least one DIR or FILE'); }
	const format = values.format === undefined ? undefined : String(values.format);
	if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
		throw new CliError(`tasks: --format must be one of ${FORMATS.join(', ')}`);
	}
	const out = values.out === undefined ? undefined : String(values.out);
	if (format === 'xlsx' && !out) { throw new CliError('tasks: --format xlsx writes a binary file: give it with --out F'); }
	const { inputs, texts } = readNotices(roots, report, scopeFlags(values));
	const rows = taskTable(inputs); // each input's analysis reports to the report, naming its file
	const body = await render(rows, format as Format | undefined, texts);
	if (out === undefined) { return { output: typeof body === 'string' ? body : '', verbatim: format === 'csv' || format === 'md' }; }
	try {
		await writeAtomic(path.resolve(out), [typeof body === 'string' ? Buffer.from(body, 'utf8') : body]);
	} catch (e) {
		throw new CliError(`tasks: cannot write ${out}: ${(e as Error).message}`);
	}
	return { output: '' };
}

async function render(rows: TaskRow[], format: Format | undefined, texts: Map<string, string>): Promise<string | Uint8Array> {
	switch (format) {
		case 'json': return JSON.stringify(tasksJson(rows));
		case 'csv': return tasksCsv(rows);
		case 'md': return tasksMarkdown(rows);
		case 'xlsx': return tasksXlsx(rows);
		default: return plain(rows, texts);
	}
}

/** FILE:LINE:COL  number title  牵头 … | 责任 …  deadline — one line per task. */
function plain(rows: readonly TaskRow[], texts: Map<string, string>): string {
	const indexes = new Map<string, LineIndex>();
	return rows.map(r => {
		let idx = indexes.get(r.file);
		if (!idx) { idx = new LineIndex(texts.get(r.file) ?? ''); indexes.set(r.file, idx); }
		const p = idx.position(r.offset);
		const rel = path.relative(process.cwd(), r.file);
		const units = [r.lead.length ? `牵头 ${r.lead.join('、')}` : '', r.responsible.length ? `责任 ${r.responsible.join('、')}` : ''].filter(Boolean).join(' | ');
		return [`${rel.startsWith('..') ? r.file : rel}:${p.line + 1}:${p.character + 1}`, `${r.number}${r.title}`, units || '—', r.deadline ?? ''].join('  ').trimEnd();
	}).join('\n');
}

/** Every readable file below the roots, analysed; non-notices found in folders are left out. */
function readNotices(roots: string[], report: Report, flags: ScopeFlags): { inputs: TableInput[]; texts: Map<string, string> } {
	const inputs: TableInput[] = [];
	const texts = new Map<string, string>();
	for (const root of roots) {
		const folder = isFolder(root);
		for (const file of collectFiles([root], report, flags)) {
			if (texts.has(file)) { continue; }
			const text = readOrReport(file, report);
			if (text === undefined) { continue; }
			const analysis = new Analysis(text, report.coreErrorsIn(file));
			if (folder && !analysis.detection.isNotice) { continue; }
			inputs.push({ file, analysis, notes: readNotes(file, report) });
			texts.set(file, text);
		}
	}
	// Every file's rows carry notes (none for a file without a sidecar) once one file has some: the column is there for all.
	if (inputs.some(i => i.notes)) { for (const i of inputs) { i.notes ??= []; } }
	return { inputs, texts };
}

/** The notes of the file's sidecar, if it has one; a sidecar that cannot be read is reported and left out. */
function readNotes(file: string, report: Report): Note[] | undefined {
	const sidecar = sidecarPathOf(file);
	if (!fs.existsSync(sidecar)) { return undefined; }
	let json: string;
	try { json = fs.readFileSync(sidecar, 'utf8'); } catch (e) {
		report.warn(`${sidecar}: cannot read the notes: ${(e as Error).message}`);
		return undefined;
	}
	const read = parseSidecar(json);
	if (!read.ok) { report.warn(`${sidecar}: notes left out: ${read.error}`); return undefined; }
	return read.notes;
}

function isFolder(p: string): boolean {
	try { return fs.statSync(p).isDirectory(); } catch { return false; }
}
