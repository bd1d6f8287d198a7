// The notices of the workspace: finds candidate files (include/exclude settings, every
// workspace folder), has each read file analysed once in the analysis worker thread, keeps a
// compact summary, and tells listeners (the cross-reference index) about each notice — with
// its tasks when the index wants them — so nobody parses twice and nothing parses on the
// extension host's event loop. Scans in the background with progress in the status bar,
// honours cancellation, and follows changes through a file watcher.
import * as vscode from 'vscode';
import type { AnalyzedFile } from '../../core/index/analyze';
import type { FileMetrics } from '../../core/metrics/notices';
import { AnalysisWorker } from '../../core/service/worker/client';
import type { SummarizeResult } from '../../core/service/worker/protocol';
import type { TaskRowOptions } from '../../core/service/fileSummary';
import type { TaskRow } from '../../core/tasks/table';
import { readConfig, affectsConfig } from '../config';
import { log } from '../log';
import { symbolKind } from '../symbolKinds';
import { affectsDecoding, decodingFor } from './fileEncoding';

export interface CatalogSymbol {
	name: string;
	kind: vscode.SymbolKind;
	container: string;
	/** Heading range as [line, character, endLine, endCharacter]. */
	range: [number, number, number, number];
}

export interface CatalogEntry {
	uri: vscode.Uri;
	/** sha1 of the file's bytes (unchanged bytes are not analysed again). */
	byteHash: string;
	/** sha1 of the decoded text: the index's content key. */
	textHash: string;
	/** Length of the decoded text (UTF-16 units). */
	length: number;
	isNotice: boolean;
	symbols: CatalogSymbol[];
	/** Its normalized targets, when metrics were wanted at the time it was read (see wantsMetrics). */
	metrics?: FileMetrics;
}

/** A notice the catalog read. */
export interface NoticeRead {
	uri: vscode.Uri;
	textHash: string;
	length: number;
	/** Its tasks, when the index wanted them at the time it was read (see wantsTasks). */
	analyzed?: AnalyzedFile;
}

/** Files larger than this are skipped by the workspace scan (they can still be opened). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** The catalog's worker thread ends after this long without a file to read (it keeps nothing). */
const WORKER_IDLE_MS = 30_000;

export class NoticeCatalog implements vscode.Disposable {
	private readonly entries = new Map<string, CatalogEntry>();
	private readonly analyzed = new vscode.EventEmitter<NoticeRead>();
	private readonly removed = new vscode.EventEmitter<vscode.Uri>();
	private readonly changed = new vscode.EventEmitter<void>();
	/** Fires for every notice read (the index takes its tasks). */
	readonly onDidAnalyze = this.analyzed.event;
	readonly onDidRemove = this.removed.event;
	/** Fires after a scan or a watched change has been applied. */
	readonly onDidChange = this.changed.event;

	private scan: Promise<void> | undefined;
	private cancel = new vscode.CancellationTokenSource();
	private watchers: vscode.Disposable[] = [];
	private readonly disposables: vscode.Disposable[] = [];
	private pending = new Map<string, NodeJS.Timeout>();
	private readonly worker: AnalysisWorker;
	/** Set once the index runs: notices are then read with their tasks. */
	wantsTasks = false;
	/** Set once the metric hover or the Compare Targets view needs them: notices are then read with their normalized targets. */
	wantsMetrics = false;

	/** `workerPath`: the analysis worker's script (it starts with the first file read and idles out). */
	constructor(workerPath: string) {
		this.worker = new AnalysisWorker({ workerPath, idleMs: WORKER_IDLE_MS, log: m => log().warn(m) });
		this.disposables.push(
			vscode.workspace.onDidChangeConfiguration(e => {
				if (affectsConfig(e, 'index') || affectsDecoding(e)) { this.restart(); }
			}),
			vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart()),
		);
	}

	/** Resolves when the first full scan is done (starting it if needed). No scan in an untrusted workspace. */
	ready(token?: vscode.CancellationToken): Promise<void> {
		if (!vscode.workspace.isTrusted) { return Promise.resolve(); }
		this.scan ??= this.fullScan();
		if (!token) { return this.scan; }
		return new Promise<void>(resolve => {
			const sub = token.onCancellationRequested(() => { sub.dispose(); resolve(); });
			this.scan!.then(() => { sub.dispose(); resolve(); });
		});
	}

	get isScanning(): boolean { return !!this.scan && !this.done; }
	private done = false;

	all(): CatalogEntry[] { return [...this.entries.values()]; }
	notices(): CatalogEntry[] { return this.all().filter(e => e.isNotice); }

	/** Stops the running scan (the status-bar progress's cancel button calls this). */
	cancelScan(): void {
		this.cancel.cancel();
		this.worker.restart(); // stops a long analysis now, not when it ends
	}

	private restart(): void {
		this.cancel.cancel();
		this.worker.restart();
		this.cancel = new vscode.CancellationTokenSource();
		for (const uri of [...this.entries.keys()]) { this.removed.fire(vscode.Uri.parse(uri)); }
		this.entries.clear();
		this.done = false;
		this.scan = vscode.workspace.isTrusted ? this.fullScan() : undefined;
	}

	private async fullScan(): Promise<void> {
		const token = this.cancel.token;
		const config = readConfig();
		this.watch(config.include);
		const started = Date.now();
		await vscode.window.withProgress({
			location: vscode.ProgressLocation.Window,
			title: vscode.l10n.t('Indexing policy notices'),
			cancellable: true,
		}, async (progress, progressToken) => {
			const sub = progressToken.onCancellationRequested(() => this.cancel.cancel());
			try {
				const include = config.include.length === 1 ? config.include[0] : `{${config.include.join(',')}}`;
				const exclude = config.exclude.length ? (config.exclude.length === 1 ? config.exclude[0] : `{${config.exclude.join(',')}}`) : null;
				const uris = await vscode.workspace.findFiles(include, exclude, config.maxFiles, token);
				let n = 0;
				// Two files in flight: the next one is read from disk while the worker analyses one.
				let previous: Promise<unknown> = Promise.resolve();
				for (const uri of uris) {
					if (token.isCancellationRequested) { break; }
					const current = this.readOne(uri);
					await previous;
					previous = current;
					n++;
					if (n % 20 === 0) { progress.report({ message: `${n}/${uris.length}` }); }
				}
				await previous;
				log().info(`scanned ${n} files (${this.notices().length} notices) in ${Date.now() - started} ms${token.isCancellationRequested ? ' (cancelled)' : ''}`);
			} catch (e) {
				log().error(`workspace scan failed: ${e}`);
			} finally {
				sub.dispose();
				// A scan cancelled by a restart is not the end of the new scan.
				if (token === this.cancel.token) { this.done = true; }
				this.changed.fire();
			}
		});
	}

	/**
	 * Fires onDidAnalyze again for every known notice (a listener that started late, like the
	 * cross-reference index, catches up). Nothing is read: the index asks for the tasks of a
	 * notice it cannot take from its cache (tasksOf).
	 */
	replayNotices(token?: vscode.CancellationToken): void {
		for (const e of this.notices()) {
			if (token?.isCancellationRequested) { return; }
			this.analyzed.fire({ uri: e.uri, textHash: e.textHash, length: e.length });
		}
	}

	/** Reads one file and has the analysis worker summarize it; unreadable or vanished files are skipped with a log line. */
	private async readOne(uri: vscode.Uri, withTasks = this.wantsTasks): Promise<AnalyzedFile | undefined> {
		const key = uri.toString();
		let bytes: Uint8Array;
		try {
			const read = await this.bytesOf(uri);
			if (!read) { return undefined; }
			bytes = read;
		} catch (e) {
			log().info(`skipped ${uri.fsPath}: ${(e as Error).message ?? e}`);
			this.forget(key, uri);
			return undefined;
		}
		const previous = this.entries.get(key);
		const { decoding, warning } = decodingFor(uri);
		const withMetrics = this.wantsMetrics;
		// Unchanged bytes are not analysed again, unless what is wanted now was not read then.
		const known = withTasks || (withMetrics && previous && !previous.metrics) ? undefined : previous?.byteHash;
		let read: SummarizeResult;
		try {
			read = await this.worker.summarize(key, bytes, decoding, known, withTasks, withMetrics);
		} catch (e) {
			if ((e as Error).name !== 'Cancelled') { log().warn(`skipped ${uri.fsPath}: ${(e as Error).message ?? e}`); }
			return undefined;
		}
		if (read.status === 'unchanged') { return undefined; }
		if (read.status === 'binary') { log().info(`skipped ${uri.fsPath}: ${read.reason}`); this.forget(key, uri); return undefined; }
		for (const w of warning ? [warning, ...read.warnings] : read.warnings) { log().warn(`${uri.fsPath}: ${w}`); }
		const { summary } = read;
		this.entries.set(key, {
			uri, byteHash: read.byteHash, textHash: summary.textHash, length: summary.length, isNotice: summary.isNotice,
			symbols: summary.symbols.map(s => ({ ...s, kind: symbolKind(s) })),
			metrics: summary.metrics,
		});
		if (summary.isNotice) {
			this.analyzed.fire({ uri, textHash: summary.textHash, length: summary.length, analyzed: summary.analyzed });
		} else if (previous?.isNotice) { this.removed.fire(uri); }
		return summary.analyzed;
	}

	/**
	 * The tasks of a notice of the catalog, read and analysed again (the index asks for a notice
	 * that was read before it wanted tasks); undefined when it is gone or no longer a notice.
	 */
	async tasksOf(uri: vscode.Uri): Promise<AnalyzedFile | undefined> {
		return this.readOne(uri, true);
	}

	/**
	 * The task table's rows of a file (under its URI string), read and analysed in the worker
	 * (the task table asks for the workspace's notices); undefined when it is unreadable, too
	 * large or not a notice. Nothing of the catalog changes: the rows are not kept.
	 */
	async taskRowsOf(uri: vscode.Uri, options: TaskRowOptions): Promise<TaskRow[] | undefined> {
		const bytes = await this.bytesOf(uri);
		if (!bytes) { return undefined; }
		const read = await this.worker.summarize(uri.toString(), bytes, decodingFor(uri).decoding, undefined, false, false, options);
		return read.status === 'ok' ? read.summary.taskRows : undefined;
	}

	/**
	 * Reads again the notices read before metrics were wanted (their entries have none), so every
	 * notice has its normalized targets; set wantsMetrics first. Fires onDidChange when one was read.
	 */
	async readMissingMetrics(token?: vscode.CancellationToken): Promise<void> {
		let read = 0;
		for (const e of this.notices()) {
			if (token?.isCancellationRequested || !this.wantsMetrics) { break; }
			if (e.metrics) { continue; }
			await this.readOne(e.uri, false);
			read++;
		}
		if (read) { this.changed.fire(); }
	}

	/** The file's bytes; undefined (and a line in the log) when it is over the scan limit. */
	private async bytesOf(uri: vscode.Uri): Promise<Uint8Array | undefined> {
		const stat = await vscode.workspace.fs.stat(uri);
		if (stat.size > MAX_FILE_BYTES) {
			log().info(`skipped ${uri.fsPath}: ${stat.size} bytes is over the scan limit`);
			return undefined;
		}
		return vscode.workspace.fs.readFile(uri);
	}

	private forget(key: string, uri: vscode.Uri): void {
		if (this.entries.delete(key)) { this.removed.fire(uri); }
	}

	private watch(include: string[]): void {
		this.watchers.forEach(w => w.dispose());
		this.watchers = include.map(glob => {
			const w = vscode.workspace.createFileSystemWatcher(glob);
			const update = (uri: vscode.Uri) => this.debounce(uri, async () => { await this.readOne(uri); });
			w.onDidChange(update);
			w.onDidCreate(update);
			w.onDidDelete(uri => this.debounce(uri, async () => this.forget(uri.toString(), uri)));
			return w;
		});
	}

	/** Re-reads a file shortly after it changes (editors save in bursts). */
	private debounce(uri: vscode.Uri, run: () => Promise<void>): void {
		const key = uri.toString();
		clearTimeout(this.pending.get(key));
		this.pending.set(key, setTimeout(() => {
			this.pending.delete(key);
			run().then(() => this.changed.fire(), e => log().warn(`update of ${uri.fsPath} failed: ${e}`));
		}, 150));
	}

	dispose(): void {
		this.cancel.cancel();
		this.watchers.forEach(w => w.dispose());
		this.disposables.forEach(d => d.dispose());
		this.pending.forEach(t => clearTimeout(t));
		this.worker.dispose();
		this.analyzed.dispose();
		this.removed.dispose();
		this.changed.dispose();
	}
}
