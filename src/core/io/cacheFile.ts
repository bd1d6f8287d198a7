// The index cache as a file (the CLI's --cache, the editor's workspace storage).
//
// Atomic: the new cache is written to a temporary file in the same folder, flushed, then
// renamed over the cache, so a reader sees the old cache or the new one, never half of one.
//
// One writer at a time: `update` holds `<cache>.lock` (created with O_EXCL, 'wx') while it
// reads the current cache, merges and writes, so a writer always merges with what the last
// one wrote (persistence.ts keeps the other run's files). The lock holds its owner's pid,
// host and a random token. It is stale when its owner process is gone (same host) or it is
// older than `staleMs` (a writer holds it for one read-merge-write); a stale lock is taken
// over by renaming it aside (of two contenders only one rename can succeed) and checking that
// what was renamed is the lock that was judged stale, not one just taken by someone else.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CacheIO } from '../index/persistence';

export interface FileCacheOptions {
	/** A lock older than this is stale whoever holds it (a hung process, another host). */
	staleMs?: number;
	/** How long to wait for another writer's lock before giving up. */
	timeoutMs?: number;
	/** How often to look again while another writer holds the lock. */
	retryMs?: number;
}

interface LockOwner { pid: number; host: string; token: string }

const DEFAULTS: Required<FileCacheOptions> = { staleMs: 120_000, timeoutMs: 30_000, retryMs: 20 };
/** Written chunks are gathered into blocks of this size (the cache has one chunk per file). */
const BLOCK = 1 << 20;

const errCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException)?.code;
const delay = (ms: number) => new Promise<void>(r => setTimeout(r, ms));

export function lockPathOf(file: string): string { return `${file}.lock`; }

export function fileCache(file: string, options: FileCacheOptions = {}): CacheIO {
	const opts = { ...DEFAULTS, ...options };
	return {
		read: () => readIfExists(file),
		update: async next => {
			const release = await acquireLock(lockPathOf(file), opts);
			try {
				await removeLeftovers(file, opts.staleMs);
				const current = await readIfExists(file);
				await writeAtomic(file, await next(current));
			} finally {
				await release();
			}
		},
	};
}

async function readIfExists(file: string): Promise<Uint8Array | undefined> {
	try {
		return await fs.readFile(file);
	} catch (e) {
		if (errCode(e) === 'ENOENT') { return undefined; }
		throw e;
	}
}

const tempName = (file: string) => `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
const TEMP = /^(.*)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Writes the chunks to a temporary file beside `file` and renames it over `file` (with `mode`, when given: a user's file keeps its permissions). */
export async function writeAtomic(file: string, chunks: readonly Uint8Array[], mode?: number): Promise<void> {
	await fs.mkdir(path.dirname(file), { recursive: true });
	const tmp = tempName(file);
	let fh: fs.FileHandle | undefined;
	try {
		fh = await fs.open(tmp, 'wx');
		if (mode !== undefined) { await fh.chmod(mode); }
		await writeAll(fh, chunks);
		await fh.sync();
		await fh.close();
		fh = undefined;
		await renameReplacing(tmp, file);
	} catch (e) {
		await fh?.close().catch(() => undefined);
		await fs.rm(tmp, { force: true });
		throw e;
	}
}

async function writeAll(fh: fs.FileHandle, chunks: readonly Uint8Array[]): Promise<void> {
	const write = async (b: Uint8Array) => {
		for (let at = 0; at < b.length;) { at += (await fh.write(b, at, b.length - at)).bytesWritten; }
	};
	let block: Uint8Array[] = [];
	let size = 0;
	const flush = async () => {
		if (!block.length) { return; }
		await write(block.length === 1 ? block[0] : Buffer.concat(block, size));
		block = [];
		size = 0;
	};
	for (const c of chunks) {
		block.push(c);
		size += c.length;
		if (size >= BLOCK) { await flush(); }
	}
	await flush();
}

/** Windows refuses to replace a file another process has open for a moment: try a few times. */
async function renameReplacing(from: string, to: string): Promise<void> {
	for (let attempt = 0; ; attempt++) {
		try {
			await fs.rename(from, to);
			return;
		} catch (e) {
			if (attempt >= 10 || !['EPERM', 'EACCES', 'EBUSY'].includes(errCode(e) ?? '')) { throw e; }
			await delay(50);
		}
	}
}

/** Temporary files of writers that died before renaming (called under the lock). */
async function removeLeftovers(file: string, staleMs: number): Promise<void> {
	const dir = path.dirname(file), base = path.basename(file);
	let names: string[];
	try { names = await fs.readdir(dir); } catch { return; }
	for (const name of names) {
		const m = TEMP.exec(name);
		if (!m || m[1] !== base) { continue; }
		const p = path.join(dir, name);
		const stat = await fs.stat(p).catch(() => undefined);
		if (stat && (!processAlive(Number(m[2])) || Date.now() - stat.mtimeMs > staleMs)) { await fs.rm(p, { force: true }); }
	}
}

// ------------------------------------------------------------------ the lock

/** Takes the lock, waiting while a live writer holds it; resolves to its release. */
export async function acquireLock(lock: string, opts: Required<FileCacheOptions>): Promise<() => Promise<void>> {
	const me: LockOwner = { pid: process.pid, host: os.hostname(), token: randomBytes(8).toString('hex') };
	const deadline = Date.now() + opts.timeoutMs;
	await fs.mkdir(path.dirname(lock), { recursive: true });
	for (;;) {
		try {
			await fs.writeFile(lock, JSON.stringify(me), { flag: 'wx' });
			return () => releaseLock(lock, me.token);
		} catch (e) {
			if (errCode(e) !== 'EEXIST') { throw e; }
		}
		if (await takeOverIfStale(lock, opts.staleMs)) { continue; }
		if (Date.now() >= deadline) { throw new Error(`the index cache is being written by another process (${lock})`); }
		await delay(opts.retryMs);
	}
}

/** Removes a stale lock; true when the lock is gone (try again), false when it is live. */
async function takeOverIfStale(lock: string, staleMs: number): Promise<boolean> {
	let text: string, mtimeMs: number;
	try {
		mtimeMs = (await fs.stat(lock)).mtimeMs;
		text = await fs.readFile(lock, 'utf8');
	} catch (e) {
		if (errCode(e) === 'ENOENT') { return true; }
		throw e;
	}
	if (!isStale(parseOwner(text), mtimeMs, staleMs)) { return false; }
	const aside = `${lock}.${randomBytes(4).toString('hex')}.stale`;
	try {
		await fs.rename(lock, aside);
	} catch (e) {
		if (errCode(e) === 'ENOENT') { return true; } // another contender took it over first
		throw e;
	}
	const taken = await fs.readFile(aside, 'utf8').catch(() => undefined);
	// Renamed a lock someone took between our look and our rename: give it back (unless a third
	// writer has locked meanwhile, which link refuses).
	if (taken !== text) { await fs.link(aside, lock).catch(() => undefined); }
	await fs.rm(aside, { force: true });
	return true;
}

function parseOwner(text: string): LockOwner | undefined {
	try {
		const o = JSON.parse(text) as LockOwner;
		return o && Number.isSafeInteger(o.pid) && typeof o.host === 'string' && typeof o.token === 'string' ? o : undefined;
	} catch {
		return undefined; // written half by a writer that died, or being written right now: judged by age
	}
}

function isStale(owner: LockOwner | undefined, mtimeMs: number, staleMs: number): boolean {
	if (Date.now() - mtimeMs > staleMs) { return true; }
	return !!owner && owner.host === os.hostname() && !processAlive(owner.pid);
}

function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return errCode(e) === 'EPERM'; // alive, someone else's
	}
}

async function releaseLock(lock: string, token: string): Promise<void> {
	const text = await fs.readFile(lock, 'utf8').catch(() => undefined);
	if (parseOwner(text ?? '')?.token === token) { await fs.rm(lock, { force: true }); }
}
