// The timers a view's controller waits with: the global ones in the editor, a fake clock in the
// unit tests (test/unit/fakeClock.ts), so debounces and batching are tested without sleeping.

export interface Clock {
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
	/** Milliseconds on this clock's time line (only differences mean anything). */
	now(): number;
}

export const systemClock: Clock = {
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: handle => clearTimeout(handle as NodeJS.Timeout),
	now: () => performance.now(),
};
