// Giving the event loop a turn during long work on the caller's thread (the extension host's, in
// the editor): pending I/O, timers and requests run before the work goes on.

/**
 * The longest slice of sliced work so far: from its start, or a resume after yieldToEventLoop, to
 * the next yield or its end. `npm run bench` reads it from the extension host, where a CPU
 * profile cannot tell two slices apart when nothing else ran between them. A measurement only.
 */
export const sliceWatch = { longestMs: 0 };
let sliceStart = -1;
let working = 0;

function closeSlice(): void {
	if (sliceStart >= 0) { sliceWatch.longestMs = Math.max(sliceWatch.longestMs, performance.now() - sliceStart); }
	sliceStart = -1;
}

/** Sliced work starts (runInSlices, mapInSlices, insertAnalyzed): its first slice is timed from here. */
export function beginSlicedWork(): void {
	working++;
	if (sliceStart < 0) { sliceStart = performance.now(); }
}

/** Sliced work ends: the last slice closes once no other sliced work is under way. */
export function endSlicedWork(): void {
	working = Math.max(0, working - 1);
	if (working === 0) { closeSlice(); }
}

/** Resolves on the next turn of the event loop (after pending I/O and timers). */
export function yieldToEventLoop(): Promise<void> {
	closeSlice();
	return new Promise(resolve => setImmediate(() => { if (working > 0) { sliceStart = performance.now(); } resolve(); }));
}

/** Longest time one slice of work may run before the event loop gets a turn. */
export const SLICE_MS = 8;

/**
 * Long work written as a generator that yields where it may pause (between the records of a cache,
 * say), run in one go: the CLI and the tests.
 */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
	for (;;) {
		const r = steps.next();
		if (r.done) { return r.value; }
	}
}

/** Yielded by a step whose next one is long on its own: runInSlices gives the event loop a turn first, however short the slice was. */
export const TURN = Symbol('turn');

/** The same work run in slices of `sliceMs`, the event loop getting a turn between them: the extension host. */
export async function runInSlices<T>(steps: Generator<unknown, T>, sliceMs = SLICE_MS): Promise<T> {
	beginSlicedWork();
	try {
		let start = performance.now();
		for (;;) {
			const r = steps.next();
			if (r.done) { return r.value; }
			if (r.value === TURN || performance.now() - start >= sliceMs) {
				await yieldToEventLoop();
				start = performance.now();
			}
		}
	} finally {
		endSlicedWork();
	}
}
