// Targets of many files grouped by metric. Targets with the same key, scope and unit family form
// a bucket; a bucket joins a group only when its key matches every key already in the group
// (so 核心产业规模 never reaches 相关产业规模 through a chain of near matches). Keys match only
// with the same head (last two characters), so candidate groups come from an index by head.
import type { MetricTarget, UnitFamily, MetricScope } from './types';
import { headOf, MetricMatcher, type MatchOptions } from './match';
import { displayUnit, tidy } from './units';

export interface FileTargets {
	file: string;
	targets: readonly MetricTarget[];
}

export interface GroupMember {
	file: string;
	target: MetricTarget;
}

export interface MetricGroup {
	/** The display phrase most members use. */
	metric: string;
	/** The phrase with what kind of figure it is: 地区生产总值（增幅）, 智能制造标杆企业（每年）. */
	label: string;
	/** Unit to show the members' values in: the canonical one or a larger step of it (Gbps, 万亩). */
	unit: string;
	/** Divide a member's normalized value by this to get it in `unit`. */
	factor: number;
	family: UnitFamily;
	scope: MetricScope;
	/** Members by file, then offset. */
	members: GroupMember[];
}

interface Bucket { key: string; members: GroupMember[] }
interface Building { keys: string[]; buckets: Bucket[] }

/** Groups all targets by metric: largest groups (by files, then targets) first. */
export function groupByMetric(files: readonly FileTargets[], options?: MatchOptions): MetricGroup[] {
	const buckets = new Map<string, Bucket>();
	for (const f of files) {
		for (const t of f.targets) {
			const n = t.normalized;
			const id = `${n.scope}\u0000${n.family}\u0000${n.family === 'other' ? n.unit : ''}\u0000${n.basis === 'increment' ? 'inc' : n.basis === 'level' ? 'lvl' : 'open'}\u0000${n.key}`;
			let b = buckets.get(id);
			if (!b) { b = { key: n.key, members: [] }; buckets.set(id, b); }
			b.members.push({ file: f.file, target: t });
		}
	}
	const matcher = new MetricMatcher([...buckets.values()].map(b => b.key), options);
	const ordered = [...buckets.values()].sort((a, b) => b.members.length - a.members.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const groups: Building[] = [];
	const index = new Map<string, number[]>(); // head, scope and family → groups, in creation order
	for (const bucket of ordered) {
		const lead = bucket.members[0].target.normalized;
		const slot = `${headOf(bucket.key)}\u0000${lead.scope}\u0000${lead.family}`;
		let best = -1, bestScore = -1;
		for (const gi of index.get(slot) ?? []) {
			const group = groups[gi];
			let worst = Infinity;
			for (const other of group.buckets) {
				const r = matcher.compare(lead, other.members[0].target.normalized);
				if (!r.same) { worst = -1; break; }
				worst = Math.min(worst, r.score);
			}
			if (worst > bestScore) { bestScore = worst; best = gi; }
		}
		let gi = best;
		if (gi < 0) {
			gi = groups.length;
			groups.push({ keys: [], buckets: [] });
			if (!index.has(slot)) { index.set(slot, []); }
			index.get(slot)!.push(gi);
		}
		groups[gi].keys.push(bucket.key);
		groups[gi].buckets.push(bucket);
	}
	const built = groups.map(toGroup);
	// Notices per group, counted once (not at every comparison of the sort).
	const notices = new Map(built.map(g => [g, new Set(g.members.map(m => m.file)).size]));
	return built.sort((a, b) => notices.get(b)! - notices.get(a)! || b.members.length - a.members.length || (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0));
}

function toGroup(g: Building): MetricGroup {
	const members = g.buckets.flatMap(b => b.members)
		.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.target.offset - b.target.offset));
	const counts = new Map<string, number>();
	for (const m of members) { counts.set(m.target.normalized.metric, (counts.get(m.target.normalized.metric) ?? 0) + 1); }
	const metric = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0][0];
	const n = members[0].target.normalized;
	const increments = members.filter(m => m.target.normalized.basis === 'increment').length;
	const shown = displayUnit(n.unit, members.map(m => m.target.normalized.value));
	return { metric, label: metricLabel(metric, n.scope, increments * 2 > members.length), unit: shown.unit, factor: shown.factor, family: n.family, scope: n.scope, members };
}

/** A metric phrase with the kind of figure when the phrase does not say it (values of the same unit must not look alike). */
export function metricLabel(metric: string, scope: MetricScope, increment = false): string {
	const tags: string[] = [];
	if (scope === 'growth' && !/增速|增幅|增长|涨幅|降幅|变化/.test(metric)) { tags.push('增幅'); }
	if (scope === 'annual' && !/每年|年均|年度/.test(metric)) { tags.push('每年'); }
	if (increment && !/新增|新建|新培育|新/.test(metric)) { tags.push('新增'); }
	return tags.length ? `${metric}（${tags.join('，')}）` : metric;
}

/** A member's value in its group's unit. */
export function valueInGroup(g: Pick<MetricGroup, 'factor'>, t: MetricTarget): number {
	return tidy(t.normalized.value / g.factor);
}
