// The update pipeline: file text → tasks (analyze.ts) → tokens (the segmenter) → an insert.
// Unchanged files (same hash) are skipped before anything is parsed; for many files, parsing
// the next batch overlaps segmenting the previous one (in the worker).
import { abortError, type Segmenter } from '../segment/segmenter';
import { analyzeText, fileTokens, type AnalyzedFile, type Annotator, type PreparedModel } from './analyze';
import { yieldToEventLoop } from '../yield';
import { sha1 } from './sha1';
import type { FileTokens } from './types';
import { coreError, CoreErrorThrown, sinkForFile, type ErrorSink } from '../errors';

export interface UpdateStats {
	files: number;
	added: number;
	updated: number;
	unchanged: number;
	failed: number;
	tasks: number;
	/** Milliseconds spent parsing and extracting tasks (main thread). */
	analyzeMs: number;
	/** Milliseconds waiting for the segmenter (beyond what overlapped with analysis). */
	segmentWaitMs: number;
	/** Milliseconds inserting into the index. */
	insertMs: number;
	totalMs: number;
}

/** Where a batch goes (a WorkspaceIndex). */
export interface BatchTarget {
	hasFile(key: string): boolean;
	/** All or nothing; throws when the file is refused. */
	insert(ft: FileTokens): void;
	/** Where a parser or annotator bug caught while a file is analysed, or a refused insert, goes. */
	readonly onError: ErrorSink;
}

/** A file the index refused, told to `sink` with the reason (the file keeps its previous version, if any). */
export function reportRefused(sink: ErrorSink, key: string, e: unknown): void {
	sinkForFile(sink, key)(coreError('index', e));
}

/** What the pipeline updates (the WorkspaceIndex) and what it works with. */
export interface UpdateTarget extends BatchTarget {
	hashOf(key: string): string | undefined;
	/** The segmenter; throws when the index has none. */
	segmenter(): Segmenter;
	readonly annotate: Annotator | undefined;
}

/** Adds or updates one file; unchanged content (same hash) is not segmented again. */
export async function updateFile(target: UpdateTarget, key: string, text: string, signal?: AbortSignal, prepared?: PreparedModel): Promise<'added' | 'updated' | 'unchanged'> {
	const hash = sha1(text);
	const old = target.hashOf(key);
	if (old === hash) { return 'unchanged'; }
	const a = analyzeText(key, text, target.annotate, hash, prepared, target.onError);
	const tokens = await target.segmenter().segment(a.strings, signal);
	if (signal?.aborted) { throw abortError(); }
	target.insert(fileTokens(a, tokens));
	return old !== undefined ? 'updated' : 'added';
}

export interface BatchStats {
	added: number;
	updated: number;
	/** Refused whole: the index keeps the file's previous version, if any. */
	failed: number;
	tasks: number;
}

/**
 * Inserts each analyzed file of a batch with its share of `tokens` (the tokens of the batch's
 * strings, file after file), each file all or nothing; one that is refused is counted and
 * reported to the target's sink, and the others go on (a sink that throws, as none given does,
 * ends the batch there).
 */
export function insertBatch(target: BatchTarget, batch: readonly AnalyzedFile[], tokens: readonly string[][]): BatchStats {
	const stats: BatchStats = { added: 0, updated: 0, failed: 0, tasks: 0 };
	let k = 0;
	for (const a of batch) {
		const mine = tokens.slice(k, k + a.strings.length);
		k += a.strings.length;
		const known = target.hasFile(a.key);
		try {
			target.insert(fileTokens(a, mine));
		} catch (e) {
			stats.failed++;
			reportRefused(target.onError, a.key, e);
			continue;
		}
		if (known) { stats.updated++; } else { stats.added++; }
		stats.tasks += a.tasks.length;
	}
	return stats;
}

export interface UpdateManyOptions {
	signal?: AbortSignal;
	/** Characters of text per segmentation batch. */
	batchChars?: number;
	/** Files done so far (inserted, failed or unchanged), after each batch. */
	onProgress?: (done: number) => void;
}

/**
 * Adds or updates many files. Parsing the next batch overlaps segmenting the previous one (in
 * the worker): the event loop gets a turn after each file, so the batch sent to a segmenter
 * process is written to its pipe meanwhile (it waited for the next await, the end of a batch).
 * Files whose hash is unchanged are skipped. A file that fails (parse or insert) is counted and
 * left as it was; the others go on.
 */
export async function updateFiles(target: UpdateTarget, files: Iterable<{ key: string; text: string; prepared?: PreparedModel }>, opts: UpdateManyOptions = {}): Promise<UpdateStats> {
	const t0 = performance.now();
	const stats: UpdateStats = { files: 0, added: 0, updated: 0, unchanged: 0, failed: 0, tasks: 0, analyzeMs: 0, segmentWaitMs: 0, insertMs: 0, totalMs: 0 };
	const seg = target.segmenter();
	const batchChars = opts.batchChars ?? 200_000;
	let pending: { batch: AnalyzedFile[]; tokens: Promise<string[][]> } | null = null;
	let done = 0;
	const finish = async (p: { batch: AnalyzedFile[]; tokens: Promise<string[][]> }) => {
		const tw = performance.now();
		const toks = await p.tokens;
		stats.segmentWaitMs += performance.now() - tw;
		const ti = performance.now();
		const b = insertBatch(target, p.batch, toks);
		stats.added += b.added; stats.updated += b.updated; stats.failed += b.failed; stats.tasks += b.tasks;
		done += p.batch.length;
		stats.insertMs += performance.now() - ti;
		opts.onProgress?.(done);
	};
	let batch: AnalyzedFile[] = [];
	let chars = 0;
	const flush = async () => {
		if (!batch.length) { return; }
		const strings = batch.flatMap(a => a.strings);
		const next = { batch, tokens: seg.segment(strings, opts.signal) };
		next.tokens.catch(() => undefined); // awaited in finish; this only keeps a rejection from being unhandled meanwhile
		batch = [];
		chars = 0;
		if (pending) { const p = pending; pending = next; await finish(p); } else { pending = next; }
	};
	for (const f of files) {
		if (opts.signal?.aborted) { throw abortError(); }
		stats.files++;
		const ta = performance.now();
		let a: AnalyzedFile;
		try {
			const hash = sha1(f.text);
			if (target.hashOf(f.key) === hash) { stats.unchanged++; done++; stats.analyzeMs += performance.now() - ta; continue; }
			a = analyzeText(f.key, f.text, target.annotate, hash, f.prepared, target.onError);
		} catch (e) {
			// Reported, and the file left out: one bad file costs that file. Without a sink (tests,
			// scripts) the report throws, and so does the update.
			if (e instanceof CoreErrorThrown) { throw e; }
			stats.failed++;
			sinkForFile(target.onError, f.key)(coreError('tasks', e));
			continue;
		}
		stats.analyzeMs += performance.now() - ta;
		batch.push(a);
		chars += f.text.length;
		if (chars >= batchChars) { await flush(); } else { await yieldToEventLoop(); }
	}
	await flush();
	if (pending) { await finish(pending); }
	stats.totalMs = performance.now() - t0;
	return stats;
}
