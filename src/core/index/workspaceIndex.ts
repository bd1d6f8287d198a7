// The workspace index: every notice's tasks, segmented once, ranked by BM25 over terms with
// title and path boosts (and a few near synonyms), reranked by shared bigrams, shared heading
// terms and the headings' character bigrams, at most one task per notice in the top five
// unless nothing else scores close. This class is the face the editor, the CLI and the cache
// use; the work is done in
//   store.ts    files, task slots, postings, terms, document ids: insert / remove / compact
//   bags.ts     a task's weighted terms, hashed bigrams and heading terms
//   ranking.ts  BM25, the rerank, the diversity pass, the query (synonyms.ts)
//   update.ts   text → tasks → tokens → insert, for one file or many
import { annotate as annotateModel } from '../annotations';
import type { Segmenter } from '../segment/segmenter';
import type { Annotator, PreparedModel } from './analyze';
import { BagBuilder } from './bags';
import { Ranker, DEFAULT_RANK, type RankOptions } from './ranking';
import { sha1 } from './sha1';
import { squeezeBlanks } from '../text/blanks';
import { runInSlices } from '../yield';
import { matchMarker } from '../outline/markers';
import { bodyOf, decodeRecord, type HeldRecord } from './record';
import { IndexStore, type IndexFootprint, type TaskRec } from './store';
import type { FileTokens, IndexedDocument, IndexedTask, QueryOptions, RelatedResult, TaskGroup } from './types';
import { updateFile, updateFiles, type UpdateManyOptions, type UpdateStats, type UpdateTarget } from './update';
import { rethrowSink, type ErrorSink } from '../errors';

export { DEFAULT_RANK, type RankOptions } from './ranking';
export type { IndexFootprint } from './store';
export type { UpdateStats } from './update';

export interface WorkspaceIndexOptions {
	segmenter?: Segmenter;
	/** Annotates each file's model so tasks carry targets and units; src/core/annotations by default, null for none. */
	annotate?: Annotator | null;
	rank?: Partial<RankOptions>;
	/** Where a parser or annotator bug caught while a file is analysed goes (default: thrown back). */
	onError?: ErrorSink;
}

/** Reciprocal-rank fusion constant of a group query (the usual 60 flattens a list of 20 too much). */
const GROUP_FUSION_K = 10;

export class WorkspaceIndex {
	readonly rank: RankOptions;
	private readonly bags: BagBuilder;
	private readonly store: IndexStore;
	private readonly ranker: Ranker;
	/** This index as the update pipeline sees it. */
	private readonly target: UpdateTarget;

	constructor(options: WorkspaceIndexOptions = {}) {
		this.rank = { ...DEFAULT_RANK, ...options.rank };
		this.bags = new BagBuilder(this.rank);
		this.store = new IndexStore(this.bags, task => this.beforeSlot(task));
		this.ranker = new Ranker(this.store, this.rank);
		const segmenter = options.segmenter;
		this.target = {
			hashOf: key => this.hashOf(key),
			hasFile: key => this.hasFile(key),
			insert: ft => this.insert(ft),
			segmenter: () => {
				if (!segmenter) { throw new Error('WorkspaceIndex: no segmenter'); }
				return segmenter;
			},
			annotate: options.annotate === null ? undefined : options.annotate ?? annotateModel,
			onError: options.onError ?? rethrowSink,
		};
	}

	/** Where the index reports what it caught: an analysis bug, a file it refused. */
	get onError(): ErrorSink { return this.target.onError; }
	get fileCount(): number { return this.store.files.size; }
	get taskCount(): number { return this.store.liveTasks; }
	get termCount(): number { return this.store.termIds.size; }

	/** The content hash the index keys files by. */
	contentHash(text: string): string { return sha1(text); }
	hasFile(key: string): boolean { return this.store.files.has(key); }
	hashOf(key: string): string | undefined { return this.store.files.get(key)?.hash; }
	fileKeys(): string[] { return [...this.store.files.keys()]; }
	/** The tasks of file `key`, read from its record (a new array of new objects each call). */
	tasksOf(key: string): IndexedTask[] { return this.store.files.get(key)?.tasks() ?? []; }
	documentsOf(key: string): IndexedDocument[] { return this.store.files.get(key)?.docs ?? []; }
	/** Every file's record, for the cache (persistence.ts); a big file's is encoded when its `frame` is read. */
	records(): HeldRecord[] { return [...this.store.files.values()]; }
	/** Every file's tokens, decoded from its record (tests, tools). */
	snapshot(): FileTokens[] { return [...this.store.files.values()].map(f => decodeRecord(bodyOf(f.frame))); }
	footprint(): IndexFootprint { return this.store.footprint(); }

	/** The innermost task of `key` holding `offset`. */
	taskAt(key: string, offset: number): IndexedTask | undefined {
		// Found on the slots, read from the record alone (a dump holds a hundred thousand tasks).
		let best: TaskRec | undefined;
		for (const t of this.store.files.get(key)?.recs ?? []) {
			if (t.offset <= offset && offset < Math.max(t.end, t.offset + 1) && (!best || t.end - t.offset < best.end - best.offset)) { best = t; }
		}
		return best?.task;
	}

	/** The distinct terms of an indexed task (baselines, debugging). */
	termsOf(task: IndexedTask | string): string[] {
		const rec = this.store.recOf(task);
		return rec ? [...rec.uni].map(id => this.store.terms[id]) : [];
	}

	// ------------------------------------------------------------------ insert / remove

	/**
	 * Inserts (or replaces) a file from its tokens. Synchronous; the cache loads through it.
	 * All or nothing: a file that does not check out is refused before anything changes, and a
	 * failure midway is undone, so the index (and the file's old version) stays as it was.
	 * `checked`: `ft` passed checkFileTokens and was not changed since (the cache loader's
	 * records), so it is not checked twice; a failure midway is still undone. `frame`: the
	 * file's record as the cache holds it (else it is encoded now).
	 */
	insert(ft: FileTokens, checked = false, frame?: Uint8Array): void { this.store.insert(ft, checked, frame); }

	/**
	 * insert in slices, the event loop getting a turn between them (the editor's host, for a file
	 * as big as a 40 MB dump): all or nothing as insert; queries meanwhile see the file's old
	 * version, then its new one. False when a newer version or a removal overtook it.
	 */
	insertInSlices(ft: FileTokens, checked = false, reserved?: number): Promise<boolean> { return runInSlices(this.store.insertSteps(ft, checked, undefined, reserved)); }

	/** insertInSlices as steps, for a caller that runs them itself (`tasksPerStep` bags built per step). */
	insertSteps(ft: FileTokens, checked = false, tasksPerStep?: number): Generator<unknown, boolean> { return this.store.insertSteps(ft, checked, tasksPerStep); }

	/**
	 * Readies the index's memory in slices before a host's first inserts (its 8 MB of bigram
	 * counts, which the first inserts would otherwise fault in page by page, within one step).
	 */
	prepareInSlices(): Promise<void> { return runInSlices(this.store.touchCountsSteps()); }

	/** A ticket for an insert in slices to come: a removal or newer version meanwhile overtakes it (see IndexStore.reserve). */
	reserve(key: string): number { return this.store.reserve(key); }

	/** A reservation no insert will use. */
	release(key: string): void { this.store.release(key); }

	remove(key: string): boolean { return this.store.remove(key); }

	/** A seam for tests: runs before each task of an insert takes its slot (a failure here is a failure midway). */
	protected beforeSlot(_task: IndexedTask): void { /* nothing */ }

	// ------------------------------------------------------------------ from text

	/** Adds or updates one file; unchanged content (same hash) is not segmented again. */
	update(key: string, text: string, signal?: AbortSignal, prepared?: PreparedModel): Promise<'added' | 'updated' | 'unchanged'> {
		return updateFile(this.target, key, text, signal, prepared);
	}

	/**
	 * Adds or updates many files. Parsing the next batch overlaps segmenting the previous one
	 * (in the worker); files whose hash is unchanged are skipped.
	 */
	updateMany(files: Iterable<{ key: string; text: string; prepared?: PreparedModel }>, opts: UpdateManyOptions = {}): Promise<UpdateStats> {
		return updateFiles(this.target, files, opts);
	}

	// ------------------------------------------------------------------ query

	/** Related tasks of an indexed task (by task or id). Synchronous. */
	queryTask(task: IndexedTask | string, opts: QueryOptions = {}): RelatedResult[] {
		const rec = this.store.recOf(task);
		return rec ? this.ranker.run(rec, opts) : [];
	}

	/**
	 * A heading that is no task itself because its body is only sub-items (`一、重点任务` followed
	 * by `（一）…（六）`), read as one query: its members are the file's tasks after `offset` whose
	 * path holds `heading` (its marker and title, blanks ignored) as long as they follow one
	 * another; `task` stands for the heading (its path, its range over the members). Null when a
	 * task holds `offset` or no task follows under that heading.
	 */
	groupAt(key: string, offset: number, heading: string): TaskGroup | null {
		const wanted = squeezeBlanks(heading);
		if (!wanted || this.taskAt(key, offset)) { return null; }
		const level = (t: IndexedTask) => t.path.findIndex(p => { const q = squeezeBlanks(p); return q.length > 0 && (wanted.startsWith(q) || q.startsWith(wanted)); });
		const after = this.tasksOf(key).filter(t => t.offset > offset).sort((a, b) => a.offset - b.offset);
		const members: IndexedTask[] = [];
		for (const t of after) {
			if (level(t) < 0 || (members.length && t.document !== members[0].document)) { break; }
			members.push(t);
		}
		if (!members.length) { return null; }
		const first = members[0], at = level(first), entry = first.path[at];
		const marker = matchMarker(entry, 0, entry.length);
		const task: IndexedTask = {
			...first, id: `${first.id}#group`, offset, end: members[members.length - 1].end, path: first.path.slice(0, at),
			title: marker ? entry.slice(marker.titleStart) : entry, marker: marker ? entry.slice(0, marker.titleStart) : '',
			targets: members.flatMap(m => m.targets),
			lead: [...new Set(members.flatMap(m => m.lead))], responsible: [...new Set(members.flatMap(m => m.responsible))],
		};
		return { task, members };
	}

	/**
	 * Related tasks of a group (see groupAt): each member's results fused by reciprocal rank, so
	 * the counterparts of every sub-item come first and a task related to several sub-items rises.
	 */
	queryGroup(group: TaskGroup, opts: QueryOptions = {}): RelatedResult[] {
		const limit = Math.max(1, opts.limit ?? 20);
		const fused = new Map<string, RelatedResult>();
		for (const member of group.members) {
			this.queryTask(member, { ...opts, limit }).forEach((r, rank) => {
				const score = 1 / (GROUP_FUSION_K + rank + 1);
				const seen = fused.get(r.task.id);
				if (seen) { seen.score += score; } else { fused.set(r.task.id, { ...r, score }); }
			});
		}
		return [...fused.values()].sort((a, b) => b.score - a.score).slice(0, limit);
	}

	/** Related tasks of an indexed task, or of free text (segmented first; no document left out). */
	async query(taskOrText: IndexedTask | string, opts: QueryOptions & { signal?: AbortSignal } = {}): Promise<RelatedResult[]> {
		if (typeof taskOrText !== 'string') { return this.queryTask(taskOrText, opts); }
		const [tokens] = await this.target.segmenter().segment([taskOrText], opts.signal);
		// (a term an insert in steps has looked up but not yet put live has no task: it is no known word yet)
		const known = tokens.map(t => this.store.termIds.get(t)).filter((x): x is number => x !== undefined && this.store.df[x] > 0);
		return this.ranker.run({ ...this.bags.bag([], [], known, [], this.store.terms.length), docId: -1 }, opts);
	}
}
