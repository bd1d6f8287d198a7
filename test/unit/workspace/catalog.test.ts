// The workspace catalog (src/core/workspace/catalog.ts) in memory: the scan, the watched changes,
// cancellation, restarts, trust and the summaries it keeps, over a Map for a file system and the
// summarizer the analysis worker runs, called in this thread. The editor's adapter
// (src/extension/workspace/catalog.ts) only plugs VS Code's file system in.
import * as assert from 'node:assert/strict';
import type { NoticeRead } from '../../../src/core/workspace/catalog';
import { readSample } from '../paths';
import { catalogs, next, PLAIN, setup } from './memoryWorkspace';

describe('workspace catalog (in memory)', () => {
	afterEach(() => { catalogs.splice(0).forEach(c => c.dispose()); });

	it('reads every file once, keeps notices with their outline symbols, and tells listeners about each notice', async () => {
		const { catalog, files, summarizer } = setup({
			'mem:/a/sichuan.txt': readSample('sichuan'),
			'mem:/a/gansu.txt': readSample('gansu'),
			'mem:/a/diary.txt': PLAIN,
		});
		const heard: NoticeRead[] = [];
		catalog.onDidAnalyze(r => heard.push(r));
		assert.equal(catalog.isScanning, false);
		const ready = catalog.ready();
		assert.equal(catalog.isScanning, true);
		await ready;
		assert.equal(catalog.isScanning, false);
		assert.equal(files.finds, 1);
		assert.deepEqual(summarizer.calls.sort(), ['mem:/a/diary.txt', 'mem:/a/gansu.txt', 'mem:/a/sichuan.txt']);
		assert.deepEqual(catalog.notices().map(e => e.key).sort(), ['mem:/a/gansu.txt', 'mem:/a/sichuan.txt']);
		assert.equal(catalog.all().length, 3, 'a file that is not a notice is known too');
		const sichuan = catalog.entry('mem:/a/sichuan.txt')!;
		assert.ok(sichuan.symbols.some(s => s.name.startsWith('一、')), 'its headings, for Go to Symbol in Workspace');
		assert.match(sichuan.textHash, /^[0-9a-f]{40}$/);
		assert.equal(sichuan.length, readSample('sichuan').length);
		assert.deepEqual(heard.map(h => h.key).sort(), ['mem:/a/gansu.txt', 'mem:/a/sichuan.txt']);
		assert.ok(heard.every(h => h.analyzed === undefined), 'no tasks until the index wants them');
		await catalog.ready();
		assert.equal(files.finds, 1, 'one scan, however often ready() is asked');
	});

	it('reads notices with their tasks once the index wants them, and tasksOf reads one again', async () => {
		const { catalog } = setup({ 'mem:/sichuan.txt': readSample('sichuan') });
		catalog.wantsTasks = true;
		const read = next(catalog.onDidAnalyze);
		await catalog.ready();
		const first = await read;
		assert.ok(first.analyzed && first.analyzed.tasks.length > 10, 'the tasks come with the notice');
		const again = await catalog.tasksOf('mem:/sichuan.txt');
		assert.equal(again?.tasks.length, first.analyzed!.tasks.length);
		assert.equal(await catalog.tasksOf('mem:/gone.txt'), undefined, 'a file that is not there has no tasks');
	});

	it('skips binary files and files over the size limit with a line in the log, and goes on', async () => {
		const big = readSample('sichuan').repeat(10);
		const { catalog, log } = setup({
			'mem:/bin.dat': new Uint8Array(4096).map((_, i) => i % 7 === 0 ? 0 : 200),
			'mem:/big.txt': big,
			'mem:/gansu.txt': readSample('gansu'),
		}, { maxFileBytes: Buffer.byteLength(big) - 1 });
		await catalog.ready();
		assert.deepEqual(catalog.all().map(e => e.key), ['mem:/gansu.txt']);
		assert.ok(log.lines.some(l => l.message.startsWith('skipped mem:/bin.dat')), 'the binary file named');
		assert.ok(log.lines.some(l => /skipped mem:\/big\.txt: \d+ bytes is over the scan limit/.test(l.message)));
	});

	it('follows watched changes: a burst of saves is read once, a new notice is told, a deleted one removed', async () => {
		const { catalog, files, summarizer } = setup({ 'mem:/sichuan.txt': readSample('sichuan') });
		await catalog.ready();
		assert.equal(files.watching, 1);
		summarizer.calls = [];
		const changed = next(catalog.onDidChange);
		for (let i = 0; i < 5; i++) { files.change('mem:/sichuan.txt', readSample('sichuan') + `\n补充说明第${i}条。`); }
		await changed;
		assert.deepEqual(summarizer.calls, ['mem:/sichuan.txt'], 'five saves, one read');

		const told = next(catalog.onDidAnalyze, r => r.key === 'mem:/gansu.txt');
		files.change('mem:/gansu.txt', readSample('gansu'));
		assert.equal((await told).textHash, catalog.entry('mem:/gansu.txt')!.textHash);

		const removed = next(catalog.onDidRemove);
		files.remove('mem:/gansu.txt');
		assert.equal(await removed, 'mem:/gansu.txt');
		assert.equal(catalog.entry('mem:/gansu.txt'), undefined);
	});

	it('does not analyse unchanged bytes again, and removes a notice that stops being one', async () => {
		const { catalog, files } = setup({ 'mem:/sichuan.txt': readSample('sichuan') });
		await catalog.ready();
		let told = 0;
		catalog.onDidAnalyze(() => told++);
		const hash = catalog.entry('mem:/sichuan.txt')!.byteHash;
		const same = next(catalog.onDidChange);
		files.change('mem:/sichuan.txt', readSample('sichuan'));
		await same;
		assert.equal(told, 0, 'the same bytes: nothing to tell');
		assert.equal(catalog.entry('mem:/sichuan.txt')!.byteHash, hash);

		const removed = next(catalog.onDidRemove);
		files.change('mem:/sichuan.txt', PLAIN);
		assert.equal(await removed, 'mem:/sichuan.txt');
		assert.equal(catalog.notices().length, 0);
		assert.equal(catalog.all().length, 1, 'still known, as a file that is not a notice');
	});

	it('stops a scan when cancelled, stopping the summary under way', async () => {
		const names = ['gansu', 'guizhou', 'hubei', 'qinghai', 'shaanxi', 'shandong'];
		const { catalog, summarizer, log } = setup(Object.fromEntries(names.map(n => [`mem:/${n}.txt`, readSample(n)])));
		summarizer.hold();
		const ready = catalog.ready();
		// Wait until the scan is inside a summary (the summarizer's own call list), then cancel.
		await new Promise<void>(resolve => { const poll = () => summarizer.calls.length ? resolve() : setImmediate(poll); poll(); });
		catalog.cancelScan();
		await ready;
		assert.equal(summarizer.restarts, 1, 'the summary under way is stopped, not waited for');
		assert.equal(catalog.isScanning, false);
		assert.ok(summarizer.calls.length < names.length, `${summarizer.calls.length} of ${names.length} files asked for`);
		assert.equal(catalog.all().length, 0);
		assert.ok(log.lines.some(l => l.message.includes('(cancelled)')));
		assert.ok(!log.lines.some(l => l.level === 'warn'), 'a cancelled summary is not a failure');
	});

	it('forgets every file and scans again on restart (settings, folders or trust changed)', async () => {
		const { catalog, files } = setup({ 'mem:/sichuan.txt': readSample('sichuan'), 'mem:/gansu.txt': readSample('gansu') });
		await catalog.ready();
		const removed: string[] = [];
		catalog.onDidRemove(k => removed.push(k));
		files.files.delete('mem:/gansu.txt');
		catalog.restart();
		assert.deepEqual(removed.sort(), ['mem:/gansu.txt', 'mem:/sichuan.txt'], 'every notice leaves the listeners');
		await catalog.ready();
		assert.equal(files.finds, 2);
		assert.deepEqual(catalog.all().map(e => e.key), ['mem:/sichuan.txt']);
		assert.equal(files.watching, 1, 'the old watcher is gone');
	});

	it('reads nothing while the workspace may not be read, and scans once it may', async () => {
		let trusted = false;
		const { catalog, files } = setup({ 'mem:/sichuan.txt': readSample('sichuan') }, { allowed: () => trusted });
		await catalog.ready();
		assert.equal(files.finds, 0);
		assert.equal(catalog.all().length, 0);
		trusted = true;
		catalog.restart();
		await catalog.ready();
		assert.equal(catalog.notices().length, 1);
	});

	it('reads again the notices read before metrics were wanted', async () => {
		const { catalog } = setup({ 'mem:/sichuan.txt': readSample('sichuan'), 'mem:/gansu.txt': readSample('gansu') });
		await catalog.ready();
		assert.ok(catalog.notices().every(e => e.metrics === undefined));
		catalog.wantsMetrics = true;
		const changed = next(catalog.onDidChange);
		await catalog.readMissingMetrics();
		await changed;
		assert.ok(catalog.notices().every(e => e.metrics !== undefined));
		assert.ok(catalog.entry('mem:/sichuan.txt')!.metrics!.targets.some(t => t.text === '超500亿元'));
	});

	it('gives the task table\'s rows of a file without keeping them', async () => {
		const { catalog } = setup({ 'mem:/sichuan.txt': readSample('sichuan') });
		await catalog.ready();
		const rows = await catalog.taskRowsOf('mem:/sichuan.txt', {});
		assert.ok(rows && rows.length > 10);
		assert.equal(catalog.all().length, 1);
	});

	it('logs a failed search and a failing listener, and still ends the scan with the others told', async () => {
		const failed = setup({ 'mem:/sichuan.txt': readSample('sichuan') });
		failed.files.failFind = new Error('search broke');
		await failed.catalog.ready();
		assert.equal(failed.catalog.isScanning, false);
		assert.ok(failed.log.lines.some(l => l.level === 'error' && l.message.includes('search broke')));

		const { catalog, log } = setup({ 'mem:/sichuan.txt': readSample('sichuan'), 'mem:/gansu.txt': readSample('gansu') });
		const heard: string[] = [];
		catalog.onDidAnalyze(() => { throw new Error('listener broke'); });
		catalog.onDidAnalyze(r => heard.push(r.key));
		await catalog.ready();
		assert.equal(heard.length, 2, 'the second listener hears both notices');
		assert.equal(log.lines.filter(l => l.level === 'error' && l.message.includes('listener broke')).length, 2);
	});

	it('runs its scan inside the host\'s progress, whose cancel button stops it', async () => {
		const names = Array.from({ length: 25 }, (_, i) => `mem:/n${String(i).padStart(2, '0')}.txt`);
		const reports: string[] = [];
		const whole = setup(Object.fromEntries(names.map(n => [n, readSample('gansu')])), {
			withProgress: async scan => { await scan(m => reports.push(m)); },
		});
		await whole.catalog.ready();
		assert.deepEqual(reports, ['20/25'], 'one report per 20 files');
		assert.equal(whole.catalog.notices().length, 25);

		let cancelButton: (() => void) | undefined;
		const { catalog, summarizer } = setup(Object.fromEntries(names.map(n => [n, readSample('gansu')])), {
			withProgress: async (scan, cancel) => { cancelButton = cancel; await scan(() => undefined); },
		});
		summarizer.hold();
		const ready = catalog.ready();
		await new Promise<void>(resolve => { const poll = () => summarizer.calls.length ? resolve() : setImmediate(poll); poll(); });
		cancelButton!();
		await ready;
		assert.equal(summarizer.restarts, 1);
		assert.ok(catalog.all().length < 25, `${catalog.all().length} files read`);
	});

});
