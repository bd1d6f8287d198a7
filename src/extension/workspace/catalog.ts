// The workspace's notices in the editor: the core's catalog (src/core/workspace/catalog.ts) over
// VS Code's file system, search and watchers, the include/exclude settings, the decoding VS Code
// would use, the analysis worker thread, the status bar's progress, workspace trust, and the
// summaries' store in the workspace storage. It scans again when the index settings, the decoding
// settings or the folders change.
import * as vscode from 'vscode';
import { AnalysisWorker } from '../../core/service/worker/client';
import { WorkspaceCatalog, type CatalogFileSystem } from '../../core/workspace/catalog';
import { readConfig, affectsConfig } from '../config';
import { log } from '../log';
import { affectsDecoding, decodingFor } from './fileEncoding';
import { workspaceStorageFile } from './storage';

export type { CatalogEntry, NoticeRead } from '../../core/workspace/catalog';

/** The catalog's worker thread ends after this long without a file to read (it keeps nothing). */
const WORKER_IDLE_MS = 30_000;

const STORE_FILE = 'catalog.bin';

/** The catalog the extension runs, its summaries kept in the workspace storage; the analysis worker (dist/analysis-worker.js) starts with the first file read and idles out. */
export function createNoticeCatalog(context: vscode.ExtensionContext): { catalog: WorkspaceCatalog; disposable: vscode.Disposable } {
	const workerPath = context.asAbsolutePath('dist/analysis-worker.js');
	const logger = { info: (m: string) => log().info(m), warn: (m: string) => log().warn(m), error: (m: string) => log().error(m) };
	const catalog = new WorkspaceCatalog({
		files: editorFiles(),
		summarizer: new AnalysisWorker({ workerPath, idleMs: WORKER_IDLE_MS, log: m => log().warn(m) }),
		logger,
		allowed: () => vscode.workspace.isTrusted,
		store: workspaceStorageFile(context, STORE_FILE),
		withProgress: (scan, cancel) => Promise.resolve(vscode.window.withProgress({
			location: vscode.ProgressLocation.Window,
			title: vscode.l10n.t('Indexing policy notices'),
			cancellable: true,
		}, async (progress, token) => {
			const sub = token.onCancellationRequested(cancel);
			try { await scan(message => progress.report({ message })); } finally { sub.dispose(); }
		})),
	});
	const subscriptions = [
		vscode.workspace.onDidChangeConfiguration(e => {
			if (affectsConfig(e, 'index') || affectsDecoding(e)) { catalog.restart(); }
		}),
		vscode.workspace.onDidChangeWorkspaceFolders(() => catalog.restart()),
	];
	return { catalog, disposable: { dispose: () => { subscriptions.forEach(d => d.dispose()); catalog.dispose(); } } };
}

/** VS Code's file system, search and watchers, as the catalog reads files. */
function editorFiles(): CatalogFileSystem {
	const glob = (patterns: string[]) => patterns.length === 1 ? patterns[0] : `{${patterns.join(',')}}`;
	return {
		findFiles: async signal => {
			const config = readConfig();
			const token = new vscode.CancellationTokenSource();
			const abort = () => token.cancel();
			signal.addEventListener('abort', abort);
			try {
				const uris = await vscode.workspace.findFiles(glob(config.include), config.exclude.length ? glob(config.exclude) : null, config.maxFiles, token.token);
				return uris.map(u => u.toString());
			} finally {
				signal.removeEventListener('abort', abort);
				token.dispose();
			}
		},
		size: async key => (await vscode.workspace.fs.stat(vscode.Uri.parse(key))).size,
		readFile: key => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.parse(key))),
		decodingFor: key => decodingFor(vscode.Uri.parse(key)),
		watch: (onChange, onDelete) => {
			const watchers = readConfig().include.map(pattern => {
				const w = vscode.workspace.createFileSystemWatcher(pattern);
				w.onDidChange(u => onChange(u.toString()));
				w.onDidCreate(u => onChange(u.toString()));
				w.onDidDelete(u => onDelete(u.toString()));
				return w;
			});
			return { dispose: () => watchers.forEach(w => w.dispose()) };
		},
	};
}
