// The packaged extension, installed from its .vsix, works on its own: it is loaded from the
// host's extensions dir (not from the source tree), ships its files and runtime dependencies
// (and not the CLI, which runs from a checkout), activates on a sample and registers what its
// manifest contributes.
// The launchers set PN_HOST_EXTENSIONS_DIR (the extensions dir the .vsix was installed into).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
// The integration suites' wait (a condition polled with a deadline); it touches nothing of the extension.
import { waitFor } from '../integration/util';

const EXT_ID = process.env.PN_HOST_EXTENSION_ID || 'policy-notice.policy-notice';

function ext(): vscode.Extension<unknown> {
	const e = vscode.extensions.getExtension(EXT_ID);
	assert.ok(e, `${EXT_ID} is not installed; extensions: ${vscode.extensions.all.filter(x => !x.id.startsWith('vscode.')).map(x => x.id).join(', ')}`);
	return e;
}

function isInside(child: string, parent: string): boolean {
	const rel = path.relative(fs.realpathSync(parent), fs.realpathSync(child));
	return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

describe('packaged .vsix', () => {
	it('is loaded from the extensions dir it was installed into, not from the source folder', () => {
		const dir = process.env.PN_HOST_EXTENSIONS_DIR;
		assert.ok(dir, 'PN_HOST_EXTENSIONS_DIR is not set: run this suite through a launcher with a .vsix (run-in-code-server.mjs --install-vsix FILE, or run-in-electron.js vsix FILE)');
		const e = ext();
		console.log(`      [info] ${EXT_ID}@${e.packageJSON.version} at ${e.extensionPath}`);
		assert.ok(isInside(e.extensionPath, dir), `extensionPath ${e.extensionPath} is not inside ${dir}`);
		assert.ok(!fs.existsSync(path.join(e.extensionPath, 'src')), 'the installed extension should not contain src/ (is .vscodeignore excluding sources?)');
	});

	it('ships its main file and its runtime dependencies', () => {
		const e = ext();
		const pkg = e.packageJSON as { main?: string; dependencies?: Record<string, string> };
		if (pkg.main) {
			const main = path.join(e.extensionPath, pkg.main);
			assert.ok(fs.existsSync(main) || fs.existsSync(main + '.js'), `main ${pkg.main} missing from the .vsix`);
		}
		for (const dep of Object.keys(pkg.dependencies ?? {})) {
			let resolved: string;
			try {
				// package.json, not main: some dependencies (icon fonts) have no main module.
				resolved = require.resolve(`${dep}/package.json`, { paths: [e.extensionPath] });
			} catch (err) {
				assert.fail(`runtime dependency ${dep} is not in the .vsix: ${(err as Error).message.split('\n')[0]}`);
			}
			assert.ok(isInside(resolved, e.extensionPath), `${dep} resolved outside the installed extension: ${resolved}`);
		}
	});

	it('does not ship the command-line tool: no dist/cli.js, no bin entry', () => {
		const e = ext();
		// The bundle beside it is there (the test above checks main): the folder is the extension's.
		assert.ok(fs.existsSync(path.join(e.extensionPath, 'dist', 'extension.js')), 'dist/extension.js missing: not the installed extension folder?');
		assert.ok(!fs.existsSync(path.join(e.extensionPath, 'dist', 'cli.js')), 'dist/cli.js is in the .vsix (.vscodeignore should leave it out)');
		assert.strictEqual((e.packageJSON as { bin?: unknown }).bin, undefined, 'package.json names a bin inside the .vsix');
	});

	it('reads the vscode API into its bundle once, not once per module (activation cost)', () => {
		const bundle = fs.readFileSync(path.join(ext().extensionPath, 'dist', 'extension.js'), 'utf8');
		const requires = bundle.match(/require\(["']vscode["']\)/g) ?? [];
		assert.strictEqual(requires.length, 1, `the bundle requires vscode ${requires.length} times (scripts/build.mjs routes it through one module)`);
	});

	it('activates when a .txt sample is opened', async function () {
		const folder = vscode.workspace.workspaceFolders?.[0];
		const txt = folder ? fs.readdirSync(folder.uri.fsPath).filter(f => f.endsWith('.txt')).sort() : [];
		if (!folder || txt.length === 0) {
			this.skip();
		}
		const e = ext();
		const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder!.uri, txt[0]));
		await vscode.window.showTextDocument(doc);
		await waitFor(() => e.isActive, 30_000, () => `${EXT_ID} to activate after opening ${txt[0]} (languageId ${doc.languageId})`);
		assert.ok(e.isActive, `${EXT_ID} did not activate after opening ${txt[0]} (languageId ${doc.languageId})`);
	});

	it('registers the languages and commands its manifest contributes', async () => {
		const e = ext();
		if (!e.isActive) await e.activate();
		const contributes = (e.packageJSON.contributes ?? {}) as { languages?: { id: string }[]; commands?: { command: string }[] };
		const languages = await vscode.languages.getLanguages();
		for (const l of contributes.languages ?? []) {
			assert.ok(languages.includes(l.id), `language ${l.id} not registered`);
		}
		const commands = new Set(await vscode.commands.getCommands(true));
		const missing = (contributes.commands ?? []).map(c => c.command).filter(c => !commands.has(c));
		assert.deepStrictEqual(missing, [], `contributed commands without a registered handler: ${missing.join(', ')}`);
	});

	it('gives the outline of a sample from the installed copy', async () => {
		const folder = vscode.workspace.workspaceFolders?.[0];
		assert.ok(folder, 'samples/ is open');
		const uri = vscode.Uri.joinPath(folder.uri, 'gansu.txt');
		const doc = await vscode.workspace.openTextDocument(uri);
		await vscode.window.showTextDocument(doc);
		const symbols = await waitFor(async () => {
			if (vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString())?.languageId !== 'policy-notice') { return undefined; }
			const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
			return s?.length ? s : undefined;
		}, 30_000, 'document symbols from the installed extension');
		assert.ok(symbols.length, 'no document symbols from the installed extension');
		assert.strictEqual(symbols[0].name, '甘肃省新一代人工智能发展实施方案');
		assert.deepStrictEqual(symbols[0].children.map(c => c.name), ['一、总体要求', '二、重点任务', '三、保障措施']);
	});

	it('answers a related-tasks query from the installed copy (native segmenter inside the .vsix)', async function () {
		this.timeout(120_000);
		type Api = { related: { start(): Promise<void>; isIndexing: boolean; related(d: vscode.TextDocument, o: number, l: number, t: vscode.CancellationToken): Promise<{ query: { title: string } | null; results: { uri: string; title: string }[] }> } };
		const e = vscode.extensions.getExtension<Api>(EXT_ID)!;
		const api = e.isActive ? e.exports : await e.activate();
		const folder = vscode.workspace.workspaceFolders![0];
		const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'gansu.txt'));
		await api.related.start();
		await waitFor(() => !api.related.isIndexing, 90_000, 'the workspace index to finish');
		const r = await api.related.related(doc, doc.getText().indexOf('8.智能制造') + 3, 10, new vscode.CancellationTokenSource().token);
		assert.strictEqual(r.query?.title, '智能制造');
		assert.ok(r.results.some(x => x.uri.endsWith('tianjin-ai-industry.txt') && x.title === '智能制造'), r.results.map(x => x.title).join(', '));
	});
});
