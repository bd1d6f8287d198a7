// `npm run eval`: quality on the hand-labelled document gold set (test/gold: outline, titles,
// targets, dates, recognition), then retrieval quality of the cross-reference ranker on the judged
// set (judgments.json): nDCG@5, recall@10 and MRR for the shipped ranker, its ablations and the
// naive term-overlap baseline.
//   node out/test/eval/evaluate.js [--documents [--details] | --ranking [--per-query] [--tune]]
import { DEFAULT_RANK, type RankOptions } from '../../src/core/index/workspaceIndex';
import { bm25Ranker, buildIndex, evaluate, loadQueries, overlapRanker, workspaceFiles, type Metrics } from './lib';
import { runDocumentEval } from './documents';
import { runMetricEval } from './metrics';

const fmt = (m: Metrics) => `nDCG@5 ${m.ndcg5.toFixed(3)}  recall@10 ${m.recall10.toFixed(3)}  MRR ${m.mrr.toFixed(3)}`;

export const VARIANTS: [string, Partial<RankOptions>][] = [
	['bm25 (body only)', { titleWeight: 1, pathWeight: 0, docWeight: 0, bigramWeight: 0, titleMatchWeight: 0 }],
	['+ title/path boosts', { bigramWeight: 0, titleMatchWeight: 0 }],
	['+ bigrams', { titleMatchWeight: 0 }],
	['+ heading match (shipped)', {}],
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
		console.log('\n=== Cross-reference ranking (test/eval/judgments.json) ===');
	}
	const perQuery = process.argv.includes('--per-query');
	const tune = process.argv.includes('--tune');
	const files = workspaceFiles();
	const texts = new Map(files.map(f => [f.key, f.text]));
	const queries = loadQueries();
	const nSamples = queries.filter(q => q.file.startsWith('samples/')).length;
	console.log(`${queries.length} queries (${nSamples} on samples, ${queries.length - nSamples} on corpus policies), ${queries.reduce((n, q) => n + q.judgments.length, 0)} judgments; workspace ${files.length} files`);
	console.log('relevant = grade ≥ 2 for recall@10 and MRR; nDCG gains 2^grade − 1; unjudged results count 0\n');
	const base = await buildIndex();
	console.log(`${'term-overlap baseline'.padEnd(28)} ${fmt(evaluate(base, texts, queries, overlapRanker()))}`);
	for (const [name, opts] of VARIANTS) {
		const idx = await buildIndex(opts, files);
		const m = evaluate(idx, texts, queries, bm25Ranker, perQuery ? (q, r) => console.log(`   ${q.id.padEnd(22)} ndcg5 ${r.ndcg5.toFixed(2)} recall ${r.recall10.toFixed(2)} rr ${r.rr.toFixed(2)}`) : undefined);
		console.log(`${name.padEnd(28)} ${fmt(m)}`);
	}
	if (tune) {
		console.log('\ntuning grid (around the shipped defaults):');
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
			console.log(`  ${JSON.stringify(g).padEnd(26)} ${fmt(evaluate(idx, texts, queries, bm25Ranker))}`);
		}
		console.log(`  defaults: ${JSON.stringify(DEFAULT_RANK)}`);
	}
}

void main();
