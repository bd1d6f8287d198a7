// A workspace in memory for the catalog and index lifecycle tests: a Map for a file system (its
// watcher reports what `change` and `remove` do), the summarizer the analysis worker runs called
// in this thread (counting its calls, and able to hold them), and a logger that keeps its lines.
import type { Disposable } from '../../../src/core/events';
import { WorkspaceCatalog, type CatalogFileSystem, type CatalogOptions } from '../../../src/core/workspace/catalog';
import { inProcessSummarizer, type FileSummarizer } from '../../../src/core/workspace/summarizer';

export const PLAIN = '周末我们一家去公园散步，看到湖边的柳树发了新芽。孩子们在草地上放风筝，老人们在亭子里下棋聊天。\n'.repeat(4);

/** A file system in a Map; `change` and `remove` are what the watcher would report. */
export class MemoryFiles implements CatalogFileSystem {
	readonly files = new Map<string, Uint8Array>();
	finds = 0;
	reads = 0;
	failFind: Error | undefined;
	private listeners: { onChange(k: string): void; onDelete(k: string): void }[] = [];

	constructor(files: Record<string, string | Uint8Array>) {
		for (const [k, v] of Object.entries(files)) { this.put(k, v); }
	}

	put(key: string, content: string | Uint8Array): void {
		this.files.set(key, typeof content === 'string' ? new TextEncoder().encode(content) : content);
	}

	async findFiles(): Promise<string[]> {
		this.finds++;
		if (this.failFind) { throw this.failFind; }
		return [...this.files.keys()].sort();
	}

	async size(key: string): Promise<number> {
		const b = this.files.get(key);
		if (!b) { throw new Error(`no such file: ${key}`); }
		return b.length;
	}

	async readFile(key: string): Promise<Uint8Array> {
		const b = this.files.get(key);
		if (!b) { throw new Error(`no such file: ${key}`); }
		this.reads++;
		return b.slice();
	}

	/** The decoding every file is read with (a test changes it as a person changes files.encoding). */
	decoding: { encoding?: string } = {};
	decodingFor(): { decoding: { encoding?: string } } { return { decoding: this.decoding }; }

	watch(onChange: (k: string) => void, onDelete: (k: string) => void): Disposable {
		const l = { onChange, onDelete };
		this.listeners.push(l);
		return { dispose: () => { this.listeners = this.listeners.filter(x => x !== l); } };
	}

	get watching(): number { return this.listeners.length; }
	change(key: string, content: string): void { this.put(key, content); this.listeners.forEach(l => l.onChange(key)); }
	remove(key: string): void { this.files.delete(key); this.listeners.forEach(l => l.onDelete(key)); }
}

/** The in-process summarizer, counting its calls; `hold` makes every call wait until released. */
export class CountingSummarizer implements FileSummarizer {
	calls: string[] = [];
	/** The files whose bytes were decoded and analysed (not answered 'unchanged'). */
	analysed: string[] = [];
	restarts = 0;
	private readonly inner = inProcessSummarizer(m => { throw new Error(`core error: ${m}`); });
	private gate: Promise<void> | undefined;
	private open: (() => void) | undefined;
	private readonly waiting = new Set<(e: Error) => void>();

	hold(): void { this.gate = new Promise(r => { this.open = r; }); }
	release(): void { this.gate = undefined; this.open?.(); }

	async summarize(...args: Parameters<FileSummarizer['summarize']>): ReturnType<FileSummarizer['summarize']> {
		this.calls.push(args[0]);
		if (this.gate) {
			await new Promise<void>((resolve, reject) => {
				const cancel = (e: Error) => reject(e);
				this.waiting.add(cancel);
				this.gate!.then(() => { this.waiting.delete(cancel); resolve(); });
			});
		}
		const result = await this.inner.summarize(...args);
		if (result.status !== 'unchanged') { this.analysed.push(args[0]); }
		return result;
	}

	restart(): void {
		this.restarts++;
		const e = Object.assign(new Error('restarted'), { name: 'Cancelled' });
		for (const cancel of [...this.waiting]) { cancel(e); }
		this.waiting.clear();
	}

	dispose(): void { this.restart(); }
}

export function logger() {
	const lines: { level: string; message: string }[] = [];
	return {
		lines,
		info: (message: string) => { lines.push({ level: 'info', message }); },
		warn: (message: string) => { lines.push({ level: 'warn', message }); },
		error: (message: string) => { lines.push({ level: 'error', message }); },
	};
}

export interface Setup { catalog: WorkspaceCatalog; files: MemoryFiles; summarizer: CountingSummarizer; log: ReturnType<typeof logger> }

/** Every catalog made by setup (an afterEach disposes them). */
export const catalogs: WorkspaceCatalog[] = [];

export function setup(files: Record<string, string | Uint8Array>, options: Partial<CatalogOptions> = {}): Setup {
	const fs = new MemoryFiles(files);
	const summarizer = new CountingSummarizer();
	const log = logger();
	const catalog = new WorkspaceCatalog({ files: fs, summarizer, logger: log, debounceMs: 5, ...options });
	catalogs.push(catalog);
	return { catalog, files: fs, summarizer, log };
}

/** Resolves with the first value `event` fires that passes `test` (no timers: the catalog's own events). */
export function next<T>(event: (l: (v: T) => void) => Disposable, test: (v: T) => boolean = () => true): Promise<T> {
	return new Promise(resolve => {
		const sub = event(v => { if (test(v)) { sub.dispose(); resolve(v); } });
	});
}
