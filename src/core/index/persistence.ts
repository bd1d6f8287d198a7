// The index cache: every file's tasks and token sequences, keyed by the sha1 of the file's
// text, so reopening a workspace segments only files that changed. Nothing in it is trusted
// unchecked: a cache that is damaged (digests, cacheFormat.ts), holds impossible values
// (validate.ts), is of another format version or was made with another dictionary/stop list
// (signature) is ignored and rebuilt, never a crash.
//
// Writers merge: a writer re-reads the cache under the IO's lock and keeps the records of
// files it does not own (another run's roots), so two runs sharing a cache keep each other's
// files; the IO writes atomically (a temporary file renamed over the cache).
import { analysisFingerprint } from './analysisVersion';
import type { PreparedModel } from './analyze';
import { joinChunks, readContainerSteps, writeContainer } from './cacheFormat';
import { bodyOf, decodeRecord, encodeRecord, splitRecord, type HeldRecord } from './record';
import { runInSlices, runToEnd, SLICE_MS } from '../yield';
import type { FileTokens } from './types';
import { fitsText } from './validate';
import type { UpdateStats, WorkspaceIndex } from './workspaceIndex';

/**
 * 5: a record keeps its tasks' display fields apart, each readable alone (record.ts), and the
 * index holds records instead of decoded tasks. 4: a record names its file and text hash in
 * clear before its deflated part, so a writer merging into the cache keeps the record of every
 * file it holds unchanged as it is (3 inflated and checked the whole cache and encoded every file
 * again on each save). 3: record bodies deflated
 * (2 stored them raw; 1 was one JSON header, unchecked). A record is JSON (tasks with their
 * snippets, vocabulary) and varints, ~2.5× smaller deflated.
 */
export const CACHE_FORMAT = 5;

/** Where the cache lives: a file (src/core/io/cacheFile.ts), workspace storage, memory in tests. */
export interface CacheIO {
	read(): Promise<Uint8Array | undefined>;
	/**
	 * Replaces the cache with what `next` makes of the current one. `next` sees the cache as it
	 * is at the time of writing (under the IO's lock, when it has one), and the new cache
	 * replaces the old one whole or not at all.
	 */
	update(next: CacheMerge): Promise<void>;
}

/** What a writer makes of the cache as it is now (mergeCache, or mergeCacheInSlices in the editor). */
export type CacheMerge = (current: Uint8Array | undefined) => readonly Uint8Array[] | Promise<readonly Uint8Array[]>;

export function memoryCache(initial?: Uint8Array): CacheIO & { data: Uint8Array | undefined } {
	const io = {
		data: initial,
		read: async () => io.data,
		update: async (next: CacheMerge) => { io.data = joinChunks(await next(io.data)); },
	};
	return io;
}

/** The full cache key: format, the analysis that made the tasks (analysisVersion.ts) and the segmenter's own signature. */
export function cacheSignature(segmenterSignature: string, analysis: string = analysisFingerprint()): string {
	return `f${CACHE_FORMAT}.a${analysis}.${segmenterSignature}`;
}

// ------------------------------------------------------------------ records

/**
 * Records this process has encoded or decoded and checked, by their digest (the last bytes of
 * the frame): only those are copied into a merged cache unread. A record whose digest checks out
 * but whose content does not (a bug's, an editor's) is never carried over: the cache it dropped
 * is written anew. Cleared past a bound: that costs records decoded again, nothing else.
 */
const checkedRecords = new Set<string>();
const CHECKED_BOUND = 1_000_000;
const recordId = (frame: Uint8Array): string => Buffer.from(frame.buffer, frame.byteOffset + frame.length - 16, 16).toString('base64');
function markChecked(frame: Uint8Array): void {
	if (checkedRecords.size >= CHECKED_BOUND) { checkedRecords.clear(); }
	checkedRecords.add(recordId(frame));
}

/** A file's frame, encoded now when it is given as tokens. */
function frameOf(f: FileTokens | HeldRecord): Uint8Array {
	const frame = 'frame' in f ? f.frame : encodeRecord(f);
	markChecked(frame);
	return frame;
}

// ------------------------------------------------------------------ whole caches

export type CacheStatus = 'ok' | 'missing' | 'corrupt' | 'format' | 'signature';

interface ReadCache {
	status: CacheStatus;
	files: FileTokens[];
}

/** A cache's records as read: checked as a container (digests, signature, one record per key), each decoded when its file is taken. */
export interface CacheRecords {
	status: CacheStatus;
	/** Each record's label and frame (a copy: not a view keeping the whole cache alive), for the index to hold. */
	records: HeldRecord[];
}

function* readRecordsSteps(data: Uint8Array | undefined, signature: string): Generator<void, CacheRecords> {
	const none = (status: CacheStatus): CacheRecords => ({ status, records: [] });
	if (!data || !data.length) { return none('missing'); }
	const c = yield* readContainerSteps(data, CACHE_FORMAT);
	if (c.status !== 'ok') { return none(c.status); }
	if (c.header!.signature !== signature) { return none('signature'); }
	const records: HeldRecord[] = [];
	const keys = new Set<string>();
	try {
		for (const r of c.records) {
			const { key, hash } = splitRecord(r.body).label;
			if (keys.has(key)) { return none('corrupt'); }
			keys.add(key);
			records.push({ key, hash, frame: new Uint8Array(r.frame) }); // a copy (a Buffer's slice would be a view)
		}
	} catch {
		return none('corrupt');
	}
	return { status: 'ok', records };
}

function* readCacheSteps(data: Uint8Array | undefined, signature: string): Generator<void, ReadCache> {
	const read = yield* readRecordsSteps(data, signature);
	const files: FileTokens[] = [];
	try {
		for (const r of read.records) {
			files.push(decodeRecord(bodyOf(r.frame)));
			markChecked(r.frame);
			yield;
		}
	} catch {
		return { status: 'corrupt', files: [] };
	}
	return { status: read.status, files };
}

export function serializeFiles(files: readonly FileTokens[], signature: string): Uint8Array {
	return joinChunks(writeContainer(CACHE_FORMAT, signature, files.map(encodeRecord)));
}

/** The files of a cache blob, all decoded, or why there are none (tests, tools; the index takes records one by one: CachedFiles). Never throws. */
export function deserializeFiles(data: Uint8Array | undefined, signature: string): ReadCache {
	return runToEnd(readCacheSteps(data, signature));
}

/** A cache blob's records, each decoded when its file is taken (CachedFiles), or why there are none. Never throws. */
export function readCacheRecords(data: Uint8Array | undefined, signature: string): CacheRecords {
	return runToEnd(readRecordsSteps(data, signature));
}

/** readCacheRecords in slices of `sliceMs`, the event loop getting a turn between them (the editor's extension host). */
export function readCacheRecordsInSlices(data: Uint8Array | undefined, signature: string, sliceMs = SLICE_MS): Promise<CacheRecords> {
	return runInSlices(readRecordsSteps(data, signature), sliceMs);
}

export function serializeIndex(index: WorkspaceIndex, signature: string): Uint8Array {
	return joinChunks(writeContainer(CACHE_FORMAT, signature, index.records().map(frameOf)));
}

/**
 * The cache a writer leaves: its own files, plus the records of `current` (the cache as it is
 * now, perhaps written by another run meanwhile) for files the writer does not hold and
 * `keepOther` keeps. The writer's own files are the records the index holds (HeldRecord: copied
 * as they are, so a save after one edit costs the digests, not the workspace) or tokens, encoded
 * now. Another run's record is checked before it is kept; a `current` with anything that does
 * not check out (digests, signature, a record) is dropped whole.
 */
export function mergeCache(current: Uint8Array | undefined, own: readonly (FileTokens | HeldRecord)[], signature: string, keepOther: (key: string) => boolean): Uint8Array[] {
	return runToEnd(mergeCacheSteps(current, own, signature, keepOther));
}

/** mergeCache in slices of `sliceMs`, the event loop getting a turn between them (the editor's extension host). */
export function mergeCacheInSlices(current: Uint8Array | undefined, own: readonly (FileTokens | HeldRecord)[], signature: string, keepOther: (key: string) => boolean, sliceMs = SLICE_MS): Promise<Uint8Array[]> {
	return runInSlices(mergeCacheSteps(current, own, signature, keepOther), sliceMs);
}

function* mergeCacheSteps(current: Uint8Array | undefined, own: readonly (FileTokens | HeldRecord)[], signature: string, keepOther: (key: string) => boolean): Generator<void, Uint8Array[]> {
	const mine = new Set(own.map(f => f.key));
	const others: Uint8Array[] = [];
	const c = current?.length ? yield* readContainerSteps(current, CACHE_FORMAT) : null;
	try {
		if (c?.status !== 'ok' || c.header!.signature !== signature) { throw new Error('not this cache'); }
		const seen = new Set<string>();
		for (const r of c.records) {
			const label = splitRecord(r.body).label;
			if (seen.has(label.key)) { throw new Error('record: key twice'); }
			seen.add(label.key);
			if (mine.has(label.key) || !keepOther(label.key)) { continue; }
			// Another run's record is checked before it is kept (it throws when it does not check out).
			if (!checkedRecords.has(recordId(r.frame))) { decodeRecord(r.body); markChecked(r.frame); yield; }
			others.push(r.frame);
		}
	} catch {
		others.length = 0;
	}
	const frames: Uint8Array[] = [];
	for (const f of own) {
		// (a pause after each: tokens, or a big file's record the index left unencoded, are encoded here)
		frames.push(frameOf(f));
		yield;
	}
	return writeContainer(CACHE_FORMAT, signature, frames.concat(others));
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
 * A workspace's notice files without their texts in memory: the keys, and a reader called when a
 * file's text is needed (at most twice per file: once to hash it, once more only when it must be
 * segmented), so opening 100,000 notices holds a batch of texts at a time, not all of them.
 */
export interface WorkspaceFiles {
	keys: readonly string[];
	read(key: string): string;
}

/** The files of a workspace as keys and a reader (an array of texts is read from memory). */
function asWorkspaceFiles(files: readonly { key: string; text: string }[] | WorkspaceFiles): WorkspaceFiles {
	if (!Array.isArray(files)) { return files as WorkspaceFiles; }
	const texts = new Map((files as readonly { key: string; text: string }[]).map(f => [f.key, f.text]));
	return { keys: [...texts.keys()], read: key => texts.get(key)! };
}

/**
 * Opens a workspace: takes every file whose content hash is in the cache (renamed files
 * included) from it, segments the others, and writes the cache back when anything changed.
 * `files` are all notice files of the workspace: with their text, or as keys and a reader
 * (WorkspaceFiles). `owns` tells which cache keys belong to this workspace (by default the keys
 * of `files`): the others are another run's and are kept as they are. `prepare` parses a file
 * the cache does not have: null when it is no notice (left out), else its model, so nothing is
 * parsed twice and a cached file not at all.
 */
export async function openWorkspace(
	index: WorkspaceIndex,
	io: CacheIO,
	files: readonly { key: string; text: string }[] | WorkspaceFiles,
	signature: string,
	opts: {
		signal?: AbortSignal; onProgress?: (done: number, total: number) => void; owns?: (key: string) => boolean;
		prepare?: (file: { key: string; text: string }) => PreparedModel | null;
	} = {},
): Promise<OpenStats> {
	const t0 = performance.now();
	const ws = asWorkspaceFiles(files);
	const total = ws.keys.length;
	let data: Uint8Array | undefined;
	try { data = await io.read(); } catch { data = undefined; }
	const cached = new CachedFiles(readCacheRecords(data, signature));
	data = undefined;
	// Files to segment, by key: their texts are read again when their batch comes.
	const rest: string[] = [];
	let reused = 0;
	for (const key of ws.keys) {
		const text = ws.read(key);
		// (A refused entry is segmented below instead: insert is all-or-nothing.)
		if (cached.take(index, key, index.contentHash(text), ft => fitsText(ft, text))) { reused++; } else { rest.push(key); }
	}
	const loadMs = performance.now() - t0;
	opts.onProgress?.(reused, total);
	const prepare = opts.prepare;
	function* toSegment(): Generator<{ key: string; text: string; prepared?: PreparedModel }> {
		for (const key of rest) {
			const f = { key, text: ws.read(key) };
			if (!prepare) { yield f; continue; }
			const prepared = prepare(f);
			if (prepared) { yield { ...f, prepared }; }
		}
	}
	const stats = rest.length ? await index.updateMany(toSegment(), { signal: opts.signal, onProgress: d => opts.onProgress?.(reused + d, total) }) : null;
	// Null when nothing was segmented (every file left was no notice), as when nothing was left.
	const update = stats?.files ? stats : null;
	const keys = new Set(ws.keys);
	const owns = opts.owns ?? ((k: string) => keys.has(k));
	// Entries of this workspace the index does not hold as cached: changed, renamed or deleted files.
	const dropped = cached.files.filter(c => owns(c.key) && index.hashOf(c.key) !== c.hash).length;
	let saveMs = 0;
	let saveError: string | undefined;
	if (update || dropped || cached.status !== 'ok') {
		const ts = performance.now();
		const own = index.records();
		try {
			await io.update(current => mergeCache(current, own, signature, k => !owns(k)));
		} catch (e) {
			saveError = String((e as Error)?.message ?? e);
		}
		saveMs = performance.now() - ts;
	}
	return { cache: cached.status, reused, dropped, update, loadMs, saveMs, totalMs: performance.now() - t0, ...(saveError ? { saveError } : {}) };
}


/**
 * The records of a cache read, by the hash of their text: the one place a workspace file is taken
 * from the cache, or found not to be there (the CLI's openWorkspace, the editor's indexer). A
 * record is decoded and checked when its file is taken, so the cache's files are never all held
 * decoded at once, and a record that does not check out costs its file only (segmented anew).
 */
export class CachedFiles {
	readonly status: CacheStatus;
	/** The files the cache holds: their keys and text hashes. */
	readonly files: readonly { key: string; hash: string }[];
	private readonly byHash = new Map<string, HeldRecord>();
	private readonly byKey = new Map<string, HeldRecord>();

	constructor(read: CacheRecords) {
		this.status = read.status;
		this.files = read.records;
		for (const r of read.records) { this.byHash.set(r.hash, r); this.byKey.set(r.key, r); }
	}

	/**
	 * Inserts the cached entry of the text `hash` names as file `key` (under the new key when the
	 * file was renamed or copied), if there is one, it decodes, and it `fits` the file; false when
	 * there is none, it does not fit, or it or the index refuses it (`refused` hears why).
	 */
	take(index: { insert(ft: FileTokens, checked: boolean, frame?: Uint8Array): void }, key: string, hash: string, fits: (ft: FileTokens) => boolean, refused?: (e: unknown) => void): boolean {
		// The file's own record first (a copy of a file has the same hash: its record is the one to take).
		const own = this.byKey.get(key);
		const hit = own?.hash === hash ? own : this.byHash.get(hash);
		if (!hit) { return false; }
		try {
			const ft = decodeRecord(bodyOf(hit.frame));
			if (!fits(ft)) { return false; }
			// Checked as decoded; rekey keeps it consistent (and its record, which names the key, is made anew).
			if (ft.key === key) { index.insert(ft, true, hit.frame); } else { index.insert(rekey(ft, key), true); }
			return true;
		} catch (e) {
			refused?.(e);
			return false;
		}
	}
}

/** A cached file under another key (the file was renamed or copied). */
export function rekey(f: FileTokens, key: string): FileTokens {
	return {
		...f, key,
		tasks: f.tasks.map(t => ({ ...t, file: key, id: `${key}${t.id.slice(t.id.lastIndexOf('#'))}` })),
	};
}
