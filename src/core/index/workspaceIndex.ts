// The workspace index: every notice's tasks, segmented once, ranked by BM25 over terms with
// title and path boosts, reranked by shared bigrams, shared headings and shared targets/units.
//
// Storage: one postings list per term (task slots + weighted term frequencies in typed arrays).
// A file's tasks occupy slots; removing a file marks its slots dead (lists are compacted term by
// term once half dead), so adding, updating or removing one file costs only that file's terms.
// Nothing grows with edits: once dead slots pass 1/16 of the live ones, every list is compacted
// and the slots renumbered in order; a term no task uses any more and a document id no task
// refers to any more are freed (and their ids reused) on the spot.
// An insert checks the whole file first (validate.ts) and undoes itself if it fails midway,
// so a file is in the index whole or not at all.
// Each file keeps its token sequences (FileTokens) so the cache can be written without
// segmenting anything again.
import { annotate as annotateModel } from '../annotations';
import { abortError, type Segmenter } from '../segment/segmenter';
import { analyzeText, fileTokens, type AnalyzedFile, type Annotator, type PreparedModel } from './analyze';
import { sha1 } from './sha1';
import type { FileTokens, IndexedDocument, IndexedTask, QueryOptions, RelatedResult } from './types';
import { checkFileTokens } from './validate';
import { VarintReader } from './varint';

export interface RankOptions {
	/** BM25 term-frequency saturation. */
	k1: number;
	/** BM25 length normalization. */
	b: number;
	/** Saturation of the query's own term frequencies (long queries repeat words). */
	k3: number;
	/** Weight of a term in the task's own heading, relative to one in its body. */
	titleWeight: number;
	/** Weight of a term in an enclosing section heading. */
	pathWeight: number;
	/** Weight of a term in the document title. */
	docWeight: number;
	/** Weight of the shared-bigram score in the rerank (0: off). */
	bigramWeight: number;
	/** Weight of terms shared by the two tasks' own headings (0: off). */
	titleMatchWeight: number;
	/** Bonus per shared responsible unit (0: off). */
	unitWeight: number;
	/** Bonus per shared target metric (0: off). */
	targetWeight: number;
	/** Query terms used for retrieval, the highest idf × weight first. */
	maxQueryTerms: number;
	/**
	 * Terms in more than this fraction of all tasks do not select candidates: they weigh little
	 * (low idf) and have the longest postings lists. They are scored for the candidates only,
	 * from the candidates' own bags, so the final scores are exact.
	 */
	maxTermDf: number;
	/** Candidates reranked. */
	rerankDepth: number;
}

export const DEFAULT_RANK: RankOptions = {
	k1: 1.2, b: 0.75, k3: 2,
	titleWeight: 3, pathWeight: 1, docWeight: 0.3,
	bigramWeight: 0.5, titleMatchWeight: 2, unitWeight: 0, targetWeight: 0,
	maxQueryTerms: 48, maxTermDf: 0.05, rerankDepth: 100,
};

export interface WorkspaceIndexOptions {
	segmenter?: Segmenter;
	/** Annotates each file's model so tasks carry targets and units; src/core/annotations by default, null for none. */
	annotate?: Annotator | null;
	rank?: Partial<RankOptions>;
}

export interface UpdateStats {
	files: number;
	added: number;
	updated: number;
	unchanged: number;
	failed: number;
	tasks: number;
	/** Milliseconds spent parsing and extracting tasks (main thread). */
	analyzeMs: number;
	/** Milliseconds waiting for the segmenter (beyond what overlapped with analysis). */
	segmentWaitMs: number;
	/** Milliseconds inserting into the index. */
	insertMs: number;
	totalMs: number;
}

class Postings {
	slots = new Int32Array(4);
	tfs = new Float32Array(4);
	n = 0;
	dead = 0;

	push(slot: number, tf: number): void {
		if (this.n === this.slots.length) {
			const s = new Int32Array(this.n * 2); s.set(this.slots); this.slots = s;
			const t = new Float32Array(this.n * 2); t.set(this.tfs); this.tfs = t;
		}
		this.slots[this.n] = slot;
		this.tfs[this.n++] = tf;
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
		const cap = capacityFor(j, 4);
		if (this.slots.length > cap) { this.slots = this.slots.slice(0, cap); this.tfs = this.tfs.slice(0, cap); }
	}
}

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

interface FileEntry {
	key: string;
	hash: string;
	tokens: FileTokens;
	recs: TaskRec[];
}

interface TaskRec {
	slot: number;
	task: IndexedTask;
	doc: IndexedDocument;
	file: FileEntry;
	docId: number;
	/** Unigram term ids, ascending, with their weighted frequencies. */
	uni: Int32Array;
	uw: Float32Array;
	/** Bigram ids, ascending, with their frequencies. */
	bi: Int32Array;
	bw: Float32Array;
	/** Term ids of the task's own heading, ascending. */
	head: Int32Array;
	len: number;
}

/** A query: a bag of terms (and bigrams and heading terms) plus what to leave out. */
interface QueryBag {
	uni: Int32Array;
	uw: Float32Array;
	bi: Int32Array;
	bw: Float32Array;
	head: Int32Array;
	docId: number;
	lead: string[];
	responsible: string[];
	metrics: string[];
}

/** Size − 1 of the hashed bigram table (2^22 buckets). */
const BIGRAM_MASK = (1 << 22) - 1;

function grow<T extends Int32Array | Float32Array | Uint8Array | Float64Array>(a: T, need: number): T {
	if (need <= a.length) { return a; }
	let n = Math.max(16, a.length);
	while (n < need) { n *= 2; }
	const b = new (a.constructor as new (n: number) => T)(n);
	b.set(a);
	return b;
}

export class WorkspaceIndex {
	readonly rank: RankOptions;
	private readonly segmenter: Segmenter | undefined;
	private readonly annotate: Annotator | undefined;

	private readonly files = new Map<string, FileEntry>();
	// Vocabulary
	private readonly termIds = new Map<string, number>();
	private readonly terms: string[] = [];
	private readonly freeTerms: number[] = [];
	private df = new Int32Array(1024);
	private postings: (Postings | undefined)[] = [];
	private readonly biDf = new Int32Array(BIGRAM_MASK + 1);
	private readonly docIds = new Map<string, number>();
	/** Live tasks per document id. */
	private docRefs = new Int32Array(64);
	private readonly freeDocs: number[] = [];
	private nextDocId = 0;
	// Slots
	private recs: (TaskRec | undefined)[] = [];
	private alive = new Uint8Array(1024);
	private lens = new Float32Array(1024);
	private slotDoc = new Int32Array(1024);
	private nextSlot = 0;
	private liveTasks = 0;
	private lenSum = 0;
	// Query scratch
	private acc = new Float32Array(1024);
	private scratch = new Float64Array(1024);
	private keyBuf = new Int32Array(1024);

	constructor(options: WorkspaceIndexOptions = {}) {
		this.rank = { ...DEFAULT_RANK, ...options.rank };
		this.segmenter = options.segmenter;
		this.annotate = options.annotate === null ? undefined : options.annotate ?? annotateModel;
	}

	get fileCount(): number { return this.files.size; }
	get taskCount(): number { return this.liveTasks; }
	get termCount(): number { return this.termIds.size; }

	/** The content hash the index keys files by. */
	contentHash(text: string): string { return sha1(text); }
	hasFile(key: string): boolean { return this.files.has(key); }
	hashOf(key: string): string | undefined { return this.files.get(key)?.hash; }
	fileKeys(): string[] { return [...this.files.keys()]; }
	tasksOf(key: string): IndexedTask[] { return this.files.get(key)?.recs.map(r => r.task) ?? []; }
	documentsOf(key: string): IndexedDocument[] { return this.files.get(key)?.tokens.docs ?? []; }
	/** Every file's tokens, for the cache. */
	snapshot(): FileTokens[] { return [...this.files.values()].map(f => f.tokens); }

	/** The innermost task of `key` holding `offset`. */
	taskAt(key: string, offset: number): IndexedTask | undefined {
		let best: IndexedTask | undefined;
		for (const r of this.files.get(key)?.recs ?? []) {
			const t = r.task;
			if (t.offset <= offset && offset < Math.max(t.end, t.offset + 1) && (!best || t.end - t.offset < best.end - best.offset)) { best = t; }
		}
		return best;
	}

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
			this.df = grow(this.df, id + 1);
			created.push(id);
		}
		return id;
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
			this.docRefs = grow(this.docRefs, id + 1);
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

	private idf(df: number): number {
		const n = Math.max(this.liveTasks, 1);
		return Math.log(1 + (n - df + 0.5) / (df + 0.5));
	}

	// ------------------------------------------------------------------ bags

	/** Weighted bag of a task from its token id sequences. */
	private bag(title: number[], path: number[], body: number[], docTitle: number[]): { uni: Int32Array; uw: Float32Array; bi: Int32Array; bw: Float32Array; head: Int32Array; len: number } {
		const r = this.rank;
		this.scratch = grow(this.scratch, this.terms.length);
		const sc = this.scratch;
		const touched: number[] = [];
		const add = (ids: number[], w: number) => {
			for (let i = 0; i < ids.length; i++) {
				const id = ids[i];
				if (sc[id] === 0) { touched.push(id); }
				sc[id] += w;
			}
		};
		add(body, 1);
		add(title, r.titleWeight);
		add(path, r.pathWeight);
		add(docTitle, r.docWeight);
		const uni = Int32Array.from(touched).sort();
		const uw = new Float32Array(uni.length);
		let len = 0;
		for (let i = 0; i < uni.length; i++) { const w = sc[uni[i]]; uw[i] = w; len += w; sc[uni[i]] = 0; }
		// Bigrams are hashed into a fixed table (the hashing trick): no dictionary to grow or
		// keep, and a collision only blurs two rare bigrams' idf.
		const nb = Math.max(0, body.length - 1) + Math.max(0, title.length - 1);
		if (this.keyBuf.length < nb) { this.keyBuf = new Int32Array(nb * 2); }
		let kn = 0;
		const kb = this.keyBuf;
		for (let i = 1; i < body.length; i++) {
			kb[kn++] = ((Math.imul(body[i - 1] + 1, 0x9e3779b1) ^ Math.imul(body[i] + 1, 0x85ebca6b)) & BIGRAM_MASK) * 2;
		}
		for (let i = 1; i < title.length; i++) {
			kb[kn++] = ((Math.imul(title[i - 1] + 1, 0x9e3779b1) ^ Math.imul(title[i] + 1, 0x85ebca6b)) & BIGRAM_MASK) * 2 + 1;
		}
		const keys = kb.subarray(0, kn).sort();
		const biIds = new Int32Array(kn);
		const biWs = new Float32Array(kn);
		let bn = 0;
		for (let i = 0; i < kn; i++) {
			const id = keys[i] >> 1;
			const w = keys[i] & 1 ? r.titleWeight : 1;
			if (bn && biIds[bn - 1] === id) { biWs[bn - 1] += w; } else { biIds[bn] = id; biWs[bn++] = w; }
		}
		const head = Int32Array.from(new Set(title)).sort();
		return { uni, uw, bi: biIds.slice(0, bn), bw: biWs.slice(0, bn), head, len };
	}

	// ------------------------------------------------------------------ insert / remove

	/**
	 * Inserts (or replaces) a file from its tokens. Synchronous; the cache loads through it.
	 * All or nothing: a file that does not check out is refused before anything changes, and a
	 * failure midway is undone, so the index (and the file's old version) stays as it was.
	 */
	insert(ft: FileTokens): void {
		checkFileTokens(ft);
		const entry = this.commit(ft);
		const old = this.files.get(ft.key);
		if (old) { this.removeEntry(old); }
		this.files.set(ft.key, entry);
	}

	/** A seam for tests: runs before each task of an insert takes its slot (a failure here is a failure midway). */
	protected beforeSlot(_task: IndexedTask): void { /* nothing */ }

	/** Adds the tasks of a checked file (checkFileTokens): its token data decodes as it should. */
	private commit(ft: FileTokens): FileEntry {
		const entry: FileEntry = { key: ft.key, hash: ft.hash, tokens: ft, recs: [] };
		const start = { slot: this.nextSlot, term: this.terms.length, doc: this.nextDocId };
		const newTerms: number[] = [];
		const newDocs: string[] = [];
		// Local vocabulary ids → term ids, taken when first used, so no term is added that no task uses.
		const local = new Int32Array(ft.vocab.length).fill(-1);
		const term = (x: number) => local[x] >= 0 ? local[x] : (local[x] = this.termId(ft.vocab[x], newTerms));
		const rd = new VarintReader(ft.seq);
		const localList = () => Array.from({ length: rd.next() }, () => rd.next());
		const list = () => {
			const out = new Array<number>(rd.next());
			for (let i = 0; i < out.length; i++) { out[i] = term(rd.next()); }
			return out;
		};
		const docs = new Map(ft.docs.map(d => [d.index, { doc: d, title: localList(), ids: undefined as number[] | undefined }]));
		try {
			for (const task of ft.tasks) {
				this.beforeSlot(task);
				const d = docs.get(task.document)!;
				d.ids ??= d.title.map(term);
				const title = list(), path = list(), body = list();
				entry.recs.push(this.addTask(task, d.doc, entry, this.bag(title, path, body, d.ids), newDocs));
			}
		} catch (e) {
			this.undoInsert(start, newTerms, newDocs);
			throw e;
		}
		return entry;
	}

	private addTask(task: IndexedTask, doc: IndexedDocument, file: FileEntry, b: ReturnType<WorkspaceIndex['bag']>, newDocs: string[]): TaskRec {
		const slot = this.nextSlot;
		this.ensureSlots(slot + 1);
		this.nextSlot++;
		const rec: TaskRec = { slot, task, doc, file, docId: this.docId(task.docKey, newDocs), ...b };
		this.recs[slot] = rec;
		// Each postings entry with its df, so undoInsert finds exactly what was added.
		for (let i = 0; i < b.uni.length; i++) {
			const id = b.uni[i];
			(this.postings[id] ??= new Postings()).push(slot, b.uw[i]);
			this.df[id]++;
		}
		for (let i = 0; i < b.bi.length; i++) { this.biDf[b.bi[i]]++; }
		// Live last: a slot that is not alive was not counted.
		this.alive[slot] = 1;
		this.lens[slot] = b.len;
		this.slotDoc[slot] = rec.docId;
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
	private undoInsert(start: { slot: number; term: number; doc: number }, newTerms: number[], newDocs: string[]): void {
		for (let s = this.nextSlot - 1; s >= start.slot; s--) {
			const rec = this.recs[s];
			if (!rec) { continue; }
			for (const id of rec.uni) {
				const p = this.postings[id];
				if (p && p.n && p.slots[p.n - 1] === s) { p.n--; this.df[id]--; }
			}
			if (this.alive[s]) {
				for (let i = 0; i < rec.bi.length; i++) { this.biDf[rec.bi[i]]--; }
				this.alive[s] = 0;
				this.docRefs[rec.docId]--;
				this.liveTasks--;
				this.lenSum -= rec.len;
			}
			this.recs[s] = undefined;
		}
		this.nextSlot = start.slot;
		this.recs.length = Math.min(this.recs.length, start.slot);
		for (const id of newTerms.reverse()) {
			this.freeTerm(id);
			if (id >= start.term) { this.freeTerms.pop(); this.terms.length = id; this.postings.length = Math.min(this.postings.length, id); }
		}
		for (const key of newDocs.reverse()) {
			const id = this.docIds.get(key)!;
			this.docIds.delete(key);
			if (id >= start.doc) { this.nextDocId = id; } else { this.freeDocs.push(id); }
		}
	}

	private ensureSlots(n: number): void {
		this.alive = grow(this.alive, n);
		this.lens = grow(this.lens, n);
		this.slotDoc = grow(this.slotDoc, n);
		this.acc = grow(this.acc, n);
	}

	remove(key: string): boolean {
		const entry = this.files.get(key);
		if (!entry) { return false; }
		this.removeEntry(entry);
		return true;
	}

	private removeEntry(entry: FileEntry): void {
		for (const rec of entry.recs) {
			this.alive[rec.slot] = 0;
			this.recs[rec.slot] = undefined;
			this.liveTasks--;
			this.lenSum -= rec.len;
		}
		for (const rec of entry.recs) {
			for (let i = 0; i < rec.uni.length; i++) {
				const id = rec.uni[i];
				if (--this.df[id] === 0) { this.freeTerm(id); continue; }
				const p = this.postings[id];
				if (p && ++p.dead > 32 && p.dead * 2 > p.n) { p.compact(this.alive); }
			}
			for (let i = 0; i < rec.bi.length; i++) { this.biDf[rec.bi[i]]--; }
			this.docRefs[rec.docId]--;
			this.releaseDoc(rec.task.docKey);
		}
		if (this.files.get(entry.key) === entry) { this.files.delete(entry.key); }
		if ((this.nextSlot - this.liveTasks) * 16 > this.liveTasks) { this.compactSlots(); }
	}

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
			this.acc = new Float32Array(cap);
		}
	}

	// ------------------------------------------------------------------ from text

	/** Parses and extracts a file's tasks (no segmentation). */
	analyze(key: string, text: string): AnalyzedFile {
		return analyzeText(key, text, this.annotate, sha1(text));
	}

	/** Adds or updates one file; unchanged content (same hash) is not segmented again. */
	async update(key: string, text: string, signal?: AbortSignal, prepared?: PreparedModel): Promise<'added' | 'updated' | 'unchanged'> {
		const hash = sha1(text);
		const old = this.files.get(key);
		if (old && old.hash === hash) { return 'unchanged'; }
		const a = analyzeText(key, text, this.annotate, hash, prepared);
		const tokens = await this.requireSegmenter().segment(a.strings, signal);
		if (signal?.aborted) { throw abortError(); }
		this.insert(fileTokens(a, tokens));
		return old ? 'updated' : 'added';
	}

	/**
	 * Adds or updates many files. Parsing the next batch overlaps segmenting the previous one
	 * (in the worker); files whose hash is unchanged are skipped.
	 */
	async updateMany(files: Iterable<{ key: string; text: string; prepared?: PreparedModel }>, opts: { signal?: AbortSignal; batchChars?: number; onProgress?: (done: number) => void } = {}): Promise<UpdateStats> {
		const t0 = performance.now();
		const stats: UpdateStats = { files: 0, added: 0, updated: 0, unchanged: 0, failed: 0, tasks: 0, analyzeMs: 0, segmentWaitMs: 0, insertMs: 0, totalMs: 0 };
		const seg = this.requireSegmenter();
		const batchChars = opts.batchChars ?? 200_000;
		let pending: { batch: AnalyzedFile[]; tokens: Promise<string[][]> } | null = null;
		let done = 0;
		const finish = async (p: { batch: AnalyzedFile[]; tokens: Promise<string[][]> }) => {
			const tw = performance.now();
			const toks = await p.tokens;
			stats.segmentWaitMs += performance.now() - tw;
			const ti = performance.now();
			let k = 0;
			for (const a of p.batch) {
				const mine = toks.slice(k, k + a.strings.length);
				k += a.strings.length;
				const known = this.files.has(a.key);
				done++;
				try {
					this.insert(fileTokens(a, mine));
				} catch {
					stats.failed++; // refused whole: the index holds the file's previous version, if any
					continue;
				}
				if (known) { stats.updated++; } else { stats.added++; }
				stats.tasks += a.tasks.length;
			}
			stats.insertMs += performance.now() - ti;
			opts.onProgress?.(done);
		};
		let batch: AnalyzedFile[] = [];
		let chars = 0;
		const flush = async () => {
			if (!batch.length) { return; }
			const strings = batch.flatMap(a => a.strings);
			const next = { batch, tokens: seg.segment(strings, opts.signal) };
			next.tokens.catch(() => undefined);
			batch = [];
			chars = 0;
			if (pending) { const p = pending; pending = next; await finish(p); } else { pending = next; }
		};
		for (const f of files) {
			if (opts.signal?.aborted) { throw abortError(); }
			stats.files++;
			const ta = performance.now();
			let a: AnalyzedFile;
			try {
				const hash = sha1(f.text);
				if (this.files.get(f.key)?.hash === hash) { stats.unchanged++; done++; stats.analyzeMs += performance.now() - ta; continue; }
				a = analyzeText(f.key, f.text, this.annotate, hash, f.prepared);
			} catch {
				stats.failed++;
				continue;
			}
			stats.analyzeMs += performance.now() - ta;
			batch.push(a);
			chars += f.text.length;
			if (chars >= batchChars) { await flush(); }
		}
		await flush();
		if (pending) { await finish(pending); }
		stats.totalMs = performance.now() - t0;
		return stats;
	}

	private requireSegmenter(): Segmenter {
		if (!this.segmenter) { throw new Error('WorkspaceIndex: no segmenter'); }
		return this.segmenter;
	}

	// ------------------------------------------------------------------ query

	private recOf(task: IndexedTask | string): TaskRec | undefined {
		const id = typeof task === 'string' ? task : task.id;
		const file = typeof task === 'string' ? id.slice(0, id.lastIndexOf('#')) : task.file;
		return this.files.get(file)?.recs.find(r => r.task.id === id);
	}

	/** Related tasks of an indexed task (by task or id). Synchronous. */
	queryTask(task: IndexedTask | string, opts: QueryOptions = {}): RelatedResult[] {
		const rec = this.recOf(task);
		if (!rec) { return []; }
		return this.run({
			uni: rec.uni, uw: rec.uw, bi: rec.bi, bw: rec.bw, head: rec.head, docId: rec.docId,
			lead: rec.task.lead, responsible: rec.task.responsible, metrics: rec.task.targets.map(t => t.metric).filter(Boolean),
		}, opts);
	}

	/** Related tasks of already segmented text (title tokens optional). */
	queryTokens(body: string[], opts: QueryOptions & { title?: string[]; path?: string[]; docKey?: string } = {}): RelatedResult[] {
		const known = (ts: string[] | undefined) => (ts ?? []).map(t => this.termIds.get(t)).filter((x): x is number => x !== undefined);
		const b = this.bag(known(opts.title), known(opts.path), known(body), []);
		const docId = opts.docKey !== undefined ? this.docIds.get(opts.docKey) ?? -1 : -1;
		return this.run({ ...b, docId, lead: [], responsible: [], metrics: [] }, opts);
	}

	/** Related tasks of an indexed task, or of free text (segmented first). */
	async query(taskOrText: IndexedTask | string, opts: QueryOptions & { signal?: AbortSignal } = {}): Promise<RelatedResult[]> {
		if (typeof taskOrText !== 'string') { return this.queryTask(taskOrText, opts); }
		const [toks] = await this.requireSegmenter().segment([taskOrText], opts.signal);
		return this.queryTokens(toks, opts);
	}

	private run(q: QueryBag, opts: QueryOptions): RelatedResult[] {
		const r = this.rank;
		const limit = Math.max(1, opts.limit ?? 20);
		const n = this.liveTasks;
		if (!n || !q.uni.length) { return []; }
		const avg = this.lenSum / n;
		const excluded = new Set<number>([q.docId]);
		for (const k of opts.excludeDocs ?? []) { const id = this.docIds.get(k); if (id !== undefined) { excluded.add(id); } }

		// Query terms: the strongest idf × saturated weight.
		const qt: { id: number; w: number; idf: number }[] = [];
		for (let i = 0; i < q.uni.length; i++) {
			const id = q.uni[i];
			const df = this.df[id];
			if (!df) { continue; }
			const f = q.uw[i];
			const idf = this.idf(df);
			qt.push({ id, idf, w: idf * (f * (r.k3 + 1)) / (f + r.k3) });
		}
		qt.sort((a, b) => b.w - a.w);
		const explained = qt.slice(0, r.maxQueryTerms);
		const dfCap = r.maxTermDf * n;
		const chosen = explained.filter((t, i) => i < 4 || this.df[t.id] <= dfCap);
		const common = explained.filter((t, i) => i >= 4 && this.df[t.id] > dfCap);

		// BM25 accumulation.
		const acc = this.acc;
		const touched: number[] = [];
		const k1 = r.k1, b = r.b, k1p = k1 + 1;
		const lens = this.lens, alive = this.alive;
		const normA = k1 * (1 - b), normB = k1 * b / avg;
		for (const t of chosen) {
			const p = this.postings[t.id];
			if (!p) { continue; }
			const slots = p.slots, tfs = p.tfs, w = t.w;
			for (let i = 0; i < p.n; i++) {
				const s = slots[i];
				if (!alive[s]) { continue; }
				const tf = tfs[i];
				if (acc[s] === 0) { touched.push(s); }
				acc[s] += w * tf * k1p / (tf + normA + normB * lens[s]);
			}
		}

		// Top candidates (other documents only) for the rerank, one per distinct task text:
		// copies of the same task of the same notice in several files collapse here already.
		const slotDoc = this.slotDoc;
		const eligible = new Int32Array(touched.length);
		let ne = 0;
		for (const s of touched) { if (!excluded.has(slotDoc[s])) { eligible[ne++] = s; } }
		const depth = Math.max(r.rerankDepth, limit * 3);
		const heap = this.bestDistinct(eligible.subarray(0, ne), depth);
		const base = new Map<number, number>();
		for (const s of heap) { base.set(s, acc[s]); }
		for (const s of touched) { acc[s] = 0; }

		// Rerank.
		const qTermW = new Map<number, number>(explained.map(t => [t.id, t.w]));
		const scored = heap.map(s => {
			const rec = this.recs[s]!;
			let score = base.get(s)!;
			for (const t of common) {
				const i = bsearch(rec.uni, t.id);
				if (i >= 0) { const tf = rec.uw[i]; score += t.w * tf * k1p / (tf + normA + normB * rec.len); }
			}
			if (r.bigramWeight && q.bi.length && rec.bi.length) {
				score += r.bigramWeight * this.bigramOverlap(q, rec);
			}
			if (r.titleMatchWeight && q.head.length && rec.head.length) {
				score += r.titleMatchWeight * this.headOverlap(q.head, rec.head);
			}
			if (r.unitWeight && (q.lead.length || q.responsible.length)) {
				const mine = new Set([...q.lead, ...q.responsible]);
				score += r.unitWeight * [...rec.task.lead, ...rec.task.responsible].filter(u => mine.has(u)).length;
			}
			if (r.targetWeight && q.metrics.length) {
				const mine = new Set(q.metrics);
				score += r.targetWeight * rec.task.targets.filter(t => t.metric && mine.has(t.metric)).length;
			}
			return { rec, score };
		});
		scored.sort((x, y) => y.score - x.score || x.rec.slot - y.rec.slot);

		// The same task of the same document found in several files was collapsed above.
		const out: RelatedResult[] = [];
		for (const { rec, score } of scored.slice(0, limit)) {
			const duplicates = (this.copies.get(rec.slot) ?? []).map(s => this.recs[s]!.task).map(t => ({ file: t.file, offset: t.offset }));
			out.push({ task: rec.task, meta: rec.doc.meta, score: Math.round(score * 1000) / 1000, terms: this.explain(qTermW, rec, avg), duplicates });
		}
		this.copies = new Map();
		return out;
	}

	/** Copies (same textKey) of the candidates of the last query, by the candidate's slot. */
	private copies = new Map<number, number[]>();

	/**
	 * Up to `k` slots with the highest accumulated scores, one per distinct task text, best
	 * first; the copies passed over are kept in `this.copies`. A max-heap over all candidates,
	 * popped until `k` distinct texts are found.
	 */
	private bestDistinct(slots: Int32Array, k: number): number[] {
		const acc = this.acc;
		const h = slots;
		let n = h.length;
		const down = (i: number) => {
			for (;;) {
				const l = 2 * i + 1, r = l + 1;
				let m = i;
				if (l < n && acc[h[l]] > acc[h[m]]) { m = l; }
				if (r < n && acc[h[r]] > acc[h[m]]) { m = r; }
				if (m === i) { return; }
				const t = h[i]; h[i] = h[m]; h[m] = t;
				i = m;
			}
		};
		for (let i = (n >> 1) - 1; i >= 0; i--) { down(i); }
		const out: number[] = [];
		const seen = new Map<string, number>();
		this.copies = new Map();
		while (n > 0 && out.length < k) {
			const top = h[0];
			h[0] = h[--n];
			down(0);
			const key = this.recs[top]!.task.textKey;
			const first = seen.get(key);
			if (first === undefined) {
				seen.set(key, top);
				out.push(top);
			} else {
				let list = this.copies.get(first);
				if (!list) { list = []; this.copies.set(first, list); }
				list.push(top);
			}
		}
		return out;
	}

	private bigramOverlap(q: QueryBag, rec: TaskRec): number {
		let i = 0, j = 0, s = 0;
		const a = q.bi, b = rec.bi;
		while (i < a.length && j < b.length) {
			if (a[i] < b[j]) { i++; } else if (a[i] > b[j]) { j++; } else {
				const df = this.biDf[a[i]];
				if (df > 0) {
					const f = Math.min(q.bw[i], rec.bw[j]);
					s += this.idf(df) * f / (f + 1);
				}
				i++; j++;
			}
		}
		return s;
	}

	private headOverlap(a: Int32Array, b: Int32Array): number {
		let i = 0, j = 0, s = 0, ws = 0;
		const all = new Set<number>();
		for (const x of a) { all.add(x); }
		for (const x of b) { all.add(x); }
		for (const x of all) { ws += this.idf(this.df[x] || 1); }
		while (i < a.length && j < b.length) {
			if (a[i] < b[j]) { i++; } else if (a[i] > b[j]) { j++; } else { s += this.idf(this.df[a[i]] || 1); i++; j++; }
		}
		// Weighted Jaccard of the two headings, scaled to an idf-like magnitude.
		return ws ? (s / ws) * s : 0;
	}

	private explain(qTermW: Map<number, number>, rec: TaskRec, avg: number): string[] {
		const r = this.rank;
		const parts: { t: string; c: number }[] = [];
		const norm = r.k1 * (1 - r.b + r.b * rec.len / avg);
		for (let i = 0; i < rec.uni.length; i++) {
			const w = qTermW.get(rec.uni[i]);
			if (w === undefined) { continue; }
			const tf = rec.uw[i];
			parts.push({ t: this.terms[rec.uni[i]], c: w * tf * (r.k1 + 1) / (tf + norm) });
		}
		parts.sort((x, y) => y.c - x.c);
		return parts.slice(0, 8).map(p => p.t);
	}

	/** The distinct terms of an indexed task (baselines, debugging). */
	termsOf(task: IndexedTask | string): string[] {
		const rec = this.recOf(task);
		return rec ? [...rec.uni].map(id => this.terms[id]) : [];
	}
}

function bsearch(a: Int32Array, x: number): number {
	let lo = 0, hi = a.length - 1;
	while (lo <= hi) {
		const m = (lo + hi) >> 1;
		if (a[m] < x) { lo = m + 1; } else if (a[m] > x) { hi = m - 1; } else { return m; }
	}
	return -1;
}

