import * as assert from 'node:assert';
import { mapInSlices } from '../../../src/extension/slices';

/** A clock that advances `step` ms each time it is read, so slices end at known points. */
function steppingClock(step: number): () => number {
	let t = 0;
	return () => (t += step);
}

describe('mapInSlices', () => {
	it('converts every item in order, like Array.map', async () => {
		const items = Array.from({ length: 5000 }, (_, i) => i);
		assert.deepStrictEqual(await mapInSlices(items, x => x * 2, { now: steppingClock(1) }), items.map(x => x * 2));
	});

	it('gives the event loop a turn between slices when the clock says a slice ran long', async () => {
		let immediates = 0;
		let converting = false;
		let ranDuringConversion = false;
		const tick = () => setImmediate(() => { immediates++; if (converting) { ranDuringConversion = true; } });
		tick();
		converting = true;
		const done = mapInSlices(Array.from({ length: 2000 }, (_, i) => i), x => x, { now: steppingClock(100) });
		const out = await done;
		converting = false;
		assert.strictEqual(out?.length, 2000);
		assert.ok(ranDuringConversion && immediates === 1, 'an immediate queued before the conversion ran while it was under way');
	});

	it('stops at a yield once the token is cancelled, and says so with undefined', async () => {
		let seen = 0;
		const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() { /* none */ } }) };
		const out = await mapInSlices(Array.from({ length: 4000 }, (_, i) => i), x => { if (++seen === 300) { token.isCancellationRequested = true; } return x; }, { token, now: steppingClock(100) });
		assert.strictEqual(out, undefined);
		assert.ok(seen < 4000, `stopped early (converted ${seen})`);
	});

	it('never yields for a short list, so small answers stay synchronous-fast', async () => {
		let ran = false;
		setImmediate(() => { ran = true; });
		const out = await mapInSlices([1, 2, 3], x => x + 1, { now: steppingClock(100) });
		assert.deepStrictEqual(out, [2, 3, 4]);
		assert.strictEqual(ran, false);
	});
});
