// The notices of the workspace: finds candidate files (include/exclude settings, every
// workspace folder), reads and analyses each once, keeps a compact summary, and tells
// listeners (the cross-reference index) about each analysis so nobody parses twice.
// Scans in the background with progress in the status bar, honours cancellation, and
// follows changes through a file watcher.
import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import { Analysis } from '../../core/analysis';
import type { Section } from '../../core/model';
import { walkSections } from '../../core/parse';
import { LineIndex } from '../../core/text/lineIndex';
import { readConfig, affectsConfig } from '../config';
import { log, logCoreError } from '../log';
import { symbolKind } from '../symbolKinds';
import { sectionName } from '../../core/service';
import { affectsDecoding, decodeLikeEditor } from './fileEncoding';

export interface CatalogSymbol {
	name: string;
	kind: vscode.SymbolKind;
	container: string;
	/** Heading range as [line, character, endLine, endCharacter]. */
	range: [number, number, number, number];
}

export interface CatalogEntry {
	uri: vscode.Uri;
	hash: string;
	isNotice: boolean;
	symbols: CatalogSymbol[];
}

export interface AnalyzedFile {
	uri: vscode.Uri;
	/** sha1 of the file's bytes. */
	hash: string;
	/** The file's analysis; parsed already on a first read, parsed on demand on a re-read. */
	analysis: Analysis;
}

/** Files larger than this are skipped by the workspace scan (they can still be opened). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export class NoticeCatalog implements vscode.Disposable {
	private readonly entries = new Map<string, CatalogEntry>();
	private readonly analyzed = new vscode.EventEmitter<AnalyzedFile>();
	private readonly removed = new vscode.EventEmitter<vscode.Uri>();
	private readonly changed = new vscode.EventEmitter<void>();
	/** Fires for every notice read, with its analysis (the index takes its tasks from it). */
	readonly onDidAnalyze = this.analyzed.event;
	readonly onDidRemove = this.removed.event;
	/** Fires after a scan or a watched change has been applied. */
	readonly onDidChange = this.changed.event;

	private scan: Promise<void> | undefined;
	private cancel = new vscode.CancellationTokenSource();
	private watchers: vscode.Disposable[] = [];
	private readonly disposables: vscode.Disposable[] = [];
	private pending = new Map<string, NodeJS.Timeout>();

	constructor() {
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
	cancelScan(): void { this.cancel.cancel(); }

	private restart(): void {
		this.cancel.cancel();
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
				for (const uri of uris) {
					if (token.isCancellationRequested) { break; }
					await this.readOne(uri);
					n++;
					if (n % 20 === 0) {
						progress.report({ message: `${n}/${uris.length}` });
						await new Promise(r => setImmediate(r)); // let the extension host breathe
					}
				}
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
	 * Reads every known notice again and fires onDidAnalyze for each (a listener that started
	 * late, like the cross-reference index, catches up). Unchanged files are not parsed here:
	 * their Analysis parses only if the listener asks for the model.
	 */
	async replayNotices(token?: vscode.CancellationToken): Promise<void> {
		for (const entry of this.notices()) {
			if (token?.isCancellationRequested) { return; }
			await this.readOne(entry.uri, true);
		}
	}

	/** Reads, analyses and records one file; unreadable or vanished files are skipped with a log line. */
	private async readOne(uri: vscode.Uri, replay = false): Promise<void> {
		const key = uri.toString();
		let bytes: Uint8Array;
		try {
			const stat = await vscode.workspace.fs.stat(uri);
			if (stat.size > MAX_FILE_BYTES) {
				log().info(`skipped ${uri.fsPath}: ${stat.size} bytes is over the scan limit`);
				return;
			}
			bytes = await vscode.workspace.fs.readFile(uri);
		} catch (e) {
			log().info(`skipped ${uri.fsPath}: ${(e as Error).message ?? e}`);
			this.forget(key, uri);
			return;
		}
		const hash = crypto.createHash('sha1').update(bytes).digest('hex');
		const previous = this.entries.get(key);
		if (previous && previous.hash === hash) {
			if (replay && previous.isNotice) { this.analyzed.fire({ uri, hash, analysis: new Analysis(decodeLikeEditor(uri, bytes).text, logCoreError) }); }
			return;
		}
		const decoded = decodeLikeEditor(uri, bytes);
		if (decoded.binary) { log().info(`skipped ${uri.fsPath}: ${decoded.reason}`); this.forget(key, uri); return; }
		for (const w of decoded.warnings) { log().warn(`${uri.fsPath}: ${w}`); }
		const analysis = new Analysis(decoded.text, logCoreError);
		const isNotice = analysis.detection.isNotice;
		this.entries.set(key, { uri, hash, isNotice, symbols: isNotice ? flatSymbols(analysis) : [] });
		if (isNotice) { this.analyzed.fire({ uri, hash, analysis }); } else if (previous?.isNotice) { this.removed.fire(uri); }
	}

	private forget(key: string, uri: vscode.Uri): void {
		if (this.entries.delete(key)) { this.removed.fire(uri); }
	}

	private watch(include: string[]): void {
		this.watchers.forEach(w => w.dispose());
		this.watchers = include.map(glob => {
			const w = vscode.workspace.createFileSystemWatcher(glob);
			const update = (uri: vscode.Uri) => this.debounce(uri, () => this.readOne(uri));
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

	/** Re-reads a file now (after a save), without waiting for the watcher. */
	refresh(uri: vscode.Uri): Promise<void> {
		return this.readOne(uri).then(() => this.changed.fire());
	}

	dispose(): void {
		this.cancel.cancel();
		this.watchers.forEach(w => w.dispose());
		this.disposables.forEach(d => d.dispose());
		this.pending.forEach(t => clearTimeout(t));
		this.analyzed.dispose();
		this.removed.dispose();
		this.changed.dispose();
	}
}

function flatSymbols(analysis: Analysis): CatalogSymbol[] {
	const out: CatalogSymbol[] = [];
	const lines = new LineIndex(analysis.text);
	for (const doc of analysis.model.documents) {
		if (doc.duplicateOf !== null) { continue; }
		walkSections(doc.sections, (s: Section, ancestors) => {
			out.push({
				name: sectionName(s), kind: symbolKind(s),
				container: ancestors.length ? sectionName(ancestors[ancestors.length - 1]) : doc.title,
				range: range(lines, s.heading.offset, s.heading.end),
			});
		});
	}
	return out;
}

function range(lines: LineIndex, from: number, to: number): [number, number, number, number] {
	const a = lines.position(from), b = lines.position(to);
	return [a.line, a.character, b.line, b.character];
}
