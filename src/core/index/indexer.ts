// The workspace index's files: a cache read once, files taken one by one as they are read (from
// the cache when their content is known, else queued and segmented in batches), removed when
// deleted, and the cache written back a while after the last change. The workspace's lifecycle
// (src/core/workspace/relatedIndex.ts) feeds it from the catalog; tests drive it in plain Node.
import { sinkToLog, type Logger } from '../errors';
import { insertAnalyzed } from './analyzedUpdate';
import type { AnalyzedFile } from './analyze';
import { PendingFiles } from './jobs';
import { CachedFiles, mergeCacheInSlices, readCacheRecordsInSlices, type CacheIO } from './persistence';
import { fitsLength } from './validate';
import { WorkspaceIndex } from './workspaceIndex';
import type { Segmenter } from '../segment/segmenter';
import { yieldToEventLoop } from '../yield';

/** A notice file as the indexer is offered it. */
export interface IndexerFile {
	key: string;
	/** sha1 of its text (the index's and the cache's content hash). */
	textHash: string;
	/** Its length in UTF-16 units (a cached entry must fit it). */
	length: number;
	/** Its tasks when they were extracted with the read, else read again when its batch comes. */
	analyzed?: AnalyzedFile;
	analyze(): Promise<AnalyzedFile | undefined>;
}

export interface IndexerOptions {
	segmenter: Segmenter;
	cache: CacheIO;
	/** The cache's signature (format, segmenter and dictionary): entries under another are not read. */
	signature: string;
	logger: Logger;
	/** The index's contents changed (a file in or out). */
	onChange?: () => void;
	/** A batch is about to be segmented: `done` of `total` queued files are in; (0, 0) when the queue is done. */
	onProgress?: (done: number, total: number) => void;
	/** Files segmented in one call of the segmenter. */
	batchFiles?: number;
	/** How long after the last change the cache is written. */
	saveDelayMs?: number;
}

export class WorkspaceIndexer {
	readonly index: WorkspaceIndex;
	private cached = new CachedFiles({ status: 'missing', records: [] });
	private readonly queue = new PendingFiles<IndexerFile>();
	private drainRun: Promise<void> | undefined;
	private abort = new AbortController();
	private saveTimer: ReturnType<typeof setTimeout> | undefined;
	private done = 0;
	private total = 0;
	/** The workspace was taken whole (its caller says so): cached entries it does not hold are dropped on save. */
	private complete = false;
	private disposed = false;

	constructor(private readonly options: IndexerOptions) {
		this.index = new WorkspaceIndex({ segmenter: options.segmenter, onError: sinkToLog(line => options.logger.error(line)) });
	}

	get segmenter(): Segmenter { return this.options.segmenter; }
	/** Files segmented so far of those queued since the queue was last empty. */
	get progress(): { done: number; total: number } { return { done: this.done, total: this.total }; }
	/** The drain running, if any (resolves when the queue is empty or segmenting was cancelled). */
	get draining(): Promise<void> | undefined { return this.drainRun; }

	/** Reads the cache once: its entries are taken for files whose content they match. */
	async loadCache(): Promise<void> {
		const data = await this.options.cache.read().catch(() => undefined);
		// In slices: the digests of 10,000 notices' records take a while, and this runs on the extension host.
		this.cached = new CachedFiles(await readCacheRecordsInSlices(data, this.options.signature));
		this.options.logger.info(`index cache: ${this.cached.status}, ${this.cached.files.length} files`);
	}

	/** A file read: from the cache when its content is known, else queued for segmentation. */
	accept(file: IndexerFile): void {
		if (this.disposed || this.index.hashOf(file.key) === file.textHash) { return; }
		const refused = (e: unknown) => this.options.logger.warn(`cached entry for ${file.key} unusable: ${e}`);
		if (this.cached.take(this.index, file.key, file.textHash, ft => fitsLength(ft, file.length), refused)) {
			this.options.onChange?.();
			return;
		}
		if (this.queue.set(file.key, file)) { this.total++; }
		this.startDrain();
	}

	/** A drain unless one runs; a file queued while a cancelled drain wound down gets one of its own. */
	private startDrain(): void {
		this.drainRun ??= this.drain().finally(() => {
			this.drainRun = undefined;
			if (this.queue.size && !this.disposed) { this.startDrain(); }
		});
	}

	/** A file deleted (or an unsaved text closed): out of the index, and of the cache on the next save. */
	remove(key: string): void {
		if (this.index.remove(key)) {
			this.options.onChange?.();
			this.scheduleSave();
		}
	}

	/** Whether the caller took the whole workspace (a scan that was not cancelled). */
	setComplete(complete: boolean): void {
		this.complete = complete;
	}

	/** Stops segmenting and forgets the queue; files offered again later are taken again. */
	cancel(): void {
		this.abort.abort();
		this.abort = new AbortController();
		this.queue.clear();
		this.complete = false;
	}

	/** Segments queued files in batches; a file that changed meanwhile was replaced in the queue. */
	private async drain(): Promise<void> {
		// Files offered in the same turn (a scan's burst) make full batches.
		await yieldToEventLoop();
		const batchFiles = this.options.batchFiles ?? 16;
		while (this.queue.size && !this.disposed) {
			// (read each time: a cancel replaces it, and files offered after the cancel are segmented under the new one)
			const signal = this.abort.signal;
			const batch = this.queue.take(batchFiles);
			this.options.onProgress?.(this.done, this.total);
			try {
				const analyzed: AnalyzedFile[] = [];
				for (const f of batch) {
					// (the editor's copy of an open file may have been indexed since it was queued)
					if (this.index.hashOf(f.key) === f.textHash) { continue; }
					const a = f.analyzed ?? await f.analyze();
					if (a) { analyzed.push(a); }
				}
				await insertAnalyzed(this.index, this.options.segmenter, analyzed, signal);
			} catch (e) {
				if ((e as Error).name === 'AbortError') { continue; }
				// One batch that fails costs its files (taken again when they change), not the queue after it.
				this.options.logger.error(`indexing failed: ${(e as Error)?.stack ?? e}`);
			}
			if (this.disposed) { return; }
			this.done += batch.length;
			this.options.onChange?.();
			await yieldToEventLoop();
		}
		// (a disposed indexer's owner has moved on: its status bar and listeners belong to another one now)
		if (this.disposed) { return; }
		this.done = this.total = 0;
		this.options.onProgress?.(0, 0);
		this.scheduleSave();
		this.options.onChange?.();
	}

	/** Writes the cache a while after the last change (a burst of changes writes it once). */
	scheduleSave(): void {
		if (this.disposed) { return; }
		clearTimeout(this.saveTimer);
		this.saveTimer = setTimeout(() => { void this.save(); }, this.options.saveDelayMs ?? 3000);
		// (a pending save does not keep a process alive: the CLI and the tests exit when their work is done)
		this.saveTimer.unref?.();
	}

	/**
	 * Merges the index into the cache as it is now (another window's entries stay; entries of files
	 * not indexed yet stay too, unless the workspace was taken whole). Not while segmenting: the
	 * drain schedules a save when it ends.
	 */
	async save(): Promise<void> {
		clearTimeout(this.saveTimer);
		if (this.drainRun || this.disposed) { return; }
		try {
			const own = this.index.records(), complete = this.complete;
			await this.options.cache.update(current => mergeCacheInSlices(current, own, this.options.signature, () => !complete));
		} catch (e) {
			this.options.logger.warn(`could not save the index cache: ${e}`);
		}
	}

	/** Stops segmenting and saving; the segmenter is its owner's to dispose. */
	dispose(): void {
		this.disposed = true;
		this.abort.abort();
		this.queue.clear();
		clearTimeout(this.saveTimer);
	}
}
