// The foundation features in a real VS Code: recognition by content, document symbols
// (Outline, breadcrumbs, Go to Symbol), folding and workspace symbols over the samples.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { detectionBarrier, documentSymbols, NOTICE_TEXT, openNotice, repoPath, sampleUri, waitFor } from './util';

const names = (syms: vscode.DocumentSymbol[]) => syms.map(s => s.name);

describe('recognition by content', () => {
	it('switches a .txt sample from plaintext to policy-notice when opened', async () => {
		const doc = await openNotice(sampleUri('qinghai'));
		assert.strictEqual(doc.languageId, 'policy-notice');
	});

	it('leaves plain text that is not a notice alone', async () => {
		const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '你好\n今天天气很好，我们去公园散步吧。\n' });
		await detectionBarrier('untitled');
		assert.strictEqual(doc.languageId, 'plaintext');
	});

	it('recognizes an untitled notice pasted as plain text', async () => {
		const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: NOTICE_TEXT });
		await waitFor(() => vscode.workspace.textDocuments.find(d => d === doc && d.languageId === 'policy-notice'), 10_000, 'untitled notice to switch');
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
	it('nests the gansu plan: 一、 → （一） → 1., with whole-section ranges', async () => {
		const uri = sampleUri('gansu');
		const doc = await openNotice(uri);
		const syms = await documentSymbols(uri);
		assert.deepStrictEqual(names(syms), ['甘肃省新一代人工智能发展实施方案']);
		const plan = syms[0];
		assert.deepStrictEqual(names(plan.children), ['一、总体要求', '二、重点任务', '三、保障措施']);
		const fusion = plan.children[1].children[2];
		assert.strictEqual(fusion.name, '(三)推动人工智能与各行业融合创新');
		assert.deepStrictEqual(names(fusion.children), ['8.智能制造', '9.智能农业', '10.智能金融', '11.军民融合']);
		const manufacturing = fusion.children[0];
		assert.strictEqual(doc.getText(manufacturing.selectionRange), '8.智能制造');
		assert.ok(manufacturing.range.contains(manufacturing.selectionRange));
		assert.ok(fusion.range.contains(manufacturing.range));
		// The section runs up to the next heading: it holds the whole run-in paragraph.
		assert.ok(doc.getText(manufacturing.range).includes('工业物联网'));
	});

	it('shows one node per notice in the raw dump, duplicates and missing bodies marked', async () => {
		const uri = vscode.Uri.file(repoPath('test', 'fixtures', 'raw-dump.txt'));
		await openNotice(uri);
		const syms = await documentSymbols(uri);
		assert.strictEqual(syms.length, 20);
		assert.strictEqual(syms.filter(s => s.kind === vscode.SymbolKind.File).length, 20);
		assert.ok(syms[1].detail.length > 0, 'the second notice is marked as a duplicate');
		const shanxi = syms.filter(s => s.name.startsWith('山西'));
		assert.ok(shanxi.every(s => s.children.length === 0 && s.detail.length > 0));
		// The last notice repeats an earlier one: marked, without a second copy of its outline.
		assert.ok(syms[19].detail.length > 0 && syms[19].children.length === 0);
		const original = syms.find(s => s.name === syms[19].name && !s.detail);
		assert.strictEqual(original?.children[0].name, '山东省新一代信息技术产业专项规划(2018-2022年)');
	});

	it('puts 专栏 boxes under their section (shandong)', async () => {
		const uri = sampleUri('shandong');
		await openNotice(uri);
		const syms = await documentSymbols(uri);
		const bigData = syms[0].children[2].children[0].children[0];
		assert.strictEqual(bigData.name, '1.大力推进大数据产业发展');
		assert.strictEqual(bigData.children[0].name, '专栏1 “数聚山东”集聚发展工程');
		assert.strictEqual(bigData.children[0].kind, vscode.SymbolKind.Struct);
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
	it('folds every notice of the dump and every multi-line section', async () => {
		const uri = vscode.Uri.file(repoPath('test', 'fixtures', 'raw-dump.txt'));
		await openNotice(uri);
		const ranges = await waitFor(async () => {
			const r = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
			return r && r.length ? r : undefined;
		}, 20_000, 'folding ranges');
		// Each notice spans title line to footer line (6 lines apart in the dump).
		const notices = ranges.filter(r => r.kind === vscode.FoldingRangeKind.Region);
		assert.strictEqual(notices.length, 20);
		assert.deepStrictEqual([notices[0].start, notices[0].end], [0, 4]);
	});

	it('folds sections once paragraphs are on their own lines', async () => {
		const doc = await vscode.workspace.openTextDocument({ language: 'policy-notice', content: '某市关于推进的通知\n一、总体要求\n正文甲。\n正文乙。\n二、重点任务\n（一）子项。\n正文丙。\n（二）子项。\n正文丁。\n' });
		const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
		const pairs = ranges.map(r => [r.start, r.end]).sort((a, b) => a[0] - b[0]);
		assert.deepStrictEqual(pairs, [[1, 3], [4, 8], [5, 6], [7, 8]]);
	});
});

describe('split paragraphs command', () => {
	it('puts each paragraph of a one-line notice on its own line, changing only whitespace', async () => {
		const content = '某市关于推进的通知\n  各区:   一、总体要求。正文。   二、重点任务。   2018年5月15日   \n';
		const doc = await vscode.workspace.openTextDocument({ language: 'policy-notice', content });
		await vscode.window.showTextDocument(doc);
		await vscode.commands.executeCommand('policyNotice.splitParagraphs');
		const after = doc.getText();
		assert.strictEqual(after.replace(/\s/g, ''), content.replace(/\s/g, ''));
		assert.deepStrictEqual(after.split('\n').map(l => l.trim()).filter(Boolean), ['某市关于推进的通知', '各区:', '一、总体要求。正文。', '二、重点任务。', '2018年5月15日']);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});
});

describe('workspace symbols', () => {
	it('finds 智能制造 tasks across the samples', async () => {
		const found = await waitFor(async () => {
			const s = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '智能制造');
			return s && s.some(x => x.name === '8.智能制造') ? s : undefined;
		}, 30_000, 'workspace symbol 8. 智能制造');
		const gansu = found.find(x => x.name === '8.智能制造')!;
		assert.ok(gansu.location.uri.fsPath.endsWith('gansu.txt'));
		const doc = await vscode.workspace.openTextDocument(gansu.location.uri);
		assert.strictEqual(doc.getText(gansu.location.range), '8.智能制造');
		assert.strictEqual(gansu.containerName, '(三)推动人工智能与各行业融合创新');
		assert.ok(found.some(x => x.location.uri.fsPath.endsWith('tianjin-ai-industry.txt')), 'tianjin has a 智能制造 heading too');
	});

	it('answers an empty query with headings from every notice but the missing body', async () => {
		const all = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '');
		const files = new Set(all.map(s => s.location.uri.fsPath.replace(/^.*[\\/]/, '')));
		assert.deepStrictEqual([...files].sort(), ['gansu.txt', 'guizhou.txt', 'hubei.txt', 'qinghai.txt', 'shaanxi.txt', 'shandong.txt', 'sichuan.txt', 'tianjin-ai-industry.txt', 'tianjin-qilian.txt']);
	});
});
