// Helpers shared by the integration suites (run inside a real VS Code extension host).
import * as path from 'path';
import * as vscode from 'vscode';

export const EXT_ID = 'policy-notice.policy-notice';

export function samplesFolder(): string {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) { throw new Error('the integration workspace (samples/) is not open'); }
	return folder.uri.fsPath;
}

export function sampleUri(name: string): vscode.Uri {
	return vscode.Uri.file(path.join(samplesFolder(), `${name}.txt`));
}

/** The repository root: the samples folder's parent. */
export function repoPath(...parts: string[]): string {
	return path.join(path.dirname(samplesFolder()), ...parts);
}

export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 20_000, what = 'condition'): Promise<T> {
	const until = Date.now() + ms;
	for (;;) {
		const v = await probe();
		if (v) { return v; }
		if (Date.now() > until) { throw new Error(`timed out after ${ms} ms waiting for ${what}`); }
		await new Promise(r => setTimeout(r, 100));
	}
}

/** Opens a file and waits until auto-detection has given it the policy-notice language. */
export async function openNotice(uri: vscode.Uri): Promise<vscode.TextDocument> {
	const doc = await vscode.workspace.openTextDocument(uri);
	await vscode.window.showTextDocument(doc);
	return waitFor(() => {
		const d = vscode.workspace.textDocuments.find(x => x.uri.toString() === uri.toString());
		return d && d.languageId === 'policy-notice' ? d : undefined;
	}, 20_000, `${path.basename(uri.fsPath)} to become policy-notice`);
}

export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
	return waitFor(async () => {
		const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
		return s && s.length ? s : undefined;
	}, 20_000, 'document symbols');
}
