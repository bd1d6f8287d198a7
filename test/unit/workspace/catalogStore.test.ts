// The catalog's summaries kept between sessions (src/core/workspace/catalogStore.ts, and the
// catalog's use of them): a reopened workspace hashes each file and analyses only the changed
// ones; a damaged, foreign or partly wrong store is never trusted beyond what checks out.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { memoryCache } from '../../../src/core/index/persistence';
import { catalogSignature, type CatalogEntry } from '../../../src/core/workspace/catalog';
import { decodeCatalog, encodeCatalog } from '../../../src/core/workspace/catalogStore';
import { WorkspaceRelatedIndex } from '../../../src/core/workspace/relatedIndex';
import { CountingSegmenter } from '../crossref/helpers';
import { readSample } from '../paths';
import { seededRandom } from '../../eval/lib';
import { catalogs, logger, PLAIN, setup } from './memoryWorkspace';

const ENTRY: CatalogEntry = {
	key: 'mem:/a.txt', byteHash: 'a'.repeat(40), textHash: 'b'.repeat(40), length: 120, isNotice: true, decoding: '{}',
	symbols: [{ name: '一、总体要求', kind: 'section', container: '', range: [3, 0, 3, 6] }],
};

describe('catalog store', () => {
	afterEach(() => { catalogs.splice(0).forEach(c => c.dispose()); });

	it('reads back what it wrote, field for field', async () => {
		const other = { ...ENTRY, key: 'mem:/b.txt', isNotice: false, symbols: [] };
		const loaded = await decodeCatalog(await encodeCatalog([ENTRY, other], 'sig'), 'sig');
		assert.equal(loaded.status, 'ok');
		assert.deepEqual(loaded.entries, [ENTRY, other]);
	});

	it('reads back a store far larger than one unzipped chunk, lines cut across chunks included', async () => {
		// Keys and symbol names of varied lengths, in Chinese (multi-byte), so line ends fall anywhere in zlib's 16 KB chunks.
		const entries: CatalogEntry[] = Array.from({ length: 3000 }, (_, i) => ({
			...ENTRY, key: `mem:/${'政策'.repeat(i % 13)}${i}.txt`, length: i, isNotice: i % 3 !== 0,
			byteHash: createHash('sha1').update(`b${i}`).digest('hex'), textHash: createHash('sha1').update(`t${i}`).digest('hex'),
			symbols: Array.from({ length: i % 5 }, (__, k) => ({ name: `${'一二三四五'[k]}、${'任务'.repeat(i % 7)}`, kind: 'section' as const, container: '', range: [k, 0, k, i % 40] as [number, number, number, number] })),
		}));
		const bytes = await encodeCatalog(entries, 'sig');
		assert.ok(bytes.length > 4 * 16384, `${bytes.length} bytes`);
		const loaded = await decodeCatalog(bytes, 'sig');
		assert.equal(loaded.status, 'ok');
		assert.equal(loaded.refused, 0);
		assert.deepEqual(loaded.entries, entries);
		const truncated = await decodeCatalog(bytes.subarray(0, bytes.length - 9), 'sig');
		assert.equal(truncated.status, 'corrupt', 'a store cut short is refused whole, not read up to the cut');
	});

	it('is not used under another signature (another analysis made it), nor when missing', async () => {
		assert.equal((await decodeCatalog(await encodeCatalog([ENTRY], 'old'), 'new')).status, 'other signature');
		assert.equal((await decodeCatalog(undefined, 'sig')).status, 'missing');
	});

	it('accepts no damaged store silently: 500 random byte changes are each refused or change nothing', async () => {
		const entries = Array.from({ length: 30 }, (_, i) => ({ ...ENTRY, key: `mem:/${i}.txt`, length: i }));
		const good = await encodeCatalog(entries, 'sig');
		const r = seededRandom(7);
		let refused = 0;
		for (let trial = 0; trial < 500; trial++) {
			const bad = good.slice();
			const flips = 1 + Math.floor(r() * 8);
			for (let k = 0; k < flips; k++) { bad[Math.floor(r() * bad.length)] ^= 1 + Math.floor(r() * 255); }
			const loaded = await decodeCatalog(bad, 'sig');
			if (loaded.status === 'ok' && loaded.refused === 0) {
				// (gzip's header has fields no reader checks, its modification time for one)
				assert.deepEqual(loaded.entries, entries, `trial ${trial} accepted different entries`);
			} else { refused++; }
		}
		assert.ok(refused > 400, `${refused} of 500 refused`);
	});

	it('drops an entry whose field does not check out, and only that one', async () => {
		const bad = [{ ...ENTRY, key: 'mem:/bad.txt', byteHash: 'not a hash' }, { ...ENTRY, key: 'mem:/neg.txt', length: -1 }, ENTRY];
		const loaded = await decodeCatalog(await encodeCatalog(bad, 'sig'), 'sig');
		assert.equal(loaded.status, 'ok');
		assert.equal(loaded.refused, 2);
		assert.deepEqual(loaded.entries.map(e => e.key), ['mem:/a.txt']);
	});

	it('lets a reopened workspace analyse only what changed, tell every notice, and drop what is gone', async () => {
		const store = memoryCache();
		const first = setup({ 'mem:/sichuan.txt': readSample('sichuan'), 'mem:/gansu.txt': readSample('gansu'), 'mem:/hubei.txt': readSample('hubei'), 'mem:/diary.txt': PLAIN }, { store });
		await first.catalog.ready();
		await first.catalog.save();
		assert.ok(store.data && store.data.length > 100);

		// Between the sessions: one notice edited, one deleted, one added.
		const second = setup({
			'mem:/sichuan.txt': readSample('sichuan') + '\n补充说明。', 'mem:/gansu.txt': readSample('gansu'), 'mem:/diary.txt': PLAIN, 'mem:/shandong.txt': readSample('shandong'),
		}, { store });
		const told: string[] = [];
		const removed: string[] = [];
		second.catalog.onDidAnalyze(r => told.push(r.key));
		second.catalog.onDidRemove(k => removed.push(k));
		await second.catalog.ready();
		assert.deepEqual(second.summarizer.analysed.sort(), ['mem:/shandong.txt', 'mem:/sichuan.txt'], 'only the edited and the new file analysed');
		assert.deepEqual(told.sort(), ['mem:/gansu.txt', 'mem:/shandong.txt', 'mem:/sichuan.txt'], 'every notice told, the unchanged one too');
		assert.deepEqual(removed, ['mem:/hubei.txt'], 'the deleted notice leaves');
		assert.deepEqual(second.catalog.all().map(e => e.key).sort(), ['mem:/diary.txt', 'mem:/gansu.txt', 'mem:/shandong.txt', 'mem:/sichuan.txt']);
		assert.deepEqual(second.catalog.entry('mem:/gansu.txt')!.symbols, first.catalog.entry('mem:/gansu.txt')!.symbols);
	});

	it('analyses a file again when it is decoded another way than when stored', async () => {
		const store = memoryCache();
		const first = setup({ 'mem:/gansu.txt': readSample('gansu') }, { store });
		await first.catalog.ready();
		await first.catalog.save();
		const second = setup({ 'mem:/gansu.txt': readSample('gansu') }, { store });
		second.files.decoding = { encoding: 'utf-8' };
		await second.catalog.ready();
		assert.deepEqual(second.summarizer.analysed, ['mem:/gansu.txt']);
	});

	it('is written a while after a watched change', async () => {
		const store = memoryCache();
		const { catalog, files } = setup({ 'mem:/gansu.txt': readSample('gansu') }, { store, saveDelayMs: 1 });
		await catalog.ready();
		const holds = async (key: string) => (await decodeCatalog(store.data, catalogSignature())).entries.some(e => e.key === key);
		// Resolves at the first write that holds the new file (the scan's own write may come first).
		const written = new Promise<void>(resolve => {
			const update = store.update.bind(store);
			store.update = async merge => { await update(merge); if (await holds('mem:/sichuan.txt')) { resolve(); } };
		});
		assert.equal(await holds('mem:/sichuan.txt'), false);
		files.change('mem:/sichuan.txt', readSample('sichuan'));
		await written;
		assert.ok(await holds('mem:/gansu.txt'), 'with the files it had');
	});

	it('gives a warm start with the index cache: no file analysed, none segmented, every task back', async () => {
		const store = memoryCache(), cache = memoryCache();
		const names = ['sichuan', 'gansu', 'hubei'];
		const files = Object.fromEntries(names.map(n => [`mem:/${n}.txt`, readSample(n)]));
		const open = () => {
			const ws = setup(files, { store });
			const segmenter = new CountingSegmenter();
			const related = new WorkspaceRelatedIndex({ catalog: ws.catalog, createSegmenter: () => segmenter, cache, signature: 'test', logger: logger(), saveDelayMs: 60_000 });
			return { ...ws, related, segmenter };
		};
		const first = open();
		await first.related.start();
		await first.related.save();
		await first.catalog.save();
		const tasks = first.related.index!.taskCount;
		first.related.dispose();

		const second = open();
		await second.related.start();
		assert.deepEqual(second.summarizer.analysed, [], 'no file analysed');
		assert.equal(second.segmenter.texts, 0, 'no file segmented');
		assert.equal(second.related.index!.fileCount, names.length);
		assert.equal(second.related.index!.taskCount, tasks);
		second.related.dispose();
	});
}).timeout(60_000);
