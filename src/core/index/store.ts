// What the workspace index holds: files, task slots, one postings list per term (task slots +
// weighted term frequencies in typed arrays), the term dictionary and document ids.
//
// A file's tasks occupy slots; removing a file marks its slots dead (lists are compacted term by
// term once half dead), so adding, updating or removing one file costs only that file's terms.
// Nothing grows with edits: once dead slots pass 1/16 of the live ones, every list is compacted
// and the slots renumbered in order; a term no task uses any more and a document id no task
// refers to any more are freed (and their ids reused) on the spot.
// An insert checks the whole file first (validate.ts; the cache loader has checked its records
// already) and undoes itself if it fails midway,
// so a file is in the index whole or not at all.
// Each file keeps its record (record.ts: its tasks and token sequences, deflated, as the cache
// writes them), not its decoded tasks: a task's slot holds what a query reads (its bag, heading,
// text key, offset), and its other fields are read from the record when asked for.
import { BagPoolWriter, BIGRAM_MASK, bigramId, grow, type BagBuilder, type BagPool, type BagSpan } from './bags';
import { BucketCounts, CountTable } from './countTable';
import { encodeRecord, joinTask, readDisplay, type DisplayPart, type DisplayTask } from './record';
import type { FileTokens, IndexedDocument, IndexedTask } from './types';
import { checkFileTokens } from './validate';
import { VarintReader } from './varint';
import { hash53 } from '../tasks/hash';
import { TURN } from '../yield';

/**
 * The capacity a postings list grows to from `cap`: doubled while short, then by a quarter. The
 * long lists hold most entries, and doubling left a third of the lists' memory unused at 10,000
 * notices (138 MB for 96 MB of entries); growing by a quarter copies a little more while building.
 */
function nextListCapacity(cap: number): number {
	return cap < 256 ? cap * 2 : cap + (cap >> 2);
}

/** The capacity a postings list reaches for `n` entries, pushed one by one from empty. */
function listCapacityFor(n: number): number {
	let c = 4;
	while (c < n) { c = nextListCapacity(c); }
	return c;
}

class Postings {
	slots = new Int32Array(4);
	tfs = new Float32Array(4);
	n = 0;
	dead = 0;

	push(slot: number, tf: number): void {
		if (this.n === this.slots.length) {
			const cap = nextListCapacity(this.n);
			const s = new Int32Array(cap); s.set(this.slots); this.slots = s;
			const t = new Float32Array(cap); t.set(this.tfs); this.tfs = t;
		}
		this.slots[this.n] = slot;
		this.tfs[this.n++] = tf;
	}

	/** Room for `k` more entries, grown as `k` pushes would grow it (so capacities are those of a plain insert). */
	reserve(k: number): void {
		let cap = this.slots.length;
		while (cap < this.n + k) { cap = nextListCapacity(cap); }
		if (cap === this.slots.length) { return; }
		const s = new Int32Array(cap); s.set(this.slots.subarray(0, this.n)); this.slots = s;
		const t = new Float32Array(cap); t.set(this.tfs.subarray(0, this.n)); this.tfs = t;
	}

	compact(alive: Uint8Array): void {
		let j = 0;
		for (let i = 0; i < this.n; i++) {
			const s = this.slots[i];
			if (alive[s]) { this.slots[j] = s; this.tfs[j++] = this.tfs[i]; }
		}
		this.n = j;
		this.dead = 0;
	}

	/** Drops dead entries and renumbers the others (`map`: old slot → new slot, -1 when dead); order is kept. */
	renumber(map: Int32Array): void {
		let j = 0;
		for (let i = 0; i < this.n; i++) {
			const s = map[this.slots[i]];
			if (s >= 0) { this.slots[j] = s; this.tfs[j++] = this.tfs[i]; }
		}
		this.n = j;
		this.dead = 0;
		// Capacity as a list built by pushing would have: a compacted index weighs what a fresh one does.
		const cap = listCapacityFor(j);
		if (this.slots.length > cap) { this.slots = this.slots.slice(0, cap); this.tfs = this.tfs.slice(0, cap); }
	}
}

/** A task of a file with its token id lists (ids mapped by `term` from the file's local vocabulary). */
interface DecodedTask { task: IndexedTask; doc: IndexedDocument; docTitle: number[]; title: number[]; path: number[]; body: number[] }

/**
 * A checked file's token sequences read task by task (the order checkFileTokens checked): each
 * document's title, when its first task comes, then the task's title, path and body. `before`
 * runs before a task's lists are read.
 */
function* decodeTasks(ft: FileTokens, term: (local: number) => number, before?: (task: IndexedTask) => void): Generator<DecodedTask> {
	const rd = new VarintReader(ft.seq);
	const localList = () => Array.from({ length: rd.next() }, () => rd.next());
	const list = () => {
		const out = new Array<number>(rd.next());
		for (let i = 0; i < out.length; i++) { out[i] = term(rd.next()); }
		return out;
	};
	const docs = new Map(ft.docs.map(d => [d.index, { doc: d, title: localList(), ids: undefined as number[] | undefined }]));
	for (const task of ft.tasks) {
		before?.(task);
		const d = docs.get(task.document)!;
		d.ids ??= d.title.map(term);
		const docTitle = d.ids;
		const title = list(), path = list(), body = list();
		yield { task, doc: d.doc, docTitle, title, path, body };
	}
}

/** A task's id: its file, document and offset. */
const TASK_ID = /^([^]*)#(0|[1-9]\d*)@(0|[1-9]\d*)$/;

/** Body tokens an insert in slices builds bags for in one step, at most (besides `tasksPerStep`). */
const TOKENS_PER_STEP = 50_000;

/** Postings lists an insert in slices makes room in per step, before its tasks go live (about 4 µs each). */
const LISTS_PER_STEP = 1024;

/** Bigram buckets whose counts' pages an insert in slices faults in per step, before its tasks go live. */
const BUCKETS_PER_STEP = 1024;

/** Pages of the bigram count table a new index faults in per step (touchCountsSteps). */
const PAGES_PER_STEP = 256;

/**
 * The longest text (UTF-16 units) of a file an insert in slices treats as ordinary: its record is
 * encoded in a step (a few milliseconds). A longer one's is encoded when its record is asked for (a
 * save), and its lists' room and bigram counts are made before it goes live (insertSteps).
 */
const BIG_FILE = 50_000;

/** The capacity a doubling array started at `min` reaches for `n` entries. */
function capacityFor(n: number, min: number): number {
	let c = min;
	while (c < n) { c *= 2; }
	return c;
}

/** What an index holds, counted: an edited index and a fresh one of the same files compare on these. */
export interface IndexFootprint {
	files: number;
	tasks: number;
	/** Slots taken (live and dead) and the capacity of the per-slot arrays. */
	slots: number;
	slotCapacity: number;
	/** Distinct documents, and the range of document ids in use. */
	documents: number;
	documentIds: number;
	/** Terms in the dictionary, and the range of term ids in use. */
	terms: number;
	termIds: number;
	/** Postings entries (live and dead) and the capacity of the lists. */
	postings: number;
	postingsCapacity: number;
}

const NO_POOL: BagPool = { uni: new Int32Array(0), uw: new Float32Array(0), bi: new Uint32Array(0), head: new Int32Array(0) };

/** Files whose display fields were read last, inflated (a result list reads a few tasks of each of twenty files). */
const DISPLAY_CACHE = 64;

/** The display fields of the files read last (store-wide), so a file's record is inflated once per burst of reads. */
class DisplayCache {
	private readonly parts = new Map<FileEntry, DisplayPart>();

	of(file: FileEntry, frame: Uint8Array): DisplayPart {
		let d = this.parts.get(file);
		if (d) { this.parts.delete(file); } else { d = readDisplay(frame); }
		this.parts.set(file, d); // newest last
		if (this.parts.size > DISPLAY_CACHE) { this.parts.delete(this.parts.keys().next().value!); }
		return d;
	}

	forget(file: FileEntry): void { this.parts.delete(file); }
}

/**
 * An indexed file: its documents, its tasks' slots and bags, and its record, framed as the cache
 * holds it. An insert in slices of a big file (BIG_FILE) leaves the tokens as they are until
 * the record is asked for: a save, which encodes it in a slice of its own (persistence.ts), not an
 * insert's step among those of other files.
 */
export class FileEntry {
	recs: TaskRec[] = [];
	/** The bags of the file's tasks (each TaskRec's span). */
	pool: BagPool = NO_POOL;
	private held: Uint8Array | FileTokens;

	constructor(readonly key: string, readonly hash: string, readonly docs: IndexedDocument[], held: Uint8Array | FileTokens, private readonly displays: DisplayCache) {
		this.held = held;
	}

	/** The file's framed record (encoded now when the insert left tokens). */
	get frame(): Uint8Array {
		if (!(this.held instanceof Uint8Array)) { this.held = encodeRecord(this.held); }
		return this.held;
	}

	/** Task `i` of the file, whole. */
	task(i: number): IndexedTask {
		const held = this.held;
		if (!(held instanceof Uint8Array)) { return held.tasks[i]; }
		return this.join(this.recs[i], this.displays.of(this, held).task(i));
	}

	/** The file's tasks, whole, in the file's order. */
	tasks(): IndexedTask[] {
		const held = this.held;
		if (!(held instanceof Uint8Array)) { return held.tasks.slice(); }
		const all = this.displays.of(this, held).all();
		return this.recs.map((rec, i) => this.join(rec, all[i]));
	}

	private join(rec: TaskRec, display: DisplayTask): IndexedTask {
		return joinTask(this.key, { document: rec.doc.index, offset: rec.offset, docKey: rec.doc.docKey, textKey: rec.textKey, title: rec.title }, display);
	}

	/** Forgets what was read of the record (the file left the index). */
	dropReads(): void { this.displays.forget(this); }
}

/**
 * A live task in its slot: what a query reads of it (its bag, a span of its file's pool viewed on
 * demand: the ranking reads a hundred per query; its heading and text key). The task whole is
 * read from its file's record (`task`).
 */
export class TaskRec {
	readonly offset: number;
	/** Where the task ends (the task at a position is found without reading the record). */
	readonly end: number;
	readonly title: string;
	readonly textKey: string;
	// The bag's span in the file's pool (BagSpan's fields, held flat: one object per task, not two).
	private readonly u0: number; private readonly u1: number;
	private readonly b0: number; private readonly b1: number;
	private readonly h0: number; private readonly h1: number;
	readonly len: number;

	constructor(
		public slot: number,
		/** The task's place among its file's tasks. */
		readonly index: number,
		task: IndexedTask,
		readonly doc: IndexedDocument,
		readonly file: FileEntry,
		readonly docId: number,
		span: BagSpan,
	) {
		this.offset = task.offset;
		this.end = task.end;
		this.title = task.title;
		this.textKey = task.textKey;
		this.u0 = span.u0; this.u1 = span.u1;
		this.b0 = span.b0; this.b1 = span.b1;
		this.h0 = span.h0; this.h1 = span.h1;
		this.len = span.len;
	}

	/** The task whole (read from its file's record). */
	get task(): IndexedTask { return this.file.task(this.index); }
	get id(): string { return `${this.file.key}#${this.doc.index}@${this.offset}`; }
	get uni(): Int32Array { return this.file.pool.uni.subarray(this.u0, this.u1); }
	get uw(): Float32Array { return this.file.pool.uw.subarray(this.u0, this.u1); }
	get bi(): Uint32Array { return this.file.pool.bi.subarray(this.b0, this.b1); }
	get head(): Int32Array { return this.file.pool.head.subarray(this.h0, this.h1); }
}

/**
 * The storage. Its fields are read directly by the ranking (ranking.ts) on the query's hot path;
 * only this class changes them.
 */
export class IndexStore {
	readonly files = new Map<string, FileEntry>();
	// Vocabulary
	readonly termIds = new Map<string, number>();
	readonly terms: string[] = [];
	private readonly freeTerms: number[] = [];
	/** Live tasks per term id. */
	df = new Int32Array(1024);
	/** Inserts in progress (insertSteps) that hold each term id: a pinned term is not freed at df 0. */
	private pins = new Int32Array(1024);
	postings: (Postings | undefined)[] = [];
	/** Live tasks per bigram bucket. */
	readonly biDf = new CountTable(BIGRAM_MASK + 1);
	private readonly docIds = new Map<string, number>();
	/** Live tasks per document id. */
	private docRefs = new Int32Array(64);
	private readonly freeDocs: number[] = [];
	private nextDocId = 0;
	// Slots
	recs: (TaskRec | undefined)[] = [];
	alive = new Uint8Array(1024);
	lens = new Float32Array(1024);
	slotDoc = new Int32Array(1024);
	/** Each slot's task text as a number (hash53 of its text key): the ranking collapses copies by it. */
	slotText = new Float64Array(1024);
	private nextSlot = 0;
	/** Where an insert builds its file's bags (reused: its arrays have grown to the largest file's). */
	private readonly pool = new BagPoolWriter();
	private readonly displays = new DisplayCache();
	liveTasks = 0;
	lenSum = 0;

	/** `beforeSlot` runs before each task of an insert takes its slot (a seam for tests: a failure there is a failure midway). */
	constructor(private readonly bags: BagBuilder, private readonly beforeSlot: (task: IndexedTask) => void) {}

	footprint(): IndexFootprint {
		let postings = 0, postingsCapacity = 0;
		for (const p of this.postings) { if (p) { postings += p.n; postingsCapacity += p.slots.length; } }
		return {
			files: this.files.size, tasks: this.liveTasks,
			slots: this.nextSlot, slotCapacity: this.alive.length,
			documents: this.docIds.size, documentIds: this.nextDocId,
			terms: this.termIds.size, termIds: this.terms.length,
			postings, postingsCapacity,
		};
	}

	/** Faults in the bigram count table's pages in steps, before the first inserts (CountTable.touchAllSteps). */
	touchCountsSteps(): Generator<void> { return this.biDf.touchAllSteps(PAGES_PER_STEP); }

	/** The record of an indexed task (by task or id). */
	recOf(task: IndexedTask | string): TaskRec | undefined {
		// An id is `${file}#${document}@${offset}` (a group's, `…#group`, names no task): its numbers are compared, no id is built per task.
		const m = TASK_ID.exec(typeof task === 'string' ? task : task.id);
		if (!m) { return undefined; }
		const document = Number(m[2]), offset = Number(m[3]);
		return this.files.get(m[1])?.recs.find(r => r.offset === offset && r.doc.index === document);
	}

	// ------------------------------------------------------------------ vocabulary

	/** The id of term `t`, a new one (a freed id first) when `t` is not in the dictionary; new ids go to `created`. */
	private termId(t: string, created: number[]): number {
		let id = this.termIds.get(t);
		if (id === undefined) {
			if (this.freeTerms.length) {
				id = this.freeTerms.pop()!;
				this.terms[id] = t;
			} else {
				id = this.terms.length;
				this.terms.push(t);
			}
			this.termIds.set(t, id);
			if (id >= this.df.length) { this.df = grow(this.df, id + 1); }
			if (id >= this.pins.length) { this.pins = grow(this.pins, id + 1); }
			created.push(id);
		}
		return id;
	}

	/**
	 * Gives back a term id an insert created and no task came to use: freed, and the dictionary
	 * shrinks back when it is the last id, appended by that insert (`appendedFrom`: the dictionary's
	 * length when the insert began), so the next insert takes the same ids.
	 */
	private giveBackTerm(id: number, appendedFrom: number): void {
		this.freeTerm(id);
		if (id >= appendedFrom && id === this.terms.length - 1) {
			this.freeTerms.pop();
			this.terms.length = id;
			this.postings.length = Math.min(this.postings.length, id);
		}
	}

	/** Forgets a term no task uses (df 0); its id is reused. */
	private freeTerm(id: number): void {
		this.termIds.delete(this.terms[id]);
		this.terms[id] = '';
		this.postings[id] = undefined;
		this.freeTerms.push(id);
	}

	/** The id of document `key`, a new one (a freed id first) when it has none; new keys go to `created`. */
	private docId(key: string, created: string[]): number {
		let id = this.docIds.get(key);
		if (id === undefined) {
			id = this.freeDocs.pop() ?? this.nextDocId++;
			this.docIds.set(key, id);
			if (id >= this.docRefs.length) { this.docRefs = grow(this.docRefs, id + 1); }
			created.push(key);
		}
		return id;
	}

	/** Forgets the id of document `key` when no task refers to it any more; the id is reused. */
	private releaseDoc(key: string): void {
		const id = this.docIds.get(key);
		if (id !== undefined && this.docRefs[id] === 0) {
			this.docIds.delete(key);
			this.freeDocs.push(id);
		}
	}

	// ------------------------------------------------------------------ insert / remove

	/**
	 * Inserts (or replaces) a file from its tokens. Synchronous; the cache loads through it.
	 * All or nothing: a file that does not check out is refused before anything changes, and a
	 * failure midway is undone, so the index (and the file's old version) stays as it was.
	 */
	insert(ft: FileTokens, checked = false, frame?: Uint8Array): void {
		if (!checked) { checkFileTokens(ft); }
		const entry = this.commit(ft, frame ?? encodeRecord(ft));
		const old = this.files.get(ft.key);
		if (old) { this.removeEntry(old); }
		this.files.set(ft.key, entry);
		if (this.changes.has(ft.key)) { this.settle(ft.key, this.ticket(ft.key)); }
	}

	/**
	 * While an insert in steps of a file is under way, the file's changes are numbered as they
	 * start (`ticket`), and the last one to take effect is `settled`: when its steps end, an insert
	 * whose number is below that goes nowhere (a newer version, or a removal, took effect meanwhile).
	 */
	private readonly changes = new Map<string, { issued: number; settled: number; running: number }>();

	private ticket(key: string): number {
		const c = this.changes.get(key) ?? { issued: 0, settled: 0, running: 0 };
		this.changes.set(key, c);
		return ++c.issued;
	}

	private settle(key: string, ticket: number): void {
		const c = this.changes.get(key);
		if (c) { c.settled = Math.max(c.settled, ticket); }
	}

	/**
	 * A ticket for an insert in steps of `key` that will come (insertAnalyzed takes it before it
	 * segments the file): a removal or a newer insert from now on overtakes it. Give it to
	 * insertSteps, or back with release when the insert will not come.
	 */
	reserve(key: string): number {
		const ticket = this.ticket(key);
		this.changes.get(key)!.running++;
		return ticket;
	}

	/** A reservation that no insert will use. */
	release(key: string): void { this.stepsEnded(key); }

	/** An insert in steps of `key` ended, however it ended: nothing is kept once none runs. */
	private stepsEnded(key: string): void {
		const c = this.changes.get(key);
		if (c && --c.running <= 0) { this.changes.delete(key); }
	}

	private stale(key: string, ticket: number): boolean {
		return ticket < (this.changes.get(key)?.settled ?? 0);
	}

	/**
	 * insert in steps, for a file big enough to hold the event loop (a 40 MB dump): its bags are
	 * built `tasksPerStep` tasks (or TOKENS_PER_STEP tokens) at a time without changing what queries see (a big
	 * file's postings lists then get the room its entries take, LISTS_PER_STEP lists a step), then in one step
	 * its tasks go live and its old version goes; a slot compaction that is due runs in a step of
	 * its own after that. All or nothing, as insert. Each term it looks up is pinned (a file
	 * removed meanwhile cannot free the id and hand it to another term) until the steps end,
	 * however they end; then a term no live task uses is freed, a new one given back as a failed
	 * insert gives it back (the next insert takes the same id). Ends true when the file went live,
	 * false when a newer version or a removal overtook it (`reserved`: the ticket taken earlier).
	 */
	*insertSteps(ft: FileTokens, checked = false, tasksPerStep = 64, reserved?: number): Generator<void | typeof TURN, boolean> {
		const ticket = reserved ?? this.reserve(ft.key);
		const appendedFrom = this.terms.length;
		const pinned: number[] = [];
		const created: number[] = [];
		const local = new Int32Array(ft.vocab.length).fill(-1);
		const term = (x: number) => {
			if (local[x] < 0) {
				const id = local[x] = this.termId(ft.vocab[x], created);
				this.pins[id]++;
				pinned.push(id);
			}
			return local[x];
		};
		try {
			if (!checked) { checkFileTokens(ft); }
			// Its own pool: an insert between two steps resets the store's.
			const writer = new BagPoolWriter();
			const docs: IndexedDocument[] = [];
			const spans: BagSpan[] = [];
			// Entries the file adds to each postings list, and its bigrams per bucket: a big file makes
			// room in the lists in steps and counts its bigrams as it builds its bags, so the step that
			// takes it live writes its entries and adds one count per bucket (a 40 MB dump's lists were
			// made and its ten million bigrams counted one by one in that step).
			const big = ft.length > BIG_FILE;
			const adds = new Map<number, number>(); // (empty for an ordinary file)
			const bigrams = big ? new BucketCounts(ft.length) : undefined;
			let tasks = 0, tokens = 0;
			for (const t of decodeTasks(ft, term)) {
				docs.push(t.doc);
				const span = this.bags.bagInto(writer, t.title, t.path, t.body, t.docTitle, this.terms.length);
				spans.push(span);
				if (bigrams) {
					for (let i = span.u0; i < span.u1; i++) { const id = writer.uni[i]; adds.set(id, (adds.get(id) ?? 0) + 1); }
					for (let i = span.b0; i < span.b1; i++) { bigrams.inc(bigramId(writer.bi[i])); }
				}
				tokens += t.body.length;
				// (a dump's task can hold a hundred thousand tokens: a step ends at either bound)
				if (++tasks >= tasksPerStep || tokens >= TOKENS_PER_STEP) { tasks = tokens = 0; yield; }
			}
			// A file of ordinary size is encoded in a step of its own; a big one when its record is asked for.
			let held: Uint8Array | FileTokens = ft;
			if (!big) { yield; held = encodeRecord(ft); }
			// (the lists' terms are pinned: none is freed meanwhile; room another insert takes is only room)
			let lists = 0;
			for (const [id, k] of adds) {
				(this.postings[id] ??= new Postings()).reserve(k);
				if (++lists % LISTS_PER_STEP === 0) { yield; }
			}
			if (bigrams) { yield* bigrams.touchIn(this.biDf, BUCKETS_PER_STEP); }
			// Live at once, in a slice of its own: nothing above changed what a query finds.
			yield TURN;
			if (this.stale(ft.key, ticket)) { return false; }
			const entry = new FileEntry(ft.key, ft.hash, ft.docs, held, this.displays);
			entry.pool = writer.finish();
			const start = { slot: this.nextSlot, term: this.terms.length, doc: this.nextDocId };
			const newDocs: string[] = [];
			try {
				ft.tasks.forEach((task, i) => {
					this.beforeSlot(task);
					entry.recs.push(this.addTask(i, task, docs[i], entry, entry.pool, spans[i], newDocs, !bigrams));
				});
			} catch (e) {
				this.undoInsert(start, [], newDocs, !bigrams);
				throw e;
			}
			bigrams?.addTo(this.biDf);
			const old = this.files.get(ft.key);
			if (old) { this.removeEntry(old, false); }
			this.files.set(ft.key, entry);
			this.settle(ft.key, ticket);
			yield;
			if (this.compactionDue()) { this.compactSlots(); }
			return true;
		} finally {
			this.stepsEnded(ft.key);
			for (const id of pinned) { this.pins[id]--; }
			const isNew = new Set(created);
			for (const id of pinned) {
				if (this.df[id] === 0 && !this.pins[id] && !isNew.has(id)) { this.freeTerm(id); }
			}
			for (const id of created.reverse()) {
				if (this.df[id] === 0 && !this.pins[id]) { this.giveBackTerm(id, appendedFrom); }
			}
		}
	}

	/** Adds the tasks of a checked file (checkFileTokens): its token data decodes as it should. */
	private commit(ft: FileTokens, frame: Uint8Array): FileEntry {
		const entry = new FileEntry(ft.key, ft.hash, ft.docs, frame, this.displays);
		const pool = this.pool.reset();
		const start = { slot: this.nextSlot, term: this.terms.length, doc: this.nextDocId };
		const newTerms: number[] = [];
		const newDocs: string[] = [];
		// Local vocabulary ids → term ids, taken when first used, so no term is added that no task uses.
		const local = new Int32Array(ft.vocab.length).fill(-1);
		const term = (x: number) => local[x] >= 0 ? local[x] : (local[x] = this.termId(ft.vocab[x], newTerms));
		try {
			for (const t of decodeTasks(ft, term, task => this.beforeSlot(task))) {
				const span = this.bags.bagInto(pool, t.title, t.path, t.body, t.docTitle, this.terms.length);
				entry.recs.push(this.addTask(entry.recs.length, t.task, t.doc, entry, pool, span, newDocs));
			}
		} catch (e) {
			entry.pool = pool.finish(); // the records added so far are undone through it
			this.undoInsert(start, newTerms, newDocs);
			throw e;
		}
		entry.pool = pool.finish();
		return entry;
	}

	/** `countBigrams` false: the caller adds the task's bigrams to biDf itself (a big insert, counted per bucket). */
	private addTask(index: number, task: IndexedTask, doc: IndexedDocument, file: FileEntry, pool: BagPool, b: BagSpan, newDocs: string[], countBigrams = true): TaskRec {
		const slot = this.nextSlot;
		this.ensureSlots(slot + 1);
		this.nextSlot++;
		const rec = new TaskRec(slot, index, task, doc, file, this.docId(task.docKey, newDocs), b);
		this.recs[slot] = rec;
		// Each postings entry with its df, so undoInsert finds exactly what was added.
		const uni = pool.uni, uw = pool.uw, bi = pool.bi;
		for (let i = b.u0; i < b.u1; i++) {
			const id = uni[i];
			(this.postings[id] ??= new Postings()).push(slot, uw[i]);
			this.df[id]++;
		}
		if (countBigrams) { for (let i = b.b0; i < b.b1; i++) { this.biDf.inc(bigramId(bi[i])); } }
		// Live last: a slot that is not alive was not counted.
		this.alive[slot] = 1;
		this.lens[slot] = b.len;
		this.slotDoc[slot] = rec.docId;
		this.slotText[slot] = hash53(rec.textKey);
		this.docRefs[rec.docId]++;
		this.liveTasks++;
		this.lenSum += b.len;
		return rec;
	}

	/**
	 * Undoes a failed insert: its slots are the last ones and its entries the last of each
	 * postings list; its new term and document ids are given back in reverse, so the next
	 * insert takes the same ids as it would have.
	 */
	private undoInsert(start: { slot: number; term: number; doc: number }, newTerms: number[], newDocs: string[], bigramsCounted = true): void {
		for (let s = this.nextSlot - 1; s >= start.slot; s--) {
			const rec = this.recs[s];
			if (!rec) { continue; }
			for (const id of rec.uni) {
				const p = this.postings[id];
				if (p && p.n && p.slots[p.n - 1] === s) { p.n--; this.df[id]--; }
			}
			if (this.alive[s]) {
				const bi = rec.bi;
				if (bigramsCounted) { for (let i = 0; i < bi.length; i++) { this.biDf.dec(bigramId(bi[i])); } }
				this.alive[s] = 0;
				this.docRefs[rec.docId]--;
				this.liveTasks--;
				this.lenSum -= rec.len;
			}
			this.recs[s] = undefined;
		}
		this.nextSlot = start.slot;
		this.recs.length = Math.min(this.recs.length, start.slot);
		for (const id of newTerms.reverse()) { this.giveBackTerm(id, start.term); }
		for (const key of newDocs.reverse()) {
			const id = this.docIds.get(key)!;
			this.docIds.delete(key);
			if (id >= start.doc) { this.nextDocId = id; } else { this.freeDocs.push(id); }
		}
	}

	private ensureSlots(n: number): void {
		if (n <= this.alive.length) { return; } // the per-slot arrays grow together
		this.alive = grow(this.alive, n);
		this.lens = grow(this.lens, n);
		this.slotDoc = grow(this.slotDoc, n);
		this.slotText = grow(this.slotText, n);
	}

	remove(key: string): boolean {
		const entry = this.files.get(key);
		// (an insert in steps of the file that is under way must not bring it back)
		const ticket = this.changes.has(key) ? this.ticket(key) : 0;
		if (entry) { this.removeEntry(entry); }
		if (ticket) { this.settle(key, ticket); }
		return entry !== undefined;
	}

	/** Removes a file's tasks; `compact`: compacts the slots if that is due (insertSteps does it in a step of its own). */
	private removeEntry(entry: FileEntry, compact = true): void {
		for (const rec of entry.recs) {
			this.alive[rec.slot] = 0;
			this.recs[rec.slot] = undefined;
			this.liveTasks--;
			this.lenSum -= rec.len;
		}
		for (const rec of entry.recs) {
			const uni = rec.uni, bi = rec.bi;
			for (let i = 0; i < uni.length; i++) {
				const id = uni[i];
				if (--this.df[id] === 0 && !this.pins[id]) { this.freeTerm(id); continue; }
				const p = this.postings[id];
				if (p && ++p.dead > 32 && p.dead * 2 > p.n) { p.compact(this.alive); }
			}
			for (let i = 0; i < bi.length; i++) { this.biDf.dec(bigramId(bi[i])); }
			this.docRefs[rec.docId]--;
			this.releaseDoc(rec.doc.docKey);
		}
		entry.dropReads();
		if (this.files.get(entry.key) === entry) { this.files.delete(entry.key); }
		if (compact && this.compactionDue()) { this.compactSlots(); }
	}

	/** Dead slots have passed 1/16 of the live ones. */
	private compactionDue(): boolean { return (this.nextSlot - this.liveTasks) * 16 > this.liveTasks; }

	/**
	 * Drops every dead slot: live slots renumbered in order (so ties rank as before), every
	 * postings list rebuilt, per-slot arrays shrunk. Linear in the postings; runs once dead
	 * slots pass 1/16 of the live ones, so its cost is spread over as many removed tasks.
	 */
	private compactSlots(): void {
		const n = this.nextSlot;
		const map = new Int32Array(n);
		let live = 0;
		for (let s = 0; s < n; s++) { map[s] = this.alive[s] ? live++ : -1; }
		for (const p of this.postings) { p?.renumber(map); }
		let lenSum = 0;
		for (let s = 0; s < n; s++) {
			const t = map[s];
			if (t < 0) { continue; }
			const rec = this.recs[s]!;
			rec.slot = t;
			this.recs[t] = rec;
			this.lens[t] = this.lens[s];
			this.slotDoc[t] = this.slotDoc[s];
			this.slotText[t] = this.slotText[s];
			this.alive[t] = 1;
			lenSum += rec.len;
		}
		this.alive.fill(0, live, n);
		this.recs.length = live;
		this.nextSlot = live;
		this.lenSum = lenSum; // summed again: no drift from many additions and subtractions
		const cap = capacityFor(live, 1024);
		if (this.alive.length > cap) {
			this.alive = this.alive.slice(0, cap);
			this.lens = this.lens.slice(0, cap);
			this.slotDoc = this.slotDoc.slice(0, cap);
			this.slotText = this.slotText.slice(0, cap);
		}
	}
}
