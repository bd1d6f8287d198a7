// Chinese numerals as the markers, quantities and dates read them.
import * as assert from 'node:assert/strict';
import { parseChineseNumeral } from '../../../src/core/text/numerals';

describe('text: Chinese numerals', () => {
	it('reads digits, units alone and combined, and digit-by-digit years', () => {
		const cases: [string, number][] = [
			['一', 1], ['两', 2], ['十', 10], ['百', 100], ['千', 1000], ['十二', 12], ['二十', 20],
			['一百零五', 105], ['三千二百', 3200], ['二〇一八', 2018],
		];
		for (const [s, n] of cases) { assert.equal(parseChineseNumeral(s), n, s); }
	});

	it('is NaN for what is no numeral', () => {
		for (const s of ['', '万', '第一', '1']) { assert.ok(Number.isNaN(parseChineseNumeral(s)), s); }
	});
});
