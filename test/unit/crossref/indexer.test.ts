// The workspace index's lifecycle (src/core/index/indexer.ts) in plain Node, as the editor drives
// it: the cache spares segmentation, a file that changes while queued is segmented once, a
// cancel leaves the queue for the next offer, one failing batch is reported and the files
// offered after it are still taken, and a save keeps other workspaces' entries.
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../src/core/index/analyze';
import { insertAnalyzed } from '../../../src/core/index/analyzedUpdate';
import type { Logger } from '../../../src/core/errors';
import { WorkspaceIndexer, type IndexerFile } from '../../../src/core/index/indexer';
import { cacheSignature, deserializeFiles, memoryCache } from '../../../src/core/index/persistence';
import { sha1 } from '../../../src/core/index/sha1';
import type { Segmenter } from '../../../src/core/segment/segmenter';
import { FakeSegmenter, syntheticNotice } from './fixtures';

const SIGNATURE = cacheSignature('fake-segmenter');

/** Counts what it segments; fails the calls it is told to. */
class CountingFake implements Segmenter {
	texts = 0;
	failNext = 0;
	private readonly inner = new FakeSegmenter();
	async segment(texts: string[], signal?: AbortSignal): Promise<string[][]> {
		if (signal?.aborted) { throw Object.assign(new Error('aborted'), { name: 'AbortError' }); }
		if (this.failNext > 0) { this.failNext--; throw new Error('segmenter crashed'); }
		this.texts += texts.length;
		return this.inner.segment(texts);
	}
	dispose(): void { /* nothing held */ }
}

/** `inner`, each of whose calls waits until `release` is called. */
function gatedSegmenter(inner: Segmenter): { gated: Segmenter; release: () => void } {
	let release!: () => void;
	const gate = new Promise<void>(r => { release = r; });
	return { gated: { segment: async (texts, signal) => { await gate; return inner.segment(texts, signal); }, dispose() { /* nothing held */ } }, release };
}

class ListLogger implements Logger {
	readonly lines: string[] = [];
	info(m: string): void { this.lines.push(`info ${m}`); }
	warn(m: string): void { this.lines.push(`warn ${m}`); }
	error(m: string): void { this.lines.push(`error ${m}`); }
}

function file(key: string, text: string): IndexerFile & { analyses: number } {
	const f = {
		key, textHash: sha1(text), length: text.length, analyses: 0,
		analyze: async () => { f.analyses++; return analyzeText(key, text, undefined, sha1(text)); },
	};
	return f;
}

/** Every indexer a test makes, disposed after it (no save timer outlives a test). */
const made: WorkspaceIndexer[] = [];

function indexer(segmenter: Segmenter, cache = memoryCache(), logger = new ListLogger(), saveDelayMs = 60_000) {
	const progress: [number, number][] = [];
	const ix = new WorkspaceIndexer({ segmenter, cache, signature: SIGNATURE, logger, batchFiles: 4, saveDelayMs, onProgress: (d, t) => progress.push([d, t]) });
	made.push(ix);
	return { ix, cache, logger, progress };
}

/** Resolves once `condition` holds, checking after each turn of the event loop (fails the test by its timeout otherwise). */
async function until(condition: () => boolean): Promise<void> {
	while (!condition()) { await new Promise(r => setImmediate(r)); }
}

const notices = (n: number, from = 0) => Array.from({ length: n }, (_, i) => file(`n/${from + i}.txt`, syntheticNotice(from + i)));

describe('crossref: the workspace indexer', () => {
	afterEach(() => { made.splice(0).forEach(ix => ix.dispose()); });

	it('segments what it is offered in batches, then takes the same files from its saved cache without segmenting', async () => {
		const seg = new CountingFake();
		const { ix, cache, progress } = indexer(seg);
		for (const f of notices(10)) { ix.accept(f); }
		await ix.draining;
		assert.equal(ix.index.fileCount, 10);
		assert.ok(seg.texts > 0);
		// 10 files in batches of 4: three batches announced, then the end
		assert.deepEqual(progress, [[0, 10], [4, 10], [8, 10], [0, 0]]);
		ix.setComplete(true);
		await ix.save();
		assert.equal(deserializeFiles(cache.data, SIGNATURE).files.length, 10);

		const seg2 = new CountingFake();
		const again = indexer(seg2, cache).ix;
		await again.loadCache();
		const offered = notices(10);
		for (const f of offered) { again.accept(f); }
		assert.equal(again.draining, undefined);
		assert.equal(again.index.fileCount, 10);
		assert.equal(seg2.texts, 0);
		assert.ok(offered.every(f => f.analyses === 0), 'a cached file is not analysed again');
	});

	it('takes a cached entry under another key when only the file was renamed', async () => {
		const { ix, cache } = indexer(new CountingFake());
		const [a] = notices(1);
		ix.accept(a);
		await ix.draining;
		await ix.save();
		const seg = new CountingFake();
		const renamed = indexer(seg, cache).ix;
		await renamed.loadCache();
		renamed.accept(file('moved/0.txt', syntheticNotice(0)));
		assert.equal(seg.texts, 0);
		assert.deepEqual(renamed.index.fileKeys(), ['moved/0.txt']);
		assert.ok(renamed.index.tasksOf('moved/0.txt').every(t => t.file === 'moved/0.txt'));
	});

	it('segments a file that changes while it waits once, with its last text', async () => {
		const seg = new CountingFake();
		const { ix } = indexer(seg);
		const [first, ...others] = notices(6);
		ix.accept(first);
		for (const f of others) { ix.accept(f); }
		// n/5 changes twice before its batch comes: one entry, the last text
		const firstEdit = file('n/5.txt', syntheticNotice(5, '，第一次修改'));
		ix.accept(firstEdit);
		const last = file('n/5.txt', syntheticNotice(5, '，第二次修改'));
		ix.accept(last);
		await ix.draining;
		assert.equal(ix.index.fileCount, 6);
		assert.equal(ix.index.hashOf('n/5.txt'), last.textHash);
		assert.equal(firstEdit.analyses, 0);
		assert.equal(last.analyses, 1);
		// as much segmented as for the six files offered once each, in their last versions
		const once = new CountingFake();
		const fresh = indexer(once).ix;
		for (const f of [...notices(5), file('n/5.txt', syntheticNotice(5, '，第二次修改'))]) { fresh.accept(f); }
		await fresh.draining;
		assert.equal(seg.texts, once.texts);
		assert.equal(ix.progress.total, 0);
	});

	it('neither analyzes nor segments a queued file whose text the editor has indexed meanwhile (an open file’s two copies race)', async () => {
		// the queue's first batch waits in the segmenter until the editor's copy is in
		const { gated, release } = gatedSegmenter(new CountingFake());
		const { ix } = indexer(gated);
		const first = notices(4, 10);
		const open = file('n/0.txt', syntheticNotice(0));
		for (const f of first) { ix.accept(f); }
		ix.accept(open);
		await until(() => first.every(f => f.analyses === 1));
		const editorSeg = new CountingFake();
		const editorCopy = analyzeText(open.key, syntheticNotice(0), undefined, open.textHash);
		await insertAnalyzed(ix.index, editorSeg, [editorCopy]);
		assert.ok(editorSeg.texts > 0);
		release();
		await ix.draining;
		assert.equal(ix.index.fileCount, 5);
		assert.equal(open.analyses, 0, 'the queue did not analyze it again');
		// a version the index holds is left as it is: nothing segmented, nothing inserted
		const before = editorSeg.texts;
		const stats = await insertAnalyzed(ix.index, editorSeg, [editorCopy]);
		assert.equal(editorSeg.texts, before);
		assert.deepEqual(stats, { inserted: 0, failed: 0, tasks: 0 });
	});

	it('keeps a file that is deleted while its batch is segmented out of the index', async () => {
		const seg = new CountingFake();
		const { gated, release } = gatedSegmenter(seg);
		const { ix } = indexer(seg);
		const [kept] = notices(1, 20);
		ix.accept(kept);
		await ix.draining;
		const edited = analyzeText(kept.key, syntheticNotice(20, '，修改后'), undefined, sha1(syntheticNotice(20, '，修改后')));
		const added = analyzeText('n/new.txt', syntheticNotice(21), undefined, sha1(syntheticNotice(21)));
		const run = insertAnalyzed(ix.index, gated, [edited, added]);
		// both are deleted while the batch waits for the segmenter
		assert.equal(ix.index.remove(kept.key), true);
		assert.equal(ix.index.remove('n/new.txt'), false);
		release();
		assert.deepEqual(await run, { inserted: 0, failed: 0, tasks: 0 });
		assert.deepEqual([ix.index.hashOf(kept.key), ix.index.hashOf('n/new.txt')], [undefined, undefined]);
		// offered again afterwards, they go in
		const again = await insertAnalyzed(ix.index, seg, [edited, added]);
		assert.equal(again.inserted, 2);
	});

	it('after a cancel keeps what is in, drops the queue, and takes the files again when they are offered again', async () => {
		let cancels = 1;
		// cancelled once, as the second batch is announced: the first is in, the rest is dropped
		const ix: WorkspaceIndexer = new WorkspaceIndexer({
			segmenter: new CountingFake(), cache: memoryCache(), signature: SIGNATURE, logger: new ListLogger(), batchFiles: 4,
			onProgress: done => { if (done === 4 && cancels-- > 0) { ix.cancel(); } },
		});
		const files = notices(12);
		for (const f of files) { ix.accept(f); }
		await ix.draining;
		assert.deepEqual(ix.index.fileKeys().sort(), ['n/0.txt', 'n/1.txt', 'n/2.txt', 'n/3.txt']);
		assert.deepEqual(ix.progress, { done: 0, total: 0 });
		for (const f of files) { ix.accept(f); }
		await ix.draining;
		assert.equal(ix.index.fileCount, 12);
	});

	it('reports a failing batch and goes on with the queue after it; the failed files are taken when offered again', async () => {
		const seg = new CountingFake();
		const { ix, logger } = indexer(seg);
		seg.failNext = 1;
		const files = notices(8);
		for (const f of files) { ix.accept(f); }
		await ix.draining;
		assert.deepEqual(ix.index.fileKeys().sort(), ['n/4.txt', 'n/5.txt', 'n/6.txt', 'n/7.txt']);
		assert.ok(logger.lines.some(l => l.startsWith('error indexing failed: Error: segmenter crashed')), logger.lines.join('\n'));
		for (const f of files) { ix.accept(f); }
		await ix.draining;
		assert.equal(ix.index.fileCount, 8);
	});

	it('removes a deleted file, and a save keeps the entries of files it never held unless the workspace was taken whole', async () => {
		const other = indexer(new CountingFake());
		for (const f of notices(2, 100)) { other.ix.accept(f); }
		await other.ix.draining;
		await other.ix.save();
		const cache = other.cache;

		const { ix } = indexer(new CountingFake(), cache);
		await ix.loadCache();
		for (const f of notices(3)) { ix.accept(f); }
		await ix.draining;
		ix.remove('n/1.txt');
		assert.deepEqual(ix.index.fileKeys().sort(), ['n/0.txt', 'n/2.txt']);
		await ix.save();
		const keys = () => deserializeFiles(cache.data, SIGNATURE).files.map(f => f.key).sort();
		assert.deepEqual(keys(), ['n/0.txt', 'n/100.txt', 'n/101.txt', 'n/2.txt']);
		ix.setComplete(true);
		await ix.save();
		assert.deepEqual(keys(), ['n/0.txt', 'n/2.txt']);
	});

	it('segments a file offered while a cancelled batch is still winding down', async () => {
		const seg = new CountingFake();
		let release: () => void = () => undefined;
		const held = new Promise<void>(r => { release = r; });
		const { ix } = indexer(seg);
		// the first file's analysis waits until the test lets it go: the batch is in flight
		const slow = { ...file('n/0.txt', syntheticNotice(0)), analyze: async () => { await held; return analyzeText('n/0.txt', syntheticNotice(0), undefined, sha1(syntheticNotice(0))); } };
		ix.accept(slow);
		await until(() => ix.progress.total === 1 && seg.texts === 0 && ix.draining !== undefined);
		await new Promise(r => setImmediate(r));
		ix.cancel();
		const late = file('n/1.txt', syntheticNotice(1));
		ix.accept(late);
		release();
		await until(() => ix.draining === undefined);
		assert.deepEqual(ix.index.fileKeys(), ['n/1.txt']);
	});

	it('writes the cache once, a while after the last of a burst of changes, and not while segmenting', async () => {
		// filled from a cache (nothing segmented, so no drain schedules a save of its own)
		const prep = indexer(new CountingFake());
		for (const f of notices(6)) { prep.ix.accept(f); }
		await prep.ix.draining;
		await prep.ix.save();
		const cache = prep.cache;
		let writes = 0;
		const counted = { read: () => cache.read(), update: async (next: Parameters<typeof cache.update>[0]) => { writes++; await cache.update(next); } };
		const { ix } = indexer(new CountingFake(), counted as unknown as typeof cache, new ListLogger(), 5);
		await ix.loadCache();
		for (const f of notices(6)) { ix.accept(f); }
		assert.equal(ix.draining, undefined);
		ix.setComplete(true);
		ix.remove('n/0.txt');
		ix.remove('n/1.txt');
		await until(() => writes > 0);
		assert.equal(writes, 1);
		assert.deepEqual(deserializeFiles(cache.data, SIGNATURE).files.map(f => f.key).sort(), ['n/2.txt', 'n/3.txt', 'n/4.txt', 'n/5.txt']);

		// while segmenting, a save asked for writes nothing (the drain saves when it ends)
		const busy = indexer(new CountingFake(), counted as unknown as typeof cache);
		for (const f of notices(2, 20)) { busy.ix.accept(f); }
		const before = writes;
		await busy.ix.save();
		assert.equal(writes, before);
		await busy.ix.draining;
	});

	it('stops at once when disposed in the middle of segmenting, and tells no one after', async () => {
		const seg = new CountingFake();
		let changes = 0;
		const ix = new WorkspaceIndexer({ segmenter: seg, cache: memoryCache(), signature: SIGNATURE, logger: new ListLogger(), batchFiles: 4, onChange: () => changes++ });
		made.push(ix);
		for (const f of notices(12)) { ix.accept(f); }
		await until(() => ix.index.fileCount === 4);
		ix.dispose();
		const seen = changes;
		await ix.draining;
		assert.ok(ix.index.fileCount < 12);
		assert.equal(changes, seen);
	});

	it('writes no cache and segments nothing more once disposed', async () => {
		const seg = new CountingFake();
		const { ix, cache } = indexer(seg);
		ix.dispose();
		for (const f of notices(3)) { ix.accept(f); }
		await ix.draining;
		await ix.save();
		assert.equal(seg.texts, 0);
		assert.equal(cache.data, undefined);
	});
});
