// The foundation features in a real VS Code, end to end: recognition by content (open events,
// files.associations, the Set Language command), document symbols (Outline, breadcrumbs, Go to
// Symbol), folding, Put Each Paragraph on Its Own Line and workspace symbols. Each provider is
// asked through VS Code's API commands, and its answer must be the language service's answer
// converted; what the service answers on the samples and the raw dump is asserted in plain Node
// (test/unit/service/outline.test.ts, test/unit/service/workspaceSymbols.test.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { createNoticeService, type NoticeSymbol } from '../../src/core/service';
import { detectionBarrier, documentSymbols, openNotice, repoPath, sampleUri, waitFor } from './util';

const DUMP = () => vscode.Uri.file(repoPath('test', 'fixtures', 'raw-dump.txt'));

/** The language service in this thread, over the document's text (the oracle of the conversions). */
const service = createNoticeService();
const local = (doc: vscode.TextDocument) => ({ uri: `oracle:${doc.uri.toString()}`, version: doc.version, getText: () => doc.getText() });

/** How each kind of outline node shows (src/extension/symbolKinds.ts). */
const KIND: Record<string, vscode.SymbolKind> = {
	notice: vscode.SymbolKind.File, plan: vscode.SymbolKind.Module, annex: vscode.SymbolKind.File, box: vscode.SymbolKind.Struct,
	chapter: vscode.SymbolKind.Namespace, subchapter: vscode.SymbolKind.Namespace, article: vscode.SymbolKind.Field, section: vscode.SymbolKind.String,
};

/** Every node of the editor's outline is the service's node at the same place: name, kind, range, heading range, children. */
function assertSameOutline(doc: vscode.TextDocument, got: vscode.DocumentSymbol[], want: NoticeSymbol[], where = ''): void {
	assert.deepStrictEqual(got.map(s => s.name), want.map(s => s.name || '(untitled notice)'), `names under ${where || 'the root'}`);
	got.forEach((s, i) => {
		const w = want[i];
		assert.strictEqual(s.kind, KIND[w.kind], `kind of ${s.name}`);
		assert.deepStrictEqual([s.range.start, s.range.end], [doc.positionAt(w.range.offset), doc.positionAt(w.range.end)], `range of ${s.name}`);
		assert.deepStrictEqual([s.selectionRange.start, s.selectionRange.end], [doc.positionAt(w.selectionRange.offset), doc.positionAt(w.selectionRange.end)], `heading range of ${s.name}`);
		assertSameOutline(doc, s.children, w.children, s.name);
	});
}

describe('recognition by content', () => {
	it('switches a .txt sample from plaintext to policy-notice when opened', async () => {
		const doc = await openNotice(sampleUri('qinghai'));
		assert.strictEqual(doc.languageId, 'policy-notice');
	});

	it('recognizes an untitled notice pasted as plain text, and leaves plain text that is not a notice alone', async () => {
		const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '你好\n今天天气很好，我们去公园散步吧。\n' });
		// Opens an untitled notice after it, as plain text, and waits until detection has switched
		// that one (it fails if it does not): by then `doc` has been judged too (see util.ts).
		await detectionBarrier('untitled');
		assert.strictEqual(doc.languageId, 'plaintext');
	});

	it('lets files.associations win over detection', async () => {
		const files = vscode.workspace.getConfiguration('files');
		await files.update('associations', { 'shaanxi.txt': 'plaintext' }, vscode.ConfigurationTarget.Global);
		try {
			const doc = await vscode.workspace.openTextDocument(sampleUri('shaanxi'));
			await detectionBarrier('file');
			assert.strictEqual(doc.languageId, 'plaintext');
		} finally {
			await files.update('associations', undefined, vscode.ConfigurationTarget.Global);
		}
	});

	it('sets the language by command', async () => {
		const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '随便写的几句话。' });
		await vscode.window.showTextDocument(doc);
		await vscode.commands.executeCommand('policyNotice.setLanguage');
		await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'policy-notice', 10_000, 'language set by command');
	});
});

describe('document symbols', () => {
	it('are the service\'s outline as DocumentSymbols: the nesting, each kind, the ranges in lines (gansu, shandong\'s 专栏)', async () => {
		for (const name of ['gansu', 'shandong']) {
			const uri = sampleUri(name);
			const doc = await openNotice(uri);
			assertSameOutline(doc, await documentSymbols(uri), service.getDocumentSymbols(local(doc)));
		}
		// One node read in the editor's own terms: the heading range holds the heading.
		const gansu = await openNotice(sampleUri('gansu'));
		const manufacturing = (await documentSymbols(gansu.uri))[0].children[1].children[2].children[0];
		assert.strictEqual(gansu.getText(manufacturing.selectionRange), '8.智能制造');
	});

	it('show one node per notice of the raw dump, the duplicates and missing bodies worded in the detail', async () => {
		const doc = await openNotice(DUMP());
		const got = await documentSymbols(doc.uri);
		const want = service.getDocumentSymbols(local(doc));
		assertSameOutline(doc, got, want);
		const details = got.map(s => s.detail);
		want.forEach((w, i) => {
			if (!w.detail) { assert.strictEqual(details[i], '', `notice ${i + 1} is not special`); }
			else if ('duplicateOf' in w.detail) { assert.match(details[i], new RegExp(`(duplicate of notice |与第 )${w.detail.duplicateOf + 1}\\b`), `notice ${i + 1}`); }
			else { assert.ok(/body missing|正文缺失/.test(details[i]) && details[i].includes(w.detail.missingFile), `notice ${i + 1}: ${details[i]}`); }
		});
		assert.ok(want.some(w => w.detail && 'duplicateOf' in w.detail) && want.some(w => w.detail && 'missingFile' in w.detail), 'the dump has both kinds');
	});
});

describe('one analysis per document', () => {
	it('never serves a closed document\'s outline to a new untitled document under the same name', async () => {
		const symbolsOf = async (content: string) => {
			const doc = await vscode.workspace.openTextDocument({ language: 'policy-notice', content });
			await vscode.window.showTextDocument(doc);
			const syms = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
			return { uri: doc.uri.toString(), names: (syms ?? []).map(x => x.name) };
		};
		const a = await symbolsOf('某市关于推进的通知\n一、甲项工作\n二、乙项工作\n');
		const b = await symbolsOf('某市关于推进的通知\n一、丙项工作\n');
		assert.deepStrictEqual(a.names, ['一、甲项工作', '二、乙项工作']);
		assert.deepStrictEqual(b.names, ['一、丙项工作'], `same URI reused: ${a.uri === b.uri}`);
	});
});

describe('folding', () => {
	it('folds as the service says: a dump\'s notices as regions, a notice\'s sections by line', async () => {
		const dump = await openNotice(DUMP());
		const small = await vscode.workspace.openTextDocument({ language: 'policy-notice', content: '某市关于推进的通知\n一、总体要求\n正文甲。\n正文乙。\n二、重点任务\n（一）子项。\n正文丙。\n（二）子项。\n正文丁。\n' });
		for (const doc of [dump, small]) {
			const got = await waitFor(async () => {
				const r = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
				return r && r.length ? r : undefined;
			}, 20_000, 'folding ranges');
			const want = service.getFoldingRanges(local(doc), 5000);
			const key = (start: number, end: number, region: boolean) => `${start}-${end}${region ? ' region' : ''}`;
			assert.deepStrictEqual(got.map(r => key(r.start, r.end, r.kind === vscode.FoldingRangeKind.Region)).sort(), want.map(r => key(r.startLine, r.endLine, r.region)).sort());
			assert.ok(got.every(r => r.kind === undefined || r.kind === vscode.FoldingRangeKind.Region), 'a section folds without a kind');
		}
		assert.ok(service.getFoldingRanges(local(dump)).some(r => r.region) && service.getFoldingRanges(local(small)).some(r => !r.region), 'both kinds are checked');
	});
});

describe('split paragraphs command', () => {
	it('puts the paragraphs of a one-line notice on lines of their own in one edit, only the blanks the service finds replaced', async () => {
		const content = '某市关于推进的通知\n  各区:   一、总体要求。正文。   二、重点任务。   2018年5月15日   \n';
		const doc = await vscode.workspace.openTextDocument({ language: 'policy-notice', content });
		await vscode.window.showTextDocument(doc);
		const gaps = service.getParagraphGaps(local(doc));
		assert.ok(gaps.length > 0);
		let expected = content;
		for (const g of [...gaps].reverse()) { expected = expected.slice(0, g.offset) + '\n' + expected.slice(g.end); }
		assert.strictEqual(await vscode.commands.executeCommand('policyNotice.splitParagraphs'), true);
		assert.strictEqual(doc.getText(), expected);
		await vscode.commands.executeCommand('undo');
		assert.strictEqual(doc.getText(), content, 'one undo restores the text');
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});
});

describe('workspace symbols', () => {
	it('finds 8.智能制造 of gansu across the samples, at its heading, in its section', async () => {
		const found = await waitFor(async () => {
			const s = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '智能制造');
			return s && s.some(x => x.name === '8.智能制造') ? s : undefined;
		}, 30_000, 'workspace symbol 8. 智能制造');
		const gansu = found.find(x => x.name === '8.智能制造')!;
		assert.strictEqual(gansu.location.uri.toString(), sampleUri('gansu').toString());
		const doc = await vscode.workspace.openTextDocument(gansu.location.uri);
		assert.strictEqual(doc.getText(gansu.location.range), '8.智能制造');
		assert.strictEqual(gansu.containerName, '(三)推动人工智能与各行业融合创新');
		assert.strictEqual(gansu.kind, vscode.SymbolKind.String);
	});
});
