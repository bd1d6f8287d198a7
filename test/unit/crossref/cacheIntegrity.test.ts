// The index cache is verified before anything in it is trusted: damaged bytes (checksums),
// impossible values written with valid checksums (field validation), old formats, and no size
// ceiling (20,000 files).
import * as assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { frameRecord, joinChunks, readContainer, writeContainer } from '../../../src/core/index/cacheFormat';
import { CACHE_FORMAT, cacheSignature, deserializeFiles, memoryCache, mergeCache, mergeCacheInSlices, openWorkspace, readCacheRecordsInSlices, serializeFiles } from '../../../src/core/index/persistence';
import { bodyOf, decodeRecord } from '../../../src/core/index/record';
import type { FileTokens } from '../../../src/core/index/types';
import { VarintWriter } from '../../../src/core/index/varint';
import { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { FakeSegmenter, syntheticNotice, tinyFileTokens } from './fixtures';
import { CountingSegmenter, samplesIndex } from './helpers';

const SIG = cacheSignature('test');

/** A deep copy to tamper with (seq copied too). */
function copy(f: FileTokens): FileTokens {
	return { ...structuredClone({ ...f, seq: undefined }), seq: f.seq.slice() } as FileTokens;
}

describe('crossref: cache integrity', function () {
	this.timeout(120_000);

	let originals: FileTokens[];
	let blob: Uint8Array;
	before(async () => {
		originals = (await samplesIndex()).snapshot();
		blob = serializeFiles(originals, SIG);
	});

	it('a pristine cache reads back as exactly the files written', () => {
		const back = deserializeFiles(blob, SIG);
		assert.equal(back.status, 'ok');
		assert.deepEqual(back.files, originals);
	});

	it('1,000 random damages (1–8 bytes anywhere) are never accepted silently', () => {
		const statuses = new Map<string, number>();
		fc.assert(fc.property(
			fc.array(fc.record({ at: fc.nat({ max: blob.length - 1 }), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 8 }),
			flips => {
				const damaged = blob.slice();
				for (const { at, xor } of flips) { damaged[at] ^= xor; }
				const { status, files } = deserializeFiles(damaged, SIG);
				statuses.set(status, (statuses.get(status) ?? 0) + 1);
				// Accepted only when the damage cancelled itself out (two flips of one byte).
				if (status === 'ok') { assert.deepEqual(files, originals); }
			},
		), { numRuns: 1000, seed: 20_261_201 });
		assert.ok((statuses.get('corrupt') ?? 0) > 950, JSON.stringify([...statuses]));
	});

	it('eight bytes changed inside a record\'s packed tasks and token data are found (scores and tasks cannot change silently)', () => {
		// Records are deflated (format 3 on), so the damage goes into the largest body's packed bytes.
		const records = readContainer(blob, CACHE_FORMAT).records;
		const target = records.reduce((a, b) => (b.body.length > a.body.length ? b : a)).body;
		const bodyAt = target.byteOffset - blob.byteOffset;
		assert.ok(bodyAt > 0 && target.length > 16);
		fc.assert(fc.property(
			fc.nat({ max: target.length - 8 }), fc.uint8Array({ minLength: 8, maxLength: 8 }),
			(at, bytes) => {
				const damaged = blob.slice();
				damaged.set(bytes, bodyAt + at);
				const { status, files } = deserializeFiles(damaged, SIG);
				if (status === 'ok') { assert.deepEqual(files, originals); } else { assert.equal(status, 'corrupt'); }
			},
		), { numRuns: 300, seed: 7 });
	});

	it('a record that does not inflate to its stated length is refused, checksums valid or not', () => {
		const good = readContainer(blob, CACHE_FORMAT).records[0].body;
		// Format 4: u32 l | label (l bytes) | u32 m (the inflated length) | packed bytes.
		const mAt = 4 + new DataView(good.buffer, good.byteOffset).getUint32(0, true);
		const statedLength = (body: Uint8Array, m: number) => { const b = body.slice(); new DataView(b.buffer).setUint32(mAt, m, true); return b; };
		const m = new DataView(good.buffer, good.byteOffset).getUint32(mAt, true);
		const cases: [string, Uint8Array][] = [
			['stated length too short', statedLength(good, m - 1)],
			['stated length too long', statedLength(good, m + 1)],
			['packed bytes that are no deflate stream', Uint8Array.from([...good.subarray(0, mAt + 4), 0xff, 0xff, 0xff, 0xff])],
			['no stated length', good.subarray(0, mAt + 3)],
			['no label', good.subarray(0, 3)],
			['a label longer than the record', (() => { const b = good.slice(); new DataView(b.buffer).setUint32(0, b.length, true); return b; })()],
		];
		for (const [name, body] of cases) {
			const data = joinChunks(writeContainer(CACHE_FORMAT, SIG, [frameRecord(body)]));
			assert.equal(deserializeFiles(data, SIG).status, 'corrupt', name);
		}
		assert.equal(deserializeFiles(joinChunks(writeContainer(CACHE_FORMAT, SIG, [frameRecord(good)])), SIG).status, 'ok', 'the record as written');
	});

	it('edited values with valid checksums are refused: offsets, ids, documents, token data', () => {
		const base = originals.find(f => f.tasks.length > 3 && f.docs.length)!;
		const task = (f: FileTokens, i = 1) => f.tasks[i];
		const moveTask = (f: FileTokens, offset: number, end: number) => {
			const t = task(f);
			Object.assign(t, { offset, end, id: `${f.key}#${t.document}@${offset}` });
		};
		const cases: [string, (f: FileTokens) => FileTokens[] | void][] = [
			['offset past the text', f => moveTask(f, f.length + 10, f.length + 20)],
			['end past the text', f => moveTask(f, task(f).offset, f.length + 1)],
			['end before offset', f => moveTask(f, task(f).offset, task(f).offset - 1)],
			['negative offset', f => moveTask(f, -5, task(f).end)],
			['fractional offset', f => moveTask(f, task(f).offset + 0.5, task(f).end)],
			['position past its offset', f => { task(f).line = task(f).offset + 1; }],
			['task of a document that is not there', f => { const t = task(f); t.document = 99; t.id = `${f.key}#99@${t.offset}`; }],
			['task with another document key', f => { task(f).docKey = 'elsewhere'; }],
			['a task listed twice (it would be its own duplicate)', f => { f.tasks.splice(2, 0, structuredClone(task(f))); writeSeq(f, decodeAll(base, 1)); }],
			['token id outside the vocabulary', f => { f.vocab.pop(); }],
			['token data left over', f => { f.seq = Uint8Array.from([...f.seq, 0]); }],
			['token data cut short', f => { f.seq = f.seq.slice(0, -1); }],
			['vocabulary entry twice', f => { f.vocab[1] = f.vocab[0]; }],
			['content hash that is not a sha1', f => { f.hash = 'not-a-hash'; }],
			['text length missing', f => { (f as { length?: number }).length = undefined; }],
			['the same file twice', f => [f, copy(f)]],
		];
		for (const [name, tamper] of cases) {
			const f = copy(base);
			const files = tamper(f) ?? [f];
			const { status } = deserializeFiles(serializeFiles(files, SIG), SIG);
			assert.equal(status, 'corrupt', name);
			if (files.length === 1) {
				const idx = new WorkspaceIndex({ annotate: null });
				assert.throws(() => idx.insert(f), /index data/, `insert refuses it: ${name}`);
				assert.deepEqual([idx.fileCount, idx.taskCount, idx.termCount], [0, 0, 0], name);
			}
		}
	});

	it('an entry whose task positions do not fit the text is not taken from the cache', async () => {
		const files = [{ key: 'n/0.txt', text: syntheticNotice(0) }, { key: 'n/1.txt', text: syntheticNotice(1) }];
		const io = memoryCache();
		await openWorkspace(new WorkspaceIndex({ segmenter: new FakeSegmenter(), annotate: null }), io, files, SIG);
		const cached = deserializeFiles(io.data, SIG).files;
		const edited = cached.map(copy);
		const t = edited[0].tasks[2];
		Object.assign(t, { offset: t.offset + 1, id: `${edited[0].key}#${t.document}@${t.offset + 1}` }); // line/character left
		io.data = serializeFiles(edited, SIG);
		assert.equal(deserializeFiles(io.data, SIG).status, 'ok', 'well formed: only the text can tell');
		const seg = new CountingSegmenter(new FakeSegmenter());
		const st = await openWorkspace(new WorkspaceIndex({ segmenter: seg, annotate: null }), io, files, SIG);
		assert.deepEqual([st.reused, st.update?.added, seg.calls], [1, 1, 1]);
	});

	it('a cache of the previous format is rebuilt cleanly', async () => {
		const json = new TextEncoder().encode(JSON.stringify({ format: 1, signature: SIG, files: [] }));
		const old = new Uint8Array(12 + json.length);
		old.set([0x50, 0x4e, 0x49, 0x58]);
		new DataView(old.buffer).setUint32(4, 1, true);
		new DataView(old.buffer).setUint32(8, json.length, true);
		old.set(json, 12);
		assert.equal(deserializeFiles(old, SIG).status, 'format');
		const io = memoryCache(old);
		const st = await openWorkspace(new WorkspaceIndex({ segmenter: new FakeSegmenter(), annotate: null }), io, [{ key: 'a.txt', text: syntheticNotice(3) }], SIG);
		assert.equal(st.cache, 'format');
		assert.equal(deserializeFiles(io.data, SIG).status, 'ok');
	});

	it('a save writes the records the index holds: an unchanged file’s bytes as read, the changed one’s as encoded when it was indexed', async () => {
		const io = memoryCache();
		const files = [0, 1, 2].map(i => ({ key: `n/${i}.txt`, text: syntheticNotice(i) }));
		const cold = new WorkspaceIndex({ segmenter: new FakeSegmenter(), annotate: null });
		await openWorkspace(cold, io, files, SIG);
		const before = io.data!;
		const idx = new WorkspaceIndex({ segmenter: new FakeSegmenter(), annotate: null });
		await openWorkspace(idx, io, files, SIG);
		await idx.update('n/1.txt', syntheticNotice(7));
		const held = idx.records();
		const chunks = mergeCache(before, held, SIG, () => false);
		const records = readContainer(joinChunks(chunks), CACHE_FORMAT).records;
		const keyOf = (frame: Uint8Array) => deserializeFiles(joinChunks(writeContainer(CACHE_FORMAT, SIG, [frame])), SIG).files[0].key;
		assert.deepEqual(records.map(r => keyOf(r.frame)).sort(), ['n/0.txt', 'n/1.txt', 'n/2.txt']);
		// Nothing is encoded at the save: each record written is the very buffer the index holds.
		assert.ok(held.every(h => chunks.includes(h.frame)), 'the held records are written as they are');
		const inBefore = readContainer(before, CACHE_FORMAT).records.map(r => Buffer.from(r.frame).toString('base64'));
		const unchanged = held.filter(h => inBefore.includes(Buffer.from(h.frame).toString('base64'))).map(h => h.key).sort();
		assert.deepEqual(unchanged, ['n/0.txt', 'n/2.txt'], 'the unchanged files keep the bytes the cache had');
		const back = deserializeFiles(joinChunks(chunks), SIG);
		assert.equal(back.status, 'ok');
		assert.deepEqual(back.files.map(f => f.hash).sort(), idx.snapshot().map(f => f.hash).sort());
	});

	it('a record with valid digests but edited content is never carried over by a save: an own file is encoded again, another run’s drops the cache', async () => {
		const files = [0, 1].map(i => ({ key: `n/${i}.txt`, text: syntheticNotice(i) }));
		const idx = new WorkspaceIndex({ segmenter: new FakeSegmenter(), annotate: null });
		await openWorkspace(idx, memoryCache(), files, SIG);
		const own = idx.snapshot();
		// The same key and hash, a task moved: digests valid, content wrong (no process checked these bytes).
		const edited = own.map(copy);
		const t = edited[0].tasks[1];
		Object.assign(t, { offset: edited[0].length + 5, end: edited[0].length + 9, id: `${edited[0].key}#${t.document}@${edited[0].length + 5}` });
		const damaged = joinChunks(writeContainer(CACHE_FORMAT, SIG, [frameRecord(handMadeRecord(edited[0]))]));
		assert.equal(deserializeFiles(joinChunks(writeContainer(CACHE_FORMAT, SIG, [frameRecord(handMadeRecord(own[0]))])), SIG).status, 'ok', 'the hand-made format reads');
		assert.equal(deserializeFiles(damaged, SIG).status, 'corrupt');
		const merged = deserializeFiles(joinChunks(mergeCache(damaged, own, SIG, () => true)), SIG);
		assert.equal(merged.status, 'ok', 'the own file was encoded again');
		assert.deepEqual(merged.files, own);
		const otherRun = deserializeFiles(joinChunks(mergeCache(damaged, own.slice(1), SIG, () => true)), SIG);
		assert.equal(otherRun.status, 'ok');
		assert.deepEqual(otherRun.files.map(f => f.key), ['n/1.txt'], 'another run’s bad record is dropped, not kept');
	});

	it('a record whose content does not check out (valid digests) costs its file only: the others come from the cache, it is segmented anew and written again', async () => {
		const files = [0, 1, 2].map(i => ({ key: `n/${i}.txt`, text: syntheticNotice(i) }));
		const idx = new WorkspaceIndex({ segmenter: new FakeSegmenter(), annotate: null });
		await openWorkspace(idx, memoryCache(), files, SIG);
		const own = idx.snapshot().sort((a, b) => a.key.localeCompare(b.key));
		const bad = copy(own[1]);
		const t = bad.tasks[0];
		Object.assign(t, { offset: bad.length + 5, end: bad.length + 9, id: `${bad.key}#${t.document}@${bad.length + 5}` });
		const io = memoryCache(joinChunks(writeContainer(CACHE_FORMAT, SIG, [own[0], bad, own[2]].map(f => frameRecord(handMadeRecord(f))))));
		const seg = new CountingSegmenter(new FakeSegmenter());
		const fresh = new WorkspaceIndex({ segmenter: seg, annotate: null });
		const st = await openWorkspace(fresh, io, files, SIG);
		assert.deepEqual([st.cache, st.reused, st.update?.files], ['ok', 2, 1]);
		assert.deepEqual(fresh.tasksOf('n/1.txt'), idx.tasksOf('n/1.txt'));
		const written = deserializeFiles(io.data, SIG);
		assert.equal(written.status, 'ok', 'the cache is written again, the bad record replaced');
		assert.deepEqual(written.files.find(f => f.key === 'n/1.txt'), own[1]);
	});

	it('a record whose display ends do not tile its tasks (valid digests) is refused when decoded, before any task is read from it', async () => {
		const files = [0, 1].map(i => ({ key: `n/${i}.txt`, text: syntheticNotice(i) }));
		const idx = new WorkspaceIndex({ segmenter: new FakeSegmenter(), annotate: null });
		await openWorkspace(idx, memoryCache(), files, SIG);
		const own = idx.snapshot().sort((a, b) => a.key.localeCompare(b.key));
		assert.deepEqual(decodeRecord(handMadeRecord(own[0])), own[0], 'the hand-made record reads');
		for (const shift of [-5, -1, 1, 3]) {
			assert.throws(() => decodeRecord(handMadeRecord(own[0], shift)), /display/, `end moved by ${shift}`);
		}
		const io = memoryCache(joinChunks(writeContainer(CACHE_FORMAT, SIG, [frameRecord(handMadeRecord(own[0], -5)), frameRecord(handMadeRecord(own[1]))])));
		const fresh = new WorkspaceIndex({ segmenter: new FakeSegmenter(), annotate: null });
		const st = await openWorkspace(fresh, io, files, SIG);
		assert.deepEqual([st.reused, st.update?.files], [1, 1]);
		// Every task of both files reads whole (a result list would read them one by one).
		for (const f of own) { assert.deepEqual(fresh.tasksOf(f.key).map(t => fresh.taskAt(f.key, t.offset)?.id !== undefined), f.tasks.map(() => true)); }
	});

	it('the editor reads and merges a large cache in slices: a pause point at least once per record, the result the same', async () => {
		const many = Array.from({ length: 10_000 }, (_, i) => tinyFileTokens(`w/${i}.txt`, i));
		const data = serializeFiles(many, SIG);
		let turns = 0, counting = true;
		const count = () => { if (counting) { turns++; setImmediate(count); } };
		setImmediate(count);
		// Slices of 0 ms: the event loop gets a turn at every pause point the work offers, so the
		// turns count the pause points (a slice of work, not of time: the count holds under any load).
		const back = await readCacheRecordsInSlices(data, SIG, 0);
		const readTurns = turns;
		// A fifth of the files edited (another text, another hash): their records are encoded again.
		const edited = many.slice(0, 2_000).map((f, i) => tinyFileTokens(f.key, 100_000 + i));
		const merged = await mergeCacheInSlices(data, edited, SIG, () => true, 0);
		counting = false;
		const mergeTurns = turns - readTurns;
		assert.equal(back.status, 'ok');
		assert.deepEqual(back.records.map(r => decodeRecord(bodyOf(r.frame))), many, 'each record decodes to its file when taken');
		// Read in one go, the counter would run once at most; merged in one go, once more.
		assert.ok(readTurns >= many.length, `${readTurns} turns while reading ${many.length} records`);
		assert.ok(mergeTurns >= edited.length, `${mergeTurns} turns while merging ${edited.length} edited records into ${many.length}`);
		assert.deepEqual(joinChunks(merged), joinChunks(mergeCache(data, edited, SIG, () => true)));
	});

	it('20,000 files round-trip (no size ceiling)', () => {
		const many = Array.from({ length: 20_000 }, (_, i) => tinyFileTokens(`w/${i}.txt`, i));
		const back = deserializeFiles(serializeFiles(many, SIG), SIG);
		assert.equal(back.status, 'ok');
		assert.deepEqual(back.files, many);
	});
});

/**
 * A record body made by hand from the format record.ts describes (format 5), not by its encoder;
 * `shiftEnd` moves task 0's end in the display part (damage the digests cannot see).
 */
function handMadeRecord(f: FileTokens, shiftEnd = 0): Uint8Array {
	const enc = (x: unknown) => new TextEncoder().encode(JSON.stringify(x));
	const u32 = (n: number) => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, n, true); return b; };
	const cat = (...parts: Uint8Array[]) => { const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0)); let at = 0; for (const p of parts) { out.set(p, at); at += p.length; } return out; };
	const json = enc({ key: f.key, hash: f.hash, length: f.length, docs: f.docs, vocab: f.vocab, tasks: f.tasks.map(t => ({ document: t.document, offset: t.offset, docKey: t.docKey, textKey: t.textKey, title: t.title })) });
	const core = cat(u32(json.length), json, f.seq);
	const slices = f.tasks.map(({ kind, end, line, character, path, marker, snippet, targets, lead, responsible }) => JSON.stringify({ kind, end, line, character, path, marker, snippet, targets, lead, responsible }));
	// `[` slice `,` slice … `]`, each slice's end (in bytes from the `[`) listed before it.
	const ends: Uint8Array[] = [];
	let at = 1;
	slices.forEach((sl, i) => { at += (i ? 1 : 0) + new TextEncoder().encode(sl).length; ends.push(u32(at + (i ? 0 : shiftEnd))); });
	const display = cat(u32(slices.length), ...ends, new TextEncoder().encode(`[${slices.join(',')}]`));
	const corePacked = deflateRawSync(core), displayPacked = deflateRawSync(display);
	const label = enc({ key: f.key, hash: f.hash });
	return cat(u32(label.length), label, u32(core.length), u32(corePacked.length), corePacked, u32(display.length), displayPacked);
}

/** The token lists of `f`, with the lists of task `dup` repeated after it (for a repeated task). */
function decodeAll(f: FileTokens, dup: number): number[][] {
	const out: number[][] = [];
	let at = 0;
	const bytes = f.seq;
	const next = () => { let v = 0, s = 0, b: number; do { b = bytes[at++]; v |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return v; };
	const list = () => { const n = next(); return Array.from({ length: n }, next); };
	for (let i = 0; i < f.docs.length; i++) { out.push(list()); }
	for (let i = 0; i < f.tasks.length; i++) {
		const three = [list(), list(), list()];
		out.push(...three);
		if (i === dup) { out.push(...three); }
	}
	return out;
}

function writeSeq(f: FileTokens, lists: number[][]): void {
	const w = new VarintWriter();
	for (const l of lists) { w.push(l.length); l.forEach(x => w.push(x)); }
	f.seq = w.bytes();
}
