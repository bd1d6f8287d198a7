// The index cache: every file's tasks and token sequences, keyed by the sha1 of the file's
// text, so reopening a workspace segments only files that changed. Nothing in it is trusted
// unchecked: a cache that is damaged (digests, cacheFormat.ts), holds impossible values
// (validate.ts), is of another format version or was made with another dictionary/stop list
// (signature) is ignored and rebuilt, never a crash.
//
// Writers merge: a writer re-reads the cache under the IO's lock and keeps the records of
// files it does not own (another run's roots), so two runs sharing a cache keep each other's
// files; the IO writes atomically (a temporary file renamed over the cache).
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { analysisFingerprint } from './analysisVersion';
import type { PreparedModel } from './analyze';
import { frameRecord, joinChunks, readContainerSteps, writeContainer } from './cacheFormat';
import { runInSlices, runToEnd } from '../yield';
import type { FileTokens, IndexedTask } from './types';
import { checkFileTokens, fitsText } from './validate';
import type { UpdateStats, WorkspaceIndex } from './workspaceIndex';

/**
 * 4: a record names its file and text hash in clear before its deflated part, so a writer merging
 * into the cache keeps the record of every file it holds unchanged as it is (3 inflated and
 * checked the whole cache and encoded every file again on each save). 3: record bodies deflated
 * (2 stored them raw; 1 was one JSON header, unchecked). A record is JSON (tasks with their
 * snippets, vocabulary) and varints, ~2.5× smaller deflated.
 */
export const CACHE_FORMAT = 4;
/** Deflate level of record bodies: 1 compresses within a few percent of 6 at a fraction of its time. */
const DEFLATE_LEVEL = 1;

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

/** A task as stored: its id and file follow from the record's key, so they are left out. */
type StoredTask = Omit<IndexedTask, 'id' | 'file'>;
interface StoredFile extends Omit<FileTokens, 'seq' | 'tasks'> { tasks: StoredTask[] }

/**
 * Records this process has encoded or decoded and checked, by their digest (the last bytes of
 * the frame): only those are copied into a merged cache unread. A record whose digest checks out
 * but whose content does not (a bug's, an editor's) is never carried over: the cache it dropped
 * is written anew. Cleared past a bound: that costs records encoded again, nothing else.
 */
const checkedRecords = new Set<string>();
const CHECKED_BOUND = 1_000_000;
const recordId = (frame: Uint8Array): string => Buffer.from(frame.buffer, frame.byteOffset + frame.length - 16, 16).toString('base64');
function markChecked(frame: Uint8Array): void {
	if (checkedRecords.size >= CHECKED_BOUND) { checkedRecords.clear(); }
	checkedRecords.add(recordId(frame));
}

/** What a record says of itself in clear: whose file, and the hash of the text it was made from. */
interface RecordLabel { key: string; hash: string }

/**
 * A file's record body: u32 l | label JSON (l bytes) | u32 m | deflateRaw(u32 n | JSON (n bytes)
 * | token sequence), m the inflated length (a bound for inflating: a damaged record cannot
 * inflate without limit).
 */
function encodeRecord(f: FileTokens): Uint8Array {
	const stored: StoredFile = {
		key: f.key, hash: f.hash, length: f.length, docs: f.docs, vocab: f.vocab,
		tasks: f.tasks.map(({ id: _id, file: _file, ...rest }) => rest),
	};
	const json = new TextEncoder().encode(JSON.stringify(stored));
	const raw = new Uint8Array(4 + json.length + f.seq.length);
	new DataView(raw.buffer).setUint32(0, json.length, true);
	raw.set(json, 4);
	raw.set(f.seq, 4 + json.length);
	const packed = deflateRawSync(raw, { level: DEFLATE_LEVEL });
	const label = new TextEncoder().encode(JSON.stringify({ key: f.key, hash: f.hash } satisfies RecordLabel));
	const body = new Uint8Array(8 + label.length + packed.length);
	const dv = new DataView(body.buffer);
	dv.setUint32(0, label.length, true);
	body.set(label, 4);
	dv.setUint32(4 + label.length, raw.length, true);
	body.set(packed, 8 + label.length);
	const frame = frameRecord(body);
	markChecked(frame);
	return frame;
}

/** A record body's label and the rest after it (throws when the label does not read). */
function splitRecord(body: Uint8Array): { label: RecordLabel; rest: Uint8Array } {
	if (body.length < 4) { throw new Error('record: too short'); }
	const l = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, true);
	if (4 + l > body.length) { throw new Error('record: label longer than the record'); }
	const label = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(4, 4 + l))) as RecordLabel;
	if (!label || typeof label.key !== 'string' || typeof label.hash !== 'string') { throw new Error('record: bad label'); }
	return { label, rest: body.subarray(4 + l) };
}

/** A record's deflated part inflated (throws when it does not inflate to exactly its stated length). */
function inflateRecord(rest: Uint8Array): Uint8Array {
	if (rest.length < 4) { throw new Error('record: too short'); }
	const m = new DataView(rest.buffer, rest.byteOffset, rest.byteLength).getUint32(0, true);
	const raw = inflateRawSync(rest.subarray(4), { maxOutputLength: m + 1 });
	if (raw.length !== m) { throw new Error('record: inflated length differs'); }
	return raw;
}

/** A record body back into a file's tokens, checked (throws when anything is wrong). */
function decodeRecord(record: Uint8Array): FileTokens {
	const { label, rest } = splitRecord(record);
	const body = inflateRecord(rest);
	const n = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, true);
	if (4 + n > body.length) { throw new Error('record: JSON longer than the record'); }
	const stored = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(4, 4 + n))) as StoredFile;
	if (!stored || typeof stored.key !== 'string' || !Array.isArray(stored.tasks)) { throw new Error('record: no key or tasks'); }
	const key = stored.key;
	// The file's tasks repeat their headings and document keys: one string each, not one per task.
	const strings = new Map<string, string>();
	// Unchecked yet: anything else is passed on as it is, for checkFileTokens to refuse.
	const intern = <T>(x: T): T => {
		if (typeof x !== 'string') { return x; }
		const known = strings.get(x);
		if (known !== undefined) { return known as T; }
		strings.set(x, x);
		return x;
	};
	const shared = (t: StoredTask) => t && typeof t === 'object' ? { path: Array.isArray(t.path) ? t.path.map(intern) : t.path, docKey: intern(t.docKey) } : {};
	const ft: FileTokens = {
		key, hash: stored.hash, length: stored.length, docs: stored.docs, vocab: stored.vocab,
		tasks: stored.tasks.map(t => ({ id: `${key}#${t?.document}@${t?.offset}`, file: key, ...t, ...shared(t) })),
		seq: new Uint8Array(body.subarray(4 + n)), // a copy: not a view keeping the inflated record alive
	};
	checkFileTokens(ft);
	if (ft.key !== label.key || ft.hash !== label.hash) { throw new Error('record: label differs from its content'); }
	return ft;
}

// ------------------------------------------------------------------ whole caches

export type CacheStatus = 'ok' | 'missing' | 'corrupt' | 'format' | 'signature';

interface ReadCache {
	status: CacheStatus;
	files: FileTokens[];
}

function* readCacheSteps(data: Uint8Array | undefined, signature: string): Generator<void, ReadCache> {
	const none = (status: CacheStatus): ReadCache => ({ status, files: [] });
	if (!data || !data.length) { return none('missing'); }
	const c = yield* readContainerSteps(data, CACHE_FORMAT);
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
			markChecked(r.frame);
			yield;
		}
	} catch {
		return none('corrupt');
	}
	return { status: 'ok', files };
}

export function serializeFiles(files: readonly FileTokens[], signature: string): Uint8Array {
	return joinChunks(writeContainer(CACHE_FORMAT, signature, files.map(encodeRecord)));
}

/** The files of a cache blob, or why there are none. Never throws. */
export function deserializeFiles(data: Uint8Array | undefined, signature: string): { status: CacheStatus; files: FileTokens[] } {
	return runToEnd(readCacheSteps(data, signature));
}

/** deserializeFiles in slices, the event loop getting a turn between them (the editor's extension host). */
export function deserializeFilesInSlices(data: Uint8Array | undefined, signature: string): Promise<{ status: CacheStatus; files: FileTokens[] }> {
	return runInSlices(readCacheSteps(data, signature));
}

export function serializeIndex(index: WorkspaceIndex, signature: string): Uint8Array {
	return serializeFiles(index.snapshot(), signature);
}

/**
 * The cache a writer leaves: its own files, plus the records of `current` (the cache as it is
 * now, perhaps written by another run meanwhile) for files the writer does not hold and
 * `keepOther` keeps. An own file whose record `current` holds for the same text, a record this
 * process checked, is copied, not encoded again: a save after one edit costs that file (and the
 * digests), not the workspace. Another run's record is checked before it is kept; a `current`
 * with anything that does not check out (digests, signature, a record) is dropped whole.
 */
export function mergeCache(current: Uint8Array | undefined, own: readonly FileTokens[], signature: string, keepOther: (key: string) => boolean): Uint8Array[] {
	return runToEnd(mergeCacheSteps(current, own, signature, keepOther));
}

/** mergeCache in slices, the event loop getting a turn between them (the editor's extension host). */
export function mergeCacheInSlices(current: Uint8Array | undefined, own: readonly FileTokens[], signature: string, keepOther: (key: string) => boolean): Promise<Uint8Array[]> {
	return runInSlices(mergeCacheSteps(current, own, signature, keepOther));
}

function* mergeCacheSteps(current: Uint8Array | undefined, own: readonly FileTokens[], signature: string, keepOther: (key: string) => boolean): Generator<void, Uint8Array[]> {
	const mine = new Map(own.map(f => [f.key, f.hash]));
	const same = new Map<string, Uint8Array>();
	const others: Uint8Array[] = [];
	const c = current?.length ? yield* readContainerSteps(current, CACHE_FORMAT) : null;
	try {
		if (c?.status !== 'ok' || c.header!.signature !== signature) { throw new Error('not this cache'); }
		const seen = new Set<string>();
		for (const r of c.records) {
			const label = splitRecord(r.body).label;
			if (seen.has(label.key)) { throw new Error('record: key twice'); }
			seen.add(label.key);
			const hash = mine.get(label.key);
			const checked = checkedRecords.has(recordId(r.frame));
			if (hash === undefined) {
				if (!keepOther(label.key)) { continue; }
				// Another run's record is checked before it is kept (it throws when it does not check out).
				if (!checked) { decodeRecord(r.body); markChecked(r.frame); yield; }
				others.push(r.frame);
			} else if (hash === label.hash && checked) {
				same.set(label.key, r.frame);
			}
		}
	} catch {
		same.clear();
		others.length = 0;
	}
	const frames: Uint8Array[] = [];
	for (const f of own) {
		const copied = same.get(f.key);
		if (copied) { frames.push(copied); continue; }
		frames.push(encodeRecord(f));
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
	const cached = new CachedFiles(deserializeFiles(data, signature));
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


/**
 * The files of a cache read, by the hash of their text: the one place a workspace file is taken
 * from the cache, or found not to be there (the CLI's openWorkspace, the editor's indexer).
 */
export class CachedFiles {
	readonly status: CacheStatus;
	readonly files: readonly FileTokens[];
	private readonly byHash = new Map<string, FileTokens>();

	constructor(read: { status: CacheStatus; files: FileTokens[] }) {
		this.status = read.status;
		this.files = read.files;
		for (const f of read.files) { this.byHash.set(f.hash, f); }
	}

	/**
	 * Inserts the cached entry of the text `hash` names as file `key` (under the new key when the
	 * file was renamed or copied), if there is one and it `fits` the file; false when there is none,
	 * it does not fit, or the index refuses it (`refused` hears why).
	 */
	take(index: { insert(ft: FileTokens, checked: boolean): void }, key: string, hash: string, fits: (ft: FileTokens) => boolean, refused?: (e: unknown) => void): boolean {
		const hit = this.byHash.get(hash);
		if (!hit || !fits(hit)) { return false; }
		try {
			// Checked when decoded (decodeRecord); rekey keeps it consistent.
			index.insert(hit.key === key ? hit : rekey(hit, key), true);
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
