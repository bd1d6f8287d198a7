// What the workspace catalog keeps of a file, made where the file is analysed (a worker thread):
// whether it is a notice, its headings for Go to Symbol in Workspace with their positions, and —
// when the index wants them — its tasks, and when the metric hover or the Compare Targets view
// wants them, its normalized targets. Plain data, so it crosses a thread cheaply.
import type { Analysis } from '../analysis';
import type { ErrorSink } from '../errors';
import { analyzeText, type AnalyzedFile } from '../index/analyze';
import { sha1 } from '../index/sha1';
import { fileMetrics, type FileMetrics } from '../metrics/notices';
import { taskRows, tasksOf, type TaskRow } from '../tasks/table';
import type { UnitAliases } from '../units/normalize';
import type { SectionKind } from '../model';
import type { Note } from '../notes/index';
import { walkSections } from '../parse';
import { sectionName } from './symbols';
import { linesOf } from './tokens';

export interface WorkspaceSymbolEntry {
	name: string;
	kind: SectionKind;
	container: string;
	/** Heading range as [line, character, endLine, endCharacter]. */
	range: [number, number, number, number];
}

export interface FileSummary {
	/** sha1 of the text (the index's content key). */
	textHash: string;
	length: number;
	isNotice: boolean;
	symbols: WorkspaceSymbolEntry[];
	/** The tasks and strings the index takes (notices only, and only when asked for). */
	analyzed?: AnalyzedFile;
	/** The normalized targets and the notices that set them (notices only, and only when asked for). */
	metrics?: FileMetrics;
	/** The task table's rows under the file's key (notices only, and only when asked for). */
	taskRows?: TaskRow[];
}

/** How the task table's rows are asked for: the user's unit names over the built-in table. */
export interface TaskRowOptions {
	aliases?: UnitAliases;
	/** The notes of the file's sidecar, placed on their rows (re-anchored to this text). */
	notes?: readonly Note[];
}

/** The headings of every notice but duplicates, with the heading above each as its container. */
export function workspaceSymbols(analysis: Analysis): WorkspaceSymbolEntry[] {
	const out: WorkspaceSymbolEntry[] = [];
	const lines = linesOf(analysis);
	const range = (from: number, to: number): [number, number, number, number] => {
		const a = lines.position(from), b = lines.position(to);
		return [a.line, a.character, b.line, b.character];
	};
	for (const doc of analysis.model.documents) {
		if (doc.duplicateOf !== null) { continue; }
		walkSections(doc.sections, (s, ancestors) => {
			out.push({
				name: sectionName(s), kind: s.kind,
				container: ancestors.length ? sectionName(ancestors[ancestors.length - 1]) : doc.title,
				range: range(s.heading.offset, s.heading.end),
			});
		});
	}
	return out;
}

/** The tasks of an analysis as the index takes them under `key` (memoized: the related view asks at every cursor move). */
export function indexAnalysis(analysis: Analysis, key: string): AnalyzedFile {
	return analysis.stage(`index:${key}`, a => analyzeText(key, a.text, undefined, textHash(a), { model: a.model, annotations: a.annotations, tasks: tasksOf(a, key) }));
}

/** sha1 of the analysis's text, once per analysis (a cursor move must not hash the document again). */
export function textHash(analysis: Analysis): string {
	return analysis.stage('sha1', a => sha1(a.text));
}

/** `withMetrics`: add the metric data; `rows`: add the task table's rows; what normalizing them catches goes to `onError`. */
export function summarizeFile(analysis: Analysis, key: string, withTasks: boolean, withMetrics = false, onError?: ErrorSink, rows?: TaskRowOptions): FileSummary {
	const isNotice = analysis.detection.isNotice;
	return {
		textHash: textHash(analysis), length: analysis.text.length, isNotice,
		symbols: isNotice ? workspaceSymbols(analysis) : [],
		analyzed: isNotice && withTasks ? indexAnalysis(analysis, key) : undefined,
		metrics: isNotice && withMetrics ? fileMetrics(analysis, onError) : undefined,
		taskRows: isNotice && rows ? taskRows(analysis, key, { aliases: rows.aliases, notes: rows.notes, onError }) : undefined,
	};
}
