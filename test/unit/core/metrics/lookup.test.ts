// The hover's question: the target under the cursor, its metric, and that metric elsewhere.
import * as assert from 'node:assert/strict';
import { formatValue, groupByMetric, MetricLookup, type MetricTarget, type NormalizedTarget } from '../../../../src/core/metrics/index';
import { norm } from './helpers';

const t = (offset: number, n: NormalizedTarget): MetricTarget => ({ offset, end: offset + 6, text: 'x', document: 0, normalized: n });

describe('metric lookup', () => {
	const files = [
		{ file: 'sichuan', targets: [t(10, norm('人工智能核心产业规模', { value: 500, comparator: '>' })), t(40, norm('人工智能相关产业规模', { value: 3000 }))] },
		{ file: 'tianjin', targets: [t(5, norm('人工智能核心产业规模', { value: 150 }))] },
		{ file: 'shandong', targets: [t(7, norm('千亿级企业', { value: 3, valueMax: 5, comparator: 'range', family: 'count', unit: '个' }))] },
	];
	const lookup = new MetricLookup(groupByMetric(files));

	it('finds the target under an offset, end included, and the same metric in the other files only', () => {
		const peers = lookup.at('sichuan', 16);
		assert.ok(peers);
		assert.equal(peers.group.metric, '人工智能核心产业规模');
		assert.equal(peers.self.target.offset, 10);
		assert.deepEqual(peers.others.map(m => `${m.file}:${m.target.normalized.value}`), ['tianjin:150']);
	});

	it('answers nothing between targets or in an unknown file', () => {
		assert.equal(lookup.at('sichuan', 20), undefined);
		assert.equal(lookup.at('gansu', 10), undefined);
	});

	it('writes values as bounded, in the group unit', () => {
		const core = lookup.at('sichuan', 10)!;
		assert.equal(formatValue(core.group, core.self.target), '>500亿元');
		const range = lookup.at('shandong', 8)!;
		assert.equal(formatValue(range.group, range.self.target), '3–5个');
		assert.equal(formatValue({ unit: 'Gbps', factor: 1000 }, t(0, norm('出口带宽', { value: 6640000, comparator: '~', unit: 'Mbps' }))), '~6640Gbps');
	});
});
