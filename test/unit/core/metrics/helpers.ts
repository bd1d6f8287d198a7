// Hand-made annotated targets, so normalization is tested apart from the annotator: a sentence,
// the quantity inside it and what the annotator would have said about it.
import * as assert from 'node:assert/strict';
import type { Comparator, Target } from '../../../../src/core/annotations/types';
import type { NormalizedTarget } from '../../../../src/core/metrics/types';
import { metricKey } from '../../../../src/core/metrics/phrase';

export interface TargetSpec {
	/** The quantity as written in the sentence (its first occurrence is taken). */
	quantity: string;
	value: number | null;
	unit: string;
	valueMax?: number | null;
	qualifier?: string;
	/** The verb written right before the quantity (it becomes part of the target's range). */
	verb?: string;
	comparator?: Comparator;
	metric: string;
	deadline?: string | null;
	section?: string[];
}

/** The target `spec` describes inside `sentence` (one clause: the sentence up to its first ，；。). */
export function targetIn(sentence: string, spec: TargetSpec): Target {
	const qAt = sentence.indexOf(spec.quantity);
	assert.ok(qAt >= 0, `${spec.quantity} in ${sentence}`);
	const verb = spec.verb ?? '';
	const vAt = verb && sentence.slice(qAt - verb.length, qAt) === verb ? qAt - verb.length : qAt;
	const clauseStart = Math.max(0, ...['，', '；', '。'].map(p => sentence.lastIndexOf(p, qAt - 1) + 1));
	const ends = ['，', '；', '。'].map(p => sentence.indexOf(p, qAt)).filter(i => i >= 0);
	const clauseEnd = ends.length ? Math.min(...ends) + 1 : sentence.length;
	return {
		offset: vAt, end: qAt + spec.quantity.length, text: sentence.slice(vAt, qAt + spec.quantity.length),
		quantity: {
			offset: qAt, end: qAt + spec.quantity.length, text: spec.quantity, value: spec.value, valueMax: spec.valueMax ?? null,
			unit: spec.unit, qualifier: spec.qualifier ?? '', verb, comparator: spec.comparator ?? 'reach', isTarget: true,
		},
		deadline: spec.deadline === undefined ? '2025' : spec.deadline,
		clause: { offset: clauseStart, end: clauseEnd },
		metric: spec.metric,
		section: spec.section ?? [],
		document: 0,
	};
}

/** A normalized target for matching and grouping tests (its key folded as the normalizer folds it). */
export function norm(metric: string, over: Partial<NormalizedTarget> = {}): NormalizedTarget {
	return { metric, key: metricKey(metric), value: 1, valueMax: null, unit: '亿元', family: 'money', comparator: '=', deadline: 2025, scope: 'total', basis: 'level', ...over };
}
