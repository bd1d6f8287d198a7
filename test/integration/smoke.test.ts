// Smoke test: the extension is installed in the host and activates when a sample is opened.
// The workspace of the integration run is samples/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXT_ID, waitFor } from './util';

function sampleFiles(): string[] {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) return [];
	return fs.readdirSync(folder.uri.fsPath).filter(f => f.endsWith('.txt')).sort().map(f => path.join(folder.uri.fsPath, f));
}

describe('smoke', () => {
	it('runs in a real VS Code extension host with samples/ open', () => {
		console.log(`      [info] vscode ${vscode.version}, node ${process.version}, appName ${vscode.env.appName}, uiKind ${vscode.env.uiKind}`);
		const folder = vscode.workspace.workspaceFolders?.[0];
		assert.ok(folder, 'a workspace folder is open (the launcher opens samples/)');
	});

	it(`extension ${EXT_ID} is present`, () => {
		const ext = vscode.extensions.getExtension(EXT_ID);
		assert.ok(ext, `${EXT_ID} not found; extensions: ${vscode.extensions.all.filter(e => !e.id.startsWith('vscode.')).map(e => e.id).join(', ')}`);
	});

	it('activates when a .txt sample is opened', async function () {
		const files = sampleFiles();
		if (files.length === 0) {
			console.log('      [info] no samples/*.txt yet; skipping');
			this.skip();
		}
		const ext = vscode.extensions.getExtension(EXT_ID);
		assert.ok(ext);
		const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(files[0]));
		await vscode.window.showTextDocument(doc);
		await waitFor(() => ext.isActive, 30_000, () => `${EXT_ID} to activate after opening ${path.basename(files[0])} (languageId ${doc.languageId})`);
		assert.ok(ext.isActive, `${EXT_ID} did not activate within 30 s after opening ${path.basename(files[0])} (languageId ${doc.languageId})`);
		console.log(`      [info] ${path.basename(files[0])}: languageId ${doc.languageId}; ${EXT_ID} active from ${ext.extensionPath}`);
	});
});
