// The cache file: written atomically (no temporary file left, the old cache intact when a
// write fails), one writer at a time under a lock file (stale locks taken over), and writers
// merging so that two runs sharing a cache keep each other's files.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cacheSignature, deserializeFiles, openWorkspace, type CacheIO } from '../../../src/core/index/persistence';
import { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import type { Segmenter } from '../../../src/core/segment/segmenter';
import { fileCache, lockPathOf } from '../../../src/core/io/cacheFile';
import { WRITER_SIGNATURE } from './cacheWriterChild';
import { FakeSegmenter, syntheticNotice } from './fixtures';
import { CountingSegmenter } from './helpers';

const SIG = cacheSignature('test');

/** Notices `first`…`first + n - 1` under `root`. */
const notices = (root: string, first: number, n: number) => Array.from({ length: n }, (_, i) => ({ key: `${root}/${i}.txt`, text: syntheticNotice(first + i) }));
const freshIndex = (seg: Segmenter = new FakeSegmenter()) => new WorkspaceIndex({ segmenter: seg, annotate: null });
const under = (root: string) => (key: string) => key.startsWith(`${root}/`);

/** The pid of a process that has exited. */
function deadPid(): number {
	const r = spawnSync(process.execPath, ['-e', '']);
	return r.pid!;
}

function exitOf(args: string[]): Promise<{ code: number | null; stderr: string }> {
	const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', d => { stderr += d; });
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', code => resolve({ code, stderr }));
	});
}

describe('crossref: cache file', function () {
	this.timeout(60_000);
	let dir: string;
	let file: string;
	beforeEach(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-cache-'));
		file = path.join(dir, 'index.bin');
	});
	afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

	it('two runs that read the cache before either writes both keep their files', async () => {
		// Both reads are held until both have happened: each run then writes over a cache that
		// lacks the other's files, the case where the last writer used to win.
		let arrived = 0;
		let bothRead!: () => void;
		const gate = new Promise<void>(r => { bothRead = r; });
		const gated = (): CacheIO => {
			const io = fileCache(file);
			return { read: async () => { const d = await io.read(); if (++arrived === 2) { bothRead(); } await gate; return d; }, update: io.update };
		};
		const a = notices('/a', 0, 5), b = notices('/b', 10, 5);
		const [sa, sb] = await Promise.all([
			openWorkspace(freshIndex(), gated(), a, SIG, { owns: under('/a') }),
			openWorkspace(freshIndex(), gated(), b, SIG, { owns: under('/b') }),
		]);
		assert.deepEqual([sa.cache, sb.cache, sa.saveError, sb.saveError], ['missing', 'missing', undefined, undefined]);
		const keys = () => deserializeFiles(fs.readFileSync(file), SIG).files.map(f => f.key).sort();
		assert.deepEqual(keys(), [...a, ...b].map(f => f.key).sort());
		assert.deepEqual(fs.readdirSync(dir), ['index.bin'], 'no temporary file or lock left');

		// A later run over /a, one file deleted: reuses the rest, drops the deleted one, keeps /b.
		const seg = new CountingSegmenter(new FakeSegmenter());
		const sc = await openWorkspace(freshIndex(seg), fileCache(file), a.slice(1), SIG, { owns: under('/a') });
		assert.deepEqual([sc.cache, sc.reused, sc.dropped, seg.calls], ['ok', 4, 1, 0]);
		assert.deepEqual(keys(), [...a.slice(1), ...b].map(f => f.key).sort());
	});

	it('two processes writing one cache 25 times each lose none of each other\'s files', async () => {
		const child = path.join(__dirname, 'cacheWriterChild.js');
		const [x, y] = await Promise.all([exitOf([child, file, '/x', '0', '25']), exitOf([child, file, '/y', '1000', '25'])]);
		assert.deepEqual([x.code, y.code], [0, 0], x.stderr + y.stderr);
		const { status, files } = deserializeFiles(fs.readFileSync(file), WRITER_SIGNATURE);
		assert.equal(status, 'ok');
		const expected = [...Array.from({ length: 25 }, (_, i) => `/x/${i}.txt`), ...Array.from({ length: 25 }, (_, i) => `/y/${i}.txt`)];
		assert.deepEqual(files.map(f => f.key).sort(), expected.sort());
		assert.deepEqual(fs.readdirSync(dir), ['index.bin']);
	});

	it('a write that fails midway leaves the old cache and no temporary file', async () => {
		const io = fileCache(file);
		await io.update(() => [Uint8Array.from([1, 2, 3])]);
		await assert.rejects(io.update(() => { throw new Error('merge failed'); }), /merge failed/);
		// A chunk that cannot be written: fails after the temporary file was opened.
		await assert.rejects(io.update(() => [Uint8Array.from([9]), { length: 2 } as unknown as Uint8Array]));
		assert.deepEqual([...fs.readFileSync(file)], [1, 2, 3]);
		assert.deepEqual(fs.readdirSync(dir), ['index.bin']);
	});

	it('takes over a lock whose process died, and one older than staleMs from another host', async () => {
		const lock = lockPathOf(file);
		fs.writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: os.hostname(), token: 'gone' }));
		await fileCache(file).update(() => [Uint8Array.from([1])]);
		assert.deepEqual([...fs.readFileSync(file)], [1]);

		fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: 'another-host', token: 'old' }));
		const hourAgo = new Date(Date.now() - 3_600_000);
		fs.utimesSync(lock, hourAgo, hourAgo);
		await fileCache(file, { staleMs: 60_000 }).update(() => [Uint8Array.from([2])]);
		assert.deepEqual([...fs.readFileSync(file)], [2]);
		assert.deepEqual(fs.readdirSync(dir), ['index.bin']);
	});

	it('waits for a live lock and gives up without touching it or the cache', async () => {
		const lock = lockPathOf(file);
		const held = JSON.stringify({ pid: process.pid, host: os.hostname(), token: 'held' });
		fs.writeFileSync(lock, held);
		await assert.rejects(fileCache(file, { timeoutMs: 50, retryMs: 5 }).update(() => [Uint8Array.from([1])]), /being written by another process/);
		assert.equal(fs.readFileSync(lock, 'utf8'), held);
		assert.ok(!fs.existsSync(file));
	});

	it('removes the temporary file of a writer that died before renaming it', async () => {
		const leftover = `${file}.${deadPid()}.0123abcd.tmp`;
		fs.writeFileSync(leftover, 'half a cache');
		await fileCache(file).update(() => [Uint8Array.from([7])]);
		assert.deepEqual(fs.readdirSync(dir), ['index.bin']);
	});
});
