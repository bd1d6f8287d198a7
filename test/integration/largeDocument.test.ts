// A large document in a real VS Code: its analysis runs in the worker thread, and what the
// editor shows is what the service gives on this thread (the same outline and tokens), and
// follows an edit.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { createNoticeService } from '../../src/core/service';
import { repoPath, waitFor, EXT_ID } from './util';

interface Api { analyses: { isLarge(d: vscode.TextDocument): boolean; worker: { started: number } } }

const flatNames = (syms: { name: string; children: unknown[] }[]): string[] =>
	syms.flatMap(s => [s.name, ...flatNames(s.children as { name: string; children: unknown[] }[])]);

describe('a large document (analysed in the worker thread)', function () {
	this.timeout(120_000);
	const text = fs.readFileSync(repoPath('test', 'fixtures', 'raw-dump.txt'), 'utf8').repeat(3);
	let doc: vscode.TextDocument;
	let api: Api;

	before(async () => {
		const ext = vscode.extensions.getExtension<Api>(EXT_ID)!;
		api = ext.isActive ? ext.exports : await ext.activate();
		doc = await vscode.workspace.openTextDocument({ language: 'policy-notice', content: text });
		await vscode.window.showTextDocument(doc);
	});
	after(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

	it('is large, and its outline and tokens are the service\'s, made in the worker', async () => {
		assert.ok(api.analyses.isLarge(doc), `${text.length} characters count as large`);
		const local = createNoticeService();
		const here = { uri: 'mem:/x', version: 1, getText: () => text };
		const symbols = await waitFor(async () => {
			const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
			return s && s.length ? s : undefined;
		}, 60_000, 'document symbols');
		const expected = flatNames(local.getDocumentSymbols(here)).map(n => n || '(untitled notice)');
		assert.deepStrictEqual(flatNames(symbols), expected);
		// their ranges, whose lines and characters the worker gave, are where the editor puts the offsets
		type Sym = { range: vscode.Range; selectionRange: vscode.Range; children: Sym[] };
		type Ours = { range: { offset: number; end: number }; selectionRange: { offset: number; end: number }; children: Ours[] };
		const flat = <T extends { children: T[] }>(xs: T[]): T[] => xs.flatMap(x => [x, ...flat(x.children)]);
		const ours = flat(local.getDocumentSymbols(here) as unknown as Ours[]);
		flat(symbols as unknown as Sym[]).forEach((s, i) => {
			assert.deepStrictEqual([s.range.start, s.range.end, s.selectionRange.start], [doc.positionAt(ours[i].range.offset), doc.positionAt(ours[i].range.end), doc.positionAt(ours[i].selectionRange.offset)], `symbol ${i}`);
		});
		const small = await vscode.workspace.openTextDocument({ language: 'policy-notice', content: '关于测试的通知\n一、总体要求\n' });
		assert.strictEqual(api.analyses.isLarge(small), false);
		// its length follows its edits: large once 300,001 characters are typed in, small again when they go
		const grow = new vscode.WorkspaceEdit();
		grow.insert(small.uri, new vscode.Position(1, 0), '一'.repeat(300_001));
		assert.ok(await vscode.workspace.applyEdit(grow));
		assert.strictEqual(api.analyses.isLarge(small), true);
		const shrink = new vscode.WorkspaceEdit();
		shrink.delete(small.uri, new vscode.Range(1, 0, 1, 300_001));
		assert.ok(await vscode.workspace.applyEdit(shrink));
		assert.strictEqual(api.analyses.isLarge(small), false);
		const tokens = await waitFor(async () => {
			const t = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
			return t && t.data.length ? t : undefined;
		}, 60_000, 'semantic tokens');
		assert.deepStrictEqual([...tokens.data], [...local.getSemanticTokenData(here)]);
		assert.ok(api.analyses.worker.started >= 1, 'the worker thread ran');
	});

	it('follows an edit: the outline of the new version', async () => {
		const editor = vscode.window.activeTextEditor!;
		assert.strictEqual(editor.document, doc);
		await editor.edit(b => b.insert(new vscode.Position(0, 0), '某省人民政府关于大文件测试的通知\n一、新增加的标题\n二、另一个标题\n'));
		await waitFor(async () => {
			const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
			return s && flatNames(s).includes('一、新增加的标题');
		}, 60_000, 'the new heading in the outline');
	});
});
