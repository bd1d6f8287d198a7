// Inserting files whose tasks were extracted elsewhere (the editor's analysis worker thread):
// one segmentation for the batch, then each file all-or-nothing (update.ts insertBatch), giving
// the event loop a turn between files once a slice has run long (the editor's host stays live).
import { abortError, type Segmenter } from '../segment/segmenter';
import { SLICE_MS, yieldToEventLoop } from '../yield';
import type { AnalyzedFile } from './analyze';
import { insertBatch } from './update';
import type { WorkspaceIndex } from './workspaceIndex';

export interface AnalyzedInsertStats { inserted: number; failed: number; tasks: number }

export async function insertAnalyzed(index: WorkspaceIndex, segmenter: Segmenter, files: readonly AnalyzedFile[], signal?: AbortSignal): Promise<AnalyzedInsertStats> {
	const tokens = await segmenter.segment(files.flatMap(a => a.strings), signal);
	const stats: AnalyzedInsertStats = { inserted: 0, failed: 0, tasks: 0 };
	let sliceStart = performance.now();
	let k = 0;
	for (const a of files) {
		if (signal?.aborted) { throw abortError(); }
		const s = insertBatch(index, [a], tokens.slice(k, k + a.strings.length));
		k += a.strings.length;
		stats.inserted += s.added + s.updated;
		stats.failed += s.failed;
		stats.tasks += s.tasks;
		if (performance.now() - sliceStart > SLICE_MS) {
			await yieldToEventLoop();
			sliceStart = performance.now();
		}
	}
	return stats;
}
