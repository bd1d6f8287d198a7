// Compare Two Notices (对比两个通知) inside a real VS Code: the command opens the real panel on
// samples/gansu.txt and samples/tianjin-ai-industry.txt, its script (under the CSP) draws the
// rows the Related Tasks index aligned, 8.智能制造 faces 1.智能制造, a task without a
// counterpart stands alone on its side, an invalid message is refused and an `open` of the B
// side moves the editor to that task. The alignment itself is asserted in plain Node
// (test/unit/compareNotices/align.test.ts), the command's contributions in
// test/unit/extension/viewsManifest.test.ts.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CompareRow } from '../../src/extension/compareNotices/model';
import { COMPARE_NOTICES_COMMANDS } from '../../src/extension/compareNotices/messages';
import type { CompareNoticesTestState } from '../../src/extension/compareNotices/view';
import { EXT_ID, sampleUri, waitFor } from './util';

const heading = (r: CompareRow, side: 'a' | 'b') => r[side]?.heading ?? '';

describe('Compare Two Notices', function () {
	this.timeout(180_000);
	const state = () => vscode.commands.executeCommand<CompareNoticesTestState | undefined>(COMPARE_NOTICES_COMMANDS.testState);

	before(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		const ext = vscode.extensions.getExtension(EXT_ID)!;
		if (!ext.isActive) { await ext.activate(); }
		const commands = await vscode.commands.getCommands(true);
		assert.ok(commands.includes(COMPARE_NOTICES_COMMANDS.testState), 'policyNotice.compareNotices._state is not registered: extension.ts must call registerCompareNotices');
	});
	after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

	it('aligns gansu with tianjin-ai-industry: 8.智能制造 ⇄ 1.智能制造, unmatched tasks alone, a task opened from its side', async () => {
		const gansu = sampleUri('gansu'), tianjin = sampleUri('tianjin-ai-industry');
		// As the explorer calls it: the clicked file and the two selected.
		await vscode.commands.executeCommand(COMPARE_NOTICES_COMMANDS.compare, gansu, [gansu, tianjin]);
		await waitFor(async () => (await state())?.ready, 30_000, 'the webview to load its script and say ready');
		const drawn = (s: CompareNoticesTestState | undefined) => {
			const m = s?.model;
			return m && m.state === 'ready' && s.lastRendered?.version === m.version ? s : undefined;
		};
		const s = await waitFor(async () => drawn(await state()), 120_000, () => 'the rows drawn');
		const m = s.model;
		assert.strictEqual(m.a?.file, gansu.toString());
		assert.strictEqual(m.b?.file, tianjin.toString());
		assert.strictEqual(s.lastRendered!.shown, m.rows.length, 'no filter: every row drawn');

		const zhizao = m.rows.findIndex(r => r.kind === 'pair' && heading(r, 'a') === '8.智能制造');
		assert.ok(zhizao >= 0, m.rows.filter(r => r.kind === 'pair').map(r => `${heading(r, 'a')} ⇄ ${heading(r, 'b')}`).join('\n'));
		assert.strictEqual(heading(m.rows[zhizao], 'b'), '1.智能制造');
		const alone = m.rows.find(r => r.kind === 'onlyA' && heading(r, 'a').includes('5G增强技术'));
		assert.ok(alone && alone.b === null, 'a task without a counterpart, its B side empty');
		assert.strictEqual(m.rows.filter(r => r.kind === 'pair').length, m.pairs);

		// An open of the empty side is refused; an open of B's 1.智能制造 moves the editor there.
		const emptySide = m.rows.indexOf(alone);
		assert.strictEqual(await vscode.commands.executeCommand(COMPARE_NOTICES_COMMANDS.testMessage, { type: 'open', version: m.version, index: emptySide, side: 'b', preserveFocus: false }), false);
		assert.strictEqual(await vscode.commands.executeCommand(COMPARE_NOTICES_COMMANDS.testMessage, { type: 'open', version: m.version, index: zhizao, side: 'b', preserveFocus: false }), true);
		const b = m.rows[zhizao].b!;
		const editor = await waitFor(() => {
			const e = vscode.window.activeTextEditor;
			return e && e.document.uri.toString() === tianjin.toString() && e.document.offsetAt(e.selection.active) === b.offset ? e : undefined;
		}, 15_000, 'the editor at 天津 1.智能制造');
		assert.ok(editor.document.getText().slice(b.offset, b.end).includes('智能制造'));
		assert.ok((await state())!.rejected >= 1);
	});

	it('as the Related Tasks view asks (two URI strings): 四川 ⇄ 天津, the core industry\'s size compared in 亿元', async () => {
		const sichuan = sampleUri('sichuan'), tianjin = sampleUri('tianjin-ai-industry');
		await vscode.commands.executeCommand(COMPARE_NOTICES_COMMANDS.compare, sichuan.toString(), tianjin.toString());
		const s = await waitFor(async () => {
			const x = await state();
			return x?.model.state === 'ready' && x.model.a?.file === sichuan.toString() && x.lastRendered?.version === x.model.version ? x : undefined;
		}, 120_000, 'the rows of 四川 ⇄ 天津 drawn');
		const d = s.model.rows.flatMap(r => r.targets).find(t => t.metric.includes('人工智能核心产业规模') && t.a && t.b);
		assert.ok(d, 'the same metric on both sides of a pair');
		assert.deepStrictEqual([d.a!.value, d.b!.value, d.unit, d.difference, d.differs], [500, 150, '亿元', -350, true]);
	});
});
