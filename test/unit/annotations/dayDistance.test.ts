// How far a date is from today (src/core/annotations/dayDistance.ts): whole calendar days from
// the local day, and the unit a hover says it in.
import * as assert from 'node:assert/strict';
import { dayDistance } from '../../../src/core/annotations/dayDistance';

describe('dayDistance', () => {
	// Late in the local day: the distance counts calendar days, not 24-hour spans.
	const today = new Date(2026, 11, 2, 23, 30);

	it('counts calendar days under 45 days', () => {
		assert.deepEqual(dayDistance('2026-12-02', today), { days: 0, unit: 'day', amount: 0 });
		assert.deepEqual(dayDistance('2026-12-03', today), { days: 1, unit: 'day', amount: 1 });
		assert.deepEqual(dayDistance('2026-11-28', today), { days: -4, unit: 'day', amount: -4 });
		assert.deepEqual(dayDistance('2027-01-15', today), { days: 44, unit: 'day', amount: 44 });
	});

	it('says months under two years and years beyond, keeping the day count', () => {
		assert.deepEqual(dayDistance('2027-01-16', today), { days: 45, unit: 'month', amount: 1 });
		assert.deepEqual(dayDistance('2027-12-31', today), { days: 394, unit: 'month', amount: 13 });
		assert.deepEqual(dayDistance('2030-12-31', today), { days: 1490, unit: 'year', amount: 4 });
		assert.deepEqual(dayDistance('2020-12-02', today), { days: -2191, unit: 'year', amount: -6 });
	});

	it('crosses a leap day and a year end by the calendar', () => {
		assert.equal(dayDistance('2028-03-01', new Date(2028, 1, 28))?.days, 2);
		assert.equal(dayDistance('2027-01-01', new Date(2026, 11, 31))?.days, 1);
	});

	it('answers nothing for what is no ISO day', () => {
		for (const iso of ['2026-12', '2026年12月2日', '', '2026-12-02T00:00', '26-12-02']) {
			assert.equal(dayDistance(iso, today), undefined, iso);
		}
	});
});
