// Timers that run only when a test moves time on: a view controller's debounces and batching
// tested without sleeping (src/extension/clock.ts is the interface it implements).
import type { Clock } from '../../src/extension/clock';

/** Timers that run only when the test moves time on. */
export class FakeClock implements Clock {
	private time = 0;
	private nextId = 1;
	private readonly timers = new Map<number, { at: number; callback: () => void }>();

	setTimeout(callback: () => void, ms: number): number {
		const id = this.nextId++;
		this.timers.set(id, { at: this.time + ms, callback });
		return id;
	}

	clearTimeout(handle: unknown): void { this.timers.delete(handle as number); }

	now(): number { return this.time; }

	get pending(): number { return this.timers.size; }

	/** Moves time on by `ms`, running every timer that falls due, earliest first. */
	advance(ms: number): void {
		const end = this.time + ms;
		for (;;) {
			const [due] = [...this.timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0]);
			if (!due) { break; }
			this.timers.delete(due[0]);
			this.time = due[1].at;
			due[1].callback();
		}
		this.time = end;
	}
}

/** Lets the promises settled so far run their callbacks (one turn of the event loop, not a timed wait). */
export const settle = (): Promise<void> => new Promise(resolve => setImmediate(resolve));
