// The Compare Targets view's decisions (src/extension/compare/controller.ts): its states, when the
// table is made again, the query, the rows drawn against those exported, which target a cell
// opens, and what is posted when. Plain Node: hand-made groupings and a fake host that records
// what the controller has the view do.
import * as assert from 'node:assert/strict';
import type { MetricTarget, NormalizedTarget } from '../../../src/core/metrics/types';
import { MetricSnapshot, type MetricFile } from '../../../src/core/metrics/workspace';
import { CompareTargetsController, MAX_VIEW_ROWS, type CellTarget, type CompareSourceState } from '../../../src/extension/compare/controller';
import type { CompareHostMessage, CompareModel, ExportFormat } from '../../../src/extension/compare/messages';
import { norm } from '../core/metrics/helpers';

let at = 0;
const target = (n: NormalizedTarget, text: string): MetricTarget => ({ offset: at, end: (at += 10), text, document: 0, normalized: n });
const file = (name: string, region: string, targets: MetricTarget[]): MetricFile => ({
	file: `file:///w/${name}.txt`, metrics: { notices: [{ document: 0, title: `${region}实施方案`, region, issuer: '', year: 2020 }], targets },
});

const CORE = '人工智能核心产业规模';
const RELATED = '人工智能相关产业规模';
const SINGLE = '大数据企业';

/** Three notices: two metrics set by 四川 and 天津, one by 甘肃 alone. */
function samples(): MetricSnapshot {
	return new MetricSnapshot([
		file('sichuan', '四川省', [target(norm(CORE, { value: 500 }), '超500亿元'), target(norm(RELATED, { value: 3000 }), '3000亿元以上')]),
		file('tianjin', '天津市', [target(norm(CORE, { value: 150 }), '达到150亿元'), target(norm(RELATED, { value: 1300 }), '达到1300亿元')]),
		file('gansu', '甘肃省', [target(norm(SINGLE, { family: 'count', unit: '家', value: 50 }), '50家')]),
	], 1);
}

/** `count` metrics (distinct names, no two grouped together), each set by both of two notices. */
function manyMetrics(count: number): MetricSnapshot {
	const names = Array.from({ length: count }, (_, i) => `${String.fromCharCode(0x4e00 + 37 * i, 0x4e00 + 37 * i + 11)}产业规模`);
	const notice = (name: string) => file(name, name, names.map((n, i) => target(norm(n, { value: i + 1 }), `${i + 1}亿元`)));
	return new MetricSnapshot([notice('a'), notice('b')], 1);
}

/** The controller over a source the test sets and a fake view that records what it is asked to do. */
function setup(state: Partial<CompareSourceState> = {}) {
	const source: { isTrusted: boolean; isBuilding: boolean; snapshot: MetricSnapshot | undefined } = { isTrusted: true, isBuilding: false, snapshot: samples(), ...state };
	const view = {
		posted: [] as CompareHostMessage[],
		opened: [] as (CellTarget & { preserveFocus: boolean })[],
		exports: [] as ExportFormat[],
		manageTrust: 0,
		errors: [] as string[],
		fileNames: 0,
	};
	const controller = new CompareTargetsController(source, {
		post: m => view.posted.push(m),
		strings: () => ({ metric: '指标' }),
		fileName: f => { view.fileNames++; return f.replace(/^.*\//, ''); },
		open: (t, preserveFocus) => view.opened.push({ ...t, preserveFocus }),
		exportAsked: format => view.exports.push(format),
		manageTrust: () => view.manageTrust++,
		logError: m => view.errors.push(m),
	});
	/** What view.ts's receive does: parse, then handle or count as rejected. */
	const send = (raw: unknown): boolean => {
		const message = controller.parse(raw);
		if (!message) { controller.rejected(); return false; }
		controller.handle(message);
		return true;
	};
	const models = () => view.posted.flatMap(m => (m.type === 'model' ? [m.model] : []));
	const last = (): CompareModel => { const m = models(); assert.ok(m.length, 'a model was posted'); return m[m.length - 1]; };
	/** A panel attached and its page ready. */
	const open = () => { controller.panelAttached(); send({ type: 'ready' }); return last(); };
	const query = (q: Partial<CompareModel['query']>) => { assert.equal(send({ type: 'query', query: { ...controller.model.query, ...q } }), true); return last(); };
	return { source, view, controller, send, models, last, open, query };
}

const metrics = (m: CompareModel) => m.table.rows.map(r => r.metric);
const column = (m: CompareModel, fileName: string) => m.table.columns.find(c => c.fileName === fileName)!;

describe('compare targets view: controller', () => {
	describe('states', () => {
		it('ready: the metrics of two notices or more, those of one counted but not shown', () => {
			const m = setup().open();
			assert.equal(m.state, 'ready');
			assert.equal(m.partial, false);
			assert.deepEqual(metrics(m).sort(), [CORE, RELATED].sort());
			assert.deepEqual(m.counts, { metrics: 3, single: 1, matched: 2 });
			assert.deepEqual(m.table.columns.map(c => c.fileName).sort(), ['sichuan.txt', 'tianjin.txt'], 'only the notices of the rows shown');
		});

		it('untrusted in Restricted Mode, whatever the grouping', () => {
			const { open } = setup({ isTrusted: false });
			assert.equal(open().state, 'untrusted');
		});

		it('building while the first grouping is not made: no rows', () => {
			const m = setup({ isBuilding: true, snapshot: undefined }).open();
			assert.equal(m.state, 'building');
			assert.equal(m.partial, false);
			assert.deepEqual(m.table, { columns: [], rows: [] });
			assert.deepEqual(m.counts, { metrics: 0, single: 0, matched: 0 });
		});

		it('ready and partial while a grouping is shown and more is read', () => {
			const m = setup({ isBuilding: true }).open();
			assert.equal(m.state, 'ready');
			assert.equal(m.partial, true);
			assert.equal(m.table.rows.length, 2);
		});

		it('a grouping without targets: ready with nothing counted (the page says no notice sets one)', () => {
			const m = setup({ snapshot: new MetricSnapshot([file('empty', '', [])], 1) }).open();
			assert.equal(m.state, 'ready');
			assert.deepEqual(m.counts, { metrics: 0, single: 0, matched: 0 });
			assert.deepEqual(m.table.rows, []);
		});

		it('follows the source: building, then partial, then untrusted, each posted on refresh', () => {
			const { source, controller, open, last } = setup({ snapshot: undefined, isBuilding: true });
			assert.equal(open().state, 'building');
			source.snapshot = samples();
			controller.refresh();
			assert.deepEqual([last().state, last().partial], ['ready', true]);
			source.isBuilding = false;
			controller.refresh();
			assert.deepEqual([last().state, last().partial], ['ready', false]);
			source.isTrusted = false;
			controller.refresh();
			assert.equal(last().state, 'untrusted');
		});
	});

	describe('posting', () => {
		it('posts nothing before the page says ready, then its strings and the model', () => {
			const { view, controller, send } = setup();
			controller.panelAttached();
			controller.refresh();
			assert.equal(view.posted.length, 0);
			assert.equal(controller.posted, 0);
			send({ type: 'ready' });
			assert.deepEqual(view.posted.map(m => m.type), ['init', 'model']);
			assert.deepEqual(view.posted[0], { type: 'init', strings: { metric: '指标' } });
			assert.equal(view.posted[1].type === 'model' && view.posted[1].model, controller.model);
			assert.equal(controller.posted, 2);
			assert.equal(controller.ready, true);
		});

		it('makes no model while no panel is open, and posts none while the page is hidden', () => {
			const { view, controller, send } = setup();
			const first = controller.model.seq;
			controller.refresh();
			assert.equal(controller.model.seq, first, 'no panel: nothing made');
			controller.panelAttached();
			send({ type: 'ready' });
			const posted = view.posted.length;
			controller.panelHidden();
			assert.equal(controller.ready, false);
			controller.refresh();
			assert.equal(view.posted.length, posted, 'hidden: the page is unloaded');
			assert.ok(controller.model.seq > first, 'the model is still made, for when the page is back');
			send({ type: 'ready' });
			assert.deepEqual(view.posted.slice(posted).map(m => m.type), ['init', 'model']);
			controller.panelClosed();
			const seq = controller.model.seq;
			controller.refresh();
			assert.equal(controller.model.seq, seq, 'closed: nothing made');
			assert.equal(view.posted.length, posted + 2);
		});

		it('numbers every model it makes', () => {
			const { controller, models, open, query } = setup();
			open();
			query({ showAll: true });
			const seqs = models().map(m => m.seq);
			assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b));
			assert.equal(new Set(seqs).size, seqs.length);
			assert.equal(controller.model.seq, seqs[seqs.length - 1]);
		});
	});

	describe('the table', () => {
		it('is made again for a new grouping, not for the same one', () => {
			const { source, view, controller, open, last } = setup();
			const before = open();
			const namesAsked = view.fileNames;
			assert.ok(namesAsked > 0);
			source.isBuilding = true;
			controller.refresh();
			assert.equal(view.fileNames, namesAsked, 'the same grouping: its table is kept');
			assert.equal(last().table.rows[0], before.table.rows[0]);

			source.snapshot = new MetricSnapshot([
				file('sichuan', '四川省', [target(norm(CORE, { value: 600 }), '超600亿元')]),
				file('shandong', '山东省', [target(norm(CORE, { value: 400 }), '400亿元')]),
			], 2);
			controller.refresh();
			assert.ok(view.fileNames > namesAsked, 'a new grouping: a new table');
			assert.deepEqual(metrics(last()), [CORE]);
			assert.deepEqual(last().table.columns.map(c => c.fileName).sort(), ['shandong.txt', 'sichuan.txt']);
			assert.deepEqual(last().counts, { metrics: 1, single: 0, matched: 1 });
		});

		it('sorts by the default again when the column it sorted by is gone', () => {
			const { source, controller, open, query, last } = setup();
			const tianjin = column(open(), 'tianjin.txt');
			assert.equal(query({ sort: `column:${tianjin.id}`, descending: false }).query.sort, `column:${tianjin.id}`);
			source.snapshot = new MetricSnapshot([file('sichuan', '四川省', [target(norm(CORE), '1亿元')]), file('gansu', '甘肃省', [target(norm(CORE), '2亿元')])], 2);
			controller.refresh();
			assert.deepEqual({ sort: last().query.sort, descending: last().query.descending }, { sort: 'notices', descending: true });
		});

		it(`draws at most ${MAX_VIEW_ROWS} rows; an export takes every matching row, in the order shown`, () => {
			const { controller, open, query } = setup({ snapshot: manyMetrics(MAX_VIEW_ROWS + 20) });
			const m = open();
			assert.equal(m.table.rows.length, MAX_VIEW_ROWS);
			assert.equal(m.counts.matched, MAX_VIEW_ROWS + 20);
			const sorted = query({ sort: 'metric', descending: true });
			const exported = controller.exportRows();
			assert.equal(exported.table.rows.length, MAX_VIEW_ROWS + 20);
			assert.equal(exported.groups.length, MAX_VIEW_ROWS + 20);
			assert.deepEqual(exported.table.rows.slice(0, MAX_VIEW_ROWS).map(r => r.id), sorted.table.rows.map(r => r.id));
			assert.deepEqual(exported.groups.map(g => g.label), exported.table.rows.map(r => r.metric), 'each row with the group behind it');
			const descending = exported.table.rows.map(r => r.metric);
			query({ descending: false });
			assert.deepEqual(controller.exportRows().table.rows.map(r => r.metric), [...descending].reverse());
		});

		it('exports only the rows a filter leaves', () => {
			const { controller, open, query } = setup();
			open();
			query({ filter: '相关', showAll: true });
			assert.deepEqual(controller.exportRows().groups.map(g => g.label), [RELATED]);
		});
	});

	describe('queries', () => {
		it('sorts by metric, either way, and by a notice\'s values', () => {
			const { open, query } = setup();
			const sichuan = column(open(), 'sichuan.txt');
			const asc = metrics(query({ sort: 'metric', descending: false, showAll: true }));
			assert.equal(asc.length, 3);
			assert.deepEqual(metrics(query({ descending: true })), [...asc].reverse());
			// 四川 sets 相关 3000 and 核心 500; 甘肃's metric, which 四川 does not set, comes after.
			assert.deepEqual(metrics(query({ sort: `column:${sichuan.id}`, descending: true })), [RELATED, CORE, SINGLE]);
			assert.deepEqual(metrics(query({ descending: false })), [CORE, RELATED, SINGLE]);
		});

		it('filters by words, and shows metrics of one notice only when asked', () => {
			const { open, query } = setup();
			assert.ok(!metrics(open()).includes(SINGLE));
			const all = query({ showAll: true });
			assert.ok(metrics(all).includes(SINGLE));
			assert.deepEqual(all.counts, { metrics: 3, single: 1, matched: 3 });
			const gansu = query({ filter: '甘肃' });
			assert.deepEqual(metrics(gansu), [SINGLE]);
			assert.deepEqual(gansu.table.columns.map(c => c.fileName), ['gansu.txt']);
			assert.deepEqual(metrics(query({ showAll: false })), [], 'set by one notice: hidden again');
		});

		it('refuses a sort by a column the table does not have', () => {
			const { controller, send, open } = setup();
			open();
			assert.equal(send({ type: 'query', query: { filter: '', showAll: false, sort: 'column:file:///w/nowhere.txt#0', descending: true } }), false);
			assert.equal(controller.rejectedMessages, 1);
			assert.equal(controller.model.query.sort, 'notices');
		});
	});

	describe('messages', () => {
		it('opens the target of a cell on screen', () => {
			const { view, controller, send, open } = setup();
			const m = open();
			const row = m.table.rows.find(r => r.metric === CORE)!;
			const cell = row.cells[column(m, 'tianjin.txt').id][0];
			assert.equal(cell.text, '达到150亿元');
			assert.equal(send({ type: 'open', id: cell.id, preserveFocus: true }), true);
			const expected = { uri: 'file:///w/tianjin.txt', offset: cell.offset, end: cell.end, preserveFocus: true };
			assert.deepEqual(view.opened, [expected]);
			assert.deepEqual(controller.lastOpened, expected);
			assert.equal(cell.end - cell.offset, 10);
		});

		it('refuses to open a cell that is not on screen (unknown, or filtered out)', () => {
			const { view, controller, send, open, query } = setup();
			const m = open();
			const cell = m.table.rows.find(r => r.metric === CORE)!.cells[column(m, 'sichuan.txt').id][0];
			assert.equal(send({ type: 'open', id: 'file:///etc/passwd#0', preserveFocus: false }), false);
			query({ filter: '相关' });
			assert.equal(send({ type: 'open', id: cell.id, preserveFocus: false }), false);
			assert.deepEqual(view.opened, []);
			assert.equal(controller.lastOpened, null);
			assert.equal(controller.rejectedMessages, 2);
		});

		it('passes an export, Manage Workspace Trust and a page error on to the view; records what was drawn', () => {
			const { view, controller, send, open } = setup();
			const m = open();
			const posted = view.posted.length;
			assert.equal(send({ type: 'export', format: 'xlsx' }), true);
			assert.equal(send({ type: 'manageTrust' }), true);
			assert.equal(send({ type: 'error', message: 'boom' }), true);
			assert.equal(send({ type: 'rendered', seq: m.seq, rows: 2, columns: 2 }), true);
			assert.deepEqual(view.exports, ['xlsx']);
			assert.equal(view.manageTrust, 1);
			assert.deepEqual(view.errors, ['compare targets (webview): boom']);
			assert.deepEqual(controller.lastRendered, { seq: m.seq, rows: 2, columns: 2 });
			assert.equal(view.posted.length, posted, 'none of them posts');
		});

		it('refuses what the page may not send', () => {
			const { controller, send, open } = setup();
			open();
			assert.equal(send({ type: 'export', format: 'pdf' }), false);
			assert.equal(send({ type: 'nope' }), false);
			assert.equal(send('ready'), false);
			assert.equal(controller.rejectedMessages, 3);
		});
	});
});
