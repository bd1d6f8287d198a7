// The cross-reference index of the workspace, as the editor runs it: the core's lifecycle
// (src/core/workspace/relatedIndex.ts: cache, catalog, indexer) with the segmenter in worker
// processes that idle out, the cache in the workspace storage, progress in the status bar and a
// cancel. Started on first need (the Related Tasks view, a hover, the re-index command), never on
// activation, and only in a trusted workspace (trustGate.ts).
import * as vscode from 'vscode';
import { cacheSignature } from '../../core/index/persistence';
import type { IndexedTask } from '../../core/index/types';
import type { WorkspaceIndex } from '../../core/index/workspaceIndex';
import { segmenterSignature } from '../../core/segment/resources';
import { segmenterProcesses, WorkerSegmenter } from '../../core/segment/workerSegmenter';
import type { WorkspaceCatalog } from '../../core/workspace/catalog';
import { WorkspaceRelatedIndex } from '../../core/workspace/relatedIndex';
import type { DocumentAnalyses } from '../analyses';
import { LANGUAGE_ID, readConfig, affectsConfig } from '../config';
import { log } from '../log';
import type { RelatedResult, RelatedSource } from '../related/types';
import { toRelatedItem, toRelatedQuery } from './relatedItems';
import { createNoticeService, type NoticeService, type NoticeTextDocument } from '../../core/service';
import { indexVersion, openWorkspace } from '../../core/service/related';
import { withAbortSignal } from '../cancellation';
import { TrustGate } from './trustGate';
import { workspaceStorageFile } from './storage';

const CACHE_FILE = 'related-index.bin';

export class RelatedIndexService implements RelatedSource, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<void>();
	readonly onDidChange = this.changed.event;

	private readonly core: WorkspaceRelatedIndex;
	private readonly service: NoticeService;
	private readonly status: vscode.StatusBarItem;
	private readonly disposables: vscode.Disposable[] = [];
	private readonly trust: TrustGate;

	constructor(
		private readonly context: vscode.ExtensionContext,
		catalog: WorkspaceCatalog,
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
		this.core = new WorkspaceRelatedIndex({
			catalog,
			createSegmenter: () => this.createSegmenter(),
			cache: workspaceStorageFile(context, CACHE_FILE),
			signature: cacheSignature(segmenterSignature()),
			logger: { info: m => log().info(m), warn: m => log().warn(m), error: m => log().error(m) },
			allowed: () => this.trust.allow(),
			onChange: () => this.changed.fire(),
			onProgress: (done, total) => this.showProgress(done, total),
		});
		// The language service over this index: the document's analysis comes from the analysis
		// thread, so the service keeps nothing; it starts the index on the first query.
		this.service = createNoticeService({ workspace: this.core, logger: { error: m => log().error(m) } });
		this.disposables.push(
			this.core,
			this.trust,
			this.status,
			vscode.workspace.onDidChangeConfiguration(e => {
				if (affectsConfig(e, 'segmenter')) { this.core.replaceSegmenter(); }
			}),
			vscode.workspace.onDidCloseTextDocument(d => {
				// Unsaved and untitled texts live in the index only while open.
				if (d.uri.scheme !== 'file') { this.core.removeUnsaved(d.uri.toString()); }
			}),
		);
	}

	get isStarted(): boolean { return this.core.isStarted; }
	get isIndexing(): boolean { return this.core.isIndexing; }
	/** False in Restricted Mode: the index does not run until the workspace is trusted. */
	get isTrusted(): boolean { return this.trust.trusted; }
	get progress(): { done: number; total: number } { return this.core.progress; }
	/** The index (undefined before start); for tests and the CLI-equivalent commands. */
	get workspaceIndex(): WorkspaceIndex | undefined { return this.core.index; }

	/** Starts indexing (once): loads the cache, then takes every notice of the workspace. Not in an untrusted workspace. */
	start(): Promise<void> { return this.core.start(); }

	/** Drops the index and its cache and builds it again (in an untrusted workspace: once trusted). */
	rebuild(): Promise<void> { return this.core.rebuild(); }

	/** Stops indexing; the next start() (a query, the view, re-index) picks up the files left stale. */
	cancelIndexing(): void {
		this.core.cancel();
		this.status.hide();
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

	private showProgress(done: number, total: number): void {
		if (!total) { this.status.hide(); return; }
		this.status.text = `$(sync~spin) ${vscode.l10n.t('Indexing notices {0}/{1}', done, total)}`;
		this.status.tooltip = vscode.l10n.t('Segmenting policy notices for related tasks. Click to cancel.');
		this.status.show();
	}

	/** The indexed task at `offset` of `document`, the index started and the document's current text (unsaved edits, untitled notices) indexed first. */
	async taskAt(document: vscode.TextDocument, offset: number, token: vscode.CancellationToken): Promise<IndexedTask | undefined> {
		try {
			return await withAbortSignal(token, async signal => {
				const workspace = await openWorkspace(this.core, signal);
				if (!workspace) { return undefined; }
				await indexVersion(workspace, await this.analyses.call(document, 'getIndexAnalysis'), signal);
				return workspace.index.taskAt(document.uri.toString(), offset);
			});
		} catch (e) {
			if ((e as Error).name === 'AbortError') { return undefined; }
			throw e;
		}
	}

	async related(document: vscode.TextDocument, offset: number, limit: number, token: vscode.CancellationToken): Promise<RelatedResult> {
		try {
			if (document.languageId !== LANGUAGE_ID) { return { state: 'notNotice', query: null, results: [] }; }
			if (!this.trust.allow()) { return { state: 'untrusted', query: null, results: [] }; }
			const answer = await withAbortSignal(token, signal => this.service.getRelatedTasks(hostDocument(document), offset, {
				limit, signal, analyze: () => this.analyses.call(document, 'getIndexAnalysis'),
			}));
			if (token.isCancellationRequested) { return { state: 'ready', query: null, results: [] }; }
			if (!answer) { return { state: 'noTask', query: null, results: [], progress: this.progress }; }
			return { state: answer.indexing ? 'indexing' : 'ready', query: toRelatedQuery(answer.query), results: answer.results.map(toRelatedItem), progress: answer.progress };
		} catch (e) {
			if ((e as Error).name === 'AbortError') { return { state: 'ready', query: null, results: [] }; }
			log().error(`related failed: ${(e as Error)?.stack ?? e}`);
			return { state: 'error', query: null, results: [], message: String((e as Error)?.message ?? e) };
		}
	}

	dispose(): void {
		this.disposables.forEach(d => d.dispose());
		this.changed.dispose();
	}
}

/** A VS Code document as the service reads it (its text only when the service asks). */
function hostDocument(document: vscode.TextDocument): NoticeTextDocument {
	return { uri: document.uri.toString(), version: document.version, getText: () => document.getText() };
}
