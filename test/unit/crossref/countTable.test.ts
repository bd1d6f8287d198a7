// Bigram document frequencies: 16-bit counts, exact beyond 65,535.
import * as assert from 'node:assert/strict';
import { CountTable } from '../../../src/core/index/countTable';

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
});
