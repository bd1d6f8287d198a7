// The notices of a workspace: finds the candidate files, has each file read summarized once (in
// the analysis worker thread, in the editor), keeps that compact summary, and tells listeners (the
// cross-reference index, the metric grouping) about each notice, with its tasks when the index
// wants them, so nobody parses twice. Scans in the background (with the host's progress and
// cancel), and follows changes through the host's watcher, a burst of saves read once. With a
// store (catalogStore.ts) its summaries outlive the session: a reopened workspace hashes each
// file's bytes and analyses only those that changed.
// The host gives the file system (CatalogFileSystem): the editor's is vscode.workspace, a test's
// is a Map; nothing here knows vscode.
import type { AnalyzedFile } from '../index/analyze';
import { analysisFingerprint } from '../index/analysisVersion';
import type { CacheIO } from '../index/persistence';
import type { FileMetrics } from '../metrics/notices';
import type { TaskRowOptions, WorkspaceSymbolEntry } from '../service/fileSummary';
import type { FileDecoding, SummarizeResult } from '../service/worker/protocol';
import type { TaskRow } from '../tasks/table';
import type { Logger } from '../errors';
import { Emitter, type Disposable } from '../events';
import type { FileSummarizer } from './summarizer';
import { decodeCatalog, encodeCatalog } from './catalogStore';
import { yieldToEventLoop } from '../yield';

/** What the catalog reads files with; URIs are strings (the index's file keys). */
export interface CatalogFileSystem {
	/** The files a scan takes (the include and exclude settings, every folder, at most the file limit). */
	findFiles(signal: AbortSignal): Promise<string[]>;
	/** The file's size in bytes. */
	size(uri: string): Promise<number>;
	readFile(uri: string): Promise<Uint8Array>;
	/** How to decode the file as the editor does; `warning`: a setting with no decoder here. */
	decodingFor(uri: string): { decoding: FileDecoding; warning?: string };
	/** Calls back when a file a scan would take is created or changed, or deleted. */
	watch(onChange: (uri: string) => void, onDelete: (uri: string) => void): Disposable;
}


export interface CatalogOptions {
	files: CatalogFileSystem;
	summarizer: FileSummarizer;
	logger: Logger;
	/** May the workspace be read now (workspace trust)? Default: yes. */
	allowed?: () => boolean;
	/**
	 * Runs a scan with the host's progress: `report` takes a message ("120/3000"), `cancel` is
	 * what the host's cancel button calls. Default: the scan just runs.
	 */
	withProgress?: (scan: (report: (message: string) => void) => Promise<void>, cancel: () => void) => Promise<void>;
	/** Files larger than this are skipped by the scan (they can still be opened); default 64 MiB. */
	maxFileBytes?: number;
	/** A changed file is read this long after its last change (editors save in bursts); default 150 ms. */
	debounceMs?: number;
	/** Where the summaries are kept between sessions (the editor's workspace storage); none by default. */
	store?: CacheIO;
	/** How long after a scan or a change the store is written; default 5 s. */
	saveDelayMs?: number;
}

export interface CatalogEntry {
	/** The file's URI (the index's key). */
	key: string;
	/** sha1 of the file's bytes (unchanged bytes are not analysed again). */
	byteHash: string;
	/** sha1 of the decoded text: the index's content key. */
	textHash: string;
	/** Length of the decoded text (UTF-16 units). */
	length: number;
	isNotice: boolean;
	symbols: WorkspaceSymbolEntry[];
	/** Its normalized targets, when metrics were wanted at the time it was read (see wantsMetrics). */
	metrics?: FileMetrics;
	/** How its bytes were decoded (the decoding, as JSON): the same bytes decoded another way are read again. */
	decoding: string;
}

/** A notice the catalog read. */
export interface NoticeRead {
	key: string;
	textHash: string;
	length: number;
	/** Its tasks, when the index wanted them at the time it was read (see wantsTasks). */
	analyzed?: AnalyzedFile;
}

const MAX_FILE_BYTES = 64 * 1024 * 1024;
const DEBOUNCE_MS = 150;
const SAVE_DELAY_MS = 5000;

/** The signature of a stored catalog: the analysis that made its summaries. */
export function catalogSignature(): string { return `catalog ${analysisFingerprint()}`; }

export class WorkspaceCatalog implements Disposable {
	private readonly entries = new Map<string, CatalogEntry>();
	private readonly analyzed = new Emitter<NoticeRead>();
	private readonly removed = new Emitter<string>();
	private readonly changed = new Emitter<void>();
	/** Fires for every notice read (the index takes its tasks). */
	readonly onDidAnalyze = this.analyzed.event;
	/** Fires with the key of a notice that is gone, or no longer a notice. */
	readonly onDidRemove = this.removed.event;
	/** Fires after a scan or a watched change has been applied. */
	readonly onDidChange = this.changed.event;

	private scan: Promise<void> | undefined;
	private done = false;
	private abort = new AbortController();
	private watcher: Disposable | undefined;
	private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
	private disposed = false;
	/** Entries taken from the store that this session's scan has not read yet (their files may be gone). */
	private readonly unconfirmed = new Set<string>();
	private saveTimer: ReturnType<typeof setTimeout> | undefined;
	/** Set once the index runs: notices are then read with their tasks. */
	wantsTasks = false;
	/** Set once the metric hover or the Compare Targets view needs them: notices are then read with their normalized targets. */
	wantsMetrics = false;

	constructor(private readonly opts: CatalogOptions) {}

	private get allowed(): boolean { return this.opts.allowed?.() ?? true; }

	/** Resolves when the first full scan is done (starting it if needed), or when `signal` aborts. No scan when the workspace may not be read. */
	ready(signal?: AbortSignal): Promise<void> {
		if (!this.allowed || this.disposed) { return Promise.resolve(); }
		this.scan ??= this.fullScan();
		if (!signal) { return this.scan; }
		return new Promise<void>(resolve => {
			if (signal.aborted) { resolve(); return; }
			const done = () => { signal.removeEventListener('abort', done); resolve(); };
			signal.addEventListener('abort', done);
			this.scan!.then(done);
		});
	}

	get isScanning(): boolean { return !!this.scan && !this.done; }

	all(): CatalogEntry[] { return [...this.entries.values()]; }
	notices(): CatalogEntry[] { return this.all().filter(e => e.isNotice); }
	entry(key: string): CatalogEntry | undefined { return this.entries.get(key); }

	/** Stops the running scan (the progress's cancel button calls this). */
	cancelScan(): void {
		this.abort.abort();
		this.opts.summarizer.restart(); // stops a long analysis now, not when it ends
	}

	/** Forgets every file and scans again (the settings, the folders or the trust changed). */
	restart(): void {
		if (this.disposed) { return; }
		this.cancelScan();
		this.abort = new AbortController();
		for (const key of [...this.entries.keys()]) { this.removed.fire(key, this.report); }
		this.entries.clear();
		this.unconfirmed.clear();
		this.done = false;
		this.scan = this.allowed ? this.fullScan() : undefined;
	}

	private readonly report = (e: unknown) => this.opts.logger.error(`catalog listener failed: ${(e as Error)?.stack ?? e}`);

	private async fullScan(): Promise<void> {
		const signal = this.abort.signal;
		const log = this.opts.logger;
		this.watch();
		const started = Date.now();
		const run = async (report: (message: string) => void) => {
			try {
				if (!this.entries.size) { await this.loadStore(); }
				const uris = await this.opts.files.findFiles(signal);
				let n = 0;
				// Two files in flight: the next one is read from disk while the worker analyses one.
				let previous: Promise<unknown> = Promise.resolve();
				for (const uri of uris) {
					if (signal.aborted) { break; }
					// A turn of the event loop per file: files answered 'unchanged' come back as fast as
					// they are sent, and a port drains every reply it holds in one go, each one inserted
					// from the cache (a millisecond or more), so without this a warm scan held the thread.
					await yieldToEventLoop();
					const current = this.readOne(uri, this.wantsTasks, false, signal);
					await previous;
					previous = current;
					n++;
					if (n % 20 === 0) { report(`${n}/${uris.length}`); }
				}
				await previous;
				if (!signal.aborted) {
					// Stored entries of files the scan did not find: gone since the last session.
					for (const key of [...this.unconfirmed]) { this.forget(key); }
					this.unconfirmed.clear();
					this.scheduleSave();
				}
				log.info(`scanned ${n} files (${this.notices().length} notices) in ${Date.now() - started} ms${signal.aborted ? ' (cancelled)' : ''}`);
			} catch (e) {
				log.error(`workspace scan failed: ${(e as Error)?.message ?? e}`);
			} finally {
				// A scan cancelled by a restart is not the end of the new scan.
				if (signal === this.abort.signal) { this.done = true; }
				this.changed.fire(undefined, this.report);
			}
		};
		if (this.opts.withProgress) {
			await this.opts.withProgress(run, () => this.cancelScan());
		} else {
			await run(() => undefined);
		}
	}

	/**
	 * Fires onDidAnalyze again for every known notice (a listener that started late, like the
	 * cross-reference index, catches up). Nothing is read: the index asks for the tasks of a
	 * notice it cannot take from its cache (tasksOf).
	 */
	replayNotices(signal?: AbortSignal): void {
		for (const e of this.notices()) {
			if (signal?.aborted) { return; }
			this.analyzed.fire({ key: e.key, textHash: e.textHash, length: e.length }, this.report);
		}
	}

	/** Takes the stored summaries (before a scan with no entries), each to be confirmed by its file's bytes. */
	private async loadStore(): Promise<void> {
		const store = this.opts.store;
		if (!store) { return; }
		const data = await store.read().catch(e => { this.opts.logger.warn(`catalog store unreadable: ${(e as Error)?.message ?? e}`); return undefined; });
		const loaded = await decodeCatalog(data, catalogSignature());
		if (this.entries.size || this.disposed) { return; } // (a watched change came first: the store is older)
		for (const e of loaded.entries) {
			this.entries.set(e.key, e);
			this.unconfirmed.add(e.key);
		}
		this.opts.logger.info(`catalog store: ${loaded.status}, ${loaded.entries.length} files${loaded.refused ? `, ${loaded.refused} entries refused` : ''}`);
	}

	/** Writes the summaries to the store a while after the last scan or change. */
	private scheduleSave(): void {
		if (!this.opts.store || this.disposed) { return; }
		clearTimeout(this.saveTimer);
		this.saveTimer = setTimeout(() => { void this.save(); }, this.opts.saveDelayMs ?? SAVE_DELAY_MS);
		this.saveTimer.unref?.();
	}

	/** Writes the summaries to the store now (a later session reuses those of unchanged files). */
	async save(): Promise<void> {
		clearTimeout(this.saveTimer);
		const store = this.opts.store;
		if (!store || this.disposed) { return; }
		try {
			const bytes = await encodeCatalog(this.all(), catalogSignature());
			await store.update(() => [bytes]);
		} catch (e) {
			this.opts.logger.warn(`could not save the catalog store: ${(e as Error)?.message ?? e}`);
		}
	}

	/**
	 * Reads one file and has it summarized; an unreadable or vanished file is skipped with a log
	 * line. Its bytes are analysed only when they changed since they were read (or stored), unless
	 * `mustAnalyse` (the index asks for its tasks, which are not kept).
	 */
	private async readOne(key: string, withTasks = this.wantsTasks, mustAnalyse = false, signal?: AbortSignal): Promise<AnalyzedFile | undefined> {
		const log = this.opts.logger;
		let bytes: Uint8Array;
		try {
			const read = await this.bytesOf(key);
			if (!read) { return undefined; }
			bytes = read;
		} catch (e) {
			log.info(`skipped ${key}: ${(e as Error)?.message ?? e}`);
			this.forget(key);
			return undefined;
		}
		// (A scan cancelled while this file was read: the summarizer's restart came before this call.)
		if (signal?.aborted) { return undefined; }
		const previous = this.entries.get(key);
		const { decoding, warning } = this.opts.files.decodingFor(key);
		const decodingKey = JSON.stringify(decoding);
		const withMetrics = this.wantsMetrics;
		// Unchanged bytes decoded the same way are not analysed again, unless what is wanted now was not read then.
		const known = mustAnalyse || previous?.decoding !== decodingKey || (withMetrics && !previous.metrics) ? undefined : previous.byteHash;
		let read: SummarizeResult;
		try {
			read = await this.opts.summarizer.summarize(key, bytes, decoding, known, withTasks, withMetrics);
		} catch (e) {
			if ((e as Error)?.name !== 'Cancelled') { log.warn(`skipped ${key}: ${(e as Error)?.message ?? e}`); }
			return undefined;
		}
		if (this.disposed) { return undefined; }
		if (read.status === 'unchanged') {
			// A stored summary confirmed: its notice is told as if it had been read now.
			if (this.unconfirmed.delete(key) && previous?.isNotice) {
				this.analyzed.fire({ key, textHash: previous.textHash, length: previous.length }, this.report);
			}
			return undefined;
		}
		this.unconfirmed.delete(key);
		if (read.status === 'binary') { log.info(`skipped ${key}: ${read.reason}`); this.forget(key); return undefined; }
		for (const w of warning ? [warning, ...read.warnings] : read.warnings) { log.warn(`${key}: ${w}`); }
		const { summary } = read;
		this.entries.set(key, {
			key, byteHash: read.byteHash, textHash: summary.textHash, length: summary.length, isNotice: summary.isNotice,
			symbols: summary.symbols, metrics: summary.metrics, decoding: decodingKey,
		});
		if (summary.isNotice) {
			this.analyzed.fire({ key, textHash: summary.textHash, length: summary.length, analyzed: summary.analyzed }, this.report);
		} else if (previous?.isNotice) { this.removed.fire(key, this.report); }
		return summary.analyzed;
	}

	/**
	 * The tasks of a notice of the catalog, read and analysed again (the index asks for a notice
	 * that was read before it wanted tasks); undefined when it is gone or no longer a notice.
	 */
	async tasksOf(key: string): Promise<AnalyzedFile | undefined> {
		return this.readOne(key, true, true);
	}

	/**
	 * The task table's rows of a file, read and summarized (the task table asks for the
	 * workspace's notices); undefined when it is unreadable, too large or not a notice. Nothing of
	 * the catalog changes: the rows are not kept.
	 */
	async taskRowsOf(key: string, options: TaskRowOptions): Promise<TaskRow[] | undefined> {
		const bytes = await this.bytesOf(key);
		if (!bytes) { return undefined; }
		const read = await this.opts.summarizer.summarize(key, bytes, this.opts.files.decodingFor(key).decoding, undefined, false, false, options);
		return read.status === 'ok' ? read.summary.taskRows : undefined;
	}

	/**
	 * Reads again the notices read before metrics were wanted (their entries have none), so every
	 * notice has its normalized targets; set wantsMetrics first. Fires onDidChange when one was read.
	 */
	async readMissingMetrics(signal?: AbortSignal): Promise<void> {
		let read = 0;
		for (const e of this.notices()) {
			if (signal?.aborted || !this.wantsMetrics || this.disposed) { break; }
			if (e.metrics) { continue; }
			await this.readOne(e.key, false);
			read++;
		}
		if (read) { this.changed.fire(undefined, this.report); }
	}

	/** The file's bytes; undefined (and a line in the log) when it is over the scan limit. */
	private async bytesOf(key: string): Promise<Uint8Array | undefined> {
		const size = await this.opts.files.size(key);
		if (size > (this.opts.maxFileBytes ?? MAX_FILE_BYTES)) {
			this.opts.logger.info(`skipped ${key}: ${size} bytes is over the scan limit`);
			return undefined;
		}
		return this.opts.files.readFile(key);
	}

	private forget(key: string): void {
		this.unconfirmed.delete(key);
		if (this.entries.delete(key)) { this.removed.fire(key, this.report); }
	}

	private watch(): void {
		this.watcher?.dispose();
		this.watcher = this.opts.files.watch(
			key => this.debounce(key, async () => { await this.readOne(key); }),
			key => this.debounce(key, async () => this.forget(key)),
		);
	}

	/** Runs `run` for a file once its changes have paused for the debounce delay. */
	private debounce(key: string, run: () => Promise<void>): void {
		if (this.disposed) { return; }
		clearTimeout(this.pending.get(key));
		this.pending.set(key, setTimeout(() => {
			this.pending.delete(key);
			run().then(() => { this.changed.fire(undefined, this.report); this.scheduleSave(); }, e => this.opts.logger.warn(`update of ${key} failed: ${(e as Error)?.message ?? e}`));
		}, this.opts.debounceMs ?? DEBOUNCE_MS));
	}

	dispose(): void {
		this.disposed = true;
		this.abort.abort();
		this.watcher?.dispose();
		this.pending.forEach(t => clearTimeout(t));
		this.pending.clear();
		clearTimeout(this.saveTimer);
		this.opts.summarizer.dispose();
		this.analyzed.dispose();
		this.removed.dispose();
		this.changed.dispose();
	}
}
