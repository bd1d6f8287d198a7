// The workspace's cross-reference index, from start to stop: started on first need (never on
// load), it reads its cache, has the catalog read every notice with its tasks (each file read and
// parsed once), takes each one from the cache or segments it (indexer.ts), and writes the cache
// back. A start that fails or is cancelled is not remembered: the next start picks up what was
// left. A rebuild drops the cache; a new segmenter (its settings changed) builds the index again.
// Free of vscode: the editor adds trust, the status bar and the cache's place; tests run it in Node.
import { WorkspaceIndexer } from '../index/indexer';
import { RunOnce } from '../index/jobs';
import type { CacheIO } from '../index/persistence';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { Segmenter } from '../segment/segmenter';
import type { Disposable } from '../events';
import type { Logger } from '../errors';
import type { NoticeRead, WorkspaceCatalog } from './catalog';

export interface RelatedIndexOptions {
	catalog: WorkspaceCatalog;
	/** Makes the segmenter, on the first start and again after replaceSegmenter. */
	createSegmenter: () => Segmenter;
	cache: CacheIO;
	/** The cache's signature (format, segmenter and dictionary): entries under another are not read. */
	signature: string;
	logger: Logger;
	/** May the workspace be read now (workspace trust)? Default: yes. */
	allowed?: () => boolean;
	/** The index's contents or state changed. */
	onChange?: () => void;
	/** `done` of `total` queued files are in; (0, 0) when the queue is done. */
	onProgress?: (done: number, total: number) => void;
	/** How long after the last change the cache is written (indexer.ts). */
	saveDelayMs?: number;
}

export class WorkspaceRelatedIndex implements Disposable {
	private indexer: WorkspaceIndexer | undefined;
	private segmenterInUse: Segmenter | undefined;
	private readonly starts = new RunOnce();
	private abort = new AbortController();
	/** The first build (cache, scan, segmentation) is running: queries wait for it. */
	private building = false;
	private readonly subscriptions: Disposable[];

	constructor(private readonly opts: RelatedIndexOptions) {
		this.subscriptions = [
			opts.catalog.onDidAnalyze(f => this.accept(f)),
			opts.catalog.onDidRemove(key => this.indexer?.remove(key)),
		];
	}

	private get allowed(): boolean { return this.opts.allowed?.() ?? true; }
	get isStarted(): boolean { return !!this.starts.current; }
	get isIndexing(): boolean { return this.building || !!this.indexer?.draining || (this.isStarted && this.opts.catalog.isScanning); }
	get progress(): { done: number; total: number } { return this.indexer?.progress ?? { done: 0, total: 0 }; }
	/** The index (undefined before the first start). */
	get index(): WorkspaceIndex | undefined { return this.indexer?.index; }
	/** The segmenter the index was built with (undefined before the first start). */
	get segmenter(): Segmenter | undefined { return this.indexer?.segmenter; }

	/** Starts indexing (once): loads the cache, then takes every notice of the workspace. Nothing when the workspace may not be read. */
	start(): Promise<void> {
		if (!this.allowed) { return Promise.resolve(); }
		return this.starts.start(() => this.build(false));
	}

	/**
	 * Drops the index and its cache and builds it again. It is the start from the moment it is
	 * asked for: a start asked meanwhile (a query) waits for it, and builds nothing of its own.
	 */
	rebuild(): Promise<void> {
		if (!this.allowed) { this.opts.logger.info('re-index: waits until the workspace may be read'); return Promise.resolve(); }
		const previous = this.starts.current;
		this.cancel();
		return this.starts.restart(async () => {
			await previous?.catch(() => undefined);
			this.indexer?.dispose();
			this.indexer = undefined;
			await this.build(true);
		});
	}

	/** Stops indexing; the next start() (a query, the view, re-index) picks up the files left stale. */
	cancel(): void {
		this.abort.abort();
		this.indexer?.cancel();
		this.starts.reset();
		this.opts.logger.info('indexing cancelled');
	}

	/** A new segmenter (its settings changed): an index built with the old one is built again. */
	replaceSegmenter(): void {
		const old = this.segmenterInUse;
		if (!old) { return; }
		const rebuilding = !!this.indexer;
		this.indexer?.dispose();
		this.indexer = undefined;
		this.segmenterInUse = this.opts.createSegmenter();
		old.dispose();
		if (rebuilding) { this.rebuild().catch(e => this.opts.logger.error(`rebuild failed: ${(e as Error)?.stack ?? e}`)); }
	}

	/** A text that lives in the index only while open (unsaved, untitled) was closed. */
	removeUnsaved(key: string): void { this.indexer?.remove(key); }

	/** startOnce, marked as building while it runs. */
	private async build(ignoreCache: boolean): Promise<void> {
		this.building = true;
		try { await this.startOnce(ignoreCache); } finally { this.building = false; }
	}

	/** Builds the index, or after a cancel brings the one there is up to date (the catalog is replayed). */
	private async startOnce(ignoreCache: boolean): Promise<void> {
		const t0 = performance.now();
		await this.indexer?.draining; // a drain cut short by a cancel ends first
		if (this.abort.signal.aborted) { this.abort = new AbortController(); }
		const resumed = !!this.indexer;
		const indexer = this.indexer ??= this.createIndexer();
		if (!resumed) {
			await indexer.index.prepareInSlices();
			if (!ignoreCache) { await indexer.loadCache(); }
		}
		const signal = this.abort.signal;
		const catalog = this.opts.catalog;
		catalog.wantsTasks = true;
		await catalog.ready(signal);
		// Notices the catalog read before we listened are replayed (those the cache has are not read again).
		catalog.replayNotices(signal);
		await indexer.draining;
		indexer.setComplete(!signal.aborted);
		this.opts.logger.info(`index ready: ${indexer.index.fileCount} files, ${indexer.index.taskCount} tasks in ${Math.round(performance.now() - t0)} ms`);
		indexer.scheduleSave();
	}

	private createIndexer(): WorkspaceIndexer {
		this.segmenterInUse ??= this.opts.createSegmenter();
		return new WorkspaceIndexer({
			segmenter: this.segmenterInUse,
			cache: this.opts.cache,
			signature: this.opts.signature,
			logger: this.opts.logger,
			onChange: this.opts.onChange,
			onProgress: this.opts.onProgress,
			saveDelayMs: this.opts.saveDelayMs,
		});
	}

	/** A notice the catalog read: the indexer takes it from the cache or queues it. */
	private accept(f: NoticeRead): void {
		// Not started, or cancelled: nothing is kept (the next start replays the catalog).
		if (!this.indexer || !this.isStarted) { return; }
		const catalog = this.opts.catalog;
		this.indexer.accept({
			key: f.key, textHash: f.textHash, length: f.length, analyzed: f.analyzed,
			// Read before the index wanted tasks: analysed again, in the worker.
			analyze: () => catalog.tasksOf(f.key),
		});
	}

	/** Writes the cache now (tests, a clean shutdown); nothing while segmenting. */
	save(): Promise<void> { return this.indexer?.save() ?? Promise.resolve(); }

	dispose(): void {
		this.abort.abort();
		this.indexer?.dispose();
		this.segmenterInUse?.dispose();
		this.subscriptions.forEach(s => s.dispose());
	}
}
