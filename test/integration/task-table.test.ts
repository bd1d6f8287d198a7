// The task table view (任务分工表) inside a real VS Code.
//
// Part 1 drives TaskTableView directly, with the extension's own analysis worker and workspace
// catalog as its source (so the rows come from the worker threads, as in use) and a stand-in
// WebviewPanel that records what the view posts: nothing posted before `ready`, the active
// notice's rows, opening a task beside the table, the workspace scope, following the active
// notice, notes in the rows, and the exports of the rows shown.
//
// Part 2 ("wired view") opens the real panel through the command the extension registers and
// waits until its script, under the CSP, has drawn the table; then sorts and opens a row through
// messages as the page sends them, and checks the editor moved to the task.
//
// In plain Node: the rows of gansu as the view numbers, sorts and filters them
// (test/unit/taskTable/samples.test.ts, model.test.ts), which loads run and when, and what they
// show (the controller, controller.test.ts), every message the page may send
// (messages.test.ts), the page and its script (webview.test.ts), the exports' formats
// (test/unit/tasks/tableExport.test.ts, test/unit/notes/taskNotes.test.ts) and the contributions
// (test/unit/extension/viewsManifest.test.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import readXlsxFile from 'read-excel-file/node';
import * as vscode from 'vscode';
import type { TaskHostMessage, TaskTableModel } from '../../src/extension/tasks/messages';
import { fakeContext, FakePanel } from './fakePanel';
import type { NotesApi } from '../../src/extension/notes/controller';
import type { TaskViewRow } from '../../src/extension/tasks/model';
import { taskTableSource } from '../../src/extension/tasks/source';
import { TASK_TABLE_COMMANDS } from '../../src/extension/tasks/messages';
import { TaskTableView, type TaskTableTestState } from '../../src/extension/tasks/view';
import { EXT_ID, openNotice, sampleUri, waitFor } from './util';

/** Gansu's first task: (牵头单位:省科技厅、省教育厅;责任单位:省发展改革委、省工信委). */
const KNOWN_TASK = '开展新一代人工智能基础理论研究';
const KNOWN_LEAD = ['省科技厅', '省教育厅'];

type SourceArgs = Parameters<typeof taskTableSource>;
interface Api {
	analyses: SourceArgs[0];
	catalog: SourceArgs[1];
	notes: NotesApi;
}

/** A notice of a temporary folder (its notes' sidecar is written beside it). */
const NOTICE = [
	'某市人民政府办公厅关于印发某市数字经济行动方案的通知',
	'各区县人民政府，市政府各部门：',
	'现将《某市数字经济行动方案》印发给你们，请认真贯彻执行。',
	'某市人民政府办公厅',
	'2021年3月1日',
	'某市数字经济行动方案',
	'一、重点任务',
	'（一）建设数据中心。到2022年，全市建成数据中心10个。（牵头单位：市发改委；责任单位：市工信局）',
	'（二）推进智慧政务。2021年6月底前上线统一政务服务平台，实现全程网办。（市大数据局负责）',
].join('\n');

async function api(): Promise<Api> {
	const ext = vscode.extensions.getExtension<Api>(EXT_ID)!;
	return ext.isActive ? ext.exports : ext.activate();
}

/** The fake panel, with the rows the page holds. */
class TaskPanel extends FakePanel<TaskHostMessage, TaskTableModel> {
	/** The rows the page holds for `model` (the last `rows` message of its version). */
	rowsOf(model: TaskTableModel): TaskViewRow[] {
		const r = this.posted.filter((m): m is Extract<TaskHostMessage, { type: 'rows' }> => m.type === 'rows' && m.version === model.rowsVersion);
		return r.length ? r[r.length - 1].rows : [];
	}
	/** The rows shown, in the order shown. */
	shown(model = this.last()!): TaskViewRow[] { const rows = this.rowsOf(model); return model.order.map(i => rows[i]); }
}

describe('task table view', function () {
	this.timeout(120_000);

	describe('view over the worker threads\' rows', () => {
		let panel: TaskPanel;
		let view: TaskTableView;
		const tmp: string[] = [];

		beforeEach(async () => {
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			await openNotice(sampleUri('gansu'));
			const { analyses, catalog } = await api();
			view = new TaskTableView(fakeContext(), taskTableSource(analyses, catalog, (await api()).notes));
			panel = new TaskPanel();
		});
		afterEach(() => view.dispose());
		after(() => { for (const d of tmp) { fs.rmSync(d, { recursive: true, force: true }); } });

		/** Attaches the panel, says ready, and waits for the rows of the scope shown. */
		const ready = async (what = 'the rows of gansu.txt') => {
			view.attach(panel.asPanel());
			panel.send({ type: 'ready' });
			return waitFor(() => { const m = panel.last(); return m && m.state === 'ready' && !m.partial && m.total > 0 ? m : undefined; }, 60_000, what);
		};
		/** Sends a message as the page would and waits for the model it brings. */
		const query = async (change: Partial<TaskTableModel['query']>) => {
			const before = panel.last()!;
			panel.send({ type: 'query', query: { ...before.query, ...change } });
			return waitFor(() => { const m = panel.last()!; return m.seq > before.seq && m.state === 'ready' && !m.partial ? m : undefined; }, 60_000, `the table for ${JSON.stringify(change)}`);
		};

		it('posts nothing before the page says ready, then its strings and the active notice\'s rows, as the worker reads them', async () => {
			view.attach(panel.asPanel());
			assert.strictEqual(panel.posted.length, 0);
			const model = await ready();
			const init = panel.posted.find(m => m.type === 'init');
			assert.ok(init && init.type === 'init');
			for (const k of ['seq', 'path', 'title', 'lead', 'responsible', 'deadline', 'targets', 'filterPlaceholder', 'exportCsv', 'exportMarkdown', 'exportXlsx']) { assert.ok(init.strings[k], k); }
			if (vscode.env.language.startsWith('zh')) { assert.strictEqual(init.strings.lead, '牵头单位'); }
			assert.strictEqual(model.query.scope, 'document');
			assert.strictEqual(model.source?.fileName, 'gansu.txt');
			const rows = panel.shown(model);
			assert.strictEqual(rows.length, model.total);
			assert.ok(rows.every(r => r.file === sampleUri('gansu').toString()));
			assert.deepEqual(rows.find(r => r.title.startsWith(KNOWN_TASK))?.lead, KNOWN_LEAD, rows.map(r => r.title).join(' | '));
			assert.ok(model.units.includes(KNOWN_LEAD[0]));
		});

		it('opens a task beside the table, the cursor at its start', async () => {
			const model = await ready();
			const rows = panel.rowsOf(model);
			const index = rows.findIndex(r => r.title.startsWith(KNOWN_TASK));
			assert.strictEqual(view.receive({ type: 'open', version: model.rowsVersion, index, preserveFocus: false }), true);
			const row = rows[index];
			const editor = await waitFor(() => vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === row.file && e.viewColumn === vscode.ViewColumn.Two), 10_000, 'gansu opened beside the table');
			await waitFor(() => editor.document.offsetAt(editor.selection.active) === row.offset, 10_000, 'the cursor at the task');
			assert.ok(editor.selection.isEmpty, 'nothing selected');
			assert.ok(editor.document.getText().slice(row.offset, row.end).includes(KNOWN_TASK));
			assert.ok(editor.visibleRanges.some(r => r.contains(editor.selection.start)), 'the task is in view');
			assert.deepStrictEqual(view.testState().lastOpened, { uri: row.file, offset: row.offset, end: row.end, preserveFocus: false });
		});

		it('shows the tasks of every notice of the workspace on request', async () => {
			const own = await ready();
			const all = await query({ scope: 'workspace' });
			assert.ok(all.total > own.total);
			const files = new Set(panel.shown(all).map(r => r.fileName));
			for (const f of ['gansu.txt', 'sichuan.txt', 'tianjin-ai-industry.txt']) { assert.ok(files.has(f), [...files].join(', ')); }
			assert.strictEqual(all.source?.notices, files.size);
			const known = panel.shown(all).find(r => r.fileName === 'gansu.txt' && r.title.startsWith(KNOWN_TASK));
			assert.deepEqual(known?.lead, KNOWN_LEAD, 'the same rows from the catalog\'s worker');
		});

		it('follows the active notice', async () => {
			await ready();
			const before = panel.last()!;
			await openNotice(sampleUri('sichuan'));
			const after = await waitFor(() => { const m = panel.last()!; return m.seq > before.seq && m.state === 'ready' && m.source?.fileName === 'sichuan.txt' ? m : undefined; }, 30_000, 'the rows of sichuan.txt');
			assert.ok(panel.shown(after).every(r => r.fileName === 'sichuan.txt'));
			assert.ok(after.total > 0);
		});

		/** NOTICE as plan.txt in a folder of its own, open in an editor, its notes loaded. */
		const openPlan = async () => {
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-task-notes-'));
			tmp.push(dir);
			const file = path.join(dir, 'plan.txt');
			fs.writeFileSync(file, NOTICE);
			const uri = vscode.Uri.file(file);
			const doc = await openNotice(uri);
			await (await api()).notes.loaded(uri);
			return { dir, file, uri, doc };
		};
		/** The note 请市发展改革委月底前报送进展 on the task 建设数据中心 of `doc`. */
		const noteOnDataCentre = async (doc: vscode.TextDocument) => {
			const at = doc.getText().indexOf('建设数据中心');
			assert.ok(await (await api()).notes.addNote(doc, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 6)), '请市发展改革委月底前报送进展'), 'the note is made');
		};

		it('lists a note with the task it is on, and exports it', async () => {
			const { dir, doc } = await openPlan();
			await ready('the rows of plan.txt');
			await waitFor(() => panel.last()?.source?.fileName === 'plan.txt', 20_000, 'the table of plan.txt');
			assert.ok(panel.shown().every(r => !r.notes?.length), 'no notes yet');
			await noteOnDataCentre(doc);
			const row = await waitFor(() => panel.shown().find(r => r.title === '建设数据中心' && r.notes?.includes('请市发展改革委月底前报送进展')), 20_000, 'the note in the row of 建设数据中心');
			assert.deepEqual(row.lead, ['市发展改革委']);
			assert.ok(panel.shown().filter(r => r !== row).every(r => !r.notes?.length), 'on that row only');
			const csvFile = path.join(dir, 'tasks.csv');
			await view.exportTo('csv', vscode.Uri.file(csvFile));
			const [head, ...lines] = fs.readFileSync(csvFile, 'utf8').slice(1).split('\r\n');
			assert.ok(head.endsWith(`,${init(panel).notes}`), head);
			assert.ok(lines.find(l => l.includes('建设数据中心'))?.endsWith(',请市发展改革委月底前报送进展'));
		});

		it('lists the notes of a notice that is not open, from the sidecar beside it, in the workspace rows', async () => {
			const { file, uri, doc } = await openPlan();
			const { analyses, catalog, notes } = await api();
			await noteOnDataCentre(doc);
			await waitFor(() => fs.existsSync(`${file}.notes.json`), 10_000, 'the sidecar written');
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			const source = taskTableSource(analyses, catalog, notes);
			const rows = await source.workspaceRows(uri, {});
			const row = rows?.find(r => r.title === '建设数据中心');
			assert.deepEqual(row?.notes, ['请市发展改革委月底前报送进展'], JSON.stringify(rows?.map(r => [r.title, r.notes])));
			assert.ok(rows!.filter(r => r !== row).every(r => !r.notes?.length), 'on that row only');
			// Without a notes controller (notes off) the rows carry none.
			const plain = await taskTableSource(analyses, catalog).workspaceRows(uri, {});
			assert.ok(plain?.length && plain.every(r => !r.notes?.length));
		});

		it('exports the rows shown as CSV (UTF-8 with BOM), Markdown and XLSX, in the order shown', async () => {
			await ready();
			const shown = await query({ unit: '省科技厅', sort: 'deadline', descending: true });
			const rows = panel.shown(shown);
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-task-table-'));
			tmp.push(dir);
			const csvFile = path.join(dir, 'tasks.csv');
			assert.strictEqual(await view.exportTo('csv', vscode.Uri.file(csvFile)), rows.length);
			const csv = fs.readFileSync(csvFile);
			assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
			const lines = csv.toString('utf8').slice(1).split('\r\n');
			assert.strictEqual(lines.length, rows.length + 2, 'a header, one line per row, the final line end');
			assert.ok(lines[1].includes(rows[0].title), `${lines[1]} / ${rows[0].title}`);

			const mdFile = path.join(dir, 'tasks.md');
			await view.exportTo('md', vscode.Uri.file(mdFile));
			const md = fs.readFileSync(mdFile, 'utf8').trim().split('\n');
			assert.strictEqual(md.length, rows.length + 2, 'a header, its rule, one line per row');
			assert.ok(md.slice(2).every(l => l.includes('省科技厅')));

			const xlsxFile = path.join(dir, 'tasks.xlsx');
			await view.exportTo('xlsx', vscode.Uri.file(xlsxFile));
			const sheets = await readXlsxFile(fs.readFileSync(xlsxFile));
			const [head, ...data] = sheets[0].data;
			assert.strictEqual(data.length, rows.length);
			const title = head.findIndex(h => h === init(panel).title);
			const lead = head.findIndex(h => h === init(panel).lead);
			assert.ok(title >= 0 && lead >= 0, head.join(' | '));
			assert.deepEqual(data.map(r => r[title]), rows.map(r => r.title));
			assert.deepEqual(data.map(r => r[lead] ?? ''), rows.map(r => r.lead.join('、')));
		});
	});

	// ── Part 2: the view the extension registers ──

	describe('wired view', () => {
		const state = () => vscode.commands.executeCommand<TaskTableTestState | undefined>(TASK_TABLE_COMMANDS.testState);

		before(async () => {
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			await api();
			const commands = await vscode.commands.getCommands(true);
			assert.ok(commands.includes(TASK_TABLE_COMMANDS.testState), 'policyNotice.taskTable._state is not registered: extension.ts must call registerTaskTable');
		});
		after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

		it('opens the panel beside the notice, draws its rows, sorts and opens a task as the page asks', async function () {
			this.timeout(150_000);
			const doc = await openNotice(sampleUri('gansu'));
			await vscode.commands.executeCommand(TASK_TABLE_COMMANDS.show);
			await waitFor(async () => (await state())?.ready, 30_000, 'the webview to load its script and say ready');
			const drawn = (s: TaskTableTestState | undefined) => {
				const m = s?.lastModel;
				return m && m.state === 'ready' && s.lastRendered?.seq === m.seq ? s : undefined;
			};
			const s = await waitFor(async () => drawn(await state()), 60_000, 'the table drawn');
			assert.strictEqual(s.notice, doc.uri.toString());
			assert.strictEqual(s.lastRendered!.rows, s.lastModel.order.length);
			assert.ok(s.lastRendered!.drawn > 0 && s.lastRendered!.drawn <= s.lastRendered!.rows, 'only the rows in view are in the DOM');
			assert.deepEqual(s.rows.find(r => r.title.startsWith(KNOWN_TASK))?.lead, KNOWN_LEAD);

			// Sorted by deadline, latest first, as a click on the column's header asks.
			assert.strictEqual(await vscode.commands.executeCommand(TASK_TABLE_COMMANDS.testMessage, { type: 'query', query: { ...s.lastModel.query, sort: 'deadline', descending: true } }), true);
			const sorted = await waitFor(async () => { const x = drawn(await state()); return x && x.lastModel.query.sort === 'deadline' ? x : undefined; }, 30_000, 'the table sorted by deadline');
			const deadlines = sorted.lastModel.order.map(i => sorted.rows[i].deadline).filter((d): d is string => d !== null);
			assert.ok(deadlines.length > 0);
			assert.deepEqual(deadlines, [...deadlines].sort().reverse());

			// Enter on the first row: the notice's editor goes to that task.
			const first = sorted.rows[sorted.lastModel.order[0]];
			await vscode.commands.executeCommand(TASK_TABLE_COMMANDS.testMessage, { type: 'open', version: sorted.lastModel.rowsVersion, index: sorted.lastModel.order[0], preserveFocus: false });
			const editor = await waitFor(() => {
				const e = vscode.window.activeTextEditor;
				return e && e.document.uri.toString() === first.file && e.document.offsetAt(e.selection.active) === first.offset ? e : undefined;
			}, 15_000, 'the editor at the first row\'s task');
			assert.ok(editor.document.getText().slice(first.offset, first.end).includes(first.title));
			// A message the page may not send (a row of an older table) is refused and counted; nothing opens.
			const rejected = (await state())!.rejected;
			assert.strictEqual(await vscode.commands.executeCommand(TASK_TABLE_COMMANDS.testMessage, { type: 'open', version: sorted.lastModel.rowsVersion - 1, index: 0, preserveFocus: false }), false);
			assert.strictEqual((await state())!.rejected, rejected + 1);
			assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), first.file);
			// The same command brings the open panel forward; it makes no second one.
			await vscode.commands.executeCommand(TASK_TABLE_COMMANDS.show);
			assert.strictEqual((await state())!.open, true);
		});
	});
});

/** The strings the view sent the page (its column names in the UI language). */
function init(panel: TaskPanel): Record<string, string> {
	const m = panel.posted.find(x => x.type === 'init');
	return m && m.type === 'init' ? m.strings : {};
}
