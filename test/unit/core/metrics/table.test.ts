// The Compare Targets table (src/core/metrics/table.ts): metrics × notices with values in each
// row's unit, and the filter, the one-notice rule and the sorts the view offers.
import * as assert from 'node:assert/strict';
import { Analysis } from '../../../../src/core/analysis';
import { fileMetrics } from '../../../../src/core/metrics/notices';
import { compareTable, DEFAULT_QUERY, isSortKey, queryTable, type CompareTable, type TableQuery } from '../../../../src/core/metrics/table';
import type { MetricTarget, NormalizedTarget } from '../../../../src/core/metrics/types';
import { MetricSnapshot, type MetricFile } from '../../../../src/core/metrics/workspace';
import { readSample } from '../../paths';
import { norm } from './helpers';

let at = 0;
const target = (n: NormalizedTarget, text = `${n.value}`): MetricTarget => ({ offset: at, end: (at += 10), text, document: 0, normalized: n });
const file = (name: string, region: string, targets: MetricTarget[]): MetricFile => ({
	file: `file:///w/${name}.txt`, metrics: { notices: region ? [{ document: 0, title: `${region}人工智能实施方案`, region, issuer: '', year: 2018 }] : [], targets },
});
const name = (f: string) => f.replace(/^.*\//, '');

describe('metric comparison table', () => {
	const bw = { family: 'bandwidth' as const, unit: 'Mbps' };
	const snapshot = new MetricSnapshot([
		file('sichuan', '四川省', [
			target(norm('人工智能核心产业规模', { value: 500, comparator: '>', deadline: 2020 }), '超500亿元'),
			target(norm('人工智能核心产业规模', { value: 1000, comparator: '>', deadline: 2025 }), '超1000亿元'),
			target(norm('人工智能相关产业规模', { value: 3000, comparator: '≥' }), '3000亿元以上'),
			target(norm('出省带宽', { ...bw, value: 10000000 }), '1万G'),
		]),
		file('tianjin', '天津市', [
			target(norm('人工智能核心产业规模', { value: 150, deadline: 2020 }), '达到150亿元'),
			target(norm('人工智能相关产业规模', { value: 1300 }), '达到1300亿元'),
		]),
		file('gansu', '', [target(norm('出省带宽', { ...bw, value: 6640000, comparator: '~' }), '6640G左右'), target(norm('大数据企业', { family: 'count', unit: '家', value: 50 }), '50家')]),
	], 1);
	const table = compareTable(snapshot, name);
	const row = (t: CompareTable, metric: string) => t.rows.find(r => r.metric === metric)!;
	const col = (t: CompareTable, fileName: string) => t.columns.find(c => c.fileName === fileName)!;

	it('has a column per notice, named by region (else by file), most metrics first', () => {
		// 四川 sets 3 metrics; gansu.txt and 天津 2 each, then by name
		const [first, ...rest] = table.columns.map(c => [c.label, c.fileName]);
		assert.deepEqual(first, ['四川省', 'sichuan.txt']);
		const zh = new Intl.Collator('zh-Hans-CN', { numeric: true });
		assert.deepEqual(rest, [['gansu.txt', 'gansu.txt'], ['天津市', 'tianjin.txt']].sort((a, b) => zh.compare(a[0], b[0])));
		assert.equal(col(table, 'sichuan.txt').id, 'file:///w/sichuan.txt#0');
		assert.equal(col(table, 'sichuan.txt').year, 2018);
		assert.equal(col(table, 'gansu.txt').label, 'gansu.txt', 'no notice info: the file name');
	});

	it('puts each notice\'s targets in its cell, in the row\'s unit, bounded as written', () => {
		const core = row(table, '人工智能核心产业规模');
		assert.equal(core.unit, '亿元');
		assert.equal(core.notices, 2);
		const sc = core.cells[col(table, 'sichuan.txt').id];
		assert.deepEqual(sc.map(c => [c.display, c.value, c.deadline, c.text]), [['>500', 500, 2020, '超500亿元'], ['>1000', 1000, 2025, '超1000亿元']]);
		assert.equal(sc[0].id, `file:///w/sichuan.txt#${sc[0].offset}`);
		const band = row(table, '出省带宽');
		assert.equal(band.unit, 'Gbps');
		assert.deepEqual(band.cells[col(table, 'gansu.txt').id].map(c => [c.display, c.value]), [['~6640', 6640]]);
		assert.equal(band.cells[col(table, 'tianjin.txt').id], undefined, 'no cell where a notice sets nothing');
	});

	it('shows only metrics of two notices or more unless asked for all', () => {
		const shared = queryTable(table, DEFAULT_QUERY);
		assert.deepEqual(new Set(shared.rows.map(r => r.metric)), new Set(['人工智能核心产业规模', '人工智能相关产业规模', '出省带宽']));
		const all = queryTable(table, { ...DEFAULT_QUERY, showAll: true });
		assert.equal(all.rows.length, table.rows.length);
		assert.ok(all.rows.some(r => r.metric === '大数据企业'));
	});

	it('filters on every word, in the metric, the unit, the targets and the names of the notices that set it', () => {
		const q = (filter: string) => queryTable(table, { ...DEFAULT_QUERY, showAll: true, filter }).rows.map(r => r.metric).sort();
		assert.deepEqual(q('核心'), ['人工智能核心产业规模']);
		assert.deepEqual(q('天津 相关'), ['人工智能相关产业规模']);
		assert.deepEqual(q('gbps'), ['出省带宽'], 'unit, any case');
		assert.deepEqual(q('ＧＢＰＳ'), ['出省带宽'], 'full-width letters');
		assert.deepEqual(q('gansu.txt'), ['出省带宽', '大数据企业']);
		assert.deepEqual(q('超1000'), ['人工智能核心产业规模'], 'a target as written');
		assert.deepEqual(q('天津 带宽'), []);
		const filtered = queryTable(table, { ...DEFAULT_QUERY, filter: '带宽' });
		assert.deepEqual(filtered.columns.map(c => c.fileName).sort(), ['gansu.txt', 'sichuan.txt'], 'only the notices that set a shown metric');
	});

	it('sorts by metric, unit, number of notices, or by a notice\'s values (the metrics it sets first)', () => {
		const sorted = (q: Partial<TableQuery>) => queryTable(table, { ...DEFAULT_QUERY, showAll: true, ...q }).rows.map(r => r.metric);
		const names = table.rows.map(r => r.metric);
		const zh = new Intl.Collator('zh-Hans-CN', { numeric: true });
		assert.deepEqual(sorted({ sort: 'metric', descending: false }), [...names].sort(zh.compare));
		assert.deepEqual(sorted({ sort: 'metric', descending: true }), [...names].sort(zh.compare).reverse());
		const byNotices = sorted({ sort: 'notices', descending: true });
		assert.equal(byNotices[byNotices.length - 1], '大数据企业');
		const tj = `column:${col(table, 'tianjin.txt').id}` as const;
		assert.deepEqual(sorted({ sort: tj, descending: true }).slice(0, 2), ['人工智能相关产业规模', '人工智能核心产业规模'], '1300 before 150');
		assert.deepEqual(sorted({ sort: tj, descending: false }).slice(0, 2), ['人工智能核心产业规模', '人工智能相关产业规模'], '150 before 1300');
		const rest = sorted({ sort: tj, descending: false }).slice(2);
		assert.deepEqual(rest, [...rest].sort(zh.compare), 'the metrics 天津 does not set after, by name, in either direction');
		assert.deepEqual(sorted({ sort: tj, descending: true }).slice(2), rest);
	});

	it('knows which sorts the table has', () => {
		for (const s of ['metric', 'unit', 'notices', `column:${col(table, 'gansu.txt').id}`]) { assert.ok(isSortKey(table, s), s); }
		for (const s of ['', 'value', 'column:', 'column:file:///w/nowhere.txt#0', 'Metric']) { assert.ok(!isSortKey(table, s), s); }
	});

	it('gives every row its own id, also when two groups read alike', () => {
		const twin = compareTable(new MetricSnapshot([
			// a level and an increment of the same words never group, and the phrase already says 新增
			file('a', '四川省', [target(norm('城镇新增就业', { family: 'persons', unit: '人', basis: 'level' }))]),
			file('b', '天津市', [target(norm('城镇新增就业', { family: 'persons', unit: '人', basis: 'increment' }))]),
		], 1), name);
		assert.equal(twin.rows.length, 2);
		assert.equal(twin.rows[0].metric, twin.rows[1].metric);
		assert.equal(twin.rows[0].unit, twin.rows[1].unit);
		assert.equal(new Set(twin.rows.map(r => r.id)).size, 2);
	});
});

// The table the Compare Targets view shows over the samples (what test/integration/compare-view.test.ts
// asserted of the view's model; the view only slices and posts it).
describe('metric comparison table over the samples', () => {
	const samples = ['sichuan', 'tianjin-ai-industry', 'gansu', 'guizhou', 'shandong'];
	const snapshot = new MetricSnapshot(samples.map(n => ({ file: `file:///w/${n}.txt`, metrics: fileMetrics(new Analysis(readSample(n), e => assert.fail(e.message))) })), 1);
	const table = compareTable(snapshot, name);
	const col = (t: CompareTable, fileName: string) => t.columns.find(c => c.fileName === fileName)!;
	const CORE = '人工智能核心产业规模';

	it('shows the metrics set by two notices or more: 核心产业规模 in 亿元, 天津 150, 四川 >500 and >1000', () => {
		const shared = queryTable(table, DEFAULT_QUERY);
		assert.ok(shared.rows.length >= 2);
		assert.ok(shared.rows.every(r => r.notices >= 2));
		assert.ok(table.rows.length > shared.rows.length, 'metrics of one notice are in the table, not shown by default');
		const core = shared.rows.find(r => r.metric === CORE);
		assert.ok(core, shared.rows.map(r => r.metric).join(', '));
		assert.equal(core.unit, '亿元');
		assert.deepEqual(core.cells[col(shared, 'tianjin-ai-industry.txt').id].map(c => c.value), [150]);
		assert.deepEqual(core.cells[col(shared, 'sichuan.txt').id].map(c => c.display), ['>500', '>1000']);
		assert.equal(col(shared, 'sichuan.txt').label, '四川省');
	});

	it('shows every metric on request, with the notices that share none; filters; sorts by 天津\'s values', () => {
		const shared = queryTable(table, DEFAULT_QUERY);
		const all = queryTable(table, { ...DEFAULT_QUERY, showAll: true });
		assert.equal(all.rows.length, table.rows.length);
		assert.ok(all.columns.length > shared.columns.length, 'notices that share no metric appear with all metrics');
		assert.deepEqual(queryTable(table, { ...DEFAULT_QUERY, filter: '天津 相关' }).rows.map(r => r.metric), ['人工智能相关产业规模']);
		assert.deepEqual(queryTable(table, { ...DEFAULT_QUERY, filter: '天津 核心' }).rows.map(r => r.metric), [CORE]);
		const tj = col(table, 'tianjin-ai-industry.txt').id;
		const sorted = queryTable(table, { ...DEFAULT_QUERY, sort: `column:${tj}`, descending: true });
		const values = sorted.rows.map(r => r.cells[tj]?.[0]?.value).filter((v): v is number => v !== undefined);
		assert.ok(values.length >= 2);
		assert.deepEqual(values, [...values].sort((a, b) => b - a), 'by 天津\'s values, high to low');
	});
});
