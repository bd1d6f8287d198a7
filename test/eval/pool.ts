// Judging aid: for each query of judgments.json (or one given as FILE ANCHOR), prints the pool —
// the union of the top ten of the shipped ranker, plain BM25 over bodies and the character-bigram
// baseline — marking the tasks already judged, so the judge reads the unjudged ones and adds
// grades by hand. `--grep` lists the tasks whose heading, path or text matches, to look for
// counterparts that every ranker missed.
//   node out/test/eval/pool.js [--depth 10] [--unjudged] [--full] [--query ID] [FILE ANCHOR]
//   node out/test/eval/pool.js --grep REGEX
import { uniqueAnchor, loadQueries, poolRankers, resolveRef, workspaceFiles, type Query } from './lib';
import type { IndexedTask } from '../../src/core/index/types';

function option(args: string[], name: string): string | undefined {
	const i = args.indexOf(name);
	return i >= 0 ? args.splice(i, 2)[1] : undefined;
}

function flag(args: string[], name: string): boolean {
	const i = args.indexOf(name);
	if (i >= 0) { args.splice(i, 1); }
	return i >= 0;
}

const heading = (t: IndexedTask) => [...t.path, t.marker + t.title].join(' > ');

/** An anchor as a JSON string with invisible blanks escaped (a copied U+00A0 would turn into a space). */
const quoted = (anchor: string) => JSON.stringify(anchor).replace(/[\u00a0\u2000-\u200b\u3000\ufeff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const depth = Number(option(args, '--depth') ?? 10);
	const only = option(args, '--query');
	const grep = option(args, '--grep');
	const unjudgedOnly = flag(args, '--unjudged');
	const full = flag(args, '--full');
	const files = workspaceFiles();
	const texts = new Map(files.map(f => [f.key, f.text]));
	const body = (t: IndexedTask, n: number) => (texts.get(t.file) ?? '').slice(t.offset, t.end).replace(/\s+/g, ' ').slice(0, n);
	const rankers = await poolRankers(files, texts);
	const idx = rankers[0].idx;
	if (grep) {
		const re = new RegExp(grep);
		for (const key of idx.fileKeys()) {
			for (const t of idx.tasksOf(key).filter(x => re.test(heading(x)) || re.test(body(x, Infinity)))) {
				console.log(`${t.file} ${quoted(uniqueAnchor(texts.get(t.file)!, t.offset, t.end))} | ${heading(t).slice(0, 70)} :: ${body(t, 80)}`);
			}
		}
		return;
	}
	let queries: Query[] = args.length >= 2 ? [{ id: 'adhoc', file: args[0], anchor: args[1], judgments: [] }] : loadQueries();
	if (only) { queries = queries.filter(q => q.id === only); }
	for (const q of queries) {
		const qt = resolveRef(idx, texts, q);
		if (!qt) { console.log(`!! ${q.id}: anchor not found`); continue; }
		console.log(`\n## ${q.id}  ${q.file}  ${heading(qt)}\n   ${body(qt, full ? 1200 : 100)}`);
		const judged = new Map<string, number>();
		for (const j of q.judgments) {
			const t = resolveRef(idx, texts, j);
			if (t) { judged.set(t.id, Math.max(judged.get(t.id) ?? 0, j.grade)); }
		}
		const pool = new Map<string, { t: IndexedTask; by: string[] }>();
		for (const { name, idx: ri, rank } of rankers) {
			// Every index holds the same files and tasks (only the scoring differs): ids agree.
			const q2 = resolveRef(ri, texts, q)!;
			rank(ri, q2, depth).forEach((t, i) => {
				const e = pool.get(t.id) ?? { t, by: [] };
				e.by.push(`${name}#${i + 1}`);
				pool.set(t.id, e);
			});
		}
		for (const { t, by } of pool.values()) {
			const g = judged.get(t.id);
			if (unjudgedOnly && g !== undefined) { continue; }
			const anchor = uniqueAnchor(texts.get(t.file)!, t.offset, t.end);
			console.log(`  [${g ?? '?'}] ${t.file} ${quoted(anchor)} | ${heading(t).slice(0, 70)}  (${by.join(' ')})\n      ${body(t, full ? 600 : 80)}`);
		}
	}
}

void main();
