// A target as a comparable measurement: what is measured (a canonical phrase), the value in one
// unit per kind of quantity, how it is bounded, by when, and what kind of figure it is. Targets
// of different notices are compared through these, never through their written text.
import type { Span } from '../model';

/**
 * What kind of figure a target is. Values of different scopes are never comparable:
 * total (an amount or a level: 500亿元, 10家, 20Mbps), perCapita (人均, 每万人, 户均),
 * share (a rate, a proportion, an intensity in % or ‰), growth (a change: 年均增长20%,
 * 降低30%, 提高1个百分点, 比去年增加1万亿元), annual (an amount per year: 每年培育20家).
 */
export type MetricScope = 'total' | 'perCapita' | 'share' | 'growth' | 'annual';

/** How the value bounds the target; `range`: value..valueMax (3—5个). */
export type MetricComparator = '>' | '≥' | '=' | '~' | '≤' | '<' | 'range';

/** Whether the value is a level (达到5万家), an increment (新增, 新培育 …) or not said (培育10家). */
export type MetricBasis = 'level' | 'increment' | 'open';

/** Kinds of quantity; values convert within a family and never across. */
export type UnitFamily =
	| 'money' | 'usd' | 'percent' | 'points' | 'count' | 'persons' | 'personTimes' | 'households' | 'times'
	| 'length' | 'area' | 'land' | 'volume' | 'mass' | 'power' | 'energy' | 'bandwidth' | 'storage'
	| 'duration' | 'workdays' | 'multiple' | 'score' | 'other';

export interface NormalizedTarget {
	/** What is measured, cleaned for display: 人工智能核心产业规模, 城镇调查失业率. */
	metric: string;
	/** The phrase with synonyms folded (规模以上 → 规上, 营业收入 → 收入 …): what matching compares. */
	key: string;
	/** Value in `unit` (lower bound of a range); negative for a reduction (降低30% → -30). */
	value: number;
	/** Upper bound of a range in `unit`, else null. */
	valueMax: number | null;
	/** Canonical unit of the family: 亿元 (元 per capita), %, 个百分点, 个, 人, Mbps, TB, 千瓦 … */
	unit: string;
	family: UnitFamily;
	comparator: MetricComparator;
	/** Deadline year, or null when the notice gives none. */
	deadline: number | null;
	scope: MetricScope;
	basis: MetricBasis;
}

/** A normalized target with where it is written. */
export interface MetricTarget extends Span {
	/** The target's text (the quantity with its verb). */
	text: string;
	/** Index of the document in FileModel.documents. */
	document: number;
	normalized: NormalizedTarget;
}
