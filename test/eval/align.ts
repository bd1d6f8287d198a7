// How well two notices' tasks are aligned (src/core/compare/align.ts), against the judgments of
// the cross-reference ranker: for each judged query whose grade-3 counterpart (the same specific
// task) lies in another file F, notice(query) is aligned with F. Precision: of the queries the
// aligner pairs with a task of F, the share paired with a grade-3 task; recall: of all such
// (query, F), the share paired with a grade-3 task. The least score is chosen on the tune
// queries only (best F1); both splits are printed at every threshold of the sweep.
//     npx tsc -p . --outDir out-x && node out-x/test/eval/align.js
import { candidatePairs, DEFAULT_MIN_SCORE, greedyMatch, type PairScoring } from '../../src/core/compare/align';
import type { IndexedTask } from '../../src/core/index/types';
import { buildIndex, gradesOf, loadQueries, resolveRef, splitOf, workspaceFiles, type Split } from './lib';

/** `correct`: paired with a grade-3 task; `counterpart`: F holds a grade-3 task (else every pair is a false one). */
interface Case { id: string; split: Split; file: string; score: number | null; correct: boolean; counterpart: boolean }

const SCORING = (process.argv[2] ?? 'mean') as PairScoring;
const THRESHOLDS = [0, 10, 20, 25, 30, 35, 40, 45, 50, 55, 60, 70, 80];

async function main(): Promise<void> {
	const files = workspaceFiles();
	const texts = new Map(files.map(f => [f.key, f.text]));
	const index = await buildIndex({}, files);
	const cases: Case[] = [];
	const byOffset = (x: IndexedTask, y: IndexedTask) => x.offset - y.offset;
	for (const q of loadQueries()) {
		const query = resolveRef(index, texts, q);
		if (!query) { console.warn(`unresolved query ${q.id}`); continue; }
		const grades = gradesOf(index, texts, q);
		const counterpartFiles = new Set<string>(), judgedFiles = new Set<string>();
		for (const [id, g] of grades) {
			const file = id.slice(0, id.lastIndexOf('#'));
			if (file === query.file) { continue; }
			(g === 3 ? counterpartFiles : judgedFiles).add(file);
		}
		const tasksA = index.tasksOf(query.file).slice().sort(byOffset);
		const qi = tasksA.findIndex(t => t.id === query.id);
		for (const file of new Set([...counterpartFiles, ...judgedFiles])) {
			const tasksB = index.tasksOf(file).slice().sort(byOffset);
			const matched = greedyMatch(await candidatePairs(index, tasksA, tasksB, 0, SCORING));
			const mine = matched.find(e => e.i === qi);
			const partner = mine && tasksB[mine.j];
			cases.push({ id: q.id, split: splitOf(q.id), file, score: mine ? mine.score : null, correct: !!partner && grades.get(partner.id) === 3, counterpart: counterpartFiles.has(file) });
		}
	}
	const figures = (split: Split, min: number) => {
		const mine = cases.filter(c => c.split === split && c.counterpart);
		const paired = mine.filter(c => c.score !== null && c.score >= min);
		const right = paired.filter(c => c.correct).length;
		const p = paired.length ? right / paired.length : 1, r = mine.length ? right / mine.length : 0;
		// files judged for the query without its counterpart: any pair there is a false one
		const none = cases.filter(c => c.split === split && !c.counterpart);
		const spurious = none.filter(c => c.score !== null && c.score >= min).length;
		return { n: mine.length, paired: paired.length, right, p, r, f1: p + r ? 2 * p * r / (p + r) : 0, none: none.length, spurious };
	};
	const fmt = (x: number) => x.toFixed(3);
	const count = (split: Split, counterpart: boolean) => cases.filter(c => c.split === split && c.counterpart === counterpart).length;
	console.log(`(query, file with a grade-3 counterpart): tune ${count('tune', true)}, holdout ${count('holdout', true)}; (query, judged file without one): tune ${count('tune', false)}, holdout ${count('holdout', false)}`);
	console.log('min score | tune P / R / F1 (paired, right) false pairs | holdout P / R / F1 (paired, right) false pairs');
	let best = { min: 0, f1: -1 };
	for (const min of THRESHOLDS) {
		const t = figures('tune', min), h = figures('holdout', min);
		if (t.f1 > best.f1) { best = { min, f1: t.f1 }; }
		console.log(`${String(min).padStart(9)} | ${fmt(t.p)} / ${fmt(t.r)} / ${fmt(t.f1)} (${t.paired}, ${t.right}) ${t.spurious}/${t.none} | ${fmt(h.p)} / ${fmt(h.r)} / ${fmt(h.f1)} (${h.paired}, ${h.right}) ${h.spurious}/${h.none}`);
	}
	console.log(`best F1 on tune at min score ${best.min}; shipped DEFAULT_MIN_SCORE ${DEFAULT_MIN_SCORE}`);
	for (const split of ['tune', 'holdout'] as const) {
		const f = figures(split, DEFAULT_MIN_SCORE);
		console.log(`shipped, ${split}: precision ${fmt(f.p)} (${f.right}/${f.paired}), recall ${fmt(f.r)} (${f.right}/${f.n}), false pairs where the file has no counterpart ${f.spurious}/${f.none}`);
	}
}

main().then(() => process.exit(0), e => { console.error(e); process.exit(1); });
