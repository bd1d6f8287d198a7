// Bigram document frequencies: 16-bit counts, exact beyond 65,535; and a big insert's counts per
// bucket (BucketCounts), added to them in one pass.
import * as assert from 'node:assert/strict';
import { BucketCounts, CountTable } from '../../../src/core/index/countTable';

describe('crossref: the bigram count table', () => {
	it('counts up and down, never below zero', () => {
		const t = new CountTable(8);
		t.inc(3); t.inc(3); t.dec(3);
		assert.equal(t.get(3), 1);
		t.dec(3); t.dec(3);
		assert.equal(t.get(3), 0);
		assert.equal(t.get(4), 0);
	});

	it('stays exact past 65,535 and back', () => {
		const t = new CountTable(4);
		for (let i = 0; i < 70_000; i++) { t.inc(1); }
		assert.equal(t.get(1), 70_000);
		for (let i = 0; i < 69_999; i++) { t.dec(1); }
		assert.equal(t.get(1), 1);
		assert.equal(t.get(0), 0, 'a neighbour is untouched');
	});

	it('adds k at once as k incs would, around saturation too, and every one undoes as before', () => {
		// Starting counts and additions that end below, at and past 65,535, from below and from past it.
		for (const [start, k] of [[0, 5], [65_530, 5], [65_530, 6], [65_530, 9], [65_535, 1], [70_000, 3], [0, 65_535], [0, 70_000]]) {
			const once = new CountTable(2), oneByOne = new CountTable(2);
			for (let i = 0; i < start; i++) { once.inc(1); oneByOne.inc(1); }
			once.add(1, k);
			for (let i = 0; i < k; i++) { oneByOne.inc(1); }
			assert.equal(once.get(1), start + k, `${start} + ${k}`);
			for (let i = 0; i < start + k; i++) { once.dec(1); oneByOne.dec(1); }
			assert.equal(once.get(1), 0, `${start} + ${k}, all undone`);
			assert.deepEqual(once, oneByOne, `${start} + ${k}: the same table`);
		}
	});

	it('a big insert\'s counts per bucket add up as its incs one by one would, through any number of growths', () => {
		// Ids over the whole bucket space, many repeated; a table sized for 10 characters grows many times.
		let seed = 7;
		const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
		for (const [chars, n, space] of [[10, 50_000, 1 << 22], [100_000, 20_000, 300], [1, 3, 2]]) {
			const counts = new BucketCounts(chars);
			const ids = Array.from({ length: n }, () => next() % space);
			const once = new CountTable(1 << 22), oneByOne = new CountTable(1 << 22);
			for (const id of ids) { counts.inc(id); oneByOne.inc(id); }
			counts.addTo(once);
			assert.deepEqual(once, oneByOne, `${n} ids over ${space} buckets from ${chars} characters`);
		}
	});

	it('touches each bucket addTo adds to, a step at a time, and changes no count', () => {
		const counts = new BucketCounts(100);
		const ids = [5, 9, 5, 70_000, 1 << 21, 9, 3];
		for (const id of ids) { counts.inc(id); }
		const table = new CountTable(1 << 22);
		table.add(9, 4); table.add(70_000, 70_000);
		const touched: number[] = [];
		const spy = Object.assign(Object.create(table) as CountTable, { touch: (id: number) => { touched.push(id); table.touch(id); } });
		const probe = [3, 5, 9, 70_000, 1 << 21, 4];
		const before = probe.map(id => table.get(id));
		const steps = [...counts.touchIn(spy, 2)].length;
		assert.deepEqual(touched.sort((a, b) => a - b), [3, 5, 9, 70_000, 1 << 21], 'every distinct bucket, once');
		assert.equal(steps, 2, 'a yield after every second bucket');
		assert.deepEqual(probe.map(id => table.get(id)), before, 'no count changed');
		assert.deepEqual(before, [0, 0, 4, 70_000, 0, 0]);
	});

	it('starts small however long the file: a 40 MB dump has a few thousand distinct buckets, not millions', () => {
		assert.ok(new BucketCounts(40_000_000).capacity <= 1 << 14);
		assert.ok(new BucketCounts(10).capacity >= 10);
	});

	it('touches one count in every 4 KB page of the table, a step of pages at a time, and changes no count', () => {
		const table = new CountTable(1 << 22);
		table.add(0, 3); table.add(2048, 70_000); table.add(4095, 1);
		const touched: number[] = [];
		const spy = Object.assign(Object.create(table) as CountTable, { touch: (id: number) => { touched.push(id); table.touch(id); } });
		const steps = [...CountTable.prototype.touchAllSteps.call(spy, 256)].length;
		assert.equal(touched.length, (1 << 22) * 2 / 4096, 'a count per page');
		assert.ok(touched.every((id, i) => id === i * 2048), 'the first count of each page');
		assert.equal(steps, 8, '2,048 pages, 256 a step');
		assert.deepEqual([table.get(0), table.get(2048), table.get(4095), table.get(1)], [3, 70_000, 1, 0]);
	});
});
