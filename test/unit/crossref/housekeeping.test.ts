// Housekeeping of the index and of the background indexing: nothing grows with edits (slots,
// document ids and terms are reclaimed), an insert is all or nothing, the pending queue holds
// one entry per file, a cancelled run leaves stale files for the next one, and a failed start
// is not remembered.
import * as assert from 'node:assert/strict';
import { PendingFiles, RunOnce } from '../../../src/core/index/jobs';
import type { IndexedTask } from '../../../src/core/index/types';
import { WorkspaceIndex, type IndexFootprint } from '../../../src/core/index/workspaceIndex';
import type { Segmenter } from '../../../src/core/segment/segmenter';
import { FakeSegmenter, syntheticNotice } from './fixtures';
import type { Annotator } from '../../../src/core/index/analyze';
import { emptyAnnotations } from '../../../src/core/annotations/index';
import { analyzeText, fileTokens } from '../../../src/core/index/analyze';
import { insertAnalyzed } from '../../../src/core/index/analyzedUpdate';
import { sha1 } from '../../../src/core/index/sha1';
import type { CoreError } from '../../../src/core/errors';
import { TURN } from '../../../src/core/yield';

const FILES = 20;
const files = (edited = '') => Array.from({ length: FILES }, (_, i) => ({ key: `n/${i}.txt`, text: syntheticNotice(i, i === 0 ? edited : '') }));
const newIndex = (segmenter: Segmenter = new FakeSegmenter()) => new WorkspaceIndex({ segmenter, annotate: null });

async function indexOf(list: { key: string; text: string }[]): Promise<WorkspaceIndex> {
	const idx = newIndex();
	await idx.updateMany(list);
	return idx;
}

/**
 * Every task's related results, all of them, as ids and scores; equal scores in id order (ties
 * rank in insertion order, which an edited file changes).
 */
function answers(idx: WorkspaceIndex): [string, [string, number][]][] {
	const results = (t: IndexedTask) => idx.queryTask(t, { limit: 1000 }).map(r => [r.task.id, r.score] as [string, number]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	return idx.fileKeys().sort().flatMap(k => idx.tasksOf(k).map(t => [t.id, results(t)] as [string, [string, number][]]));
}

/** What the index holds, less the capacities (arrays keep what they grew to). */
function held(f: IndexFootprint): Omit<IndexFootprint, 'slotCapacity' | 'postingsCapacity'> {
	return { files: f.files, tasks: f.tasks, slots: f.slots, documents: f.documents, documentIds: f.documentIds, terms: f.terms, termIds: f.termIds, postings: f.postings };
}

/** Fails at the `failAt`-th task slot taken (counting from 0) of the next inserts. */
class FailingIndex extends WorkspaceIndex {
	failAt = -1;
	private seen = 0;
	protected override beforeSlot(_task: IndexedTask): void {
		if (this.seen++ === this.failAt) { throw new Error('injected failure'); }
	}
	arm(at: number): void { this.failAt = at; this.seen = 0; }
}

describe('crossref: housekeeping', function () {
	this.timeout(120_000);

	it('after 3,000 edits of one notice the index holds what a fresh one does (within 10%)', async () => {
		const idx = await indexOf(files());
		for (let k = 0; k < 3000; k++) { await idx.update('n/0.txt', syntheticNotice(0, `，第${k}项`)); }
		const fresh = await indexOf(files('，第2999项'));
		const [e, f] = [idx.footprint(), fresh.footprint()];
		for (const [name, v] of Object.entries(f) as [keyof IndexFootprint, number][]) {
			assert.ok(Math.abs(e[name] - v) <= 0.1 * v, `${name}: ${e[name]} after edits, ${v} fresh`);
		}
		assert.equal(idx.termCount, fresh.termCount);
		assert.deepEqual(answers(idx), answers(fresh));
	});

	it('removing every file leaves nothing behind', async () => {
		const idx = await indexOf(files());
		assert.ok(idx.footprint().terms > 100);
		const full = idx.footprint();
		for (const k of idx.fileKeys()) { idx.remove(k); }
		const { files: f, tasks, slots, documents, terms, postings } = idx.footprint();
		assert.deepEqual({ f, tasks, slots, documents, terms, postings }, { f: 0, tasks: 0, slots: 0, documents: 0, terms: 0, postings: 0 });
		// Freed ids are reused: the same files again take no more ids than the first time.
		await idx.updateMany(files());
		assert.deepEqual([idx.footprint().documentIds, idx.footprint().termIds], [full.documentIds, full.termIds]);
	});

	it('an insert that fails midway changes nothing: a new file is not there, a replaced one keeps its old version', async () => {
		const idx = new FailingIndex({ segmenter: new FakeSegmenter(), annotate: null });
		await idx.updateMany(files().slice(1));
		const donor = await indexOf([{ key: 'n/0.txt', text: syntheticNotice(0, '，新增内容') }]);
		const [fresh] = donor.snapshot();
		const before = { footprint: held(idx.footprint()), answers: answers(idx), keys: idx.fileKeys() };

		idx.arm(3);
		assert.throws(() => idx.insert(fresh), /injected failure/);
		assert.deepEqual({ footprint: held(idx.footprint()), answers: answers(idx), keys: idx.fileKeys() }, before);
		assert.equal(idx.remove('n/0.txt'), false, 'no half-inserted file to remove');

		const old = idx.records().find(f => f.key === 'n/5.txt')!.frame;
		const oldTasks = idx.tasksOf('n/5.txt');
		idx.arm(2);
		assert.throws(() => idx.insert({ ...fresh, key: 'n/5.txt', tasks: fresh.tasks.map(t => ({ ...t, file: 'n/5.txt', id: `n/5.txt${t.id.slice(t.id.lastIndexOf('#'))}` })) }), /injected failure/);
		assert.deepEqual({ footprint: held(idx.footprint()), answers: answers(idx), keys: idx.fileKeys() }, before);
		assert.deepEqual(idx.tasksOf('n/5.txt'), oldTasks);
		assert.equal(idx.records().find(f => f.key === 'n/5.txt')!.frame, old, 'the very record it held');

		// remove() then leaves the index as one built without the file.
		idx.arm(-1);
		assert.equal(idx.remove('n/5.txt'), true);
		const without = await indexOf(files().filter(f => f.key !== 'n/0.txt' && f.key !== 'n/5.txt'));
		assert.deepEqual([idx.taskCount, idx.termCount, answers(idx)], [without.taskCount, without.termCount, answers(without)]);
	});

	it('an insert in slices ends as a plain one: between its steps queries see the old version, and a file removed meanwhile frees no term it looked up', async () => {
		const idx = await indexOf(files());
		// n/5 becomes a copy of n/7, so every term it looks up is one that only n/7 (and it) will hold
		const [copy] = (await indexOf([{ key: 'n/5.txt', text: syntheticNotice(7) }])).snapshot();
		const oldTasks = idx.tasksOf('n/5.txt');
		const before = answers(idx);
		const steps = idx.insertSteps(copy, false, 1);
		assert.equal(steps.next().done, false);
		assert.deepEqual(idx.tasksOf('n/5.txt'), oldTasks);
		assert.deepEqual(answers(idx), before);
		// meanwhile: n/7 goes (its terms' df would reach 0) and a new file comes (it would take the freed ids)
		idx.remove('n/7.txt');
		await idx.update('n/99.txt', syntheticNotice(99));
		while (!steps.next().done) { /* the remaining steps */ }
		const expected = await indexOf([...files().filter(f => f.key !== 'n/7.txt' && f.key !== 'n/5.txt'), { key: 'n/5.txt', text: syntheticNotice(7) }, { key: 'n/99.txt', text: syntheticNotice(99) }]);
		assert.deepEqual([idx.taskCount, idx.termCount, answers(idx)], [expected.taskCount, expected.termCount, answers(expected)]);
		assert.deepEqual(held(idx.footprint()).terms, held(expected.footprint()).terms);
	});

	it('a big file inserted in slices makes room in its postings lists in steps: it ends as a plain insert, capacities included', async () => {
		// Over 50,000 characters: the path that counts its entries per list while it builds its bags.
		const bigText = Array.from({ length: 160 }, (_, i) => syntheticNotice(200 + i, `，专项${i}`)).join('\n\n');
		assert.ok(bigText.length > 50_000);
		const [big] = (await indexOf([{ key: 'big.txt', text: bigText }])).snapshot();
		const plain = await indexOf(files());
		plain.insert(big);
		const sliced = await indexOf(files());
		// (its terms are in the dictionary once looked up, before it goes live: not compared)
		const live = (f: IndexFootprint) => ({ files: f.files, tasks: f.tasks, slots: f.slots, postings: f.postings });
		const before = { footprint: live(sliced.footprint()), answers: answers(sliced) };
		const steps = sliced.insertSteps(big, false, 1);
		let paused = false;
		for (let r = steps.next(); !r.done; r = steps.next()) {
			if (r.value !== TURN) { continue; }
			// The pause before it goes live: every list has the room the file's entries take, and
			// queries still see the index without it.
			paused = true;
			assert.equal(sliced.footprint().postingsCapacity, plain.footprint().postingsCapacity);
			assert.deepEqual({ footprint: live(sliced.footprint()), answers: answers(sliced) }, before);
		}
		assert.ok(paused);
		assert.deepEqual(sliced.footprint(), plain.footprint());
		assert.deepEqual(answers(sliced), answers(plain));
	});

	it('a big file whose insert in slices fails as it goes live changes nothing, its bigram counts included', async () => {
		const bigText = Array.from({ length: 160 }, (_, i) => syntheticNotice(400 + i, `，失败${i}`)).join('\n\n');
		const [big] = (await indexOf([{ key: 'big.txt', text: bigText }])).snapshot();
		const idx = new FailingIndex({ segmenter: new FakeSegmenter(), annotate: null });
		await idx.updateMany(files());
		// (answers hold scores, which the bigram counts weigh in)
		const before = { footprint: held(idx.footprint()), answers: answers(idx) };
		idx.arm(big.tasks.length - 1);
		await assert.rejects(idx.insertInSlices(big), /injected failure/);
		assert.deepEqual({ footprint: held(idx.footprint()), answers: answers(idx) }, before);
		idx.arm(-1);
		await idx.insertInSlices(big);
		const plain = await indexOf(files());
		plain.insert(big);
		assert.deepEqual(answers(idx), answers(plain));
	});

	it('a big file overtaken after it made room leaves no list or term behind', async () => {
		const bigText = Array.from({ length: 160 }, (_, i) => syntheticNotice(300 + i, `，新词${i}号`)).join('\n\n');
		assert.ok(bigText.length > 50_000);
		const [big] = (await indexOf([{ key: 'big.txt', text: bigText }])).snapshot();
		const idx = await indexOf(files());
		const before = { footprint: held(idx.footprint()), answers: answers(idx) };
		const steps = idx.insertSteps(big, false, 1000);
		let result = steps.next();
		// Run until its tasks would go live (the TURN step), then remove the file: the insert is overtaken.
		while (!result.done && result.value === undefined) { result = steps.next(); }
		idx.remove('big.txt');
		while (!result.done) { result = steps.next(); }
		assert.equal(result.value, false);
		assert.equal(idx.hasFile('big.txt'), false);
		assert.deepEqual({ footprint: held(idx.footprint()), answers: answers(idx) }, before);
	});

	it('an insert in slices that a newer version or a removal of its file overtook goes nowhere', async () => {
		const idx = await indexOf(files());
		const version = async (extra: string) => (await indexOf([{ key: 'n/5.txt', text: syntheticNotice(5, extra) }])).snapshot()[0];
		const [older, newer] = [await version('，旧版本'), await version('，新版本')];
		// the older version's steps start first and end last: the newer one stays
		const slow = idx.insertSteps(older, false, 1);
		slow.next();
		await idx.insertInSlices(newer);
		while (!slow.next().done) { /* the older one's remaining steps */ }
		assert.equal(idx.hashOf('n/5.txt'), newer.hash);
		// a removal while a version's steps run: the file stays removed
		const late = idx.insertSteps(older, false, 1);
		late.next();
		assert.equal(idx.remove('n/5.txt'), true);
		while (!late.next().done) { /* its remaining steps */ }
		assert.equal(idx.hashOf('n/5.txt'), undefined);
		// and once nothing runs, a plain insert and one in slices take effect as before
		idx.insert(older);
		await idx.insertInSlices(newer);
		assert.equal(idx.hashOf('n/5.txt'), newer.hash);
		const expected = await indexOf([...files().filter(f => f.key !== 'n/5.txt'), { key: 'n/5.txt', text: syntheticNotice(5, '，新版本') }]);
		assert.deepEqual([idx.taskCount, idx.termCount, answers(idx)], [expected.taskCount, expected.termCount, answers(expected)]);
	});

	it('an insert in slices that fails midway changes nothing, and gives back the terms it looked up', async () => {
		const idx = new FailingIndex({ segmenter: new FakeSegmenter(), annotate: null });
		await idx.updateMany(files().slice(1));
		const [fresh] = (await indexOf([{ key: 'n/5.txt', text: syntheticNotice(0, '，新增内容') }])).snapshot();
		const before = { footprint: held(idx.footprint()), answers: answers(idx), keys: idx.fileKeys() };
		idx.arm(2);
		await assert.rejects(idx.insertInSlices(fresh), /injected failure/);
		assert.deepEqual({ footprint: held(idx.footprint()), answers: answers(idx), keys: idx.fileKeys() }, before);
		idx.arm(-1);
		await idx.insertInSlices(fresh);
		const expected = await indexOf([...files().slice(1).filter(f => f.key !== 'n/5.txt'), { key: 'n/5.txt', text: syntheticNotice(0, '，新增内容') }]);
		assert.deepEqual([idx.taskCount, idx.termCount, answers(idx)], [expected.taskCount, expected.termCount, answers(expected)]);
	});

	it('the pending queue holds one entry per file, the latest, and cancel clears it', () => {
		const q = new PendingFiles<{ key: string; version: number }>();
		for (let v = 0; v < 1000; v++) {
			for (const key of ['a', 'b', 'c']) { q.set(key, { key, version: v }); }
		}
		assert.equal(q.size, 3);
		assert.equal(q.set('d', { key: 'd', version: 0 }), true);
		assert.equal(q.set('a', { key: 'a', version: 1000 }), false);
		assert.deepEqual(q.take(2), [{ key: 'a', version: 1000 }, { key: 'b', version: 999 }]);
		q.clear();
		assert.deepEqual([q.size, q.take(5)], [0, []]);
	});

	it('a run cancelled midway leaves its files stale, and the next run picks them up', async () => {
		const list = files();
		const abort = new AbortController();
		let batches = 0;
		const seg: Segmenter = {
			// The user cancels while the second batch is being segmented.
			segment: async (texts, signal) => {
				if (++batches === 2) { abort.abort(); }
				if (signal?.aborted) { throw Object.assign(new Error('aborted'), { name: 'AbortError' }); }
				return new FakeSegmenter().segment(texts);
			},
			dispose: () => undefined,
		};
		const idx = newIndex(seg);
		await assert.rejects(idx.updateMany(list, { signal: abort.signal, batchChars: 1 }), { name: 'AbortError' });
		const partial = idx.fileCount;
		assert.ok(partial > 0 && partial < FILES, `${partial} files indexed before the cancel`);
		const stats = await idx.updateMany(list);
		assert.deepEqual([stats.unchanged, stats.added, idx.fileCount], [partial, FILES - partial, FILES]);
		const fresh = await indexOf(list);
		assert.deepEqual(answers(idx), answers(fresh));
	});

	it('a failed start is not remembered: the next start runs again; a cancel (reset) too', async () => {
		const once = new RunOnce();
		let runs = 0;
		const failing = () => { runs++; return Promise.reject(new Error('catalog unavailable')); };
		await assert.rejects(once.start(failing), /catalog unavailable/);
		assert.equal(once.current, undefined);
		const ok = () => { runs++; return Promise.resolve(); };
		await once.start(ok);
		await once.start(ok);
		assert.equal(runs, 2, 'a start that went through is remembered');
		once.reset();
		await once.start(ok);
		assert.equal(runs, 3);
	});
});

describe('crossref: an analysis that fails', () => {
	const files = [{ key: 'a.txt', text: syntheticNotice(1) }, { key: 'b.txt', text: syntheticNotice(2) }];
	// An annotator that reports an error it caught (as annotate does) on the file holding `text`.
	const annotate = (text: string): Annotator => (model, onError) => {
		if (model.text === text) { onError({ stage: 'annotate', message: 'annotator bug' }); }
		return emptyAnnotations();
	};

	it('reports to the index\'s sink, naming the file, and the other files are indexed', async () => {
		const reported: string[] = [];
		const idx = new WorkspaceIndex({ segmenter: new FakeSegmenter(), annotate: annotate(files[1].text), onError: e => reported.push(`${e.file}: ${e.message}`) });
		const stats = await idx.updateMany(files);
		assert.deepEqual(reported, ['b.txt: annotator bug']);
		assert.deepEqual(idx.fileKeys().sort(), ['a.txt', 'b.txt'], 'a caught error costs what it caught, not the file');
		assert.equal(stats.failed, 0);
	});

	it('an analysis that throws outright costs its file only, and is reported naming it', async () => {
		const reported: CoreError[] = [];
		const throwing: Annotator = model => { if (model.text === files[1].text) { throw new Error('annotator crashed'); } return emptyAnnotations(); };
		const idx = new WorkspaceIndex({ segmenter: new FakeSegmenter(), annotate: throwing, onError: e => reported.push(e) });
		const stats = await idx.updateMany(files);
		assert.equal(stats.failed, 1);
		assert.deepEqual(idx.fileKeys(), ['a.txt']);
		assert.deepEqual(reported.map(e => [e.stage, e.file, e.message]), [['tasks', 'b.txt', 'annotator crashed']]);
	});

	it('without a sink (tests, scripts) the update throws: nothing is left out silently', async () => {
		const idx = new WorkspaceIndex({ segmenter: new FakeSegmenter(), annotate: annotate(files[1].text) });
		await assert.rejects(idx.updateMany(files), /b\.txt: annotate failed: annotator bug/);
	});
});

describe('crossref: a file the index refuses', () => {
	const files = [{ key: 'a.txt', text: syntheticNotice(1) }, { key: 'b.txt', text: syntheticNotice(2) }];
	// A segmenter whose answer for one file's strings is no list of strings: that file's data does not check out.
	const POISON = files[1].text.split('\n')[0];
	class BrokenSegmenter extends FakeSegmenter {
		override async segment(texts: string[]): Promise<string[][]> {
			const tokens = await super.segment(texts);
			return texts.map((t, i) => (POISON.includes(t) || t.includes(POISON) ? [42 as unknown as string] : tokens[i]));
		}
	}

	it('the batch pipeline reports it with its reason, keeps its previous version, and indexes the others', async () => {
		const reported: CoreError[] = [];
		const idx = new WorkspaceIndex({ segmenter: new BrokenSegmenter(), onError: e => reported.push(e) });
		const previous = syntheticNotice(3);
		await idx.updateMany([{ key: 'b.txt', text: previous }]);
		assert.equal(reported.length, 0);
		const stats = await idx.updateMany(files);
		assert.equal(stats.failed, 1);
		assert.equal(stats.added, 1);
		assert.deepEqual(idx.fileKeys().sort(), ['a.txt', 'b.txt']);
		assert.equal(idx.hashOf('b.txt'), sha1(previous), 'the refused file keeps its previous version');
		assert.equal(reported.length, 1);
		assert.equal(reported[0].stage, 'index');
		assert.equal(reported[0].file, 'b.txt');
		assert.match(reported[0].message, /index data of b\.txt/);
	});

	it('the editor\'s path (tasks analysed in the worker) reports it too', async () => {
		const reported: CoreError[] = [];
		const idx = new WorkspaceIndex({ segmenter: new FakeSegmenter(), onError: e => reported.push(e) });
		const analyzed = files.map(f => analyzeText(f.key, f.text, undefined, sha1(f.text)));
		const stats = await insertAnalyzed(idx, new BrokenSegmenter(), analyzed);
		assert.deepEqual(stats, { inserted: 1, failed: 1, tasks: analyzed[0].tasks.length });
		assert.deepEqual(reported.map(e => [e.stage, e.file]), [['index', 'b.txt']]);
		assert.deepEqual(idx.fileKeys(), ['a.txt']);
	});

	it('a refusal thrown back (no sink) gives back its file\'s place in line once: a removal still overtakes another caller\'s insert', async () => {
		const idx = new WorkspaceIndex({ segmenter: new FakeSegmenter() });
		const b = analyzeText('b.txt', files[1].text, undefined, sha1(files[1].text));
		const ft = fileTokens(b, await new FakeSegmenter().segment(b.strings));
		const ticket = idx.reserve('b.txt'); // another caller's insert of b.txt, to come
		await assert.rejects(insertAnalyzed(idx, new BrokenSegmenter(), [b]), /index failed/);
		idx.remove('b.txt'); // the file is deleted before that insert runs
		assert.equal(await idx.insertInSlices(ft, false, ticket), false, 'the insert the removal overtook goes nowhere');
		assert.equal(idx.hasFile('b.txt'), false);
	});

	it('without a sink the refusal is thrown: nothing is left out silently', async () => {
		const idx = new WorkspaceIndex({ segmenter: new BrokenSegmenter() });
		await assert.rejects(idx.updateMany(files), /b\.txt: index failed: .*index data of b\.txt/s);
	});
});
