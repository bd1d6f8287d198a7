// The index cache's container: a header, one record per file and a trailer, each part with its
// own length and SHA-256, so damage anywhere (a flipped bit, a truncation, a record lost,
// moved or taken from another cache) is found before anything is trusted, and no part is
// larger than one file's record: the cache has no size ceiling of its own.
//
//   "PNIX" | u32 format | u32 n | header JSON (n bytes) | sha256 of everything before it
//   record × header.count:  u32 n | body (n bytes) | sha256(body)
//   trailer:                sha256(header digest | every record digest, in order)
//
// Integers are little-endian. What a record body holds is persistence.ts's business.
// Node's crypto, like sha1.ts: nothing here runs in a browser.
import { createHash } from 'node:crypto';
import { runToEnd } from '../yield';

const MAGIC = [0x50, 0x4e, 0x49, 0x58]; // PNIX
const DIGEST = 32;

export interface CacheHeader {
	signature: string;
	count: number;
}

/** One record as found in a cache: its body, and its whole frame to copy into another cache unchanged. */
export interface RawRecord {
	body: Uint8Array;
	frame: Uint8Array;
}

export type ContainerStatus = 'ok' | 'corrupt' | 'format';

const sha256 = (...parts: Uint8Array[]): Uint8Array => {
	const h = createHash('sha256');
	for (const p of parts) { h.update(p); }
	return h.digest();
};

function u32(n: number): Uint8Array {
	const b = new Uint8Array(4);
	new DataView(b.buffer).setUint32(0, n, true);
	return b;
}

/** A record body framed with its length and digest. */
export function frameRecord(body: Uint8Array): Uint8Array {
	const out = new Uint8Array(4 + body.length + DIGEST);
	out.set(u32(body.length), 0);
	out.set(body, 4);
	out.set(sha256(body), 4 + body.length);
	return out;
}

/** The whole cache as chunks (written one after another, never joined into one buffer). */
export function writeContainer(format: number, signature: string, frames: readonly Uint8Array[]): Uint8Array[] {
	const json = new TextEncoder().encode(JSON.stringify({ signature, count: frames.length } satisfies CacheHeader));
	const head = new Uint8Array(12 + json.length);
	head.set(MAGIC, 0);
	head.set(u32(format), 4);
	head.set(u32(json.length), 8);
	head.set(json, 12);
	const headDigest = sha256(head);
	const trailer = createHash('sha256').update(headDigest);
	for (const f of frames) { trailer.update(f.subarray(f.length - DIGEST)); }
	return [head, headDigest, ...frames, trailer.digest()];
}

export interface Container { status: ContainerStatus; header?: CacheHeader; records: RawRecord[] }

/** The header and records of a cache whose every digest checks out; never throws. */
export function readContainer(data: Uint8Array, format: number): Container {
	return runToEnd(readContainerSteps(data, format));
}

/** readContainer, pausing after each record's digest (runInSlices). */
export function* readContainerSteps(data: Uint8Array, format: number): Generator<void, Container> {
	const corrupt = { status: 'corrupt' as const, records: [] };
	if (data.length < 12 + DIGEST || MAGIC.some((b, i) => data[i] !== b)) { return corrupt; }
	const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
	if (dv.getUint32(4, true) !== format) { return { status: 'format', records: [] }; }
	const hlen = dv.getUint32(8, true);
	if (12 + hlen + DIGEST > data.length) { return corrupt; }
	const headDigest = data.subarray(12 + hlen, 12 + hlen + DIGEST);
	if (!equal(sha256(data.subarray(0, 12 + hlen)), headDigest)) { return corrupt; }
	let header: CacheHeader;
	try {
		header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(12, 12 + hlen)));
	} catch {
		return corrupt;
	}
	if (!header || typeof header.signature !== 'string' || !Number.isSafeInteger(header.count) || header.count < 0) { return corrupt; }
	const trailer = createHash('sha256').update(headDigest);
	const records: RawRecord[] = [];
	let at = 12 + hlen + DIGEST;
	for (let i = 0; i < header.count; i++) {
		if (at + 4 > data.length) { return corrupt; }
		const n = dv.getUint32(at, true);
		const end = at + 4 + n + DIGEST;
		if (end > data.length) { return corrupt; }
		const body = data.subarray(at + 4, at + 4 + n);
		const digest = data.subarray(at + 4 + n, end);
		if (!equal(sha256(body), digest)) { return corrupt; }
		trailer.update(digest);
		records.push({ body, frame: data.subarray(at, end) });
		at = end;
		yield;
	}
	if (at + DIGEST !== data.length || !equal(trailer.digest(), data.subarray(at))) { return corrupt; }
	return { status: 'ok', header, records };
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) { return false; }
	for (let i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return false; } }
	return true;
}

/** The chunks as one buffer (memory caches, tests). */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of chunks) { out.set(c, at); at += c.length; }
	return out;
}
