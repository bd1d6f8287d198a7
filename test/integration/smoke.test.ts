// Smoke test: the extension is installed in the host and activates when a sample is opened.
// The workspace of the integration run is samples/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXT_ID = 'policy-notice.policy-notice';

function sampleFiles(): string[] {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) return [];
	return fs.readdirSync(folder.uri.fsPath).filter(f => f.endsWith('.txt')).sort().map(f => path.join(folder.uri.fsPath, f));
}

async function waitFor(cond: () => boolean, ms: number): Promise<boolean> {
	const until = Date.now() + ms;
	while (!cond()) {
		if (Date.now() > until) return false;
		await new Promise(r => setTimeout(r, 100));
	}
	return true;
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
		const active = await waitFor(() => ext.isActive, 30_000);
		assert.ok(active, `${EXT_ID} did not activate within 30 s after opening ${path.basename(files[0])} (languageId ${doc.languageId})`);
		console.log(`      [info] ${path.basename(files[0])}: languageId ${doc.languageId}; ${EXT_ID} active from ${ext.extensionPath}`);
	});
});
