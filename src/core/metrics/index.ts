// Targets normalized by metric (issue 10): normalize each annotated target, match two of them,
// group the targets of many files. Pure: no I/O, no vscode.
import type { Analysis } from '../analysis';
import { coreError, type ErrorSink } from '../errors';
import { normalizeTargets } from './normalize';
import type { MetricTarget } from './types';

export type { MetricBasis, MetricComparator, MetricScope, MetricTarget, NormalizedTarget, UnitFamily } from './types';
export { normalizeTarget, normalizeTargets, type MetricDocument } from './normalize';
export { DEFAULT_MATCH, MetricMatcher, type MatchOptions, type MatchResult } from './match';
export { groupByMetric, metricLabel, valueInGroup, type FileTargets, type GroupMember, type MetricGroup } from './group';
export { csvField, metricGroupsCsv, metricGroupsJson, type MetricGroupJson, type MetricTargetJson } from './export';
export { convertUnit } from './units';
export { formatValue, MetricLookup, type MetricPeers } from './lookup';
export { metricPeersTable, type MetricPeerRow, type MetricPeersTable, type PeersTableLimits } from './peersTable';

/** The normalized targets of an analysis, computed once; a target that throws is left out and reported to `onError`. */
export function metricTargets(analysis: Analysis, onError: ErrorSink = analysis.report): MetricTarget[] {
	return analysis.stage('metrics', a => normalizeTargets(a.text, a.annotations.targets, a.model.documents,
		(e, t) => onError(coreError('annotate', e, t?.document))));
}
