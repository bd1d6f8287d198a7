// Giving the event loop a turn during long work on the caller's thread (the extension host's, in
// the editor): pending I/O, timers and requests run before the work goes on.

/** Resolves on the next turn of the event loop (after pending I/O and timers). */
export function yieldToEventLoop(): Promise<void> {
	return new Promise(resolve => setImmediate(resolve));
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

/** The same work run in slices of `sliceMs`, the event loop getting a turn between them: the extension host. */
export async function runInSlices<T>(steps: Generator<unknown, T>, sliceMs = SLICE_MS): Promise<T> {
	let start = performance.now();
	for (;;) {
		const r = steps.next();
		if (r.done) { return r.value; }
		if (performance.now() - start >= sliceMs) {
			await yieldToEventLoop();
			start = performance.now();
		}
	}
}
