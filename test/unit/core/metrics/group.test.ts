// Grouping targets of many files by metric, and the JSON and CSV the CLI and the editor export.
import * as assert from 'node:assert/strict';
import { groupByMetric, MetricMatcher, metricGroupsCsv, metricGroupsJson, metricLabel, type MetricTarget, type NormalizedTarget } from '../../../../src/core/metrics/index';
import { norm } from './helpers';

let at = 0;
const target = (n: NormalizedTarget, text = `${n.value}`): MetricTarget => ({ offset: at, end: (at += 10), text, document: 0, normalized: n });

describe('metric grouping', () => {
	it('puts the same metric of several files in one group and keeps others apart', () => {
		const groups = groupByMetric([
			{ file: 'sichuan', targets: [target(norm('人工智能核心产业规模', { value: 500 })), target(norm('人工智能相关产业规模', { value: 3000 }))] },
			{ file: 'tianjin', targets: [target(norm('人工智能核心产业规模', { value: 150 })), target(norm('人工智能相关产业规模', { value: 1300 }))] },
			{ file: 'shandong', targets: [target(norm('先导区人工智能核心产业产值', { value: 355 }))] },
		]);
		const byMetric = new Map(groups.map(g => [g.metric, g.members.map(m => `${m.file}:${m.target.normalized.value}`)]));
		assert.deepEqual(byMetric.get('人工智能核心产业规模'), ['shandong:355', 'sichuan:500', 'tianjin:150']);
		assert.deepEqual(byMetric.get('人工智能相关产业规模'), ['sichuan:3000', 'tianjin:1300']);
		assert.equal(groups.length, 2);
		assert.equal(groups[0].metric, '人工智能核心产业规模', 'the group spanning most files comes first');
	});

	it('joins a group only by matching every phrase already in it (no chains of near matches)', () => {
		const [a, b, c] = [norm('甲乙丙丁规模'), norm('乙丙丁戊规模'), norm('丙丁戊己规模')];
		const files = [{ file: 'f', targets: [target(b), target({ ...b }), target(a), target(c)] }];
		const options = { threshold: 0.5 };
		// B is like A and like C, A is not like C
		const m = new MetricMatcher([a.key, b.key, c.key], options);
		assert.deepEqual([m.same(a, b), m.same(b, c), m.same(a, c)], [true, true, false]);
		const groups = groupByMetric(files, options).map(g => new Set(g.members.map(x => x.target.normalized.metric)));
		assert.equal(groups.length, 2);
		assert.ok(!groups.some(g => g.has(a.metric) && g.has(c.metric)), 'A and C apart');
		assert.ok(groups.some(g => g.has(b.metric) && g.size === 2), 'B with one of them');
	});

	it('never groups a total with a growth rate of the same words', () => {
		const groups = groupByMetric([{ file: 'x', targets: [
			target(norm('信息技术产业营业收入', { value: 22000 })),
			target(norm('信息技术产业营业收入', { value: 10, scope: 'growth', family: 'percent', unit: '%' })),
		] }]);
		assert.deepEqual(groups.map(g => [g.label, g.unit]).sort(), [['信息技术产业营业收入', '亿元'], ['信息技术产业营业收入（增幅）', '%']]);
	});

	it('labels the kind of figure the phrase does not say', () => {
		assert.equal(metricLabel('地区生产总值', 'growth'), '地区生产总值（增幅）');
		assert.equal(metricLabel('居民消费价格涨幅', 'growth'), '居民消费价格涨幅');
		assert.equal(metricLabel('智能制造标杆企业', 'annual'), '智能制造标杆企业（每年）');
		assert.equal(metricLabel('高标准农田', 'total', true), '高标准农田（新增）');
		assert.equal(metricLabel('城镇新增就业', 'total', true), '城镇新增就业');
	});

	it('shows large values in a larger step of the unit', () => {
		const bw = { family: 'bandwidth' as const, unit: 'Mbps' };
		const [g] = groupByMetric([{ file: 'g', targets: [target(norm('出省带宽', { ...bw, value: 10000000 }))] }, { file: 'h', targets: [target(norm('出省带宽', { ...bw, value: 6640000 }))] }]);
		assert.equal(g.unit, 'Gbps');
		assert.deepEqual(metricGroupsJson([g]).metrics[0].targets.map(t => t.value), [10000, 6640]);
	});

	describe('export', () => {
		const groups = () => groupByMetric([
			{ file: '/n/甲.txt', targets: [target(norm('人工智能核心产业规模', { value: 500, deadline: 2020 }), '超500亿元')] },
			{ file: '/n/乙,"丙".txt', targets: [target(norm('人工智能核心产业规模', { value: 150, deadline: null }), '达到150亿元')] },
		]);

		it('JSON has exactly metric, unit and targets of file, offset, end, text, value, deadline', () => {
			const json = metricGroupsJson(groups());
			assert.deepEqual(Object.keys(json), ['metrics']);
			const [m] = json.metrics;
			assert.deepEqual(Object.keys(m), ['metric', 'unit', 'targets']);
			assert.deepEqual(m.targets.map(t => Object.keys(t)), [0, 1].map(() => ['file', 'offset', 'end', 'text', 'value', 'deadline']));
			assert.deepEqual(m.targets.map(t => [t.file, t.value, t.deadline]), [['/n/乙,"丙".txt', 150, null], ['/n/甲.txt', 500, 2020]]);
		});

		it('CSV starts with a BOM, ends lines with CRLF and quotes what needs it', () => {
			const csv = metricGroupsCsv(groups());
			assert.ok(csv.startsWith('\uFEFFmetric,unit,file,offset,end,text,value,deadline\r\n'));
			const lines = csv.slice(1).split('\r\n');
			assert.equal(lines.length, 4, 'header, two rows, and the empty string after the last CRLF');
			assert.equal(lines[3], '');
			assert.ok(lines[1].startsWith('人工智能核心产业规模,亿元,"/n/乙,""丙"".txt",'), lines[1]);
			assert.ok(lines[1].endsWith(',达到150亿元,150,'), 'no deadline: empty field');
			assert.ok(lines[2].endsWith(',超500亿元,500,2020'));
			assert.ok(!/[^\r]\n/.test(csv), 'no bare LF');
		});
	});
});
