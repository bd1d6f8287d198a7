// Turning a large answer into VS Code objects a slice at a time: a 40 MB dump's outline or
// diagnostics are tens of thousands of items, and converting them in one go held the extension
// host's event loop for over half a second (npm run bench, stall section).
import type * as vscode from 'vscode';
import { beginSlicedWork, endSlicedWork, SLICE_MS, yieldToEventLoop } from '../core/yield';

/** Items converted between two looks at the clock. */
const CHECK_EVERY = 16;

export interface SliceOptions {
	/** Cancelled at one of the yields: the answer is unwanted, the result is undefined. */
	token?: vscode.CancellationToken;
	/** The clock (tests pass their own). */
	now?: () => number;
}

/** `items.map(convert)`, yielding to the event loop whenever a slice has run SLICE_MS. */
export async function mapInSlices<T, R>(items: readonly T[], convert: (item: T, index: number) => R, options: SliceOptions = {}): Promise<R[] | undefined> {
	const now = options.now ?? (() => performance.now());
	const out: R[] = new Array(items.length);
	beginSlicedWork();
	try {
		let sliceStart = now();
		for (let i = 0; i < items.length; i++) {
			if (i % CHECK_EVERY === 0 && i > 0 && now() - sliceStart > SLICE_MS) {
				await yieldToEventLoop();
				if (options.token?.isCancellationRequested) { return undefined; }
				sliceStart = now();
			}
			out[i] = convert(items[i], i);
		}
		return out;
	} finally {
		endSlicedWork();
	}
}
