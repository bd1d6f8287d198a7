// Activation: the extension is installed in a real VS Code host with samples/ open, activates when
// a sample is opened, and has then registered every command its package.json contributes (the
// contributions themselves are checked in plain Node: test/unit/extension/viewsManifest.test.ts,
// test/unit/service/draftingManifest.test.ts, test/unit/notes/manifest.test.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXT_ID, samplesFolder, waitFor } from './util';

describe('activation', () => {
	it('activates when a .txt sample of samples/ is opened, with every contributed command registered', async () => {
		console.log(`      [info] vscode ${vscode.version}, node ${process.version}, appName ${vscode.env.appName}, uiKind ${vscode.env.uiKind}`);
		const ext = vscode.extensions.getExtension(EXT_ID);
		assert.ok(ext, `${EXT_ID} not found; extensions: ${vscode.extensions.all.filter(e => !e.id.startsWith('vscode.')).map(e => e.id).join(', ')}`);
		// (samplesFolder throws when the launcher did not open samples/)
		const files = fs.readdirSync(samplesFolder()).filter(f => f.endsWith('.txt')).sort();
		assert.ok(files.length > 0, 'samples/ holds .txt notices');
		const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(samplesFolder(), files[0])));
		await vscode.window.showTextDocument(doc);
		await waitFor(() => ext.isActive, 30_000, () => `${EXT_ID} to activate after opening ${files[0]} (languageId ${doc.languageId})`);
		console.log(`      [info] ${files[0]}: languageId ${doc.languageId}; ${EXT_ID} active from ${ext.extensionPath}`);
		const contributed: string[] = ext.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
		assert.ok(contributed.length > 0, 'package.json contributes commands');
		const registered = new Set(await vscode.commands.getCommands(true));
		assert.deepStrictEqual(contributed.filter(c => !registered.has(c)), [], 'contributed commands that activation did not register');
	});
});
