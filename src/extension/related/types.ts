// What the Related Tasks view and the related-targets hover show: the same shape as the
// `related` CLI contract, plus what a person needs to read a result at a glance.
import type * as vscode from 'vscode';

export interface RelatedTarget {
	text: string;
	/** Deadline year, e.g. `2020`, or null. */
	deadline: string | null;
	metric: string;
}

export interface RelatedQuery {
	uri: string;
	file: string;
	offset: number;
	end: number;
	title: string;
	/** Section titles from the outermost to the task itself. */
	path: string[];
}

export interface RelatedItem {
	/** Stable id (uri#offset) used by the webview to refer back to this item. */
	id: string;
	uri: string;
	file: string;
	offset: number;
	end: number;
	line: number;
	character: number;
	/** Title of the notice (or plan) the task is in. */
	document: string;
	issuer: string;
	/** Province or city, e.g. `天津市`, or ''. */
	region: string;
	/** Year of the notice, or null. */
	year: number | null;
	title: string;
	path: string[];
	score: number;
	/** Shared terms that explain the match, most weight first. */
	terms: string[];
	/** A short excerpt of the task text; `highlights` are [start, end) ranges of shared terms in it. */
	snippet: string;
	highlights: [number, number][];
	targets: RelatedTarget[];
	lead: string[];
	responsible: string[];
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
