// The catalog's summaries kept between sessions, so that a window reopened on an unchanged
// workspace reads each file's bytes and hashes them, but analyses none of them again (the
// analysis of every file was most of a warm start). Each entry is reused only for the same
// bytes decoded the same way, by the same analysis (the signature holds its fingerprint).
// Format: gzip (its CRC and length check the whole) of lines: a header, then one JSON array per
// file. Encoded and decoded in slices, the (de)compression off the event loop: the editor's
// host never holds its thread for the whole workspace.
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { yieldToEventLoop } from '../yield';
import type { WorkspaceSymbolEntry } from '../service/fileSummary';
import type { CatalogEntry } from './catalog';

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

const FORMAT = 'policy-notice catalog 1';
/** Entries encoded or decoded between two turns of the event loop. */
const ENTRIES_PER_SLICE = 500;
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
	const lines = [JSON.stringify({ format: FORMAT, signature })];
	for (let i = 0; i < entries.length; i++) {
		const e = entries[i];
		const stored: StoredEntry = [e.key, e.byteHash, e.textHash, e.length, e.isNotice, e.decoding,
			e.symbols.map(s => [s.name, s.kind, s.container, ...s.range])];
		lines.push(JSON.stringify(stored));
		if ((i + 1) % ENTRIES_PER_SLICE === 0) { await yieldToEventLoop(); }
	}
	return gzip(Buffer.from(lines.join('\n'), 'utf8'));
}

export async function decodeCatalog(bytes: Uint8Array | undefined, signature: string): Promise<LoadedCatalog> {
	if (!bytes?.length) { return { status: 'missing', entries: [], refused: 0 }; }
	let text: string;
	try {
		text = (await gunzip(bytes)).toString('utf8');
	} catch {
		return { status: 'corrupt', entries: [], refused: 0 };
	}
	const lines = text.split('\n');
	let header: unknown;
	try { header = JSON.parse(lines[0]); } catch { return { status: 'corrupt', entries: [], refused: 0 }; }
	const h = header as { format?: unknown; signature?: unknown };
	if (h?.format !== FORMAT) { return { status: 'corrupt', entries: [], refused: 0 }; }
	if (h.signature !== signature) { return { status: 'other signature', entries: [], refused: 0 }; }
	const entries: CatalogEntry[] = [];
	const keys = new Set<string>();
	let refused = 0;
	for (let i = 1; i < lines.length; i++) {
		const entry = parseEntry(lines[i]);
		if (entry && !keys.has(entry.key)) { keys.add(entry.key); entries.push(entry); } else { refused++; }
		if (i % ENTRIES_PER_SLICE === 0) { await yieldToEventLoop(); }
	}
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
