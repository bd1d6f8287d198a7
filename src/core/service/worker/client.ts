// The extension host's side of the analysis worker thread: requests with replies, a document's
// text sent in pieces (no single long copy on the caller's event loop), and cancellation that
// works while the worker is busy: a parse of a version nobody wants any more is stopped by
// ending the thread (a parse cannot be interrupted otherwise); the next request starts a new one.
import { Worker } from 'node:worker_threads';
import type { Detection } from '../../model';
import type { NoticeService } from '../index';
import type { TaskRowOptions } from '../fileSummary';
import type { FileDecoding, RemoteMethod, SummarizeResult, WorkerReply, WorkerRequest } from './protocol';

export interface AnalysisWorkerOptions {
	/** The worker's script: dist/analysis-worker.js when bundled, out/src/core/service/worker/main.js in tests. */
	workerPath: string;
	/** End the thread after this long without requests (it then holds no text); default: never. */
	idleMs?: number;
	/**
	 * cancel() ends a busy thread only for a document longer than this (default 0: any): a short
	 * one is analysed in milliseconds, and a new thread would start cold.
	 */
	restartAboveChars?: number;
	log?: (message: string) => void;
}

/** Why a request got no answer: its document changed or closed, or the worker was stopped. */
export class CancelledError extends Error {
	override name = 'Cancelled';
}

/** What a document is to the worker: its identity, and its text read piece by piece when needed. */
export interface ChunkedDocument {
	uri: string;
	version: number;
	/** The text in order, in pieces (each piece read when the previous one was sent). */
	chunks(): Iterable<string>;
}

type Params<M extends RemoteMethod> = NoticeService[M] extends (d: never, ...a: infer A) => unknown ? A : never;
type Result<M extends RemoteMethod> = NoticeService[M] extends (...a: never[]) => infer R ? R : never;
type Request = WorkerRequest extends infer R ? R extends WorkerRequest ? Omit<R, 'id'> : never : never;

interface Pending { uri: string | undefined; resolve(v: unknown): void; reject(e: Error): void }
interface Sending { version: number; done?: Promise<void> }

export class AnalysisWorker {
	private worker: Worker | undefined;
	private nextId = 1;
	private readonly pending = new Map<number, Pending>();
	/** The version of each document the current thread holds completely. */
	private readonly held = new Map<string, number>();
	/** Documents the current thread was sent any text of (it may hold one of their versions). */
	private readonly sentTo = new Set<string>();
	/** The length of each document's text last sent. */
	private readonly sizes = new Map<string, number>();
	/** Texts being sent: a second caller waits for the same send; a send no longer here (closed, superseded) holds nothing. */
	private readonly sending = new Map<string, Sending>();
	private idleTimer: NodeJS.Timeout | undefined;
	private disposed = false;
	/** Threads started so far (tests: cancellation really restarts). */
	started = 0;

	constructor(private readonly opts: AnalysisWorkerOptions) {}

	/** A service method on `document`'s version; rejects with CancelledError when that version is gone. */
	async call<M extends RemoteMethod>(document: ChunkedDocument, method: M, ...args: Params<M>): Promise<Result<M>> {
		await this.ensureText(document);
		return await this.request({ op: 'call', uri: document.uri, version: document.version, method, args }, document.uri) as Result<M>;
	}

	/**
	 * Decodes, analyses and summarizes a workspace file's bytes (the buffer is transferred: do not
	 * use it after); with its tasks, its normalized targets and its task table's rows when asked.
	 */
	summarize(key: string, bytes: Uint8Array, decoding: FileDecoding, knownByteHash: string | undefined, withTasks: boolean, withMetrics = false, taskRows?: TaskRowOptions): Promise<SummarizeResult> {
		return this.request({ op: 'summarize', key, bytes, decoding, knownByteHash, withTasks, withMetrics, taskRows }, undefined, [bytes.buffer as ArrayBuffer]) as Promise<SummarizeResult>;
	}

	/** Recognition of a text (the head of a large document), off this thread. */
	detect(text: string): Promise<Detection> {
		return this.request({ op: 'detect', text }, undefined) as Promise<Detection>;
	}

	/**
	 * The document closed: the worker drops its text and analysis. A send under way for it leaves
	 * nothing held: a document opened next under the same URI (a new untitled one) at the same
	 * version must have its own text sent, not be answered from the closed one's.
	 */
	close(uri: string): void {
		this.sending.delete(uri);
		this.sizes.delete(uri);
		this.held.delete(uri);
		// Whatever this side believes the worker holds now: an earlier version may still be there.
		if (this.worker && this.sentTo.delete(uri)) { this.request({ op: 'close', uri }, undefined).catch(() => undefined); }
	}

	/**
	 * `uri` has a new version or closed: requests for it are answered no more. If the worker is
	 * busy with nothing but this document, the thread ends (it is probably parsing the old text).
	 */
	cancel(uri: string): void {
		const mine = [...this.pending.values()].filter(p => p.uri === uri);
		if (!mine.length || (this.sizes.get(uri) ?? 0) <= (this.opts.restartAboveChars ?? 0)) { return; }
		if (mine.length === this.pending.size) { this.restart(new CancelledError(`${uri} changed`)); }
	}

	/** Ends the thread; pending requests reject with `reason`. */
	restart(reason: Error = new CancelledError('restarted')): void {
		const w = this.worker;
		this.worker = undefined;
		this.held.clear();
		this.sentTo.clear();
		this.sending.clear();
		clearTimeout(this.idleTimer);
		const pending = [...this.pending.values()];
		this.pending.clear();
		pending.forEach(p => p.reject(reason));
		if (w) { void w.terminate(); }
	}

	dispose(): void {
		this.disposed = true;
		this.restart(new CancelledError('disposed'));
	}

	private async ensureText(document: ChunkedDocument): Promise<void> {
		if (this.held.get(document.uri) === document.version) { return; }
		const running = this.sending.get(document.uri);
		if (running?.done && running.version === document.version) { return running.done; }
		const entry: Sending = { version: document.version };
		this.sending.set(document.uri, entry);
		entry.done = this.send(document, entry);
		try { await entry.done; } finally {
			if (this.sending.get(document.uri) === entry) { this.sending.delete(document.uri); }
		}
	}

	private async send(document: ChunkedDocument, entry: Sending): Promise<void> {
		const { uri, version } = document;
		this.held.delete(uri);
		// One piece read ahead, so the last one is known as last.
		const pieces = document.chunks()[Symbol.iterator]();
		let next = pieces.next();
		let size = 0;
		for (let index = 0; ; index++) {
			const chunk = next.done ? '' : next.value;
			size += chunk.length;
			this.sizes.set(uri, size);
			next = next.done ? next : pieces.next();
			const last = !!next.done;
			// Each piece is a short copy; between pieces the extension host serves other events.
			const reply = this.request({ op: 'text', uri, version, index, chunk, last }, uri);
			this.sentTo.add(uri); // after request(): it may have started the thread the text goes to
			const complete = await reply;
			// Closed or superseded meanwhile: what the worker got of this text is not to be used.
			if (this.sending.get(uri) !== entry) { throw new CancelledError(`${uri} changed or closed while it was sent`); }
			if (last) {
				if (complete !== true) { throw new CancelledError(`${uri}: text of version ${version} incomplete`); }
				break;
			}
		}
		this.held.set(uri, version);
	}

	private request(body: Request, uri: string | undefined, transfer: ArrayBuffer[] = []): Promise<unknown> {
		if (this.disposed) { return Promise.reject(new CancelledError('disposed')); }
		const w = this.worker ?? this.spawn();
		clearTimeout(this.idleTimer);
		const id = this.nextId++;
		return new Promise((resolve, reject) => {
			this.pending.set(id, { uri, resolve, reject });
			w.postMessage({ ...body, id } as WorkerRequest, transfer);
		});
	}

	private spawn(): Worker {
		const w = new Worker(this.opts.workerPath, { stdout: false, stderr: false });
		this.worker = w;
		this.started++;
		w.on('message', (r: WorkerReply) => this.onReply(r));
		const died = (e: Error) => {
			if (this.worker !== w) { return; }
			this.opts.log?.(`analysis worker stopped: ${e.message}`);
			this.restart(e);
		};
		w.on('error', died);
		w.on('exit', code => died(new Error(`analysis worker exited with code ${code}`)));
		return w;
	}

	private onReply(r: WorkerReply): void {
		if ('op' in r) { this.opts.log?.(r.message); return; }
		const p = this.pending.get(r.id);
		if (!p) { return; }
		this.pending.delete(r.id);
		if (r.ok) { p.resolve(r.result); } else if (r.stale) {
			if (p.uri) { this.held.delete(p.uri); }
			p.reject(new CancelledError(r.error));
		} else { p.reject(new Error(r.error)); }
		if (!this.pending.size && this.opts.idleMs !== undefined) {
			clearTimeout(this.idleTimer);
			this.idleTimer = setTimeout(() => { if (!this.pending.size) { this.restart(); } }, this.opts.idleMs);
		}
	}
}
