// Segmentation in worker processes: nodejieba (~280 MB, ~1–2 s to load, process-wide native
// globals) stays off the caller's thread and out of its memory. Texts are batched; each
// worker keeps two batches in flight so it never waits on the caller; a worker that crashes
// is replaced and its batches are retried; an idle worker is stopped after `idleMs` (and
// never keeps the caller alive).
//
// Why a child process and not a worker thread: nodejieba's dictionaries live in native
// memory that a terminated worker thread never gives back (measured: +270 MB RSS per
// load/terminate cycle, growing with every idle restart). A process returns all of it on exit.
import * as os from 'node:os';
import { fork, type ChildProcess } from 'node:child_process';
import { abortError, type Segmenter } from './segmenter';
import { decodeTokens, sanitize, type WorkerInit, type WorkerRequest, type WorkerResponse } from './protocol';
import { resourcePath, STOP_WORDS, USER_DICT } from './resources';

export interface WorkerSegmenterOptions {
	/** The worker process entry: dist/segmenter-worker.js when bundled, out/src/core/segment/worker.js in tests. */
	workerPath: string;
	/** Stop a worker after this long without work (ms). Default 120 000. */
	idleMs?: number;
	/** Number of worker processes (each loads its own dictionary, ~280 MB). Default 1; see defaultProcesses. */
	workers?: number;
	/** Characters per batch sent to a worker. Default 64 000. */
	batchChars?: number;
	/** Times one batch is retried on a fresh worker after its worker died. Default 2. */
	retries?: number;
	userDict?: string;
	stopWords?: string;
	/** Enables the `crash` request (tests). */
	testHooks?: boolean;
	log?: (message: string) => void;
}

interface Call {
	results: string[][];
	remaining: number;
	resolve: (r: string[][]) => void;
	reject: (e: Error) => void;
	done: boolean;
}

interface Job { id: number; call: Call; start: number; texts: string[]; attempts: number; crash?: boolean }

interface Slot {
	worker: ChildProcess | null;
	inflight: Map<number, Job>;
	idleTimer: NodeJS.Timeout | null;
	/** Set while we terminate it on purpose (idle, dispose): its exit is not a crash. */
	stopping: boolean;
}

const MAX_INFLIGHT = 2;

export class WorkerSegmenter implements Segmenter {
	private readonly queue: Job[] = [];
	private readonly slots: Slot[];
	private nextId = 1;
	private disposed = false;
	/** Workers started so far (the first one and every restart). */
	started = 0;
	/** Workers that died while working. */
	crashes = 0;
	/** Milliseconds the most recent worker took to load its dictionary. */
	loadMs = 0;
	private readonly opts: Required<Omit<WorkerSegmenterOptions, 'log' | 'userDict' | 'stopWords'>> & Pick<WorkerSegmenterOptions, 'log' | 'userDict' | 'stopWords'>;

	constructor(options: WorkerSegmenterOptions) {
		this.opts = {
			idleMs: 120_000, workers: 1, batchChars: 64_000, retries: 2, testHooks: false,
			...options,
		};
		this.opts.userDict ??= resourcePath(USER_DICT) ?? undefined;
		this.opts.stopWords ??= resourcePath(STOP_WORDS) ?? undefined;
		this.slots = Array.from({ length: Math.max(1, this.opts.workers) }, () => ({ worker: null, inflight: new Map(), idleTimer: null, stopping: false }));
	}

	/** Number of live worker processes. */
	get liveWorkers(): number { return this.slots.filter(s => s.worker).length; }

	segment(texts: string[], signal?: AbortSignal): Promise<string[][]> {
		if (this.disposed) { return Promise.reject(new Error('segmenter disposed')); }
		if (signal?.aborted) { return Promise.reject(abortError()); }
		if (!texts.length) { return Promise.resolve([]); }
		return new Promise<string[][]>((resolve, reject) => {
			const call: Call = { results: new Array(texts.length), remaining: 0, resolve, reject, done: false };
			const jobs: Job[] = [];
			let start = 0;
			let size = 0;
			for (let i = 0; i <= texts.length; i++) {
				if (i === texts.length || (size > 0 && size + texts[i].length > this.opts.batchChars)) {
					if (i > start) { jobs.push({ id: this.nextId++, call, start, texts: texts.slice(start, i), attempts: 0 }); }
					start = i;
					size = 0;
				}
				if (i < texts.length) { size += texts[i].length; }
			}
			call.remaining = jobs.length;
			if (signal) {
				const onAbort = () => this.fail(call, abortError());
				signal.addEventListener('abort', onAbort, { once: true });
				const settle = (f: () => void) => () => { signal.removeEventListener('abort', onAbort); f(); };
				call.resolve = r => settle(() => resolve(r))();
				call.reject = e => settle(() => reject(e))();
			}
			this.queue.push(...jobs);
			this.pump();
		});
	}

	/** Makes one worker exit abruptly while working (tests: `testHooks` must be on). */
	crashForTest(): Promise<string[][]> {
		return new Promise((resolve, reject) => {
			const call: Call = { results: [], remaining: 1, resolve, reject, done: false };
			this.queue.push({ id: this.nextId++, call, start: 0, texts: [], attempts: 0, crash: true });
			this.pump();
		});
	}

	dispose(): void {
		if (this.disposed) { return; }
		this.disposed = true;
		const err = new Error('segmenter disposed');
		for (const j of this.queue.splice(0)) { this.fail(j.call, err); }
		for (const s of this.slots) {
			for (const j of s.inflight.values()) { this.fail(j.call, err); }
			s.inflight.clear();
			this.stop(s);
		}
	}

	private fail(call: Call, e: Error): void {
		if (call.done) { return; }
		call.done = true;
		// Drop its queued batches; in-flight ones finish and are ignored.
		for (let i = this.queue.length - 1; i >= 0; i--) { if (this.queue[i].call === call) { this.queue.splice(i, 1); } }
		call.reject(e);
	}

	private pump(): void {
		while (this.queue.length) {
			let best: Slot | null = null;
			for (const s of this.slots) {
				if (s.inflight.size < MAX_INFLIGHT && (!best || s.inflight.size < best.inflight.size)) { best = s; }
			}
			if (!best) { return; }
			const job = this.queue.shift()!;
			if (job.call.done) { continue; }
			this.send(best, job);
		}
	}

	private send(slot: Slot, job: Job): void {
		if (slot.idleTimer) { clearTimeout(slot.idleTimer); slot.idleTimer = null; }
		const w = slot.worker ?? this.spawn(slot);
		keepAlive(w, true);
		slot.inflight.set(job.id, job);
		// Sanitized here, a batch at a time, not all of a large call's texts at once.
		const msg: WorkerRequest = job.crash ? { id: job.id, type: 'crash' } : { id: job.id, type: 'segment', texts: job.texts.map(sanitize) };
		w.send(msg);
	}

	private spawn(slot: Slot): ChildProcess {
		const init: WorkerInit = { userDict: this.opts.userDict, stopWords: this.opts.stopWords, testHooks: this.opts.testHooks };
		// execArgv [] so an inspector flag of the host is not inherited; in Electron, fork runs
		// the same binary as Node (ELECTRON_RUN_AS_NODE), and nodejieba is an N-API addon.
		const w = fork(this.opts.workerPath, [], {
			execArgv: [], serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
			env: { ...process.env, PN_SEGMENTER_INIT: JSON.stringify(init) },
		});
		this.started++;
		slot.worker = w;
		slot.stopping = false;
		let stderr = '';
		w.stderr?.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-2000); });
		(w.stderr as unknown as { unref?(): void } | null)?.unref?.();
		w.on('message', (r: WorkerResponse) => this.onMessage(slot, r));
		w.on('error', e => this.onDeath(slot, w, e));
		w.on('exit', code => this.onDeath(slot, w, new Error(`segmenter worker exited with code ${code}${stderr ? `: ${stderr.trim().split('\n').pop()}` : ''}`)));
		return w;
	}

	private onMessage(slot: Slot, r: WorkerResponse): void {
		const job = slot.inflight.get(r.id);
		if (!job) { return; }
		slot.inflight.delete(r.id);
		const call = job.call;
		if (!call.done) {
			if (r.type === 'error') {
				this.fail(call, new Error(r.message));
			} else {
				this.loadMs = r.loadMs;
				const toks = decodeTokens(r.tokens, job.texts.length);
				for (let i = 0; i < toks.length; i++) { call.results[job.start + i] = toks[i]; }
				if (--call.remaining === 0) { call.done = true; call.resolve(call.results); }
			}
		}
		this.pump();
		this.maybeIdle(slot);
	}

	private onDeath(slot: Slot, w: ChildProcess, e: Error): void {
		if (slot.worker !== w) { return; }
		slot.worker = null;
		if (slot.idleTimer) { clearTimeout(slot.idleTimer); slot.idleTimer = null; }
		if (slot.stopping || this.disposed) { return; }
		const lost = [...slot.inflight.values()];
		slot.inflight.clear();
		if (!lost.length) { return; }
		this.crashes++;
		this.opts.log?.(`segmenter worker died (${e.message}); ${lost.length} batch(es) to retry`);
		for (const j of lost) {
			if (j.call.done) { continue; }
			if (j.crash) { j.call.done = true; j.call.resolve([]); continue; }
			if (++j.attempts > this.opts.retries) { this.fail(j.call, new Error(`segmentation failed: ${e.message}`)); continue; }
			this.queue.unshift(j);
		}
		this.pump();
	}

	private maybeIdle(slot: Slot): void {
		if (slot.inflight.size || !slot.worker) { return; }
		keepAlive(slot.worker, false);
		if (slot.idleTimer) { clearTimeout(slot.idleTimer); }
		slot.idleTimer = setTimeout(() => { slot.idleTimer = null; if (!slot.inflight.size) { this.stop(slot); } }, this.opts.idleMs);
		slot.idleTimer.unref();
	}

	private stop(slot: Slot): void {
		if (slot.idleTimer) { clearTimeout(slot.idleTimer); slot.idleTimer = null; }
		const w = slot.worker;
		if (!w) { return; }
		slot.stopping = true;
		slot.worker = null;
		w.kill();
	}
}

/** Whether a worker keeps the caller's event loop alive (only while it has work). */
function keepAlive(w: ChildProcess, on: boolean): void {
	const channel = w.channel as { ref?(): void; unref?(): void } | undefined;
	if (on) { w.ref(); channel?.ref?.(); } else { w.unref(); channel?.unref?.(); }
}

/**
 * Segmenter processes for a machine with `cores` cores: one fewer than the cores, so the
 * extension host and the analysis threads keep one, at least one; `setting` > 0 wins.
 */
export function segmenterProcesses(setting: number, cores = os.availableParallelism()): number {
	return setting > 0 ? Math.min(16, Math.floor(setting)) : Math.max(1, cores - 1);
}
