// The judged set of the cross-reference ranker (test/eval/judgments.json, issue 10): every query
// and every judged task is found in the evaluation workspace, so no figure npm run eval prints is
// silently computed over fewer judgments; and the helpers the figures rest on behave as defined.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CORPUS } from '../paths';
import {
	bootstrap, buildIndex, charBigrams, loadQueries, resolveRef, splitOf, uniqueAnchor, workspaceFiles, type Query,
} from '../../eval/lib';

describe('ranking judged set', function () {
	this.timeout(180_000);
	let idx: Awaited<ReturnType<typeof buildIndex>>;
	let texts: Map<string, string>;
	let queries: Query[];
	before(async function () {
		if (!fs.existsSync(CORPUS)) {
			console.log(`    (skipped: the shared corpus is not at ${CORPUS})`);
			this.skip();
		}
		const files = workspaceFiles();
		texts = new Map(files.map(f => [f.key, f.text]));
		idx = await buildIndex({}, files);
		queries = loadQueries();
	});

	it('every query and every judged anchor names a task; no query judges itself or one task twice', () => {
		const problems: string[] = [];
		for (const q of queries) {
			const own = resolveRef(idx, texts, q);
			if (!own) { problems.push(`${q.id}: query anchor not found in ${q.file}`); continue; }
			const seen = new Map<string, string>();
			for (const j of q.judgments) {
				const t = resolveRef(idx, texts, j);
				if (!t) { problems.push(`${q.id}: ${j.file} ${JSON.stringify(j.anchor)} not found`); continue; }
				if (t.id === own.id) { problems.push(`${q.id}: judges its own task (${JSON.stringify(j.anchor)})`); }
				const before = seen.get(t.id);
				if (before !== undefined) { problems.push(`${q.id}: ${JSON.stringify(j.anchor)} and ${JSON.stringify(before)} name the same task`); }
				seen.set(t.id, j.anchor);
			}
		}
		assert.deepEqual(problems, []);
	});

	it('ids are unique, grades are 0–3 and every query has a counterpart graded 2 or 3', () => {
		const ids = queries.map(q => q.id);
		assert.equal(new Set(ids).size, ids.length, 'duplicate query ids');
		for (const q of queries) {
			assert.ok(q.judgments.every(j => [0, 1, 2, 3].includes(j.grade)), `${q.id}: grade out of range`);
			assert.ok(q.judgments.some(j => j.grade >= 2), `${q.id}: no relevant counterpart, recall@10 would be undefined`);
		}
	});

	it('has at least 30 queries on real documents, on several topics, and about a quarter held out', () => {
		const real = queries.filter(q => q.file.startsWith('corpus/real/'));
		assert.ok(real.length >= 30, `${real.length} queries on real documents`);
		assert.ok(new Set(real.map(q => q.topic)).size >= 8, 'topics of the real-document queries');
		const held = queries.filter(q => splitOf(q.id) === 'holdout').length;
		assert.ok(held >= queries.length * 0.15 && held <= queries.length * 0.4, `${held} of ${queries.length} held out`);
	});
});

describe('ranking eval helpers', () => {
	it('character bigrams run over letters and digits only, lower-cased', () => {
		assert.deepEqual(charBigrams('智能制造，AI5'), ['智能', '能制', '制造', 'ai', 'i5']);
		assert.deepEqual(charBigrams('一。二'), []);
	});

	it('the bootstrap interval holds the mean, collapses on equal figures and repeats with its seed', () => {
		const flat = bootstrap(Array.from({ length: 20 }, () => ({ ndcg5: 0.5, recall10: 1, rr: 0, same5: 0, same5Best: 0 })));
		assert.deepEqual([flat.ndcg5.lo, flat.ndcg5.hi, flat.recall10.lo, flat.mrr.hi], [0.5, 0.5, 1, 0]);
		const spread = Array.from({ length: 40 }, (_, i) => ({ ndcg5: i / 39, recall10: i % 2, rr: i < 10 ? 1 : 0, same5: 0, same5Best: 0 }));
		const a = bootstrap(spread, 500, 7);
		assert.ok(a.ndcg5.lo < a.ndcg5.mean && a.ndcg5.mean < a.ndcg5.hi);
		assert.ok(a.ndcg5.hi - a.ndcg5.lo < 0.5, 'a 95 % interval of 40 queries is far narrower than the range');
		assert.deepEqual(bootstrap(spread, 500, 7), a);
		assert.notDeepEqual(bootstrap(spread, 500, 8), a);
	});

	it('an anchor is the shortest text that first occurs at the task, else inside it', () => {
		// Two list items with the same first 70 characters (one item copied under two headings).
		const long = Array.from({ length: 70 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
		const text = `${long}。甲\n${long}。乙`;
		assert.equal(uniqueAnchor(text, 0), long.slice(0, 6));
		const second = text.indexOf(long, 1);
		const inside = uniqueAnchor(text, second, text.length);
		assert.ok(text.indexOf(inside) > second, `${JSON.stringify(inside)} occurs first inside the copy`);
		assert.ok(inside.length < 60);
	});
});
