// Binary searches over sorted arrays: the one home for them (spans by offset or end, line
// starts, flattened section trees, term ids of the index's bags).
import type { Span } from '../model';

/** Index of the last item whose `key` is <= `value` in `items` sorted by that key, or -1. */
export function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
	let lo = 0, hi = items.length - 1, best = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (key(items[mid]) <= value) { best = mid; lo = mid + 1; } else { hi = mid - 1; }
	}
	return best;
}

/** Index of the first item whose `key` is >= `value` in `items` sorted by that key, or `items.length`. */
export function firstAtOrAfter<T>(items: readonly T[], value: number, key: (item: T) => number): number {
	let lo = 0, hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (key(items[mid]) < value) { lo = mid + 1; } else { hi = mid; }
	}
	return lo;
}

/** Index of `x` in the ascending `a`, or -1. */
export function indexOfSorted(a: Int32Array, x: number): number {
	let lo = 0, hi = a.length - 1;
	while (lo <= hi) {
		const m = (lo + hi) >> 1;
		if (a[m] < x) { lo = m + 1; } else if (a[m] > x) { hi = m - 1; } else { return m; }
	}
	return -1;
}

const offsetOf = (s: Span) => s.offset;

/** Index of the last span (sorted by offset) with offset <= at, or -1. */
export function lastStartingAtOrBefore(spans: readonly Span[], at: number): number {
	return lastAtOrBefore(spans, at, offsetOf);
}

/** Whether `at` falls inside one of `spans` (sorted by offset, not overlapping). */
export function insideSpans(spans: readonly Span[], at: number): boolean {
	const i = lastStartingAtOrBefore(spans, at);
	return i >= 0 && at < spans[i].end;
}

/**
 * Index of the shortest span holding `at` (an empty span holds its own offset) among `spans`
 * sorted by offset, looked for back from the last one starting at or before `at`, at most
 * `lookback` of them (nested spans start close together), and only among those `accept` takes;
 * -1 when none holds it.
 */
export function innermostHolding(spans: readonly Span[], at: number, lookback = Infinity, accept: (index: number) => boolean = () => true): number {
	let best = -1;
	const last = lastStartingAtOrBefore(spans, at);
	for (let k = last; k >= 0 && last - k < lookback; k--) {
		const s = spans[k];
		if (at >= Math.max(s.end, s.offset + 1) || !accept(k)) { continue; }
		if (best < 0 || s.end - s.offset < spans[best].end - spans[best].offset) { best = k; }
	}
	return best;
}
