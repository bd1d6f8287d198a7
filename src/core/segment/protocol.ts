// Messages between WorkerSegmenter and the worker. Token lists travel as one string
// (tokens joined by \u0001, texts by \u0002): one string clones much faster than many.
import type { SegmenterResources } from './jieba';

export interface WorkerInit extends SegmenterResources {
	/** Allow the `crash` request (tests only). */
	testHooks?: boolean;
}

export type WorkerRequest =
	| { id: number; type: 'segment'; texts: string[] }
	| { id: number; type: 'crash' };

export type WorkerResponse =
	| { id: number; type: 'result'; tokens: string; loadMs: number }
	| { id: number; type: 'error'; message: string };

export const TOKEN_SEP = '\u0001';
export const TEXT_SEP = '\u0002';

/** Control characters the wire format reserves, removed from texts before they are sent. */
export function sanitize(text: string): string {
	return /[\u0000-\u0008]/.test(text) ? text.replace(/[\u0000-\u0008]/g, ' ') : text;
}

export function decodeTokens(s: string, count: number): string[][] {
	if (count === 0) { return []; }
	const parts = s.split(TEXT_SEP);
	const out: string[][] = new Array(count);
	for (let i = 0; i < count; i++) {
		const p = parts[i] ?? '';
		out[i] = p ? p.split(TOKEN_SEP) : [];
	}
	return out;
}
