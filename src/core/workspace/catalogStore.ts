// The catalog's summaries kept between sessions, so that a window reopened on an unchanged
// workspace reads each file's bytes and hashes them, but analyses none of them again (the
// analysis of every file was most of a warm start). Each entry is reused only for the same
// bytes decoded the same way, by the same analysis (the signature holds its fingerprint).
// Format: gzip (its CRC and length check the whole) of lines: a header, then one JSON array per
// file. Encoded and decoded in slices of SLICE_MS, streamed through zlib: the editor's host never
// holds its thread for the whole workspace.
import * as zlib from 'node:zlib';
import { SLICE_MS, yieldToEventLoop } from '../yield';
import type { WorkspaceSymbolEntry } from '../service/fileSummary';
import type { CatalogEntry } from './catalog';

const FORMAT = 'policy-notice catalog 1';
const HASH = /^[0-9a-f]{40}$/;

/** An entry as stored: what a warm start needs to skip the file's analysis. */
type StoredEntry = [key: string, byteHash: string, textHash: string, length: number, isNotice: boolean, decoding: string, symbols: [name: string, kind: string, container: string, l1: number, c1: number, l2: number, c2: number][]];

export interface LoadedCatalog {
	status: 'ok' | 'missing' | 'other signature' | 'corrupt';
	entries: CatalogEntry[];
	/** Entries dropped because a field did not check out (each costs its file an analysis). */
	refused: number;
}

export async function encodeCatalog(entries: readonly CatalogEntry[], signature: string): Promise<Uint8Array> {
	// Streamed into gzip a slice at a time: the whole text is never one string or one buffer.
	const gz = zlib.createGzip();
	const chunks: Buffer[] = [];
	gz.on('data', (c: Buffer) => chunks.push(c));
	const ended = new Promise<void>((resolve, reject) => { gz.on('end', resolve); gz.on('error', reject); });
	let batch = [JSON.stringify({ format: FORMAT, signature })];
	let sliceStart = performance.now();
	for (const e of entries) {
		const stored: StoredEntry = [e.key, e.byteHash, e.textHash, e.length, e.isNotice, e.decoding,
			e.symbols.map(s => [s.name, s.kind, s.container, ...s.range])];
		batch.push(JSON.stringify(stored));
		if (batch.length % 64 === 0 && performance.now() - sliceStart > SLICE_MS) {
			gz.write(batch.join('\n') + '\n');
			batch = [];
			await yieldToEventLoop();
			sliceStart = performance.now();
		}
	}
	gz.end(batch.join('\n'));
	await ended;
	return Buffer.concat(chunks);
}

export async function decodeCatalog(bytes: Uint8Array | undefined, signature: string): Promise<LoadedCatalog> {
	if (!bytes?.length) { return { status: 'missing', entries: [], refused: 0 }; }
	// Unzipped as a stream, each line read from its chunk's bytes (a newline byte is never inside a
	// UTF-8 sequence), a slice at a time: the whole text is never one string.
	const gz = zlib.createGunzip();
	gz.end(bytes);
	// (An object: TypeScript does not see `take` change a local.)
	const read: { header: 'none' | LoadedCatalog['status'] } = { header: 'none' };
	const refusedWhole = () => read.header === 'corrupt' || read.header === 'other signature';
	const entries: CatalogEntry[] = [];
	const keys = new Set<string>();
	let refused = 0;
	let pending: Buffer | undefined;
	let sliceStart = performance.now();
	const take = (line: string) => {
		if (read.header === 'none') {
			let h: { format?: unknown; signature?: unknown } | undefined;
			try { h = JSON.parse(line); } catch { h = undefined; }
			read.header = h?.format !== FORMAT ? 'corrupt' : h.signature !== signature ? 'other signature' : 'ok';
			return;
		}
		const entry = parseEntry(line);
		if (entry && !keys.has(entry.key)) { keys.add(entry.key); entries.push(entry); } else { refused++; }
	};
	try {
		for await (const chunk of gz as AsyncIterable<Buffer>) {
			const buf = pending ? Buffer.concat([pending, chunk]) : chunk;
			let from = 0;
			for (let nl = buf.indexOf(10, from); nl >= 0 && !refusedWhole(); nl = buf.indexOf(10, from)) {
				take(buf.toString('utf8', from, nl));
				from = nl + 1;
				if (performance.now() - sliceStart > SLICE_MS) { await yieldToEventLoop(); sliceStart = performance.now(); }
			}
			if (refusedWhole()) { gz.destroy(); break; }
			pending = from < buf.length ? buf.subarray(from) : undefined;
		}
	} catch {
		return { status: 'corrupt', entries: [], refused: 0 }; // (gzip's CRC or length did not check out: nothing of it is trusted)
	}
	if (pending && !refusedWhole()) { take(pending.toString('utf8')); }
	if (read.header !== 'ok') { return { status: read.header === 'none' ? 'corrupt' : read.header, entries: [], refused: 0 }; }
	return { status: 'ok', entries, refused };
}

const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

/** A stored entry, its every field checked; undefined when one does not check out. */
function parseEntry(line: string): CatalogEntry | undefined {
	let v: unknown;
	try { v = JSON.parse(line); } catch { return undefined; }
	if (!Array.isArray(v) || v.length !== 7) { return undefined; }
	const [key, byteHash, textHash, length, isNotice, decoding, symbols] = v as unknown[];
	if (typeof key !== 'string' || !key || typeof byteHash !== 'string' || !HASH.test(byteHash) || typeof textHash !== 'string' || !HASH.test(textHash)
		|| !isCount(length) || typeof isNotice !== 'boolean' || typeof decoding !== 'string' || !Array.isArray(symbols)) { return undefined; }
	const out: WorkspaceSymbolEntry[] = [];
	for (const s of symbols as unknown[]) {
		if (!Array.isArray(s) || s.length !== 7) { return undefined; }
		const [name, kind, container, l1, c1, l2, c2] = s as unknown[];
		if (typeof name !== 'string' || typeof kind !== 'string' || typeof container !== 'string' || ![l1, c1, l2, c2].every(isCount)) { return undefined; }
		out.push({ name, kind: kind as WorkspaceSymbolEntry['kind'], container, range: [l1, c1, l2, c2] as [number, number, number, number] });
	}
	return { key, byteHash, textHash, length, isNotice, decoding, symbols: out };
}
