// Judging aid: for each query of judgments.json (or one given as FILE ANCHOR), prints the pooled
// top results of the baseline and of ranker variants, marking those already judged, so the
// judge reads the unjudged ones in the files and adds grades by hand.
//   node out/test/eval/pool.js [--depth 8] [FILE ANCHOR]
import { uniqueAnchor, buildIndex, bm25Ranker, loadQueries, overlapRanker, resolveRef, workspaceFiles, type Query, type Ranker } from './lib';
import type { WorkspaceIndex } from '../../src/core/index/workspaceIndex';

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const di = args.indexOf('--depth');
	const depth = di >= 0 ? Number(args.splice(di, 2)[1]) : 8;
	const files = workspaceFiles();
	const texts = new Map(files.map(f => [f.key, f.text]));
	const queries: Query[] = args.length >= 2 ? [{ id: 'adhoc', file: args[0], anchor: args[1], judgments: [] }] : loadQueries();
	const variants: [string, WorkspaceIndex, Ranker][] = [];
	const full = await buildIndex();
	variants.push(['bm25+', full, bm25Ranker]);
	variants.push(['plain', await buildIndex({ titleWeight: 1, pathWeight: 0, docWeight: 0, bigramWeight: 0, titleMatchWeight: 0 }), bm25Ranker]);
	variants.push(['overlap', full, overlapRanker()]);
	for (const q of queries) {
		const qt = resolveRef(full, texts, q);
		if (!qt) { console.log(`!! ${q.id}: anchor not found`); continue; }
		console.log(`\n## ${q.id}  ${q.file}  ${[...qt.path, qt.marker + qt.title].join(' > ')}\n   ${qt.snippet.slice(0, 100)}`);
		const judged = new Map<string, number>();
		for (const j of q.judgments) { const t = resolveRef(full, texts, j); if (t) { judged.set(`${t.file}@${t.offset}`, j.grade); } }
		const pool = new Map<string, { t: ReturnType<WorkspaceIndex['tasksOf']>[number]; by: string[] }>();
		for (const [name, idx, rank] of variants) {
			const q2 = resolveRef(idx, texts, q)!;
			rank(idx, q2, depth).forEach((t, i) => {
				const k = `${t.file}@${t.offset}`;
				const e = pool.get(k) ?? { t, by: [] };
				e.by.push(`${name}#${i + 1}`);
				pool.set(k, e);
			});
		}
		for (const [k, { t, by }] of pool) {
			const g = judged.get(k);
			const text = texts.get(t.file)!;
			const anchor = uniqueAnchor(text, t.offset);
			console.log(`  [${g ?? '?'}] ${t.file} ${JSON.stringify(anchor)} | ${[...t.path.slice(-1), t.marker + t.title].join(' > ').slice(0, 50)} :: ${t.snippet.slice(0, 60).replace(/\s+/g, ' ')}  (${by.join(' ')})`);
		}
	}
}

void main();
