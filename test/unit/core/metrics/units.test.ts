// Units: every written unit lands in one canonical unit per family, and families never mix.
import * as assert from 'node:assert/strict';
import { convertUnit, displayUnit, tidy } from '../../../../src/core/metrics/units';

const canonical = (written: string, value: number, opts?: Parameters<typeof convertUnit>[1]) => {
	const c = convertUnit(written, opts);
	assert.ok(c, written);
	return { family: c.family, unit: c.unit, value: tidy(value * c.factor) };
};

describe('metric units', () => {
	it('puts money totals in 亿元 whatever the written multiplier', () => {
		assert.deepEqual(canonical('亿元', 150), { family: 'money', unit: '亿元', value: 150 });
		assert.deepEqual(canonical('万亿元', 1.42), { family: 'money', unit: '亿元', value: 14200 });
		assert.deepEqual(canonical('万元', 10), { family: 'money', unit: '亿元', value: 0.001 });
		assert.deepEqual(canonical('千万元', 5), { family: 'money', unit: '亿元', value: 0.5 });
	});

	it('puts per-capita money in 元 and keeps dollars apart', () => {
		assert.deepEqual(canonical('万元', 10, { perCapita: true }), { family: 'money', unit: '元', value: 100000 });
		assert.deepEqual(canonical('亿美元', 362), { family: 'usd', unit: '亿美元', value: 362 });
	});

	it('keeps percent and percentage points apart, and folds ‰ into %', () => {
		assert.equal(convertUnit('%')?.family, 'percent');
		assert.equal(convertUnit('个百分点')?.family, 'points');
		assert.equal(convertUnit('百分点')?.unit, '个百分点');
		assert.deepEqual(canonical('‰', 5), { family: 'percent', unit: '%', value: 0.5 });
	});

	it('counts things in 个 (家, 所, 项, 台(套) …), people in 人, and never mixes the two', () => {
		for (const w of ['个', '家', '所', '项', '座', '万台(套)']) { assert.equal(convertUnit(w)?.unit, '个', w); }
		assert.deepEqual(canonical('万家', 30), { family: 'count', unit: '个', value: 300000 });
		for (const w of ['人', '名', '位']) { assert.equal(convertUnit(w)?.family, 'persons', w); }
		assert.equal(convertUnit('人次')?.family, 'personTimes');
		assert.equal(convertUnit('户')?.family, 'households');
	});

	it('converts bandwidth, storage, power, land and length to one unit each', () => {
		assert.deepEqual(canonical('Gbps', 10000), { family: 'bandwidth', unit: 'Mbps', value: 10000000 });
		assert.deepEqual(canonical('M', 1000), { family: 'bandwidth', unit: 'Mbps', value: 1000 });
		assert.deepEqual(canonical('PB', 50), { family: 'storage', unit: 'TB', value: 50000 });
		assert.deepEqual(canonical('EB', 10), { family: 'storage', unit: 'TB', value: 10000000 });
		assert.deepEqual(canonical('万千瓦', 3500), { family: 'power', unit: '千瓦', value: 35000000 });
		assert.deepEqual(canonical('亿千瓦', 2.13), { family: 'power', unit: '千瓦', value: 213000000 });
		assert.deepEqual(canonical('万亩', 81), { family: 'land', unit: '亩', value: 810000 });
		assert.deepEqual(canonical('公顷', 2), { family: 'land', unit: '亩', value: 30 });
		assert.deepEqual(canonical('米', 500), { family: 'length', unit: '公里', value: 0.5 });
	});

	it('takes the base of a bare multiplier from the hint, money by default', () => {
		assert.deepEqual(canonical('万亿', 1.28), { family: 'money', unit: '亿元', value: 12800 });
		assert.deepEqual(canonical('亿', 1, { bare: 'persons' }), { family: 'persons', unit: '人', value: 100000000 });
		assert.deepEqual(canonical('万', 3, { bare: 'count' }), { family: 'count', unit: '个', value: 30000 });
	});

	it('keeps an unknown unit as written in a family of its own, and refuses an empty one', () => {
		assert.deepEqual(convertUnit('TFLOPS'), { family: 'other', unit: 'TFLOPS', factor: 1 });
		assert.equal(convertUnit(''), null);
	});

	it('shows a group in the largest customary step that keeps every value at 1 or more', () => {
		assert.deepEqual(displayUnit('Mbps', [10000000, 6640000]), { unit: 'Gbps', factor: 1000 });
		assert.deepEqual(displayUnit('Mbps', [20, 1000]), { unit: 'Mbps', factor: 1 });
		assert.deepEqual(displayUnit('人', [410000, 9000000]), { unit: '万人', factor: 10000 });
		assert.deepEqual(displayUnit('亿元', [150, 500]), { unit: '亿元', factor: 1 });
	});
});
