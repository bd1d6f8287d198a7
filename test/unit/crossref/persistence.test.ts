// The index cache: round trip, reuse of unchanged files, re-segmentation of changed ones,
// rebuild on corrupt, old-format or other-dictionary blobs.
import * as assert from 'node:assert/strict';
import { cacheSignature, CACHE_FORMAT, deserializeFiles, memoryCache, openWorkspace, serializeIndex } from '../../../src/core/index/persistence';
import { sha1 } from '../../../src/core/index/sha1';
import { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { createHash } from 'node:crypto';
import { readSample } from '../paths';
import { CountingSegmenter, sampleFiles, samplesIndex } from './helpers';

const SIG = cacheSignature('test');

function sameResults(a: WorkspaceIndex, b: WorkspaceIndex): void {
	for (const key of a.fileKeys()) {
		for (const q of a.tasksOf(key).filter((_, i) => i % 5 === 0)) {
			assert.deepEqual(b.queryTask(q.id, { limit: 5 }).map(r => [r.task.id, r.score, r.terms]), a.queryTask(q, { limit: 5 }).map(r => [r.task.id, r.score, r.terms]), q.id);
		}
	}
}

describe('crossref: persistence', function () {
	this.timeout(60_000);

	it('the index keys each file by the sha1 of its text', async () => {
		const idx = await samplesIndex();
		for (const key of idx.fileKeys()) {
			const text = readSample(key.replace(/^.*\//, '').replace(/\.txt$/, ''));
			assert.equal(idx.hashOf(key), createHash('sha1').update(text, 'utf8').digest('hex'), key);
		}
		assert.notEqual(sha1('政策'), sha1('政策 '));
	});

	it('round trip: a deserialized index answers exactly like the original', async () => {
		const idx = await samplesIndex();
		const blob = serializeIndex(idx, SIG);
		const { status, files } = deserializeFiles(blob, SIG);
		assert.equal(status, 'ok');
		const back = new WorkspaceIndex();
		for (const f of files) { back.insert(f); }
		assert.equal(back.taskCount, idx.taskCount);
		sameResults(idx, back);
	});

	it('reopening segments nothing that did not change; a changed file alone is segmented again', async () => {
		const io = memoryCache();
		const files = sampleFiles();
		const seg1 = new CountingSegmenter();
		const first = await openWorkspace(new WorkspaceIndex({ segmenter: seg1 }), io, files, SIG);
		assert.equal(first.cache, 'missing');
		assert.equal(first.update?.added, files.length - 1 + 1);
		assert.ok(io.data && io.data.length > 0);

		const seg2 = new CountingSegmenter();
		const warm = new WorkspaceIndex({ segmenter: seg2 });
		const second = await openWorkspace(warm, io, files, SIG);
		assert.deepEqual([second.cache, second.reused, second.update, seg2.calls, second.saveMs], ['ok', files.length, null, 0, 0]);

		const changed = files.map(f => f.key === 'samples/gansu.txt' ? { ...f, text: f.text.replace('智能制造。', '智能制造与工业互联网。') } : f);
		const seg3 = new CountingSegmenter();
		const third = await openWorkspace(new WorkspaceIndex({ segmenter: seg3 }), io, changed, SIG);
		assert.equal(third.reused, files.length - 1);
		assert.equal(third.update?.added, 1);
		assert.equal(seg3.calls, 1);
		const cold = await samplesIndex();
		sameResults(cold, warm);
	});

	it('a workspace given as keys and a reader opens like one given with its texts, reading each text once when cached', async () => {
		const files = sampleFiles();
		const texts = new Map(files.map(f => [f.key, f.text]));
		const reads = new Map<string, number>();
		const ws = { keys: files.map(f => f.key), read: (key: string) => { reads.set(key, (reads.get(key) ?? 0) + 1); return texts.get(key)!; } };
		const io = memoryCache();
		const cold = new WorkspaceIndex({ segmenter: new CountingSegmenter() });
		const first = await openWorkspace(cold, io, ws, SIG);
		assert.equal(first.update?.added, files.length);
		// Uncached: read to hash it, then again when its batch is segmented.
		assert.deepEqual([...new Set(reads.values())], [2]);
		reads.clear();
		const seg = new CountingSegmenter();
		const warm = new WorkspaceIndex({ segmenter: seg });
		const second = await openWorkspace(warm, io, ws, SIG);
		assert.deepEqual([second.reused, second.update, seg.calls], [files.length, null, 0]);
		assert.deepEqual([...reads.values()], files.map(() => 1));
		sameResults(await samplesIndex(), warm);
	});

	it('a renamed file is taken from the cache under its new name', async () => {
		const io = memoryCache();
		const files = sampleFiles();
		await openWorkspace(new WorkspaceIndex({ segmenter: new CountingSegmenter() }), io, files, SIG);
		const renamed = files.map(f => f.key === 'samples/hubei.txt' ? { ...f, key: 'moved/hubei.txt' } : f);
		const seg = new CountingSegmenter();
		const idx = new WorkspaceIndex({ segmenter: seg });
		const st = await openWorkspace(idx, io, renamed, SIG);
		assert.equal(seg.calls, 0);
		assert.equal(st.reused, files.length);
		assert.ok(idx.hasFile('moved/hubei.txt') && !idx.hasFile('samples/hubei.txt'));
		assert.ok(idx.tasksOf('moved/hubei.txt').every(t => t.file === 'moved/hubei.txt' && t.id.startsWith('moved/hubei.txt#')));
	});

	it('a corrupt, truncated, old-format or other-signature blob is rebuilt, never a crash', async () => {
		const idx = await samplesIndex();
		const good = serializeIndex(idx, SIG);
		const oldFormat = good.slice();
		new DataView(oldFormat.buffer).setUint32(4, CACHE_FORMAT + 99, true);
		const badJson = good.slice();
		badJson[20] = 0xff;
		const cases: [string, Uint8Array | undefined, string][] = [
			['empty', new Uint8Array(0), 'missing'],
			['garbage', Uint8Array.from({ length: 500 }, (_, i) => (i * 7919) & 255), 'corrupt'],
			['truncated', good.slice(0, good.length - 100), 'corrupt'],
			['header cut', good.slice(0, 40), 'corrupt'],
			['bad json', badJson, 'corrupt'],
			['old format', oldFormat, 'format'],
		];
		for (const [name, blob, status] of cases) {
			assert.equal(deserializeFiles(blob, SIG).status, status, name);
			const io = memoryCache(blob);
			const seg = new CountingSegmenter();
			const fresh = new WorkspaceIndex({ segmenter: seg });
			const st = await openWorkspace(fresh, io, sampleFiles(), SIG);
			assert.equal(st.cache, status, name);
			assert.equal(fresh.taskCount, idx.taskCount, name);
			assert.ok(seg.calls > 0, name);
			assert.equal(deserializeFiles(io.data, SIG).status, 'ok', `${name}: cache rewritten`);
		}
		assert.equal(deserializeFiles(good, cacheSignature('other-dictionary')).status, 'signature');
		const throwing = { read: async () => { throw new Error('disk gone'); }, update: async () => undefined };
		const st = await openWorkspace(new WorkspaceIndex({ segmenter: new CountingSegmenter() }), throwing, sampleFiles().slice(0, 2), SIG);
		assert.equal(st.cache, 'missing');
	});
});
