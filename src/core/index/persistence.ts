// The index cache: every file's tasks and token sequences, keyed by the sha1 of the file's
// text, so reopening a workspace segments only files that changed. Nothing in it is trusted
// unchecked: a cache that is damaged (digests, cacheFormat.ts), holds impossible values
// (validate.ts), is of another format version or was made with another dictionary/stop list
// (signature) is ignored and rebuilt, never a crash.
//
// Writers merge: a writer re-reads the cache under the IO's lock and keeps the records of
// files it does not own (another run's roots), so two runs sharing a cache keep each other's
// files; the IO writes atomically (a temporary file renamed over the cache).
import type { PreparedModel } from './analyze';
import { frameRecord, joinChunks, readContainer, writeContainer } from './cacheFormat';
import type { FileTokens, IndexedTask } from './types';
import { checkFileTokens, fitsText } from './validate';
import type { UpdateStats, WorkspaceIndex } from './workspaceIndex';

/** 2: per-file records with digests (1 was one JSON header, unchecked). */
export const CACHE_FORMAT = 2;
/** Bump when task extraction changes what is cached. */
const TASKS_VERSION = 1;

/** Where the cache lives: a file (src/core/io/cacheFile.ts), workspace storage, memory in tests. */
export interface CacheIO {
	read(): Promise<Uint8Array | undefined>;
	/**
	 * Replaces the cache with what `next` makes of the current one. `next` sees the cache as it
	 * is at the time of writing (under the IO's lock, when it has one), and the new cache
	 * replaces the old one whole or not at all.
	 */
	update(next: (current: Uint8Array | undefined) => readonly Uint8Array[]): Promise<void>;
}

export function memoryCache(initial?: Uint8Array): CacheIO & { data: Uint8Array | undefined } {
	const io = {
		data: initial,
		read: async () => io.data,
		update: async (next: (current: Uint8Array | undefined) => readonly Uint8Array[]) => { io.data = joinChunks(next(io.data)); },
	};
	return io;
}

/** The full cache key: format, task extraction and the segmenter's own signature. */
export function cacheSignature(segmenterSignature: string): string {
	return `f${CACHE_FORMAT}.t${TASKS_VERSION}.${segmenterSignature}`;
}

// ------------------------------------------------------------------ records

/** A task as stored: its id and file follow from the record's key, so they are left out. */
type StoredTask = Omit<IndexedTask, 'id' | 'file'>;
interface StoredFile extends Omit<FileTokens, 'seq' | 'tasks'> { tasks: StoredTask[] }

/** A file's record body: u32 n | JSON (n bytes) | token sequence. */
function encodeRecord(f: FileTokens): Uint8Array {
	const stored: StoredFile = {
		key: f.key, hash: f.hash, length: f.length, docs: f.docs, vocab: f.vocab,
		tasks: f.tasks.map(({ id: _id, file: _file, ...rest }) => rest),
	};
	const json = new TextEncoder().encode(JSON.stringify(stored));
	const body = new Uint8Array(4 + json.length + f.seq.length);
	new DataView(body.buffer).setUint32(0, json.length, true);
	body.set(json, 4);
	body.set(f.seq, 4 + json.length);
	return frameRecord(body);
}

/** A record body back into a file's tokens, checked (throws when anything is wrong). */
function decodeRecord(body: Uint8Array): FileTokens {
	const n = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, true);
	if (4 + n > body.length) { throw new Error('record: JSON longer than the record'); }
	const stored = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(4, 4 + n))) as StoredFile;
	if (!stored || typeof stored.key !== 'string' || !Array.isArray(stored.tasks)) { throw new Error('record: no key or tasks'); }
	const key = stored.key;
	const ft: FileTokens = {
		key, hash: stored.hash, length: stored.length, docs: stored.docs, vocab: stored.vocab,
		tasks: stored.tasks.map(t => ({ id: `${key}#${t?.document}@${t?.offset}`, file: key, ...t })),
		seq: body.slice(4 + n),
	};
	checkFileTokens(ft);
	return ft;
}

// ------------------------------------------------------------------ whole caches

export type CacheStatus = 'ok' | 'missing' | 'corrupt' | 'format' | 'signature';

interface ReadCache {
	status: CacheStatus;
	files: FileTokens[];
	/** Each file's record as found, to carry over into a merged cache without encoding it again. */
	frames: Uint8Array[];
}

function readCache(data: Uint8Array | undefined, signature: string): ReadCache {
	const none = (status: CacheStatus): ReadCache => ({ status, files: [], frames: [] });
	if (!data || !data.length) { return none('missing'); }
	const c = readContainer(data, CACHE_FORMAT);
	if (c.status !== 'ok') { return none(c.status); }
	if (c.header!.signature !== signature) { return none('signature'); }
	const files: FileTokens[] = [];
	const keys = new Set<string>();
	try {
		for (const r of c.records) {
			const f = decodeRecord(r.body);
			if (keys.has(f.key)) { return none('corrupt'); }
			keys.add(f.key);
			files.push(f);
		}
	} catch {
		return none('corrupt');
	}
	return { status: 'ok', files, frames: c.records.map(r => r.frame) };
}

export function serializeFiles(files: readonly FileTokens[], signature: string): Uint8Array {
	return joinChunks(writeContainer(CACHE_FORMAT, signature, files.map(encodeRecord)));
}

/** The files of a cache blob, or why there are none. Never throws. */
export function deserializeFiles(data: Uint8Array | undefined, signature: string): { status: CacheStatus; files: FileTokens[] } {
	const { status, files } = readCache(data, signature);
	return { status, files };
}

export function serializeIndex(index: WorkspaceIndex, signature: string): Uint8Array {
	return serializeFiles(index.snapshot(), signature);
}

/**
 * The cache a writer leaves: its own files, plus the records of `current` (the cache as it is
 * now, perhaps written by another run meanwhile) for files the writer does not hold and
 * `keepOther` keeps. A `current` that does not check out is dropped whole.
 */
export function mergeCache(current: Uint8Array | undefined, own: readonly FileTokens[], signature: string, keepOther: (key: string) => boolean): Uint8Array[] {
	const frames = own.map(encodeRecord);
	const mine = new Set(own.map(f => f.key));
	const cur = readCache(current, signature);
	cur.files.forEach((f, i) => {
		if (!mine.has(f.key) && keepOther(f.key)) { frames.push(cur.frames[i]); }
	});
	return writeContainer(CACHE_FORMAT, signature, frames);
}

// ------------------------------------------------------------------ opening a workspace

export interface OpenStats {
	cache: CacheStatus;
	/** Files taken from the cache (same content hash). */
	reused: number;
	/** Cached entries of this workspace whose file changed, disappeared or failed to load. */
	dropped: number;
	/** Files segmented now (new or changed). */
	update: UpdateStats | null;
	loadMs: number;
	saveMs: number;
	totalMs: number;
	/** Why the cache could not be written (the index itself is complete). */
	saveError?: string;
}

/**
 * Opens a workspace: takes every file whose content hash is in the cache (renamed files
 * included) from it, segments the others, and writes the cache back when anything changed.
 * `files` are all notice files of the workspace, with their text. `owns` tells which cache
 * keys belong to this workspace (by default the keys of `files`): the others are another
 * run's and are kept as they are. `prepare` parses a file the cache does not have: null when it
 * is no notice (left out), else its model, so nothing is parsed twice and a cached file not at all.
 */
export async function openWorkspace(
	index: WorkspaceIndex,
	io: CacheIO,
	files: readonly { key: string; text: string }[],
	signature: string,
	opts: {
		signal?: AbortSignal; onProgress?: (done: number, total: number) => void; owns?: (key: string) => boolean;
		prepare?: (file: { key: string; text: string }) => PreparedModel | null;
	} = {},
): Promise<OpenStats> {
	const t0 = performance.now();
	let data: Uint8Array | undefined;
	try { data = await io.read(); } catch { data = undefined; }
	const cached = deserializeFiles(data, signature);
	data = undefined;
	const byHash = new Map<string, FileTokens>();
	for (const f of cached.files) { byHash.set(f.hash, f); }
	const rest: { key: string; text: string; prepared?: PreparedModel }[] = [];
	let reused = 0;
	for (const f of files) {
		const hash = index.contentHash(f.text);
		const hit = byHash.get(hash);
		if (hit && fitsText(hit, f.text)) {
			try {
				index.insert(hit.key === f.key ? hit : rekey(hit, f.key));
				reused++;
				continue;
			} catch {
				// Refused whole (insert is all-or-nothing): segmented below instead.
			}
		}
		if (!opts.prepare) { rest.push(f); continue; }
		const prepared = opts.prepare(f);
		if (prepared) { rest.push({ ...f, prepared }); }
	}
	const loadMs = performance.now() - t0;
	opts.onProgress?.(reused, files.length);
	const update = rest.length ? await index.updateMany(rest, { signal: opts.signal, onProgress: d => opts.onProgress?.(reused + d, files.length) }) : null;
	const keys = new Set(files.map(f => f.key));
	const owns = opts.owns ?? ((k: string) => keys.has(k));
	// Entries of this workspace the index does not hold as cached: changed, renamed or deleted files.
	const dropped = cached.files.filter(c => owns(c.key) && index.hashOf(c.key) !== c.hash).length;
	let saveMs = 0;
	let saveError: string | undefined;
	if (rest.length || dropped || cached.status !== 'ok') {
		const ts = performance.now();
		const own = index.snapshot();
		try {
			await io.update(current => mergeCache(current, own, signature, k => !owns(k)));
		} catch (e) {
			saveError = String((e as Error)?.message ?? e);
		}
		saveMs = performance.now() - ts;
	}
	return { cache: cached.status, reused, dropped, update, loadMs, saveMs, totalMs: performance.now() - t0, ...(saveError ? { saveError } : {}) };
}


/** A cached file under another key (the file was renamed or copied). */
export function rekey(f: FileTokens, key: string): FileTokens {
	return {
		...f, key,
		tasks: f.tasks.map(t => ({ ...t, file: key, id: `${key}${t.id.slice(t.id.lastIndexOf('#'))}` })),
	};
}
