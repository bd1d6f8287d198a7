// npm run bench: what a cold index costs per million characters, stage by stage — the parse and
// task extraction (the indexing process's main thread) and nodejieba (a segmenter process) — and
// the floor those put under a cold index of 10,000 notices on this machine, whatever the
// pipeline does around them (issue 11: "keep nodejieba; if it is the limit, show the figure").
//   node out/bench/throughput.js [--mchars 52.3]
import * as os from 'node:os';
import { analyzeText } from '../src/core/index/analyze';
import { annotate } from '../src/core/annotations/index';
import { InProcessSegmenter } from '../src/core/segment/segmenter';
import { baseNotices, median, time } from './corpus';

const args = process.argv.slice(2);
const at = args.indexOf('--mchars');
/** The synthetic 10,000-notice workspace of bench/crossref.ts holds 52.3 M characters. */
const WORKSPACE_MCHARS = at >= 0 ? Number(args[at + 1]) : 52.3;

function main(): void {
	const notices = baseNotices();
	const chars = notices.reduce((n, f) => n + f.text.length, 0);
	const analyzed = notices.map(f => analyzeText(f.key, f.text, annotate));
	const analyzeMs = median(time(3, () => { for (const f of notices) { analyzeText(f.key, f.text, annotate); } }));
	const strings = analyzed.flatMap(a => a.strings);
	const segmenter = new InProcessSegmenter();
	segmenter.segmentSync(['人工智能']); // the dictionaries load once, before timing
	const segmentMs = median(time(3, () => segmenter.segmentSync(strings)));
	const perM = (ms: number) => ms / (chars / 1e6);
	const a = perM(analyzeMs) * WORKSPACE_MCHARS / 1000, s = perM(segmentMs) * WORKSPACE_MCHARS / 1000;
	const cores = os.availableParallelism();
	const workers = Math.max(1, cores - 1);
	console.log(`cold-index throughput (${notices.length} notices, ${(chars / 1e6).toFixed(2)} M chars, median of 3)`);
	console.log(`  parse + annotate + tasks (main thread)   ${perM(analyzeMs).toFixed(0)} ms per M chars`);
	console.log(`  nodejieba segmentation (one process)     ${perM(segmentMs).toFixed(0)} ms per M chars (${(strings.reduce((n, x) => n + x.length, 0) / chars).toFixed(2)} chars segmented per char of text)`);
	console.log(`  10,000 notices (${WORKSPACE_MCHARS} M chars): analysis ${a.toFixed(1)} s, segmentation ${s.toFixed(1)} s of CPU;`);
	console.log(`    floor with ${workers} segmenter process(es) beside the main thread on ${cores} cores: ${Math.max(a, s / workers, (a + s) / cores).toFixed(1)} s (goal ≤ 25 s)`);
	segmenter.dispose();
}

main();
