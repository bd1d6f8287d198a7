// Inserting files whose tasks were extracted elsewhere (the editor's analysis worker thread):
// one segmentation for the batch, then each file all-or-nothing, giving the event loop a turn
// between the stages of a file, within its insert (WorkspaceIndex.insertInSlices) and between
// files once a slice has run long (the editor's host stays live). A file whose content the index already holds (the editor's copy and the
// workspace scan's copy of an open file race) is neither segmented nor inserted again.
import { abortError, type Segmenter } from '../segment/segmenter';
import { beginSlicedWork, endSlicedWork, SLICE_MS, yieldToEventLoop } from '../yield';
import { fileTokens, type AnalyzedFile } from './analyze';
import { reportRefused } from './update';
import { checkFileTokens } from './validate';
import type { WorkspaceIndex } from './workspaceIndex';

export interface AnalyzedInsertStats { inserted: number; failed: number; tasks: number }

export async function insertAnalyzed(index: WorkspaceIndex, segmenter: Segmenter, files: readonly AnalyzedFile[], signal?: AbortSignal): Promise<AnalyzedInsertStats> {
	const stats: AnalyzedInsertStats = { inserted: 0, failed: 0, tasks: 0 };
	const fresh = files.filter(a => index.hashOf(a.key) !== a.hash);
	if (!fresh.length) { return stats; }
	// Each file's place in line is taken now: a removal (a deleted file) or a newer version that
	// takes effect while this batch is segmented or inserted overtakes it.
	const reserved = fresh.map(a => index.reserve(a.key));
	let next = 0; // the first file whose reservation is not handed on or given back yet
	// Told once every reservation is settled: a sink that throws (none given) must not leave one behind.
	const refusals: { key: string; error: unknown }[] = [];
	try {
		const tokens = await segmenter.segment(fresh.flatMap(a => a.strings), signal);
		beginSlicedWork();
		try {
			let sliceStart = performance.now();
			const pause = async () => {
				if (performance.now() - sliceStart > SLICE_MS) {
					await yieldToEventLoop();
					sliceStart = performance.now();
				}
				if (signal?.aborted) { throw abortError(); }
			};
			let k = 0;
			for (; next < fresh.length; next++) {
				const a = fresh[next];
				const mine = tokens.slice(k, k + a.strings.length);
				k += a.strings.length;
				await pause();
				// The file's tokens are built and checked before the index is touched: a 40 MB dump's
				// stages each take tens of milliseconds.
				let ft;
				try {
					ft = fileTokens(a, mine);
					await pause();
					checkFileTokens(ft);
					await pause();
				} catch (e) {
					if ((e as Error).name === 'AbortError') { throw e; }
					stats.failed++;
					index.release(a.key);
					refusals.push({ key: a.key, error: e });
					continue;
				}
				// (the same content inserted meanwhile, by the other of the two racing callers)
				if (index.hashOf(a.key) === a.hash) { index.release(a.key); continue; }
				let live: boolean;
				try {
					live = await index.insertInSlices(ft, true, reserved[next]);
				} catch (e) {
					stats.failed++;
					refusals.push({ key: a.key, error: e });
					continue;
				}
				if (live) {
					stats.inserted++;
					stats.tasks += a.tasks.length;
				}
			}
		} finally {
			endSlicedWork();
		}
	} finally {
		// (segmenting failed or was aborted: the reservations not handed on are given back)
		for (; next < fresh.length; next++) { index.release(fresh[next].key); }
		for (const r of refusals) { reportRefused(index.onError, r.key, r.error); }
	}
	return stats;
}
