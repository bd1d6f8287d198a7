// One file's record: what the index cache stores of a file and what the index keeps of it in
// memory. The index holds a file's record (a few kilobytes, deflated) instead of its decoded
// tasks: a query needs only each task's slot, heading, text key and span (store.ts's TaskRec),
// and a task's other fields (snippet, targets, units, path, position) are read from the record
// when a result or a file's tasks are asked for. The cache writes the same bytes, so a file is
// encoded once (when it is indexed, or a big one at its first save; again only under a new key).
//
//   body:  u32 l | label JSON {key, hash} (l bytes)
//          u32 m | u32 c | deflateRaw(core) (c bytes)      m: core's inflated length
//          u32 d | deflateRaw(display)                      d: display's inflated length
//   core:    u32 j | JSON {key, hash, length, docs, vocab, tasks: CoreTask[]} (j bytes) | token sequence
//   display: u32 n | u32 end × n | `[` task 0's DisplayTask JSON `,` task 1's … `]`
//            (end[i]: where task i's JSON ends, in bytes from the `[`, so one task is read
//            without decoding the others)
//
// The inflated lengths bound inflating (a damaged record cannot inflate without limit). Integers
// are little-endian. The frame around a body (its length and digest) is cacheFormat.ts's.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { frameRecord } from './cacheFormat';
import type { FileTokens, IndexedTask } from './types';
import { checkFileTokens } from './validate';

/** Deflate level: 1 compresses within a few percent of 6 at a fraction of its time. */
const DEFLATE_LEVEL = 1;

/** A file's record as the index holds it (store.ts): encoded, or read and checked, by this process. */
export interface HeldRecord { key: string; hash: string; frame: Uint8Array }

/** What a record says of itself in clear: whose file, and the hash of the text it was made from. */
export interface RecordLabel { key: string; hash: string }

/** The fields of a task the index keeps in memory (with its document's key, its file's and its id follow). */
type CoreTask = Pick<IndexedTask, 'document' | 'offset' | 'docKey' | 'textKey' | 'title'>;
/** The fields read from the record on demand. */
export type DisplayTask = Omit<IndexedTask, keyof CoreTask | 'id' | 'file'>;

interface StoredCore extends Omit<FileTokens, 'seq' | 'tasks'> { tasks: CoreTask[] }

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function u32(dv: DataView, at: number): number { return dv.getUint32(at, true); }
const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** A file's record, framed (cacheFormat.ts) as the cache stores it and the index keeps it. */
export function encodeRecord(f: FileTokens): Uint8Array {
	const core: StoredCore = {
		key: f.key, hash: f.hash, length: f.length, docs: f.docs, vocab: f.vocab,
		tasks: f.tasks.map(t => ({ document: t.document, offset: t.offset, docKey: t.docKey, textKey: t.textKey, title: t.title })),
	};
	const json = encoder.encode(JSON.stringify(core));
	const coreRaw = new Uint8Array(4 + json.length + f.seq.length);
	view(coreRaw).setUint32(0, json.length, true);
	coreRaw.set(json, 4);
	coreRaw.set(f.seq, 4 + json.length);
	const parts = f.tasks.map(t => JSON.stringify({
		kind: t.kind, end: t.end, line: t.line, character: t.character, path: t.path, marker: t.marker,
		snippet: t.snippet, targets: t.targets, lead: t.lead, responsible: t.responsible,
	} satisfies DisplayTask));
	const text = encoder.encode(`[${parts.join(',')}]`);
	const n = parts.length;
	const display = new Uint8Array(4 + 4 * n + text.length);
	const dv = view(display);
	dv.setUint32(0, n, true);
	let end = 1; // after `[`
	parts.forEach((p, i) => {
		end += (i ? 1 : 0) + utf8Length(p);
		dv.setUint32(4 + 4 * i, end, true);
	});
	display.set(text, 4 + 4 * n);
	const corePacked = deflateRawSync(coreRaw, { level: DEFLATE_LEVEL });
	const displayPacked = deflateRawSync(display, { level: DEFLATE_LEVEL });
	const label = encoder.encode(JSON.stringify({ key: f.key, hash: f.hash } satisfies RecordLabel));
	const body = new Uint8Array(4 + label.length + 8 + corePacked.length + 4 + displayPacked.length);
	const bv = view(body);
	bv.setUint32(0, label.length, true);
	body.set(label, 4);
	let p = 4 + label.length;
	bv.setUint32(p, coreRaw.length, true);
	bv.setUint32(p + 4, corePacked.length, true);
	body.set(corePacked, p + 8);
	p += 8 + corePacked.length;
	bv.setUint32(p, display.length, true);
	body.set(displayPacked, p + 4);
	return frameRecord(body);
}

/** The bytes of `s` in UTF-8 (a lone surrogate is written as U+FFFD, three bytes, as TextEncoder writes it). */
function utf8Length(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x80) { n += 1; } else if (c < 0x800) { n += 2; } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; } else { n += 3; }
	}
	return n;
}

/** A framed record's body (the frame's length and digest were checked when the cache was read). */
export function bodyOf(frame: Uint8Array): Uint8Array {
	return frame.subarray(4, frame.length - 32);
}

/** A record body's label and the rest after it (throws when the label does not read). */
export function splitRecord(body: Uint8Array): { label: RecordLabel; rest: Uint8Array } {
	if (body.length < 4) { throw new Error('record: too short'); }
	const l = u32(view(body), 0);
	if (4 + l > body.length) { throw new Error('record: label longer than the record'); }
	const label = JSON.parse(decoder.decode(body.subarray(4, 4 + l))) as RecordLabel;
	if (!label || typeof label.key !== 'string' || typeof label.hash !== 'string') { throw new Error('record: bad label'); }
	return { label, rest: body.subarray(4 + l) };
}

/** Inflates `packed` to exactly `length` bytes (throws when it does not). */
function inflateExactly(packed: Uint8Array, length: number): Uint8Array {
	const raw = inflateRawSync(packed, { maxOutputLength: length + 1 });
	if (raw.length !== length) { throw new Error('record: inflated length differs'); }
	return raw;
}

/** The deflated core and display parts after the label. */
function parts(rest: Uint8Array): { core: Uint8Array; coreLength: number; display: Uint8Array; displayLength: number } {
	if (rest.length < 12) { throw new Error('record: too short'); }
	const dv = view(rest);
	const coreLength = u32(dv, 0), c = u32(dv, 4);
	if (8 + c + 4 > rest.length) { throw new Error('record: core longer than the record'); }
	return { core: rest.subarray(8, 8 + c), coreLength, display: rest.subarray(8 + c + 4), displayLength: u32(dv, 8 + c) };
}

/** An inflated display part: one task's fields read without the others'. */
export class DisplayPart {
	readonly count: number;
	private readonly dv: DataView;
	private readonly json: Uint8Array;

	constructor(raw: Uint8Array) {
		if (raw.length < 4) { throw new Error('record: display too short'); }
		this.dv = view(raw);
		this.count = u32(this.dv, 0);
		if (4 + 4 * this.count > raw.length) { throw new Error('record: display shorter than its tasks'); }
		this.json = raw.subarray(4 + 4 * this.count);
	}

	/**
	 * Throws unless the ends tile the JSON array: `[`, each task's JSON ending where its end says,
	 * followed by `,` (`]` after the last), and each task's JSON a value of its own.
	 */
	check(): void {
		const json = this.json, n = this.count;
		if (json[0] !== 0x5b || json[json.length - 1] !== 0x5d) { throw new Error('record: display not an array'); }
		let start = 1;
		for (let i = 0; i < n; i++) {
			const end = u32(this.dv, 4 + 4 * i);
			if (end <= start || end >= json.length || json[end] !== (i === n - 1 ? 0x5d : 0x2c)) { throw new Error('record: display ends out of place'); }
			start = end + 1;
		}
		if (n ? start !== json.length : json.length !== 2) { throw new Error('record: display longer than its tasks'); }
	}

	/** Task `i`'s fields (i < count). */
	task(i: number): DisplayTask {
		const start = i === 0 ? 1 : u32(this.dv, 4 + 4 * (i - 1)) + 1;
		return JSON.parse(decoder.decode(this.json.subarray(start, u32(this.dv, 4 + 4 * i)))) as DisplayTask;
	}

	/** Every task's fields, in one parse. */
	all(): DisplayTask[] {
		const list = JSON.parse(decoder.decode(this.json)) as DisplayTask[];
		if (!Array.isArray(list) || list.length !== this.count) { throw new Error('record: display count differs'); }
		return list;
	}
}

/** The display part of a framed record the index holds (checked when it was decoded, or made here). */
export function readDisplay(frame: Uint8Array): DisplayPart {
	const { display, displayLength } = parts(splitRecord(bodyOf(frame)).rest);
	return new DisplayPart(inflateExactly(display, displayLength));
}

/** A task from its kept fields and its record's display fields, its fields in the order analysis gives them. */
export function joinTask(file: string, core: CoreTask, d: DisplayTask): IndexedTask {
	return {
		id: `${file}#${core.document}@${core.offset}`, file, document: core.document, docKey: core.docKey, textKey: core.textKey, kind: d.kind,
		offset: core.offset, end: d.end, line: d.line, character: d.character,
		path: d.path, title: core.title, marker: d.marker,
		snippet: d.snippet, targets: d.targets, lead: d.lead, responsible: d.responsible,
	};
}

/** A record body back into a file's tokens, checked (throws when anything is wrong). */
export function decodeRecord(body: Uint8Array): FileTokens {
	const { label, rest } = splitRecord(body);
	const p = parts(rest);
	const core = inflateExactly(p.core, p.coreLength);
	const j = u32(view(core), 0);
	if (4 + j > core.length) { throw new Error('record: JSON longer than the record'); }
	const stored = JSON.parse(decoder.decode(core.subarray(4, 4 + j))) as StoredCore;
	if (!stored || typeof stored.key !== 'string' || !Array.isArray(stored.tasks)) { throw new Error('record: no key or tasks'); }
	// Each task's fields read alone, as a result reads them later: a record whose ends do not tile its array is refused here.
	const part = new DisplayPart(inflateExactly(p.display, p.displayLength));
	part.check();
	if (part.count !== stored.tasks.length) { throw new Error('record: display count differs'); }
	const display = Array.from({ length: part.count }, (_, i) => part.task(i));
	const key = stored.key;
	// (Unchecked yet: whatever the fields hold is passed on, for checkFileTokens to refuse. The
	// tasks are not kept, the index keeps the record: their repeated strings are not shared.)
	const tasks = stored.tasks.map((c, i) => {
		const d = display[i];
		if (!c || typeof c !== 'object' || !d || typeof d !== 'object') { throw new Error('record: task not an object'); }
		return joinTask(key, c, d);
	});
	const ft: FileTokens = {
		key, hash: stored.hash, length: stored.length, docs: stored.docs, vocab: stored.vocab, tasks,
		seq: new Uint8Array(core.subarray(4 + j)), // a copy: not a view keeping the inflated record alive
	};
	checkFileTokens(ft);
	if (ft.key !== label.key || ft.hash !== label.hash) { throw new Error('record: label differs from its content'); }
	return ft;
}
