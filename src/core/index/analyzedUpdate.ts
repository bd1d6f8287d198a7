// Inserting files whose tasks were extracted elsewhere (the editor's analysis worker thread):
// one segmentation for the batch, then each file all-or-nothing (update.ts insertBatch).
import { abortError, type Segmenter } from '../segment/segmenter';
import type { AnalyzedFile } from './analyze';
import { insertBatch } from './update';
import type { WorkspaceIndex } from './workspaceIndex';

export interface AnalyzedInsertStats { inserted: number; failed: number; tasks: number }

export async function insertAnalyzed(index: WorkspaceIndex, segmenter: Segmenter, files: readonly AnalyzedFile[], signal?: AbortSignal): Promise<AnalyzedInsertStats> {
	const tokens = await segmenter.segment(files.flatMap(a => a.strings), signal);
	if (signal?.aborted) { throw abortError(); }
	const s = insertBatch(index, files, tokens);
	return { inserted: s.added + s.updated, failed: s.failed, tasks: s.tasks };
}
