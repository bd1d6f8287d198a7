// The targets of two aligned tasks side by side: those that measure the same thing (MetricMatcher:
// scope, unit family, basis, phrase) paired one to one, most similar first, both values in one
// unit with B − A; then the targets of one side only, in text order.
import { metricLabel } from '../metrics/group';
import { MetricMatcher } from '../metrics/match';
import type { MetricComparator, MetricScope, MetricTarget } from '../metrics/types';
import { displayUnit, tidy } from '../metrics/units';

export interface TargetSide {
	/** The target as written. */
	text: string;
	offset: number;
	end: number;
	/** Value in the diff's `unit` (lower bound of a range). */
	value: number;
	/** Upper bound of a range in `unit`, else null. */
	valueMax: number | null;
	comparator: MetricComparator;
	deadline: number | null;
	/** The value as bounded: ≥500亿元, 3–5个, 20%. */
	shown: string;
}

export interface TargetDiff {
	/** What is measured, with what kind of figure it is (metricLabel): A's phrase, else B's. */
	metric: string;
	scope: MetricScope;
	/** The one unit both values are in. */
	unit: string;
	a: TargetSide | null;
	b: TargetSide | null;
	/** B − A in `unit` when both sides give a single value (no range), else null. */
	difference: number | null;
}

/** Two targets' values in one unit; the matcher only pairs targets of one unit family and scope, whose canonical units agree. */
function side(t: MetricTarget, factor: number, unit: string): TargetSide {
	const n = t.normalized;
	const value = tidy(n.value / factor), valueMax = n.valueMax === null ? null : tidy(n.valueMax / factor);
	const shown = n.comparator === 'range' && valueMax !== null ? `${value}–${valueMax}${unit}` : `${n.comparator === '=' ? '' : n.comparator}${value}${unit}`;
	return { text: t.text, offset: t.offset, end: t.end, value, valueMax, comparator: n.comparator, deadline: n.deadline, shown };
}

function diffOf(a: MetricTarget | null, b: MetricTarget | null): TargetDiff {
	const some = (a ?? b)!.normalized;
	const values = [a, b].filter((t): t is MetricTarget => t !== null).map(t => t.normalized.value);
	const { unit, factor } = displayUnit(some.unit, values);
	const sa = a && side(a, factor, unit), sb = b && side(b, factor, unit);
	const single = (s: TargetSide | null) => s !== null && s.comparator !== 'range';
	return {
		metric: metricLabel(some.metric, some.scope, some.basis === 'increment'), scope: some.scope, unit,
		a: sa, b: sb,
		difference: single(sa) && single(sb) ? tidy(sb!.value - sa!.value) : null,
	};
}

/**
 * The targets of A's task and B's task compared: same-metric pairs (in A's text order), then A's
 * unpaired targets, then B's. `matcher` weighs phrase bigrams; build it over both notices' keys.
 */
export function targetDiffs(a: readonly MetricTarget[], b: readonly MetricTarget[], matcher: MetricMatcher = new MetricMatcher([...a, ...b].map(t => t.normalized.key))): TargetDiff[] {
	const candidates: { i: number; j: number; score: number }[] = [];
	a.forEach((x, i) => b.forEach((y, j) => {
		const r = matcher.compare(x.normalized, y.normalized);
		if (r.same) { candidates.push({ i, j, score: r.score }); }
	}));
	candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
	const toB = new Map<number, number>(), usedB = new Set<number>();
	for (const c of candidates) {
		if (toB.has(c.i) || usedB.has(c.j)) { continue; }
		toB.set(c.i, c.j); usedB.add(c.j);
	}
	const out: TargetDiff[] = [];
	a.forEach((x, i) => { const j = toB.get(i); if (j !== undefined) { out.push(diffOf(x, b[j])); } });
	a.forEach((x, i) => { if (!toB.has(i)) { out.push(diffOf(x, null)); } });
	b.forEach((y, j) => { if (!usedB.has(j)) { out.push(diffOf(null, y)); } });
	return out;
}
