// Shared by the cross-reference tests: one in-process segmenter (nodejieba loads once per
// process) and the samples as workspace files.
import * as path from 'node:path';
import { InProcessSegmenter, type Segmenter } from '../../../src/core/segment/segmenter';
import { WorkspaceIndex, type RankOptions } from '../../../src/core/index/workspaceIndex';
import { readSample, REPO, sampleNames } from '../paths';

let shared: InProcessSegmenter | undefined;
export function segmenter(): InProcessSegmenter { return shared ??= new InProcessSegmenter(); }

export const WORKER_JS = path.join(REPO, 'out', 'src', 'core', 'segment', 'worker.js');

export function sampleFiles(): { key: string; text: string }[] {
	return sampleNames().map(n => ({ key: `samples/${n}.txt`, text: readSample(n) }));
}

/** Counts what it segments, to prove the cache spares segmentation. */
export class CountingSegmenter implements Segmenter {
	calls = 0;
	texts = 0;
	constructor(private readonly inner: Segmenter = segmenter()) {}
	segment(texts: string[], signal?: AbortSignal): Promise<string[][]> {
		this.calls++;
		this.texts += texts.length;
		return this.inner.segment(texts, signal);
	}
	dispose(): void { /* the inner one is shared */ }
}

export async function samplesIndex(rank: Partial<RankOptions> = {}, seg: Segmenter = segmenter()): Promise<WorkspaceIndex> {
	const idx = new WorkspaceIndex({ segmenter: seg, rank });
	await idx.updateMany(sampleFiles());
	return idx;
}

/** The task of `key` whose text starts at the first occurrence of `anchor`. */
export function taskByAnchor(idx: WorkspaceIndex, key: string, text: string, anchor: string) {
	const at = text.indexOf(anchor);
	if (at < 0) { throw new Error(`anchor not found: ${anchor}`); }
	const t = idx.taskAt(key, at);
	if (!t) { throw new Error(`no task at ${anchor}`); }
	return t;
}
