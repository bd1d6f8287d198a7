// The index cache: every file's tasks and token sequences in one blob, keyed by the sha1 of
// the file's text, so reopening a workspace segments only files that changed. A blob that is
// corrupt, of another format version or made with another dictionary/stop list (signature) is
// ignored and the index is rebuilt: never a crash.
//
// Layout: "PNIX" | u32 format | u32 header bytes | header (JSON, UTF-8) | the files' token
// sequences (varints), one after another in header order.
import type { FileTokens } from './types';
import type { UpdateStats, WorkspaceIndex } from './workspaceIndex';

export const CACHE_FORMAT = 1;
/** Bump when task extraction changes what is cached. */
export const TASKS_VERSION = 1;
const MAGIC = [0x50, 0x4e, 0x49, 0x58]; // PNIX

/** Where the cache lives: workspace storage in the editor, a file for the CLI, memory in tests. */
export interface CacheIO {
	read(): Promise<Uint8Array | undefined>;
	write(data: Uint8Array): Promise<void>;
}

export function memoryCache(initial?: Uint8Array): CacheIO & { data: Uint8Array | undefined } {
	const io = {
		data: initial,
		read: async () => io.data,
		write: async (d: Uint8Array) => { io.data = d; },
	};
	return io;
}

interface HeaderFile extends Omit<FileTokens, 'seq'> { seqLength: number }
interface Header { format: number; signature: string; files: HeaderFile[] }

/** The full cache key: format, task extraction and the segmenter's own signature. */
export function cacheSignature(segmenterSignature: string): string {
	return `f${CACHE_FORMAT}.t${TASKS_VERSION}.${segmenterSignature}`;
}

export function serializeFiles(files: readonly FileTokens[], signature: string): Uint8Array {
	const header: Header = {
		format: CACHE_FORMAT, signature,
		files: files.map(f => ({ key: f.key, hash: f.hash, docs: f.docs, tasks: f.tasks, vocab: f.vocab, seqLength: f.seq.length })),
	};
	const json = new TextEncoder().encode(JSON.stringify(header));
	const total = 12 + json.length + files.reduce((n, f) => n + f.seq.length, 0);
	const out = new Uint8Array(total);
	out.set(MAGIC, 0);
	const dv = new DataView(out.buffer);
	dv.setUint32(4, CACHE_FORMAT, true);
	dv.setUint32(8, json.length, true);
	out.set(json, 12);
	let at = 12 + json.length;
	for (const f of files) { out.set(f.seq, at); at += f.seq.length; }
	return out;
}

export type CacheStatus = 'ok' | 'missing' | 'corrupt' | 'format' | 'signature';

/** The files of a cache blob, or why there are none. Never throws. */
export function deserializeFiles(data: Uint8Array | undefined, signature: string): { status: CacheStatus; files: FileTokens[] } {
	if (!data || !data.length) { return { status: 'missing', files: [] }; }
	try {
		if (data.length < 12 || MAGIC.some((b, i) => data[i] !== b)) { return { status: 'corrupt', files: [] }; }
		const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
		if (dv.getUint32(4, true) !== CACHE_FORMAT) { return { status: 'format', files: [] }; }
		const hlen = dv.getUint32(8, true);
		if (12 + hlen > data.length) { return { status: 'corrupt', files: [] }; }
		const header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(12, 12 + hlen))) as Header;
		if (header.format !== CACHE_FORMAT || !Array.isArray(header.files)) { return { status: 'format', files: [] }; }
		if (header.signature !== signature) { return { status: 'signature', files: [] }; }
		let at = 12 + hlen;
		const files: FileTokens[] = [];
		for (const f of header.files) {
			if (typeof f.key !== 'string' || typeof f.hash !== 'string' || !Array.isArray(f.tasks) || !Array.isArray(f.vocab) || !Array.isArray(f.docs)) { return { status: 'corrupt', files: [] }; }
			if (!(f.seqLength >= 0) || at + f.seqLength > data.length) { return { status: 'corrupt', files: [] }; }
			const { seqLength, ...rest } = f;
			files.push({ ...rest, seq: data.slice(at, at + seqLength) });
			at += seqLength;
		}
		if (at !== data.length) { return { status: 'corrupt', files: [] }; }
		return { status: 'ok', files };
	} catch {
		return { status: 'corrupt', files: [] };
	}
}

export function serializeIndex(index: WorkspaceIndex, signature: string): Uint8Array {
	return serializeFiles(index.snapshot(), signature);
}

export interface OpenStats {
	cache: CacheStatus;
	/** Files taken from the cache (same content hash). */
	reused: number;
	/** Cached entries whose file changed, disappeared or failed to load. */
	dropped: number;
	/** Files segmented now (new or changed). */
	update: UpdateStats | null;
	loadMs: number;
	saveMs: number;
	totalMs: number;
}

/**
 * Opens a workspace: takes every file whose content hash is in the cache (renamed files
 * included) from it, segments the others, and writes the cache back when anything changed.
 * `files` are all notice files of the workspace, with their text.
 */
export async function openWorkspace(
	index: WorkspaceIndex,
	io: CacheIO,
	files: readonly { key: string; text: string }[],
	signature: string,
	opts: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<OpenStats> {
	const t0 = performance.now();
	let data: Uint8Array | undefined;
	try { data = await io.read(); } catch { data = undefined; }
	const cached = deserializeFiles(data, signature);
	const byHash = new Map<string, FileTokens>();
	for (const f of cached.files) { byHash.set(f.hash, f); }
	const rest: { key: string; text: string }[] = [];
	let reused = 0;
	for (const f of files) {
		const hash = index.contentHash(f.text);
		const hit = byHash.get(hash);
		if (hit) {
			try {
				index.insert(hit.key === f.key ? hit : rekey(hit, f.key));
				reused++;
				continue;
			} catch {
				index.remove(f.key);
			}
		}
		rest.push(f);
	}
	const loadMs = performance.now() - t0;
	opts.onProgress?.(reused, files.length);
	const update = rest.length ? await index.updateMany(rest, { signal: opts.signal, onProgress: d => opts.onProgress?.(reused + d, files.length) }) : null;
	let saveMs = 0;
	const dropped = cached.files.length - reused;
	if (rest.length || dropped || cached.status !== 'ok') {
		const ts = performance.now();
		await io.write(serializeIndex(index, signature));
		saveMs = performance.now() - ts;
	}
	return { cache: cached.status, reused, dropped: Math.max(0, dropped), update, loadMs, saveMs, totalMs: performance.now() - t0 };
}


/** A cached file under another key (the file was renamed or copied). */
export function rekey(f: FileTokens, key: string): FileTokens {
	return {
		...f, key,
		tasks: f.tasks.map(t => ({ ...t, file: key, id: `${key}${t.id.slice(t.id.lastIndexOf('#'))}` })),
	};
}
