// Giving the event loop a turn during long work on the caller's thread (the extension host's, in
// the editor): pending I/O, timers and requests run before the work goes on.

/** Resolves on the next turn of the event loop (after pending I/O and timers). */
export function yieldToEventLoop(): Promise<void> {
	return new Promise(resolve => setImmediate(resolve));
}

/** Longest time one slice of work may run before the event loop gets a turn. */
export const SLICE_MS = 8;
