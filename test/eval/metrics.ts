// Targets by metric (issue 10, points 4 and 5): precision and recall of "same metric" on the
// judged pairs of metric-pairs.json (tune, holdout, all), for the matcher and for the grouping,
// and how often the normalizer reads each target's value, unit, comparator, deadline and scope
// as the judge did. Only tune pairs are ever listed one by one.
//   node out/test/eval/metrics.js [--details] [--tune]
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analysis } from '../../src/core/analysis';
import { groupByMetric, MetricMatcher, metricTargets, type MetricTarget, type NormalizedTarget } from '../../src/core/metrics/index';
import { metricKey } from '../../src/core/metrics/phrase';
import { REPO, resolveFile } from './lib';

export const METRIC_PAIRS = path.join(REPO, 'test', 'eval', 'metric-pairs.json');

export interface JudgedTarget {
	id: string;
	file: string;
	anchor: string;
	metric: string;
	value: number;
	unit: string;
	comparator: string;
	deadline: number | null;
	scope: string;
}

export interface JudgedPair { id: string; sameMetric: boolean; a: JudgedTarget; b: JudgedTarget }

export type Split = 'tune' | 'holdout';

export function loadMetricPairs(): JudgedPair[] {
	return (JSON.parse(fs.readFileSync(METRIC_PAIRS, 'utf8')) as { pairs: JudgedPair[] }).pairs;
}

/** sha1 of the pair id: a first hex digit in 0-3 holds the pair out. */
export function splitOf(pairId: string): Split {
	return '0123'.includes(createHash('sha1').update(pairId).digest('hex')[0]) ? 'holdout' : 'tune';
}

/** The files of the pairs, each analyzed once, with its normalized targets. */
export class PairWorkspace {
	private readonly files = new Map<string, { text: string; analysis: Analysis; targets: MetricTarget[] }>();

	file(key: string): { text: string; analysis: Analysis; targets: MetricTarget[] } {
		let f = this.files.get(key);
		if (!f) {
			const text = fs.readFileSync(resolveFile(key), 'utf8');
			const analysis = new Analysis(text);
			f = { text, analysis, targets: metricTargets(analysis) };
			this.files.set(key, f);
		}
		return f;
	}

	/** Offset of the annotated target the anchor names (first occurrence at or inside it), or an explanation. */
	annotated(t: JudgedTarget): { offset: number } | { error: string } {
		const f = this.file(t.file);
		const at = f.text.indexOf(t.anchor);
		if (at < 0) { return { error: `${t.id}: anchor ${JSON.stringify(t.anchor)} not in ${t.file}` }; }
		const hit = f.analysis.annotations.targets.find(x => x.offset <= at && at < x.end);
		return hit ? { offset: hit.offset } : { error: `${t.id}: no annotated target at ${JSON.stringify(t.anchor)} in ${t.file}` };
	}

	/** The normalized target the anchor names, or undefined when it was not annotated or not normalized. */
	normalized(t: JudgedTarget): MetricTarget | undefined {
		const a = this.annotated(t);
		if ('error' in a) { return undefined; }
		return this.file(t.file).targets.find(x => x.offset === a.offset);
	}

	loaded(): { file: string; targets: MetricTarget[] }[] {
		return [...this.files.entries()].map(([file, f]) => ({ file, targets: f.targets }));
	}
}

export interface PR { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number }

function pr(rows: { truth: boolean; said: boolean }[]): PR {
	let tp = 0, fp = 0, fn = 0, tn = 0;
	for (const r of rows) {
		if (r.said && r.truth) { tp++; } else if (r.said) { fp++; } else if (r.truth) { fn++; } else { tn++; }
	}
	return { tp, fp, fn, tn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

export interface FieldAccuracy { targets: number; normalized: number; value: number; unit: number; comparator: number; deadline: number; scope: number; metricKey: number }

export interface MetricEvalReport {
	pairs: Record<Split | 'all', { positives: number; negatives: number; matcher: PR; grouping: PR }>;
	normalization: Record<Split | 'all', FieldAccuracy>;
}

const sameValue = (x: number, y: number) => Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));

function fieldsOk(j: JudgedTarget, n: NormalizedTarget | undefined) {
	return {
		value: !!n && sameValue(n.value, j.value),
		unit: !!n && n.unit === j.unit,
		comparator: !!n && n.comparator === j.comparator,
		deadline: !!n && n.deadline === j.deadline,
		scope: !!n && n.scope === j.scope,
		metricKey: !!n && n.key === metricKey(j.metric),
	};
}

export function runMetricEval(argv: readonly string[] = [], log: (line: string) => void = console.log): MetricEvalReport {
	const details = argv.includes('--details');
	const pairs = loadMetricPairs();
	const ws = new PairWorkspace();
	for (const p of pairs) { ws.file(p.a.file); ws.file(p.b.file); }
	const loaded = ws.loaded();
	// the matcher weighs bigrams over every target of the files, as the editor's grouping would
	const matcher = new MetricMatcher(loaded.flatMap(f => f.targets.map(t => t.normalized.key)));
	const groups = groupByMetric(loaded);
	const groupOf = new Map<string, number>();
	groups.forEach((g, gi) => { for (const m of g.members) { groupOf.set(`${m.file}\u0000${m.target.offset}`, gi); } });

	const rows: { split: Split; truth: boolean; said: boolean; grouped: boolean; pair: JudgedPair; why: string }[] = [];
	for (const p of pairs) {
		const a = ws.normalized(p.a), b = ws.normalized(p.b);
		const r = a && b ? matcher.compare(a.normalized, b.normalized) : null;
		const ga = a ? groupOf.get(`${p.a.file}\u0000${a.offset}`) : undefined, gb = b ? groupOf.get(`${p.b.file}\u0000${b.offset}`) : undefined;
		rows.push({
			split: splitOf(p.id), truth: p.sameMetric, said: !!r?.same, grouped: ga !== undefined && ga === gb, pair: p,
			why: r ? `${r.reason} ${r.score.toFixed(2)}: ${a!.normalized.key} [${a!.normalized.scope} ${a!.normalized.unit}] | ${b!.normalized.key} [${b!.normalized.scope} ${b!.normalized.unit}]` : `not normalized: ${a ? '' : p.a.id} ${b ? '' : p.b.id}`,
		});
	}
	const report = { pairs: {}, normalization: {} } as MetricEvalReport;
	for (const split of ['tune', 'holdout', 'all'] as const) {
		const sel = rows.filter(r => split === 'all' || r.split === split);
		report.pairs[split] = {
			positives: sel.filter(r => r.truth).length, negatives: sel.filter(r => !r.truth).length,
			matcher: pr(sel.map(r => ({ truth: r.truth, said: r.said }))),
			grouping: pr(sel.map(r => ({ truth: r.truth, said: r.grouped }))),
		};
		const judged = new Map<string, JudgedTarget>();
		for (const r of sel) { judged.set(r.pair.a.id, r.pair.a); judged.set(r.pair.b.id, r.pair.b); }
		const acc: FieldAccuracy = { targets: judged.size, normalized: 0, value: 0, unit: 0, comparator: 0, deadline: 0, scope: 0, metricKey: 0 };
		for (const j of judged.values()) {
			const n = ws.normalized(j)?.normalized;
			if (n) { acc.normalized++; }
			const ok = fieldsOk(j, n);
			for (const k of Object.keys(ok) as (keyof typeof ok)[]) { if (ok[k]) { acc[k]++; } }
		}
		report.normalization[split] = acc;
	}

	const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
	log(`${pairs.length} judged pairs (${rows.filter(r => r.truth).length} same metric, ${rows.filter(r => !r.truth).length} not) over ${loaded.length} files; goal: precision ≥ 0.90 at recall ≥ 0.80`);
	log('split     pairs  pos  neg   matcher P / R      grouping P / R');
	for (const split of ['tune', 'holdout', 'all'] as const) {
		const s = report.pairs[split];
		log(`${split.padEnd(8)} ${String(s.positives + s.negatives).padStart(6)} ${String(s.positives).padStart(4)} ${String(s.negatives).padStart(4)}   ${s.matcher.precision.toFixed(3)} / ${s.matcher.recall.toFixed(3)}      ${s.grouping.precision.toFixed(3)} / ${s.grouping.recall.toFixed(3)}`);
	}
	log('normalization (share of judged targets read as the judge did)');
	log('split    targets normalized  value   unit  compar deadline scope  metric');
	for (const split of ['tune', 'holdout', 'all'] as const) {
		const a = report.normalization[split];
		const f = (k: keyof FieldAccuracy) => pct(a[k] / Math.max(1, a.targets));
		log(`${split.padEnd(8)} ${String(a.targets).padStart(7)} ${f('normalized').padStart(10)} ${f('value')}  ${f('unit')}  ${f('comparator')}  ${f('deadline').padStart(6)}  ${f('scope')}  ${f('metricKey')}`);
	}
	if (argv.includes('--tune')) {
		log('\nthreshold sweep (tune pairs only):');
		for (let th = 0.4; th <= 0.901; th += 0.05) {
			const m = new MetricMatcher(loaded.flatMap(f => f.targets.map(t => t.normalized.key)), { threshold: th });
			const sel = rows.filter(r => r.split === 'tune').map(r => {
				const a = ws.normalized(r.pair.a), b = ws.normalized(r.pair.b);
				return { truth: r.truth, said: !!a && !!b && m.same(a.normalized, b.normalized) };
			});
			const s = pr(sel);
			log(`  ${th.toFixed(2)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}`);
		}
	}
	if (details) {
		log('\ntune pairs judged wrongly:');
		for (const r of rows) { if (r.split === 'tune' && r.said !== r.truth) { log(`  ${r.truth ? 'missed' : 'false '} ${r.pair.id.padEnd(30)} ${r.why}`); } }
		log('\ntune targets read differently:');
		const seen = new Set<string>();
		for (const r of rows) {
			if (r.split !== 'tune') { continue; }
			for (const j of [r.pair.a, r.pair.b]) {
				if (seen.has(j.id)) { continue; }
				seen.add(j.id);
				const n = ws.normalized(j)?.normalized;
				const ok = fieldsOk(j, n);
				const bad = (Object.keys(ok) as (keyof typeof ok)[]).filter(k => !ok[k]);
				if (bad.length) {
					log(`  ${j.id.padEnd(16)} ${bad.join(',').padEnd(24)} judge: ${j.metric} ${j.comparator}${j.value}${j.unit} ${j.deadline ?? '-'} ${j.scope}` +
						`  | ${n ? `${n.metric} (${n.key}) ${n.comparator}${n.value}${n.unit} ${n.deadline ?? '-'} ${n.scope} ${n.basis}` : 'not normalized'}`);
				}
			}
		}
	}
	return report;
}

if (require.main === module) {
	runMetricEval(process.argv.slice(2));
}
