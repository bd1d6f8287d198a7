// The Compare Targets view (对比目标) inside a real VS Code.
//
// Part 1 drives CompareTargetsView directly with a source over the samples' metrics (analysed
// here by the core) and a stand-in WebviewPanel that records what the view posts: the page's
// CSP, nothing posted before `ready`, the table (metrics of two notices by default, all on
// request, filtered, sorted by a notice's values), opening a target beside the table, message
// validation, the building and Restricted Mode states, and the CSV and XLSX exports.
//
// Part 2 ("wired view") opens the real panel through the command the extension registers and
// waits until its script, under the CSP, has drawn the workspace's table.
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
import { COMPARE_COMMANDS, CompareTargetsView, type CompareSource, type CompareViewTestState } from '../../src/extension/compare/view';
import { fakeContext, FakePanel } from './fakePanel';
import { EXT_ID, repoPath, sampleUri, waitFor } from './util';

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

		it('serves a page with a strict CSP, its script only with the nonce, resources only from media/ and the codicons', () => {
			view.attach(panel.asPanel());
			const html = panel.webview.html;
			const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
			assert.match(csp, /^default-src 'none'; style-src https:\/\/fake\.vscode-cdn\.net 'nonce-[^']+'; script-src 'nonce-[^']+'; font-src https:\/\/fake\.vscode-cdn\.net; img-src https:\/\/fake\.vscode-cdn\.net$/);
			const nonce = /'nonce-([^']+)'/.exec(csp)![1];
			const scripts = [...html.matchAll(/<script ([^>]*)><\/script>/g)].map(m => m[1]);
			assert.deepEqual(scripts.map(s => /src="[^"]*\/([^/"]+)"/.exec(s)?.[1]), ['webview-base.js', 'compare.js']);
			assert.ok(scripts.every(s => s.includes(`nonce="${nonce}"`)));
			assert.strictEqual(panel.webview.options.enableScripts, true);
			assert.strictEqual(panel.webview.options.enableCommandUris, false);
			const roots = (panel.webview.options.localResourceRoots ?? []).map(u => u.path);
			assert.deepEqual(roots, [vscode.Uri.joinPath(vscode.Uri.file(repoPath()), 'media').path, vscode.Uri.joinPath(vscode.Uri.file(repoPath()), 'node_modules', '@vscode', 'codicons', 'dist').path]);
		});

		it('posts nothing before the page says ready, then its strings and the table of metrics set by two notices or more', () => {
			view.attach(panel.asPanel());
			assert.strictEqual(panel.posted.length, 0);
			const model = ready();
			const init = panel.posted.find(m => m.type === 'init');
			assert.ok(init && init.type === 'init');
			for (const k of ['metric', 'unit', 'notices', 'filterPlaceholder', 'showAll', 'exportCsv', 'exportXlsx', 'count', 'building', 'untrusted', 'noShared']) { assert.ok(init.strings[k], k); }
			if (vscode.env.language.startsWith('zh')) { assert.match(init.strings.showAll, /[\u4e00-\u9fa5]/); }
			assert.strictEqual(model.state, 'ready');
			assert.ok(model.table.rows.length >= 2);
			assert.ok(model.table.rows.every(r => r.notices >= 2));
			const core = model.table.rows.find(r => r.metric === CORE);
			assert.ok(core, model.table.rows.map(r => r.metric).join(', '));
			assert.strictEqual(core.unit, '亿元');
			assert.deepEqual(core.cells[column(model, 'tianjin-ai-industry.txt').id].map(c => c.value), [150]);
			assert.deepEqual(core.cells[column(model, 'sichuan.txt').id].map(c => c.display), ['>500', '>1000']);
			assert.strictEqual(column(model, 'sichuan.txt').label, '四川省');
			assert.ok(model.counts.metrics > model.table.rows.length, 'metrics of one notice are counted, not shown');
		});

		it('shows every metric on request, filters, and sorts by a notice\'s values', () => {
			const first = ready();
			panel.send({ type: 'query', query: { filter: '', showAll: true, sort: 'notices', descending: true } });
			const all = panel.last()!;
			assert.ok(all.seq > first.seq);
			assert.strictEqual(all.table.rows.length, all.counts.metrics);
			assert.ok(all.table.columns.length > first.table.columns.length, 'notices that share no metric appear with all metrics');
			panel.send({ type: 'query', query: { filter: '天津 相关', showAll: false, sort: 'notices', descending: true } });
			assert.deepEqual(panel.last()!.table.rows.map(r => r.metric), ['人工智能相关产业规模']);
			const tj = `column:${column(first, 'tianjin-ai-industry.txt').id}`;
			panel.send({ type: 'query', query: { filter: '', showAll: false, sort: tj, descending: true } });
			const sorted = panel.last()!;
			const values = sorted.table.rows.map(r => r.cells[tj.slice('column:'.length)]?.[0]?.value).filter((v): v is number => v !== undefined);
			assert.ok(values.length >= 2);
			assert.deepEqual(values, [...values].sort((a, b) => b - a), 'by 天津\'s values, high to low');
			assert.strictEqual(sorted.query.sort, tj);
		});

		it('opens a target beside the table, at its range', async () => {
			const model = ready();
			const cell = model.table.rows.find(r => r.metric === CORE)!.cells[column(model, 'tianjin-ai-industry.txt').id][0];
			assert.strictEqual(view.receive({ type: 'open', id: cell.id, preserveFocus: false }), true);
			const editor = await waitFor(() => vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === cell.file), 10_000, 'tianjin opened');
			assert.strictEqual(editor.viewColumn, vscode.ViewColumn.Two, 'beside a table in column 1');
			assert.strictEqual(editor.document.offsetAt(editor.selection.active), cell.offset);
			assert.ok(editor.selection.isEmpty, 'the cursor at the target, nothing selected');
			assert.strictEqual(editor.document.getText().slice(cell.offset, cell.end), cell.text);
			assert.ok(editor.visibleRanges.some(r => r.contains(editor.selection.start)), 'the target is in view');
			assert.deepStrictEqual(view.testState().lastOpened, { uri: cell.file, offset: cell.offset, end: cell.end, preserveFocus: false });
		});

		it('ignores and counts every invalid message; opens nothing', async () => {
			ready();
			const editors = vscode.window.visibleTextEditors.length;
			const bad: unknown[] = [
				null, 'open', { type: 'open', id: 'file:///etc/passwd#0' }, { type: 'query', query: { filter: '', showAll: false, sort: 'column:file:///etc/passwd#0', descending: true } },
				{ type: 'export', format: 'pdf' }, { type: 'export', format: 'csv', path: '/tmp/x.csv' }, { type: 'command', command: 'workbench.action.quit' },
			];
			for (const raw of bad) { assert.strictEqual(view.receive(raw), false, JSON.stringify(raw)?.slice(0, 80)); }
			panel.send({ type: 'open', id: 'file:///nowhere.txt#1' });
			const s: CompareViewTestState = view.testState();
			assert.strictEqual(s.rejected, bad.length + 1);
			assert.strictEqual(s.lastOpened, null);
			assert.strictEqual(vscode.window.visibleTextEditors.length, editors);
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

		it('exports the rows shown as CSV (UTF-8 with BOM) and XLSX, in the order shown', async () => {
			ready();
			panel.send({ type: 'query', query: { filter: '', showAll: false, sort: 'metric', descending: false } });
			const shown = panel.last()!;
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-compare-'));
			tmp.push(dir);
			const csvFile = path.join(dir, 'targets.csv');
			assert.strictEqual(await view.exportTo('csv', vscode.Uri.file(csvFile)), shown.table.rows.length);
			const csv = fs.readFileSync(csvFile);
			assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
			const lines = csv.toString('utf8').slice(1).split('\r\n');
			assert.strictEqual(lines[0], 'metric,unit,file,offset,end,text,value,deadline');
			const metricsInOrder = [...new Set(lines.slice(1, -1).map(l => l.split(',')[0]))];
			assert.deepEqual(metricsInOrder, shown.table.rows.map(r => r.metric));
			assert.ok(lines.some(l => l.includes('tianjin-ai-industry.txt') && l.includes('达到150亿元')));

			const xlsxFile = path.join(dir, 'targets.xlsx');
			await view.exportTo('xlsx', vscode.Uri.file(xlsxFile));
			const sheets = await readXlsxFile(fs.readFileSync(xlsxFile));
			assert.strictEqual(sheets.length, 2);
			const [head, ...rows] = sheets[0].data;
			assert.strictEqual(head.length, 3 + shown.table.columns.length);
			assert.deepEqual(rows.map(r => r[0]), shown.table.rows.map(r => r.metric));
			const core = rows.find(r => r[0] === CORE)!;
			const tj = shown.table.columns.findIndex(c => c.fileName === 'tianjin-ai-industry.txt');
			assert.strictEqual(core[3 + tj], 150);
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

		it('contributes the command with its title', () => {
			const pkg = vscode.extensions.getExtension(EXT_ID)!.packageJSON;
			const command = pkg.contributes.commands.find((c: { command: string }) => c.command === COMPARE_COMMANDS.open);
			assert.ok(command);
			// The host gives package.json with its %keys% replaced from package.nls.json.
			const nls = JSON.parse(fs.readFileSync(repoPath('package.nls.json'), 'utf8')) as Record<string, string>;
			assert.strictEqual(command.title, nls['command.compareTargets']);
		});

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
			// The same command brings the open panel forward; it makes no second one.
			await vscode.commands.executeCommand(COMPARE_COMMANDS.open);
			assert.strictEqual((await state())!.open, true);
		});
	});
});
