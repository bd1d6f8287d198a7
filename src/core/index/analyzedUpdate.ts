// Inserting files whose tasks were extracted elsewhere (the editor's analysis worker thread):
// one segmentation for the batch, then each file all-or-nothing.
import { abortError, type Segmenter } from '../segment/segmenter';
import { fileTokens, type AnalyzedFile } from './analyze';
import type { WorkspaceIndex } from './workspaceIndex';

export interface AnalyzedInsertStats { inserted: number; failed: number; tasks: number }

export async function insertAnalyzed(index: WorkspaceIndex, segmenter: Segmenter, files: readonly AnalyzedFile[], signal?: AbortSignal): Promise<AnalyzedInsertStats> {
	const stats: AnalyzedInsertStats = { inserted: 0, failed: 0, tasks: 0 };
	const tokens = await segmenter.segment(files.flatMap(a => a.strings), signal);
	if (signal?.aborted) { throw abortError(); }
	let k = 0;
	for (const a of files) {
		const mine = tokens.slice(k, k + a.strings.length);
		k += a.strings.length;
		try {
			index.insert(fileTokens(a, mine));
		} catch {
			stats.failed++; // refused whole: the index keeps the file's previous version, if any
			continue;
		}
		stats.inserted++;
		stats.tasks += a.tasks.length;
	}
	return stats;
}
