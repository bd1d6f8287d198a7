// What the metric hover shows for a target: the same metric in the other notices of the
// workspace as rows (this notice's own row marked), values in the group's one unit, highest
// first; the rows past a limit are counted, not listed. Plain data: the editor only renders it.
import { metricLabel, type MetricGroup } from './group';
import { formatValue, type MetricPeers } from './lookup';
import type { MetricNotice } from './notices';
import type { MetricTarget } from './types';
import type { MetricSnapshot } from './workspace';

export interface MetricPeerRow {
	file: string;
	/** The target's place in its file. */
	offset: number;
	end: number;
	/** The notice the target is in (region, issuer, title, year), when the grouping knows it. */
	notice: MetricNotice | undefined;
	/** The row of the target asked about. */
	own: boolean;
	/** The value as the notice bounds it (`≥30`, `10–20`), in the group's unit, without the unit. */
	value: string;
	deadline: number | null;
	/** The target as written, cut to the limit (with `…`). */
	text: string;
}

export interface MetricPeersTable {
	/** The metric (`人工智能核心产业规模`) and the unit its values are in. */
	label: string;
	unit: string;
	/** The own row and up to `maxRows` others, highest value first (the own row first among equals). */
	rows: MetricPeerRow[];
	/** Other notices' targets of this metric not in `rows`. */
	more: number;
	/** Whether any other notice sets this metric. */
	hasOthers: boolean;
}

export interface PeersTableLimits {
	/** Other notices' rows listed (default 12). */
	maxRows?: number;
	/** Characters of a target's text shown (default 24). */
	maxText?: number;
}

/**
 * The table for `target` of `file` (which may be an unsaved text's target the grouping does not
 * hold: it then joins the group it would join, or stands alone).
 */
export function metricPeersTable(snapshot: Pick<MetricSnapshot, 'peersOf' | 'notice'>, file: string, target: MetricTarget, limits: PeersTableLimits = {}): MetricPeersTable {
	const maxRows = limits.maxRows ?? 12, maxText = limits.maxText ?? 24;
	const peers = snapshot.peersOf(file, target) ?? alone(file, target);
	const { group } = peers;
	const all = [{ ...peers.self, own: true }, ...peers.others.map(m => ({ ...m, own: false }))]
		.sort((a, b) => b.target.normalized.value - a.target.normalized.value || (a.own ? -1 : b.own ? 1 : 0));
	const listed = new Set(all.filter(r => r.own).concat(all.filter(r => !r.own).slice(0, maxRows)));
	const rows = all.filter(r => listed.has(r)).map(r => {
		const t = r.target;
		return {
			file: r.file, offset: t.offset, end: t.end, notice: snapshot.notice(r.file, t.document), own: r.own,
			value: formatValue({ unit: '', factor: group.factor }, t),
			deadline: t.normalized.deadline,
			text: t.text.length > maxText ? `${t.text.slice(0, maxText)}…` : t.text,
		};
	});
	return { label: group.label, unit: group.unit, rows, more: peers.others.length - (rows.length - 1), hasOthers: peers.others.length > 0 };
}

/** A target whose metric no grouped notice has (an unsaved new one): its own group of one. */
function alone(file: string, target: MetricTarget): MetricPeers {
	const n = target.normalized;
	const self = { file, target };
	const group: MetricGroup = { metric: n.metric, label: metricLabel(n.metric, n.scope, n.basis === 'increment'), unit: n.unit, factor: 1, family: n.family, scope: n.scope, members: [self] };
	return { group, self, others: [] };
}
