// What the editor asks of the grouping: for a target at a position, its metric and the same
// metric in the other notices (for the hover), and each value written the same way everywhere
// (for the hover and the Compare Targets view).
import type { MetricGroup, GroupMember } from './group';
import { valueInGroup } from './group';
import type { MetricTarget } from './types';
import { tidy } from './units';

export interface MetricPeers {
	group: MetricGroup;
	/** The target at the position. */
	self: GroupMember;
	/** The same metric in other files, in group order (file, then offset). */
	others: GroupMember[];
}

/** Finds a target's group by file and offset; built once over a grouping. */
export class MetricLookup {
	private readonly byFile = new Map<string, { member: GroupMember; group: MetricGroup }[]>();

	constructor(readonly groups: readonly MetricGroup[]) {
		for (const group of groups) {
			for (const member of group.members) {
				let list = this.byFile.get(member.file);
				if (!list) { list = []; this.byFile.set(member.file, list); }
				list.push({ member, group });
			}
		}
		for (const list of this.byFile.values()) { list.sort((a, b) => a.member.target.offset - b.member.target.offset); }
	}

	/** The target of `file` whose range holds `offset` (end inclusive, as a cursor after it still points at it), with its peers. */
	at(file: string, offset: number): MetricPeers | undefined {
		const hit = (this.byFile.get(file) ?? []).find(x => x.member.target.offset <= offset && offset <= x.member.target.end);
		if (!hit) { return undefined; }
		return { group: hit.group, self: hit.member, others: hit.group.members.filter(m => m.file !== file) };
	}
}

/** The value as the notice bounds it, in the group's unit: ≥500亿元, 3–5个, ~5.5%, -10%. */
export function formatValue(group: Pick<MetricGroup, 'unit' | 'factor'>, t: MetricTarget): string {
	const n = t.normalized;
	const v = valueInGroup(group, t);
	if (n.comparator === 'range' && n.valueMax !== null) { return `${v}–${tidy(n.valueMax / group.factor)}${group.unit}`; }
	return `${n.comparator === '=' ? '' : n.comparator}${v}${group.unit}`;
}
