// What the metric hover shows (src/core/metrics/peersTable.ts): rows of the same metric in other
// notices, the own row marked and always listed, highest value first, the rest counted.
import * as assert from 'node:assert/strict';
import { metricPeersTable } from '../../../../src/core/metrics/index';
import type { FileMetrics } from '../../../../src/core/metrics/notices';
import type { MetricTarget, NormalizedTarget } from '../../../../src/core/metrics/types';
import { MetricSnapshot, type MetricFile } from '../../../../src/core/metrics/workspace';
import { norm } from './helpers';

const target = (offset: number, n: NormalizedTarget, text = `${n.value}亿元`): MetricTarget => ({ offset, end: offset + text.length, text, document: 0, normalized: n });
const file = (name: string, region: string, targets: MetricTarget[]): MetricFile => {
	const metrics: FileMetrics = { notices: [{ document: 0, title: `${region}实施方案`, region, issuer: `${region}人民政府`, year: 2018 }], targets };
	return { file: `file:///w/${name}.txt`, metrics };
};
const SCALE = '人工智能核心产业规模';

describe('metric hover table', () => {
	const regions = ['四川省', '天津市', '甘肃省', '贵州省', '湖北省'];
	const values = [500, 150, 800, 150, 60];
	const files = regions.map((r, i) => file(`f${i}`, r, [target(10 * (i + 1), norm(SCALE, { value: values[i], comparator: i === 0 ? '>' : '=', deadline: 2020 + i }))]));
	const snapshot = new MetricSnapshot(files, 1);
	const own = files[1].metrics.targets[0]; // 天津市, 150

	it('lists the other notices highest value first, the own row first among equals, with each notice and place', () => {
		const t = metricPeersTable(snapshot, files[1].file, own);
		assert.equal(t.label, SCALE);
		assert.equal(t.unit, '亿元');
		assert.deepEqual(t.rows.map(r => [r.notice?.region, r.own, r.value, r.deadline]), [
			['甘肃省', false, '800', 2022], ['四川省', false, '>500', 2020], ['天津市', true, '150', 2021], ['贵州省', false, '150', 2023], ['湖北省', false, '60', 2024],
		]);
		assert.deepEqual(t.rows.map(r => [r.file, r.offset, r.end]).find((_, i) => t.rows[i].own), [files[1].file, own.offset, own.end]);
		assert.deepEqual([t.more, t.hasOthers], [0, true]);
	});

	it('lists at most maxRows others, always the own row, and counts the rest; cuts a long text', () => {
		const t = metricPeersTable(snapshot, files[4].file, files[4].metrics.targets[0], { maxRows: 2, maxText: 3 });
		assert.deepEqual(t.rows.map(r => [r.notice?.region, r.own]), [['甘肃省', false], ['四川省', false], ['湖北省', true]]);
		assert.equal(t.more, 2);
		assert.equal(t.rows[0].text, '800…');
	});

	it('a target of a metric no notice has (an unsaved draft): its own row, no others', () => {
		const draft = target(3, norm('量子计算产业规模', { value: 7 }), '7亿元');
		const t = metricPeersTable(snapshot, 'untitled:Untitled-1', draft);
		assert.deepEqual([t.label, t.hasOthers, t.more], ['量子计算产业规模', false, 0]);
		assert.deepEqual(t.rows.map(r => [r.own, r.value, r.notice]), [[true, '7', undefined]]);
	});
});
