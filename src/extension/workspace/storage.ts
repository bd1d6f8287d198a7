// Files the extension keeps in VS Code's workspace storage (the index cache, the catalog's
// summaries): a local folder (the extension host's disk) gets the atomic, locked file cache;
// another scheme is written through vscode.workspace.fs, to a temporary file renamed over it.
import * as vscode from 'vscode';
import { joinChunks } from '../../core/index/cacheFormat';
import type { CacheIO } from '../../core/index/persistence';
import { fileCache } from '../../core/io/cacheFile';

/** `name` in the workspace storage; a store that keeps nothing when there is no workspace. */
export function workspaceStorageFile(context: vscode.ExtensionContext, name: string): CacheIO {
	const dir = context.storageUri;
	if (!dir) { return { read: async () => undefined, update: async () => undefined }; }
	if (dir.scheme === 'file') { return fileCache(vscode.Uri.joinPath(dir, name).fsPath); }
	const file = vscode.Uri.joinPath(dir, name);
	const temp = vscode.Uri.joinPath(dir, `${name}.tmp`);
	return {
		read: async () => {
			try { return await vscode.workspace.fs.readFile(file); } catch { return undefined; }
		},
		update: async next => {
			const current = await vscode.workspace.fs.readFile(file).then(d => d, () => undefined);
			await vscode.workspace.fs.createDirectory(dir);
			await vscode.workspace.fs.writeFile(temp, joinChunks(await next(current)));
			await vscode.workspace.fs.rename(temp, file, { overwrite: true });
		},
	};
}
