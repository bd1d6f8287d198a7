// Long work run in slices (src/core/yield.ts): the event loop gets a turn once a slice has run
// its time, and before a step that asked for one (TURN), however short the slice was.
import * as assert from 'node:assert/strict';
import { runInSlices, runToEnd, sliceWatch, TURN } from '../../../src/core/yield';

/** Steps that record, at each, how many immediates queued before the run have run. */
function* steps(log: number[], ran: () => number, turnAt: number): Generator<unknown, string> {
	for (let i = 0; i < 4; i++) {
		log.push(ran());
		yield i === turnAt ? TURN : undefined;
	}
	return 'done';
}

describe('work in slices', () => {
	it('runs every step in one go for the CLI (runToEnd), turns included', () => {
		const log: number[] = [];
		assert.equal(runToEnd(steps(log, () => 0, 1)), 'done');
		assert.deepEqual(log, [0, 0, 0, 0]);
	});

	it('gives the event loop a turn after a step that yields TURN, not after the short ones', async () => {
		let ran = 0;
		for (let i = 0; i < 4; i++) { setImmediate(() => { ran++; }); }
		const log: number[] = [];
		// a slice of an hour: only TURN makes it pause
		assert.equal(await runInSlices(steps(log, () => ran, 1), 3_600_000), 'done');
		assert.deepEqual(log, [0, 0, 4, 4]);
	});
});

describe('the slice watch', () => {
	const spin = (ms: number) => { const end = performance.now() + ms; while (performance.now() < end) { /* busy */ } };

	it('times a slice of sliced work from its start or resume to its next yield or end, not the idle time between', async () => {
		sliceWatch.longestMs = 0;
		await runInSlices((function* () { spin(30); yield TURN; yield; })());
		assert.ok(sliceWatch.longestMs >= 30, `${sliceWatch.longestMs} ms`);
		// time spent outside sliced work (here a busy wait of 300 ms) is no slice of it
		sliceWatch.longestMs = 0;
		spin(300);
		await runInSlices((function* () { yield TURN; yield; })());
		assert.ok(sliceWatch.longestMs < 300, `${sliceWatch.longestMs} ms`);
	});
});
