// What the Related Tasks view and the related-targets hover show: the same shape as the
// `related` CLI contract, plus what a person needs to read a result at a glance.
import type * as vscode from 'vscode';
import type { RelatedQueryJson, RelatedResultJson } from '../../core/index/related';

export type RelatedTarget = RelatedResultJson['targets'][number];

/** The task asked about: the CLI's query, with its URI (`file` is the path shown). */
export interface RelatedQuery extends RelatedQueryJson {
	uri: string;
}

/**
 * A result: the CLI's (src/core/index/related.ts), with what the view needs to read it at a
 * glance; `file` is the path shown, `uri` the file key.
 */
export interface RelatedItem extends Omit<RelatedResultJson, 'date' | 'kind' | 'duplicates'> {
	/** Stable id (the task id) used by the webview to refer back to this item. */
	id: string;
	uri: string;
	/** Year of the notice, or null. */
	year: number | null;
	/** [start, end) ranges of shared terms in `snippet`. */
	highlights: [number, number][];
}

/** `untrusted`: Restricted Mode, the index does not run until the workspace is trusted. */
export type RelatedState = 'ready' | 'indexing' | 'noTask' | 'notNotice' | 'untrusted' | 'error';

export interface RelatedResult {
	state: RelatedState;
	query: RelatedQuery | null;
	results: RelatedItem[];
	/** Index progress while state is `indexing` (files done / files found). */
	progress?: { done: number; total: number };
	message?: string;
}

/** Where the view and the hover get related tasks from (the workspace index implements it). */
export interface RelatedSource {
	/** Related tasks for the task at `offset` in `document`. Never rejects; errors come back as state `error`. */
	related(document: vscode.TextDocument, offset: number, limit: number, token: vscode.CancellationToken): Promise<RelatedResult>;
	/** Fires when the index changes (a file was added, changed or removed, or indexing progressed). */
	readonly onDidChange: vscode.Event<void>;
	/**
	 * The index is being built: a query may wait for it, and the view says "Indexing… n / N"
	 * meanwhile. Absent: a source with nothing to build, whose answers never wait.
	 */
	readonly isIndexing?: boolean;
	/** Files segmented / files found while indexing. */
	readonly progress?: { done: number; total: number };
}
