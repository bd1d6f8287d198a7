// Related tasks as the service answers them, for the editor's view and hover and the CLI alike:
// the task under the cursor (or a heading whose body is only sub-items: its sub-items together)
// and the tasks of other notices the workspace index ranks closest. The document's current text
// is indexed first when the index holds another version of it (service/index.ts decides with the
// text's hash before any parse, so a version the index holds is not analysed again).
import type { AnalyzedFile } from '../index/analyze';
import { insertAnalyzed } from '../index/analyzedUpdate';
import type { IndexedTask, RelatedResult } from '../index/types';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { abortError, type Segmenter } from '../segment/segmenter';
import { paragraphAround } from '../text/paragraphs';

/** The workspace a service answers related tasks over: its index, and the segmenter that feeds it. */
export interface NoticeWorkspace {
	index: WorkspaceIndex;
	segmenter: Segmenter;
}

/**
 * A workspace whose index starts on first need (the editor's and the tests'
 * WorkspaceRelatedIndex, src/core/workspace/relatedIndex.ts): the service starts it and waits for
 * it; before its first start it has no index.
 */
export interface StartableWorkspace {
	start(): Promise<void>;
	readonly index: WorkspaceIndex | undefined;
	readonly segmenter: Segmenter | undefined;
	readonly isIndexing: boolean;
	readonly progress: { done: number; total: number };
}

export interface RelatedTasks {
	/** The task asked about (for a heading of sub-items, the task standing for them). */
	query: IndexedTask;
	results: RelatedResult[];
	/** The index was still being built: more results may come (with its progress, files done / files found). */
	indexing: boolean;
	progress: { done: number; total: number };
}

export interface RelatedTasksOptions {
	/** Results at most (20 by default). */
	limit?: number;
	signal?: AbortSignal;
	/**
	 * The document's tasks for the index, when the caller has them made elsewhere (the editor's
	 * analysis thread); by default the service's own analysis of the document.
	 */
	analyze?: () => AnalyzedFile | Promise<AnalyzedFile>;
}

/**
 * Makes the index hold this version of a document (`analyzed`: its index analysis, keyed as the
 * index keys it; insertAnalyzed leaves a version the index holds already as it is).
 */
export async function indexVersion(workspace: NoticeWorkspace, analyzed: AnalyzedFile, signal?: AbortSignal): Promise<void> {
	await insertAnalyzed(workspace.index, workspace.segmenter, [analyzed], signal);
}

/**
 * The related tasks of what is at `offset` of the indexed document keyed `key`, or null when
 * neither a task nor a heading of sub-items is there; `text` is read only for the heading case.
 */
export function relatedTasks(workspace: NoticeWorkspace, key: string, offset: number, text: () => string, limit = 20): Pick<RelatedTasks, 'query' | 'results'> | null {
	const { index } = workspace;
	const task = index.taskAt(key, offset);
	if (task) { return { query: task, results: index.queryTask(task, { limit }) }; }
	const full = text();
	const heading = paragraphAround(full, offset);
	const group = heading && index.groupAt(key, heading.offset, full.slice(heading.offset, heading.end));
	return group ? { query: group.task, results: index.queryGroup(group, { limit }) } : null;
}

/**
 * The workspace's index and segmenter once it is there: a startable workspace is started and
 * waited for (rejects with an AbortError when `signal` aborts first); undefined when it has no
 * index after its start (it may not read the workspace, or its start failed).
 */
export async function openWorkspace(workspace: NoticeWorkspace | StartableWorkspace, signal?: AbortSignal): Promise<NoticeWorkspace | undefined> {
	if ('start' in workspace) {
		const started = workspace.start().catch(() => undefined); // a failed start is the workspace's to report; the index there is used
		await new Promise<void>((resolve, reject) => {
			if (signal?.aborted) { reject(abortError()); return; }
			const onAbort = () => reject(abortError());
			signal?.addEventListener('abort', onAbort, { once: true });
			void started.then(() => { signal?.removeEventListener('abort', onAbort); resolve(); });
		});
	}
	const { index, segmenter } = workspace;
	return index && segmenter ? { index, segmenter } : undefined;
}
