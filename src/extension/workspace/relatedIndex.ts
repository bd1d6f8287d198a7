// The cross-reference index of the workspace, as the editor runs it: fed by the notice
// catalog (each file read and parsed once), segmented in a worker process that idles out,
// persisted in workspace storage by content hash, with progress in the status bar and a
// cancel. Started on first need (the Related Tasks view, a hover, the re-index command),
// never on activation, and only in a trusted workspace (trustGate.ts).
import * as vscode from 'vscode';
import { joinChunks } from '../../core/index/cacheFormat';
import { PendingFiles, RunOnce } from '../../core/index/jobs';
import { cacheSignature, deserializeFiles, mergeCache, rekey, type CacheIO } from '../../core/index/persistence';
import { fitsLength } from '../../core/index/validate';
import { insertAnalyzed } from '../../core/index/analyzedUpdate';
import type { AnalyzedFile } from '../../core/index/analyze';
import { fileCache } from '../../core/io/cacheFile';
import type { FileTokens, IndexedTask } from '../../core/index/types';
import { WorkspaceIndex } from '../../core/index/workspaceIndex';
import { segmenterSignature } from '../../core/segment/resources';
import { segmenterProcesses, WorkerSegmenter } from '../../core/segment/workerSegmenter';
import type { DocumentAnalyses } from '../analyses';
import { LANGUAGE_ID, readConfig, affectsConfig } from '../config';
import { log } from '../log';
import type { RelatedResult, RelatedSource } from '../related/types';
import type { NoticeCatalog, NoticeRead } from './catalog';
import { toRelatedItem, toRelatedQuery } from './relatedItems';
import { createNoticeService, type NoticeService, type NoticeTextDocument } from '../../core/service';
import { indexVersion } from '../../core/service/related';
import { withAbortSignal } from '../cancellation';
import { yieldToEventLoop } from '../../core/yield';
import { TrustGate } from './trustGate';

const CACHE_FILE = 'related-index.bin';

const SAVE_DELAY_MS = 3000;
const BATCH_FILES = 16;

interface Pending { key: string; read: NoticeRead }

export class RelatedIndexService implements RelatedSource, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<void>();
	readonly onDidChange = this.changed.event;

	private index: WorkspaceIndex | undefined;
	private segmenter: WorkerSegmenter | undefined;
	/** The start: forgotten when it fails or is cancelled, so the next start() runs again. */
	private readonly starts = new RunOnce();
	private get started(): Promise<void> | undefined { return this.starts.current; }
	/** The last start went through (scan and segmentation, no cancel): the index is the whole workspace. */
	private complete = false;
	private cached = new Map<string, FileTokens>();
	/** One entry per file: a file that changes again replaces its pending entry. */
	private readonly queue = new PendingFiles<Pending>();
	private draining: Promise<void> | undefined;
	private cancel = new vscode.CancellationTokenSource();
	private abort = new AbortController();
	private saveTimer: NodeJS.Timeout | undefined;
	private readonly status: vscode.StatusBarItem;
	private readonly disposables: vscode.Disposable[] = [];
	private done = 0;
	private total = 0;
	/** The first build (cache, scan, segmentation) is running: queries wait for it. */
	private building = false;
	private readonly trust: TrustGate;

	constructor(
		private readonly context: vscode.ExtensionContext,
		private readonly catalog: NoticeCatalog,
		private readonly analyses: DocumentAnalyses,
	) {
		this.status = vscode.window.createStatusBarItem('policyNotice.indexing', vscode.StatusBarAlignment.Left, 10);
		this.status.name = vscode.l10n.t('Policy notice index');
		this.status.command = 'policyNotice.cancelIndexing';
		// Asked for in Restricted Mode: built once the workspace is trusted, and the view asks again.
		this.trust = new TrustGate(vscode.workspace, () => {
			this.start().then(undefined, e => log().error(`index start failed: ${(e as Error)?.stack ?? e}`));
			this.changed.fire();
		});
		this.disposables.push(
			this.trust,
			this.status,
			catalog.onDidAnalyze(f => this.accept(f)),
			catalog.onDidRemove(uri => this.removeFile(uri.toString())),
			vscode.workspace.onDidChangeConfiguration(e => {
				if (affectsConfig(e, 'segmenter')) { this.restartSegmenter(); }
			}),
			vscode.workspace.onDidCloseTextDocument(d => {
				// Unsaved and untitled texts live in the index only while open.
				if (d.uri.scheme !== 'file' && this.index?.remove(d.uri.toString())) { this.changed.fire(); }
			}),
		);
	}

	get isStarted(): boolean { return !!this.started; }
	get isIndexing(): boolean { return this.building || !!this.draining || (!!this.started && this.catalog.isScanning); }
	/** False in Restricted Mode: the index does not run until the workspace is trusted. */
	get isTrusted(): boolean { return this.trust.trusted; }
	get progress(): { done: number; total: number } { return { done: this.done, total: this.total }; }
	/** The index (undefined before start); for tests and the CLI-equivalent commands. */
	get workspaceIndex(): WorkspaceIndex | undefined { return this.index; }

	/** Starts indexing (once): loads the cache, then takes every notice of the workspace. Not in an untrusted workspace. */
	start(): Promise<void> {
		if (!this.trust.allow()) { return Promise.resolve(); }
		return this.starts.start(() => this.build(false));
	}

	/** startOnce, marked as building while it runs (the view says "Indexing… n / N" meanwhile). */
	private async build(ignoreCache: boolean): Promise<void> {
		this.building = true;
		try { await this.startOnce(ignoreCache); } finally { this.building = false; }
	}

	/** Drops the index and its cache and builds it again. */
	async rebuild(): Promise<void> {
		if (!this.trust.allow()) { log().info('re-index: waits until the workspace is trusted'); return; }
		const previous = this.started;
		this.cancelIndexing();
		await previous?.catch(() => undefined);
		this.cancel = new vscode.CancellationTokenSource();
		this.abort = new AbortController();
		this.index = undefined;
		this.cached.clear();
		this.queue.clear();
		return this.starts.restart(() => this.build(true));
	}

	/** Stops indexing; the next start() (a query, the view, re-index) picks up the files left stale. */
	cancelIndexing(): void {
		this.cancel.cancel();
		this.abort.abort();
		this.queue.clear();
		this.starts.reset();
		this.complete = false;
		this.status.hide();
		log().info('indexing cancelled');
	}

	/** Builds the index, or after a cancel brings the one there is up to date (the catalog is replayed). */
	private async startOnce(ignoreCache = false): Promise<void> {
		const t0 = performance.now();
		await this.draining; // a drain cut short by a cancel ends first
		if (this.cancel.token.isCancellationRequested) {
			this.cancel = new vscode.CancellationTokenSource();
			this.abort = new AbortController();
		}
		this.segmenter ??= this.createSegmenter();
		const resumed = !!this.index;
		this.index ??= new WorkspaceIndex({ segmenter: this.segmenter });
		if (!ignoreCache && !resumed) {
			const data = await this.cacheIO().read().catch(() => undefined);
			const { status, files } = deserializeFiles(data, this.signature());
			for (const f of files) { this.cached.set(f.hash, f); }
			log().info(`index cache: ${status}, ${files.length} files`);
		}
		const token = this.cancel.token;
		this.catalog.wantsTasks = true;
		await this.catalog.ready(token);
		// Notices the catalog read before we listened are replayed (those the cache has are not read again).
		this.catalog.replayNotices(token);
		await this.draining;
		this.complete = !token.isCancellationRequested;
		log().info(`index ready: ${this.index.fileCount} files, ${this.index.taskCount} tasks in ${Math.round(performance.now() - t0)} ms`);
		this.scheduleSave();
	}

	private createSegmenter(): WorkerSegmenter {
		const config = readConfig();
		return new WorkerSegmenter({
			workers: segmenterProcesses(config.segmenterProcesses),
			workerPath: this.context.asAbsolutePath('dist/segmenter-worker.js'),
			idleMs: config.segmenterIdleSeconds * 1000,
			log: m => log().info(`segmenter: ${m}`),
		});
	}

	private restartSegmenter(): void {
		if (!this.segmenter) { return; }
		const old = this.segmenter;
		this.segmenter = this.createSegmenter();
		old.dispose();
		if (this.index) { this.rebuild().catch(e => log().error(`rebuild failed: ${e}`)); }
	}

	private signature(): string { return cacheSignature(segmenterSignature()); }

	/** Workspace storage: a local folder (the extension host's disk) gets the atomic, locked file cache. */
	private cacheIO(): CacheIO {
		const dir = this.context.storageUri;
		if (!dir) { return { read: async () => undefined, update: async () => undefined }; }
		if (dir.scheme === 'file') { return fileCache(vscode.Uri.joinPath(dir, CACHE_FILE).fsPath); }
		const file = vscode.Uri.joinPath(dir, CACHE_FILE);
		const temp = vscode.Uri.joinPath(dir, `${CACHE_FILE}.tmp`);
		return {
			read: async () => {
				try { return await vscode.workspace.fs.readFile(file); } catch { return undefined; }
			},
			update: async next => {
				const current = await vscode.workspace.fs.readFile(file).then(d => d, () => undefined);
				await vscode.workspace.fs.createDirectory(dir);
				await vscode.workspace.fs.writeFile(temp, joinChunks(next(current)));
				await vscode.workspace.fs.rename(temp, file, { overwrite: true });
			},
		};
	}

	/** A notice the catalog read: from the cache when its content is known, else queued for segmentation. */
	private accept(f: NoticeRead): void {
		const index = this.index;
		if (!index || !this.started) { return; } // not started, or cancelled: nothing is kept (the next start replays the catalog)
		const key = f.uri.toString();
		if (index.hashOf(key) === f.textHash) { return; }
		const hit = this.cached.get(f.textHash);
		if (hit && fitsLength(hit, f.length)) {
			try {
				index.insert(hit.key === key ? hit : rekey(hit, key));
				this.changed.fire();
				return;
			} catch (e) {
				log().warn(`cached entry for ${f.uri.fsPath} unusable: ${e}`);
			}
		}
		if (this.queue.set(key, { key, read: f })) { this.total++; }
		this.draining ??= this.drain().finally(() => { this.draining = undefined; });
	}

	/** Segments queued files in batches; parsing of the next batch overlaps the worker's segmentation. */
	private async drain(): Promise<void> {
		const index = this.index!;
		while (this.queue.size && !this.cancel.token.isCancellationRequested) {
			const batch = this.queue.take(BATCH_FILES);
			this.showProgress();
			try {
				const analyzed: AnalyzedFile[] = [];
				for (const p of batch) {
					// Read before the index wanted tasks: analysed again, in the worker.
					const a = p.read.analyzed ?? await this.catalog.tasksOf(p.read.uri);
					if (a) { analyzed.push(a); }
				}
				await insertAnalyzed(index, this.segmenter!, analyzed, this.abort.signal);
			} catch (e) {
				if ((e as Error).name !== 'AbortError') { log().error(`indexing failed: ${(e as Error)?.stack ?? e}`); }
				break;
			}
			this.done += batch.length;
			this.changed.fire();
			await yieldToEventLoop();
		}
		this.status.hide();
		this.done = this.total = 0;
		this.scheduleSave();
		this.changed.fire();
	}

	private showProgress(): void {
		this.status.text = `$(sync~spin) ${vscode.l10n.t('Indexing notices {0}/{1}', this.done, this.total)}`;
		this.status.tooltip = vscode.l10n.t('Segmenting policy notices for related tasks. Click to cancel.');
		this.status.show();
	}

	private removeFile(key: string): void {
		if (this.index?.remove(key)) {
			this.changed.fire();
			this.scheduleSave();
		}
	}

	private scheduleSave(): void {
		clearTimeout(this.saveTimer);
		this.saveTimer = setTimeout(() => this.save(), SAVE_DELAY_MS);
	}

	private async save(): Promise<void> {
		const index = this.index;
		if (!index || this.draining) { return; }
		try {
			// Merged with the cache as it is now: entries of files not indexed yet (after a cancel) stay.
			const own = index.snapshot(), complete = this.complete;
			await this.cacheIO().update(current => mergeCache(current, own, this.signature(), () => !complete));
		} catch (e) {
			log().warn(`could not save the index cache: ${e}`);
		}
	}

	/** Makes sure the index holds this document's current text (unsaved edits, untitled notices). */
	private async indexDocument(document: vscode.TextDocument, signal: AbortSignal): Promise<string> {
		const index = this.index!;
		const key = document.uri.toString();
		await indexVersion({ index, segmenter: this.segmenter! }, key, await this.analyses.call(document, 'getIndexAnalysis'), signal);
		return key;
	}

	/** The indexed task at `offset` of `document`, indexing the document's text first if needed. */
	async taskAt(document: vscode.TextDocument, offset: number, token: vscode.CancellationToken): Promise<IndexedTask | undefined> {
		await this.startForQuery(token);
		if (!this.index || token.isCancellationRequested) { return undefined; }
		const key = await withAbortSignal(token, signal => this.indexDocument(document, signal));
		return this.index.taskAt(key, offset);
	}

	/** Starts the index if needed and waits until the cache and the catalog scan are in (not for segmentation). */
	private async startForQuery(token: vscode.CancellationToken): Promise<void> {
		const started = this.start();
		await Promise.race([started, new Promise<void>(r => token.onCancellationRequested(() => r()))]).catch(() => undefined);
	}

	async related(document: vscode.TextDocument, offset: number, limit: number, token: vscode.CancellationToken): Promise<RelatedResult> {
		try {
			if (document.languageId !== LANGUAGE_ID) { return { state: 'notNotice', query: null, results: [] }; }
			if (!this.trust.allow()) { return { state: 'untrusted', query: null, results: [] }; }
			await this.startForQuery(token);
			if (token.isCancellationRequested) { return { state: 'ready', query: null, results: [] }; }
			const progress = this.progress;
			if (!this.index) { return { state: 'noTask', query: null, results: [], progress }; }
			const answer = await withAbortSignal(token, signal => this.service().getRelatedTasks(hostDocument(document), offset, {
				limit, signal, analyze: () => this.analyses.call(document, 'getIndexAnalysis'),
			}));
			if (token.isCancellationRequested) { return { state: 'ready', query: null, results: [] }; }
			const state = this.isIndexing ? 'indexing' : 'ready';
			if (!answer) { return { state: 'noTask', query: null, results: [], progress }; }
			return { state, query: toRelatedQuery(answer.query), results: answer.results.map(toRelatedItem), progress };
		} catch (e) {
			if ((e as Error).name === 'AbortError') { return { state: 'ready', query: null, results: [] }; }
			log().error(`related failed: ${(e as Error)?.stack ?? e}`);
			return { state: 'error', query: null, results: [], message: String((e as Error)?.message ?? e) };
		}
	}

	/**
	 * The language service over this index: it keeps nothing of its own here (the document's
	 * analysis comes from the analysis thread), so one per query follows the index and the
	 * segmenter a rebuild or a settings change replaced.
	 */
	private service(): NoticeService {
		return createNoticeService({ workspace: { index: this.index!, segmenter: this.segmenter! }, logger: { error: m => log().error(m) } });
	}

	dispose(): void {
		this.cancel.cancel();
		this.abort.abort();
		clearTimeout(this.saveTimer);
		this.segmenter?.dispose();
		this.disposables.forEach(d => d.dispose());
		this.changed.dispose();
	}
}

/** A VS Code document as the service reads it (its text only when the service asks). */
function hostDocument(document: vscode.TextDocument): NoticeTextDocument {
	return { uri: document.uri.toString(), version: document.version, getText: () => document.getText() };
}
