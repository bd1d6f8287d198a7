// The task table (任务分工表) of one or many notices: one row per task with its number, section
// path, title, lead and responsible units (names normalized, src/core/units/), deadline and
// targets. Pure: the rows come from the analyses the caller has; formats are in tableExport.ts.
import type { Analysis } from '../analysis';
import type { ErrorSink } from '../errors';
import type { DateMention } from '../annotations/types';
import { createUnitNormalizer, normalizeUnits, type UnitAliases, type UnitNormalizer } from '../units/normalize';
import { notesPerRow, resolveAnchors, type Note } from '../notes/index';
import { extractTasks } from './extract';
import type { Task } from './types';

export interface TaskRow {
	/** The file key the caller gave (a path or URI string). */
	file: string;
	/** Start and end (exclusive) of the task in the file's text, UTF-16 offsets. */
	offset: number;
	end: number;
	/** The task's marker as written (`（三）`, `8.`, `专栏2`), '' for run-in and body tasks. */
	number: string;
	/** Marker and title of the enclosing sections, outermost first. */
	path: string[];
	title: string;
	/** Lead units (牵头), normalized, each once. */
	lead: string[];
	/** Other responsible units (责任/配合/参加), normalized, leads left out. */
	responsible: string[];
	/** ISO date: the latest deadline the task's text states, else its targets' latest deadline year's last day; null when none. */
	deadline: string | null;
	/** The texts of the task's targets (`达到212公里`). */
	targets: string[];
	/** The notes on the task (src/core/notes/, noteLine); present only when the caller passed the file's notes. */
	notes?: string[];
}

export interface TaskTableOptions {
	/** The user's unit-name table (`policyNotice.units.aliases`), applied over the built-in one. */
	aliases?: UnitAliases;
	/** Hears what task extraction catches (default: each analysis's own sink). */
	onError?: ErrorSink;
	/** taskRows only: the file's notes (its sidecar), listed with the task that holds each one's anchor. */
	notes?: readonly Note[];
}

/** A file's analysis under the key its rows carry. */
export interface TableInput {
	file: string;
	analysis: Analysis;
	/** The file's notes (its sidecar): every row of the file then carries `notes`. */
	notes?: readonly Note[];
}

/** The tasks of an analysis under `file` (memoized: the table and its exports ask more than once). */
export function tasksOf(analysis: Analysis, file: string, onError: ErrorSink = analysis.report): Task[] {
	return analysis.stage(`tasks:${file}`, a => extractTasks(a.model, a.annotations, file, onError));
}

/** The rows of one file, in text order. */
export function taskRows(analysis: Analysis, file: string, options: TaskTableOptions = {}): TaskRow[] {
	return withNotes(rowsWith(analysis, file, createUnitNormalizer(options.aliases), options.onError), analysis, options.notes);
}

/** The rows of many files, file by file in the order given. */
export function taskTable(inputs: readonly TableInput[], options: TaskTableOptions = {}): TaskRow[] {
	const normalize = createUnitNormalizer(options.aliases);
	return inputs.flatMap(i => withNotes(rowsWith(i.analysis, i.file, normalize, options.onError), i.analysis, i.notes));
}

/** The rows with the notes each one holds, when there are notes to place. */
function withNotes(rows: TaskRow[], analysis: Analysis, notes: readonly Note[] | undefined): TaskRow[] {
	if (!notes) { return rows; }
	const perRow = notesPerRow(rows, notes, resolveAnchors(analysis, notes.map(n => n.anchor)));
	return rows.map((r, i) => ({ ...r, notes: perRow[i] }));
}

function rowsWith(analysis: Analysis, file: string, normalize: UnitNormalizer, onError?: ErrorSink): TaskRow[] {
	const deadlines = analysis.annotations.dates.filter(d => d.kind === 'deadline');
	const tasks = tasksOf(analysis, file, onError);
	const inherited = headingUnits(tasks);
	return tasks.map(t => {
		const own = t.lead.length || t.responsible.length ? t : inherited(t) ?? t;
		const lead = normalizeUnits(own.lead, normalize);
		return {
			file,
			offset: t.offset,
			end: t.end,
			number: t.marker,
			path: [...t.path],
			title: t.title,
			lead,
			responsible: normalizeUnits(own.responsible, normalize).filter(n => !lead.includes(n)),
			deadline: deadlineOf(t, deadlines),
			targets: t.targets.map(x => x.text),
		};
	});
}

/**
 * The units of the nearest heading above a task that states some in its own text: a note on
 * （三）实施…“六个一”基础工程 covers its items 1–6 when they name no one themselves.
 */
function headingUnits(tasks: readonly Task[]): (t: Task) => Pick<Task, 'lead' | 'responsible'> | undefined {
	const key = (document: number, path: readonly string[]) => `${document}\u0000${path.join('\u0001')}`;
	const byHeading = new Map<string, Task>();
	for (const t of tasks) {
		if (t.kind === 'intro' && (t.lead.length || t.responsible.length)) { byHeading.set(key(t.document, [...t.path, t.marker + t.title]), t); }
	}
	return t => {
		for (let n = t.path.length; n > 0 && byHeading.size; n--) {
			const heading = byHeading.get(key(t.document, t.path.slice(0, n)));
			if (heading) { return heading; }
		}
		return undefined;
	};
}

/** The latest deadline date inside the task, else the last day of its targets' latest deadline year. */
function deadlineOf(task: Task, deadlines: readonly DateMention[]): string | null {
	let best: string | null = null;
	for (const d of deadlines) {
		if (d.document === task.document && d.offset >= task.offset && d.offset < task.end && (best === null || d.iso > best)) { best = d.iso; }
	}
	if (best !== null) { return best; }
	let year: number | null = null;
	for (const t of task.targets) {
		const y = t.deadline === null ? NaN : Number(t.deadline);
		if (Number.isFinite(y) && (year === null || y > year)) { year = y; }
	}
	return year === null ? null : `${year}-12-31`;
}
