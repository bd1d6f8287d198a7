// The Compare Targets view (对比目标) inside a real VS Code.
//
// Part 1 drives CompareTargetsView directly with a source over the samples' metrics (analysed
// here by the core) and a stand-in WebviewPanel that records what the view posts: nothing posted
// before `ready`, the building, partial and Restricted Mode states, and the exports of the rows
// shown, in their order.
//
// Part 2 ("wired view") opens the real panel through the command the extension registers, waits
// until its script, under the CSP, has drawn the workspace's table, then filters it and opens a
// target through messages as the page sends them.
//
// In plain Node: the table over the samples (test/unit/core/metrics/table.test.ts: the metrics of
// two notices or more, every metric on request, the filter, the sort by a notice's values), the
// exports' formats (test/unit/compare/export.test.ts), the view's states, row cap and messages
// (controller.test.ts), every message the page may send (messages.test.ts), the page and its
// script (webview.test.ts), the contribution (test/unit/extension/viewsManifest.test.ts); opening
// beside a panel (webview/host.ts) is checked end to end in task-table.test.ts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import readXlsxFile from 'read-excel-file/node';
import * as vscode from 'vscode';
import { Analysis } from '../../src/core/analysis';
import { fileMetrics } from '../../src/core/metrics/notices';
import { MetricSnapshot } from '../../src/core/metrics/workspace';
import type { CompareHostMessage, CompareModel } from '../../src/extension/compare/messages';
import { COMPARE_COMMANDS } from '../../src/extension/compare/messages';
import { CompareTargetsView, type CompareSource, type CompareViewTestState } from '../../src/extension/compare/view';
import { fakeContext, FakePanel } from './fakePanel';
import { EXT_ID, sampleUri, waitFor } from './util';

const SAMPLES = ['sichuan', 'tianjin-ai-industry', 'gansu', 'guizhou', 'shandong'];

/** The samples' metrics, grouped as the workspace's MetricIndexService would. */
class FakeSource implements CompareSource {
	private readonly emitter = new vscode.EventEmitter<void>();
	readonly onDidChange = this.emitter.event;
	isTrusted = true;
	isBuilding = false;
	snapshot: MetricSnapshot | undefined;
	starts = 0;

	async load(): Promise<void> {
		const files = [];
		for (const name of SAMPLES) {
			const doc = await vscode.workspace.openTextDocument(sampleUri(name));
			files.push({ file: doc.uri.toString(), metrics: fileMetrics(new Analysis(doc.getText())) });
		}
		this.snapshot = new MetricSnapshot(files, 1);
	}

	async start(): Promise<void> { this.starts++; }
	fire(): void { this.emitter.fire(); }
}

class ComparePanel extends FakePanel<CompareHostMessage, CompareModel> {}

const CORE = '人工智能核心产业规模';

describe('compare targets view', function () {
	this.timeout(60_000);

	describe('view over the samples\' metrics', () => {
		let source: FakeSource;
		let panel: ComparePanel;
		let view: CompareTargetsView;
		const tmp: string[] = [];

		beforeEach(async () => {
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			source = new FakeSource();
			await source.load();
			view = new CompareTargetsView(fakeContext(), source);
			panel = new ComparePanel();
		});
		afterEach(() => view.dispose());
		after(() => { for (const d of tmp) { fs.rmSync(d, { recursive: true, force: true }); } });

		const ready = () => { view.attach(panel.asPanel()); panel.send({ type: 'ready' }); return panel.last()!; };
		const column = (m: CompareModel, fileName: string) => m.table.columns.find(c => c.fileName === fileName)!;

		it('posts nothing before the page says ready, then its strings and the table of the source\'s grouping', () => {
			view.attach(panel.asPanel());
			assert.strictEqual(panel.posted.length, 0);
			const model = ready();
			const init = panel.posted.find(m => m.type === 'init');
			assert.ok(init && init.type === 'init');
			for (const k of ['metric', 'unit', 'notices', 'filterPlaceholder', 'showAll', 'exportCsv', 'exportXlsx', 'count', 'building', 'untrusted', 'noShared']) { assert.ok(init.strings[k], k); }
			if (vscode.env.language.startsWith('zh')) { assert.match(init.strings.showAll, /[\u4e00-\u9fa5]/); }
			assert.strictEqual(model.state, 'ready');
			assert.strictEqual(model.partial, false);
			const core = model.table.rows.find(r => r.metric === CORE);
			assert.ok(core, model.table.rows.map(r => r.metric).join(', '));
			assert.deepEqual(core.cells[column(model, 'tianjin-ai-industry.txt').id].map(c => c.value), [150]);
			assert.ok(model.table.rows.every(r => r.notices >= 2), 'the default query');
			assert.ok(model.counts.metrics > model.table.rows.length, 'metrics of one notice are counted, not shown');
		});

		it('says it is reading the workspace until the first grouping, and asks for trust in Restricted Mode', () => {
			const loaded = source.snapshot;
			source.snapshot = undefined;
			assert.strictEqual(ready().state, 'building');
			source.snapshot = loaded;
			source.isBuilding = true;
			source.fire();
			const partial = panel.last()!;
			assert.strictEqual(partial.state, 'ready');
			assert.strictEqual(partial.partial, true, 'more may come while the workspace is read');
			source.isTrusted = false;
			source.fire();
			assert.strictEqual(panel.last()!.state, 'untrusted');
		});

		it('exports the rows the query matches, in the order shown, as CSV and XLSX', async () => {
			ready();
			panel.send({ type: 'query', query: { filter: '', showAll: false, sort: 'metric', descending: true } });
			const shown = panel.last()!;
			assert.strictEqual(shown.query.sort, 'metric');
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-compare-'));
			tmp.push(dir);
			const csvFile = path.join(dir, 'targets.csv');
			assert.strictEqual(await view.exportTo('csv', vscode.Uri.file(csvFile)), shown.table.rows.length);
			const lines = fs.readFileSync(csvFile, 'utf8').slice(1).split('\r\n');
			const metricsInOrder = [...new Set(lines.slice(1, -1).map(l => l.split(',')[0]))];
			assert.deepEqual(metricsInOrder, shown.table.rows.map(r => r.metric));
			assert.ok(lines.some(l => l.includes('tianjin-ai-industry.txt') && l.includes('达到150亿元')), 'each row\'s targets, of the group behind it');

			const xlsxFile = path.join(dir, 'targets.xlsx');
			assert.strictEqual(await view.exportTo('xlsx', vscode.Uri.file(xlsxFile)), shown.table.rows.length);
			const sheets = await readXlsxFile(fs.readFileSync(xlsxFile));
			assert.deepEqual(sheets[0].data.slice(1).map(r => r[0]), shown.table.rows.map(r => r.metric));
			assert.strictEqual(sheets[1].data.length, lines.length - 1, 'the targets sheet has the CSV\'s rows (and header)');
		});
	});

	// ── Part 2: the view the extension registers ──

	describe('wired view', () => {
		const state = () => vscode.commands.executeCommand<CompareViewTestState | undefined>(COMPARE_COMMANDS.testState);

		before(async () => {
			const ext = vscode.extensions.getExtension(EXT_ID)!;
			if (!ext.isActive) { await ext.activate(); }
			const commands = await vscode.commands.getCommands(true);
			assert.ok(commands.includes(COMPARE_COMMANDS.testState), 'policyNotice.compareTargets._state is not registered: extension.ts must call registerCompareView(context, metrics)');
		});
		after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

		it('opens the panel, loads its page under the CSP and draws the workspace\'s table', async function () {
			this.timeout(150_000);
			await vscode.commands.executeCommand(COMPARE_COMMANDS.open);
			await waitFor(async () => (await state())?.ready, 30_000, 'the webview to load its script and say ready');
			const s = await waitFor(async () => {
				const st = await state();
				const m = st?.lastModel;
				return m && m.state === 'ready' && !m.partial && m.table.rows.some(r => r.metric === CORE) && st.lastRendered?.seq === m.seq ? st : undefined;
			}, 120_000, 'the table drawn with 人工智能核心产业规模');
			assert.strictEqual(s.lastRendered!.rows, s.lastModel!.table.rows.length);
			assert.strictEqual(s.lastRendered!.columns, s.lastModel!.table.columns.length);
			assert.ok(s.lastModel!.table.columns.some(c => c.fileName === 'tianjin-ai-industry.txt'));

			// Filtered as the page asks: the table drawn again with the one matching metric.
			assert.strictEqual(await vscode.commands.executeCommand(COMPARE_COMMANDS.testMessage, { type: 'query', query: { ...s.lastModel!.query, filter: '天津 核心' } }), true);
			const filtered = await waitFor(async () => {
				const st = await state();
				return st?.lastModel?.query.filter === '天津 核心' && st.lastRendered?.seq === st.lastModel.seq ? st : undefined;
			}, 30_000, 'the filtered table drawn');
			assert.deepStrictEqual(filtered.lastModel!.table.rows.map(r => r.metric), [CORE]);
			assert.strictEqual(filtered.lastRendered!.rows, 1);

			// A click on 天津's cell: the editor at that target.
			const row = filtered.lastModel!.table.rows[0];
			const tianjin = filtered.lastModel!.table.columns.find(c => c.fileName === 'tianjin-ai-industry.txt')!;
			const cell = row.cells[tianjin.id][0];
			assert.strictEqual(await vscode.commands.executeCommand(COMPARE_COMMANDS.testMessage, { type: 'open', id: cell.id, preserveFocus: false }), true);
			const editor = await waitFor(() => {
				const e = vscode.window.activeTextEditor;
				return e && e.document.uri.toString() === cell.file && e.document.offsetAt(e.selection.active) === cell.offset ? e : undefined;
			}, 15_000, 'the editor at 天津\'s target');
			assert.strictEqual(editor.document.getText().slice(cell.offset, cell.end), cell.text);
			const rejected = (await state())!.rejected;
			assert.strictEqual(await vscode.commands.executeCommand(COMPARE_COMMANDS.testMessage, { type: 'open', id: 'file:///etc/passwd#0', preserveFocus: false }), false);
			assert.strictEqual((await state())!.rejected, rejected + 1, 'an open of a cell not on screen is refused and counted');

			// The same command brings the open panel forward; it makes no second one.
			await vscode.commands.executeCommand(COMPARE_COMMANDS.open);
			assert.strictEqual((await state())!.open, true);
		});
	});
});
