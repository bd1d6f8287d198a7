// `npm run eval`: quality on the hand-labelled document gold set (test/gold: outline, titles,
// targets, dates, recognition), targets by metric, lead units, drafting diagnostics' false alarms
// on the real corpus (diagnostics.ts), then retrieval quality of the cross-reference ranker on the judged
// set (judgments.json): nDCG@5, recall@10 and MRR with 95 % bootstrap intervals, on the tune and
// holdout queries and on all, for the shipped ranker, its ablations and the two naive baselines.
//   node out/test/eval/evaluate.js [--documents [--details] | --ranking [--per-query] [--tune]]
import { DEFAULT_RANK, type RankOptions } from '../../src/core/index/workspaceIndex';
import {
	BODY_ONLY, bm25Ranker, bootstrap, buildIndex, charBigramRanker, loadQueries, meanMetrics, overlapRanker, scoreQueries, splitOf,
	workspaceFiles, type Interval, type Metrics, type Query, type QueryMetrics,
} from './lib';
import { runDocumentEval } from './documents';
import { runMetricEval } from './metrics';
import { runUnitEval } from './units';
import { runDiagnosticsEval } from './diagnostics';

const fmt = (m: Metrics) => `nDCG@5 ${m.ndcg5.toFixed(3)}  recall@10 ${m.recall10.toFixed(3)}  MRR ${m.mrr.toFixed(3)}`;
const fmtInterval = (i: Interval) => `${i.mean.toFixed(3)} [${i.lo.toFixed(3)}–${i.hi.toFixed(3)}]`;

/** The components added for issue 10, off: the earlier lines measure the ranker before them. */
const ISSUE10_OFF: Partial<RankOptions> = { headCharWeight: 0, synonymWeight: 0, diversityCap: 0, feedbackTerms: 0, docContextWeight: 0 };

export const VARIANTS: [string, Partial<RankOptions>][] = [
	['bm25 (body only)', { ...ISSUE10_OFF, ...BODY_ONLY }],
	['+ title/path boosts', { ...ISSUE10_OFF, bigramWeight: 0, titleMatchWeight: 0 }],
	['+ bigrams', { ...ISSUE10_OFF, titleMatchWeight: 0 }],
	['+ heading match', ISSUE10_OFF],
	['+ heading char bigrams', { diversityCap: 0, synonymWeight: 0, docContextWeight: 0 }],
	['+ near synonyms', { diversityCap: 0, docContextWeight: 0 }],
	['+ notice cap', { docContextWeight: 0 }],
	['+ document context (shipped)', {}],
	// Ablations of the shipped ranker: each component off in turn, and the one left out.
	['− document context', { docContextWeight: 0 }],
	['− heading char bigrams', { headCharWeight: 0 }],
	['− near synonyms', { synonymWeight: 0 }],
	['− notice cap', { diversityCap: 0 }],
	['− bigrams', { bigramWeight: 0 }],
	['+ feedback, places 6–10 (not shipped)', { feedbackTerms: 10 }],
	['+ feedback, all places (not shipped)', { feedbackTerms: 10, feedbackKeep: 0 }],
	['cap 2 of 5 (not shipped)', { diversityCap: 2 }],
	['bigram ×1 (not shipped)', { bigramWeight: 1 }],
];

async function main(): Promise<void> {
	// Documents first (outline, titles, targets, dates, recognition), then cross-reference ranking.
	const argv = process.argv.slice(2);
	if (!argv.includes('--ranking')) {
		console.log('=== Documents: hand-labelled gold set (test/gold) ===');
		runDocumentEval(argv);
		if (argv.includes('--documents')) { return; }
		console.log('\n=== Targets by metric (test/eval/metric-pairs.json) ===');
		runMetricEval();
		console.log('\n=== Lead and responsible units (test/eval/units-gold.json) ===');
		runUnitEval();
		console.log('\n=== Drafting diagnostics on the real corpus (test/eval/diagnostics-review.json) ===');
		runDiagnosticsEval();
		console.log('\n=== Cross-reference ranking (test/eval/judgments.json) ===');
	}
	const perQuery = process.argv.includes('--per-query');
	const tune = process.argv.includes('--tune');
	const files = workspaceFiles();
	const texts = new Map(files.map(f => [f.key, f.text]));
	const queries = loadQueries();
	const isTune = queries.map(q => splitOf(q.id) === 'tune');
	const onSamples = queries.filter(q => q.file.startsWith('samples/')).length;
	const onReal = queries.filter(q => q.file.startsWith('corpus/real/')).length;
	console.log(`${queries.length} queries (${onSamples} on samples, ${queries.length - onSamples - onReal} on corpus policies, ${onReal} on real documents; `
		+ `tune ${isTune.filter(Boolean).length}, holdout ${isTune.filter(t => !t).length}), ${queries.reduce((n, q) => n + q.judgments.length, 0)} judgments; workspace ${files.length} files`);
	console.log('relevant = grade ≥ 2 for recall@10 and MRR; nDCG gains 2^grade − 1; unjudged results count 0');
	console.log('[lo–hi]: 95 % bootstrap interval, 1,000 resamples of the queries (seeded: the same draws for every ranker)\n');
	console.log(`${'ranker'.padEnd(28)} ${'split'.padEnd(8)} ${'n'.padStart(3)}  ${'nDCG@5'.padEnd(21)} ${'recall@10'.padEnd(21)} MRR`);
	// Held-out queries are never printed one by one (as the held-out gold documents).
	const report = (name: string, per: QueryMetrics[]) => {
		if (perQuery) {
			per.forEach((r, i) => { if (isTune[i]) { console.log(`   ${queries[i].id.padEnd(22)} ndcg5 ${r.ndcg5.toFixed(2)} recall ${r.recall10.toFixed(2)} rr ${r.rr.toFixed(2)}`); } });
		}
		for (const split of ['tune', 'holdout', 'all'] as const) {
			const m = bootstrap(per.filter((_, i) => split === 'all' || isTune[i] === (split === 'tune')));
			console.log(`${(split === 'tune' ? name : '').padEnd(28)} ${split.padEnd(8)} ${String(m.queries).padStart(3)}  ${fmtInterval(m.ndcg5)} ${fmtInterval(m.recall10)} ${fmtInterval(m.mrr)}`);
		}
	};
	const shipped = await buildIndex({}, files);
	report('term-overlap baseline', scoreQueries(shipped, texts, queries, overlapRanker()));
	const bigramBaseline = scoreQueries(shipped, texts, queries, charBigramRanker(texts));
	report('char-bigram BM25 baseline', bigramBaseline);
	let shippedScores: QueryMetrics[] = [];
	for (const [name, opts] of VARIANTS) {
		const idx = Object.keys(opts).length ? await buildIndex(opts, files) : shipped;
		const scores = scoreQueries(idx, texts, queries, bm25Ranker);
		if (idx === shipped) { shippedScores = scores; }
		report(name, scores);
	}
	reportSameTask(queries, isTune, shippedScores, bigramBaseline);
	if (tune) {
		// Tuning looks at the tune queries only; the holdout figures above are the ones to report.
		const tuneQueries = queries.filter((_, i) => isTune[i]);
		console.log(`\ntuning grid (around the shipped defaults, ${tuneQueries.length} tune queries):`);
		const grid: Partial<RankOptions>[] = [];
		for (const titleWeight of [1, 2, 3, 5]) { grid.push({ titleWeight }); }
		for (const pathWeight of [0, 0.5, 1, 2]) { grid.push({ pathWeight }); }
		for (const docWeight of [0, 0.3, 1]) { grid.push({ docWeight }); }
		for (const bigramWeight of [0, 0.25, 0.5, 1, 2]) { grid.push({ bigramWeight }); }
		for (const titleMatchWeight of [0, 0.5, 1, 2, 4]) { grid.push({ titleMatchWeight }); }
		for (const b of [0.5, 0.75, 0.9]) { grid.push({ b }); }
		for (const k1 of [0.9, 1.2, 1.6]) { grid.push({ k1 }); }
		for (const maxQueryTerms of [24, 48, 96]) { grid.push({ maxQueryTerms }); }
		for (const g of grid) {
			const idx = await buildIndex(g, files);
			console.log(`  ${JSON.stringify(g).padEnd(26)} ${fmt(meanMetrics(scoreQueries(idx, texts, tuneQueries, bm25Ranker)))}`);
		}
		console.log(`  defaults: ${JSON.stringify(DEFAULT_RANK)}`);
	}
}

/**
 * Issue 10's "same-task share": of the top five results of a query on a document outside the
 * samples (corpus policies and real documents), the share that is the same specific task (grade 3).
 * "Best" is what a perfect ranker gets from the judgments (a query with two counterparts caps at 2/5).
 */
function reportSameTask(queries: Query[], isTune: boolean[], shipped: QueryMetrics[], baseline: QueryMetrics[]): void {
	console.log('\nsame-task share of the top five (grade 3), queries outside samples/:');
	for (const split of ['tune', 'holdout', 'all'] as const) {
		const keep = (_: unknown, i: number) => !queries[i].file.startsWith('samples/') && (split === 'all' || isTune[i] === (split === 'tune'));
		const mean = (per: QueryMetrics[], f: (m: QueryMetrics) => number) => { const xs = per.filter(keep); return xs.reduce((a, m) => a + f(m), 0) / Math.max(1, xs.length); };
		// Of what the judgments allow: queries with no grade-3 task count as 0 / 0 = left out.
		const ofPossible = (per: QueryMetrics[]) => {
			const xs = per.filter((m, i) => keep(m, i) && m.same5Best > 0);
			return xs.reduce((a, m) => a + m.same5 / m.same5Best, 0) / Math.max(1, xs.length);
		};
		console.log(`  ${split.padEnd(8)} ${String(shipped.filter(keep).length).padStart(3)} queries  shipped ${mean(shipped, m => m.same5).toFixed(3)} `
			+ `(${ofPossible(shipped).toFixed(3)} of possible)  char-bigram baseline ${mean(baseline, m => m.same5).toFixed(3)} (${ofPossible(baseline).toFixed(3)})  `
			+ `best possible ${mean(shipped, m => m.same5Best).toFixed(3)}`);
	}
}

void main();
