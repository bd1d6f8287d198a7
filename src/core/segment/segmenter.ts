// The segmenter interface the index uses, and its in-process implementation (CLI, tests).
// The editor uses WorkerSegmenter (workerSegmenter.ts): nodejieba never loads on the
// extension host's thread.
import { loadJieba, type LoadedJieba, type SegmenterResources } from './jieba';

export interface Segmenter {
	/** Normalized, filtered tokens of each text, in order. Rejects with an AbortError when `signal` aborts. */
	segment(texts: string[], signal?: AbortSignal): Promise<string[][]>;
	dispose(): void;
}

export function abortError(): Error {
	const e = new Error('segmentation aborted');
	e.name = 'AbortError';
	return e;
}

/** nodejieba on the calling thread, loaded on first use. */
export class InProcessSegmenter implements Segmenter {
	private jieba: LoadedJieba | null = null;
	constructor(private readonly resources: SegmenterResources = {}) {}

	/** The loaded segmenter (loads it on first call). */
	get loaded(): LoadedJieba { return this.jieba ??= loadJieba(this.resources); }

	segmentSync(texts: readonly string[]): string[][] { return this.loaded.segment(texts); }

	async segment(texts: string[], signal?: AbortSignal): Promise<string[][]> {
		if (signal?.aborted) { throw abortError(); }
		return this.segmentSync(texts);
	}

	dispose(): void { this.jieba = null; }
}
