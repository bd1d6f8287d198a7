// The workspace index's lifecycle (src/core/workspace/relatedIndex.ts) in memory: start on first
// need, the cache read and written, cancel and resume, rebuild, a failed start retried, trust, a
// new segmenter, files leaving the catalog. The samples are the workspace; the in-process
// segmenter, counted, stands for the worker processes.
import * as assert from 'node:assert/strict';
import { memoryCache, type CacheIO, type CacheMerge } from '../../../src/core/index/persistence';
import { createNoticeService } from '../../../src/core/service';
import { WorkspaceRelatedIndex, type RelatedIndexOptions } from '../../../src/core/workspace/relatedIndex';
import { CountingSegmenter } from '../crossref/helpers';
import { readSample, sampleNames } from '../paths';
import { catalogs, logger, next, setup } from './memoryWorkspace';

/** A cache held in memory, counting its writes. */
function countedCache(): CacheIO & { data: Uint8Array | undefined; writes: number } {
	const inner = memoryCache();
	const cache = {
		writes: 0,
		get data() { return inner.data; },
		read: () => inner.read(),
		update: async (next: CacheMerge) => { await inner.update(next); cache.writes++; },
	};
	return cache;
}

const indexes: WorkspaceRelatedIndex[] = [];

function workspace(options: Partial<RelatedIndexOptions> & { names?: string[] } = {}) {
	const names = options.names ?? sampleNames();
	const ws = setup(Object.fromEntries(names.map(n => [`mem:/${n}.txt`, readSample(n)])));
	const segmenters: CountingSegmenter[] = [];
	const cache = options.cache ?? countedCache();
	const log = logger();
	const related = new WorkspaceRelatedIndex({
		catalog: ws.catalog,
		createSegmenter: () => { const s = new CountingSegmenter(); segmenters.push(s); return s; },
		cache,
		signature: 'test',
		logger: log,
		saveDelayMs: 60_000, // saved by the test (save()), not by a timer
		...options,
	});
	indexes.push(related);
	return { ...ws, related, segmenters, cache, log, names };
}

/** Texts segmented by every segmenter the index made. */
const segmented = (s: CountingSegmenter[]) => s.reduce((n, x) => n + x.texts, 0);

describe('workspace index lifecycle (in memory)', function () {
	this.timeout(60_000); // nodejieba loads once per process

	afterEach(() => {
		indexes.splice(0).forEach(i => i.dispose());
		catalogs.splice(0).forEach(c => c.dispose());
	});

	it('starts on first need only, indexes every notice the catalog reads, and writes its cache', async () => {
		const cache = countedCache();
		const { related, segmenters, names } = workspace({ cache });
		assert.equal(related.index, undefined, 'nothing before the first start');
		assert.equal(segmenters.length, 0, 'no segmenter before the first start');
		const started = related.start();
		assert.equal(related.isStarted, true);
		assert.equal(related.isIndexing, true);
		await started;
		assert.equal(related.isIndexing, false);
		assert.equal(related.index!.fileCount, names.length);
		assert.ok(related.index!.taskCount > 200, `${related.index!.taskCount} tasks`);
		assert.ok(segmented(segmenters) > 0);
		assert.equal(related.start(), started, 'one start, however often asked');
		await related.save();
		assert.equal(cache.writes, 1);
		assert.ok(cache.data && cache.data.length > 1000);
	});

	it('takes every file from the cache in a second window: nothing is segmented again', async () => {
		const first = workspace();
		await first.related.start();
		await first.related.save();
		const second = workspace({ cache: first.cache });
		await second.related.start();
		assert.equal(second.related.index!.fileCount, first.names.length);
		assert.equal(second.related.index!.taskCount, first.related.index!.taskCount);
		assert.equal(segmented(second.segmenters), 0);
	});

	it('stops when cancelled, and the next start picks up the files left', async () => {
		const { related, catalog, summarizer, names } = workspace();
		summarizer.hold();
		const started = related.start();
		await new Promise<void>(resolve => { const poll = () => summarizer.calls.length ? resolve() : setImmediate(poll); poll(); });
		catalog.cancelScan();
		related.cancel();
		summarizer.release();
		await started;
		assert.equal(related.isStarted, false, 'a cancelled start is not remembered');
		assert.ok(related.index!.fileCount < names.length, `${related.index!.fileCount} files in after the cancel`);
		catalog.restart(); // what the next scan does after a cancelled one (the editor's cancel stops both)
		await related.start();
		assert.equal(related.index!.fileCount, names.length, 'every file in after the next start');
	});

	it('rebuilds from nothing when asked (the cache is not read); a start asked meanwhile waits for the rebuild', async () => {
		const { related, segmenters } = workspace();
		await related.start();
		const before = segmenters[0].texts;
		const tasks = related.index!.taskCount;
		await related.save();
		const rebuilt = related.rebuild();
		assert.equal(related.start(), rebuilt, 'a query\'s start joins the rebuild');
		await rebuilt;
		assert.equal(related.index!.taskCount, tasks);
		assert.equal(segmented(segmenters), before * 2, 'every notice segmented again');
	});

	it('retries a start that failed', async () => {
		let failures = 1;
		const { related, names } = workspace({
			cache: { read: async () => undefined, update: async () => undefined },
			createSegmenter: () => {
				if (failures-- > 0) { throw new Error('segmenter would not start'); }
				return new CountingSegmenter();
			},
		});
		await assert.rejects(related.start(), /segmenter would not start/);
		assert.equal(related.isStarted, false);
		await related.start();
		assert.equal(related.index!.fileCount, names.length);
	});

	it('reads nothing while the workspace may not be read', async () => {
		let trusted = false;
		const { related, files, segmenters } = workspace({ allowed: () => trusted });
		await related.start();
		await related.rebuild();
		assert.equal(related.index, undefined);
		assert.equal(segmenters.length, 0);
		assert.equal(files.finds, 0, 'the catalog was not asked to scan');
		trusted = true;
		await related.start();
		assert.ok(related.index!.fileCount > 0);
	});

	it('builds the index again with a new segmenter (its settings changed), disposing the old one', async () => {
		const { related, segmenters, names } = workspace({ names: ['sichuan', 'gansu'] });
		await related.start();
		let disposed = 0;
		segmenters[0].dispose = () => { disposed++; };
		related.replaceSegmenter();
		assert.equal(disposed, 1);
		assert.equal(segmenters.length, 2);
		await related.start(); // the rebuild the new segmenter started
		assert.equal(related.index!.fileCount, names.length);
		assert.ok(segmenters[1].texts > 0, 'the new segmenter built it');
	});

	it('drops a file the catalog no longer has', async () => {
		const { related, catalog, files } = workspace({ names: ['sichuan', 'gansu'] });
		await related.start();
		const gone = next(catalog.onDidRemove);
		files.remove('mem:/gansu.txt');
		await gone;
		assert.equal(related.index!.fileCount, 1);
		assert.equal(related.index!.hashOf('mem:/gansu.txt'), undefined);
	});

	it('takes a new notice, its new text when it changes, and drops it when deleted: a query finds what it says now', async () => {
		// Checked each time the index says it changed (no timer).
		const waiting: (() => void)[] = [];
		const { related, files } = workspace({ names: ['sichuan', 'gansu', 'tianjin-qilian'], onChange: () => waiting.splice(0).forEach(f => f()) });
		const until = (test: () => boolean) => new Promise<void>(resolve => { const check = () => test() ? resolve() : waiting.push(check); check(); });
		await related.start();
		const key = 'mem:/zz-new-notice.txt';
		let probes = 0;
		const notice = (topic: string) => `某省人民政府关于推进${topic}发展的通知\n各市人民政府:\n一、总体要求\n(一)指导思想。推进${topic}发展。\n二、重点任务\n(一)${topic}示范工程。到2020年,培育${topic}企业10家以上。\n`;
		// The probe is another notice on the same topic (an identical one would be its duplicate).
		const search = async (topic: string) => {
			const text = `某市人民政府办公厅关于加快${topic}应用的实施意见\n各区人民政府:\n一、重点工作\n(一)建设${topic}示范工程。支持${topic}企业发展。\n`;
			const probe = { uri: 'mem:/probe.txt', version: ++probes, getText: () => text };
			const answer = await createNoticeService({ workspace: related }).getRelatedTasks(probe, text.indexOf(`(一)建设${topic}`) + 4, { limit: 10 });
			return (answer?.results ?? []).filter(r => r.task.file === key).map(r => r.task.title);
		};
		files.change(key, notice('量子计算'));
		await until(() => related.index!.hashOf(key) !== undefined);
		assert.ok((await search('量子计算')).some(t => t.includes('量子计算')));
		const first = related.index!.hashOf(key);
		files.change(key, notice('区块链'));
		await until(() => related.index!.hashOf(key) !== first);
		assert.ok((await search('区块链')).some(t => t.includes('区块链')), 'the changed text is indexed');
		assert.ok(!(await search('量子计算')).some(t => t.includes('量子计算')), 'the old text is gone');
		files.remove(key);
		await until(() => related.index!.hashOf(key) === undefined);
		assert.deepEqual(await search('区块链'), [], 'the deleted notice is found no more');
	});

	it('is started by the language service on the first related-tasks query, which answers from it', async () => {
		const { related, names } = workspace({ names: ['sichuan', 'gansu', 'hubei'] });
		const service = createNoticeService({ workspace: related });
		const text = readSample('gansu');
		const doc = { uri: 'mem:/gansu.txt', version: 1, getText: () => text };
		assert.equal(related.isStarted, false);
		const answer = await service.getRelatedTasks(doc, text.indexOf('8.智能制造') + 3, { limit: 5 });
		assert.equal(related.isStarted, true);
		assert.equal(related.index!.fileCount, names.length);
		assert.equal(answer?.query.title, '智能制造');
		assert.ok(answer.results.length > 0);
		assert.ok(answer.results.every(r => r.task.file !== 'mem:/gansu.txt'), 'other notices only');
		assert.equal(answer.indexing, false);
	});

	it('answers no related tasks while the workspace may not be read, and rejects a query cancelled while the index starts', async () => {
		const untrusted = workspace({ names: ['sichuan'], allowed: () => false });
		const text = readSample('sichuan');
		const doc = { uri: 'mem:/sichuan.txt', version: 1, getText: () => text };
		assert.equal(await createNoticeService({ workspace: untrusted.related }).getRelatedTasks(doc, 10), null);

		const { related, summarizer } = workspace({ names: ['sichuan', 'gansu'] });
		summarizer.hold(); // the catalog's scan waits: the start cannot end
		const abort = new AbortController();
		const asked = createNoticeService({ workspace: related }).getRelatedTasks(doc, 10, { signal: abort.signal });
		abort.abort();
		await assert.rejects(asked, { name: 'AbortError' });
		summarizer.release();
	});
});
