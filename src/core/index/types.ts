// What the workspace index stores per file and returns per query.
import type { DocumentMeta, Task } from '../tasks/types';

/** A task as the index keeps it: no full text (a snippet) and no document metadata (kept per document), with its position as line/character. */
export interface IndexedTask extends Omit<Task, 'text' | 'meta'> {
	line: number;
	character: number;
	/** The first characters of the task text. */
	snippet: string;
}

/** A heading whose body is only sub-items: the task standing for it and its member tasks (WorkspaceIndex.groupAt). */
export interface TaskGroup {
	task: IndexedTask;
	members: IndexedTask[];
}

export interface IndexedDocument {
	index: number;
	docKey: string;
	meta: DocumentMeta;
}

/** One file's analysis, ready to insert: tasks and their token sequences over a local vocabulary. */
export interface FileTokens {
	key: string;
	/** sha1 of the text. */
	hash: string;
	/** Length of the text (UTF-16 code units): every task offset lies within it. */
	length: number;
	docs: IndexedDocument[];
	tasks: IndexedTask[];
	/** Local vocabulary: the distinct terms of the file. */
	vocab: string[];
	/**
	 * Varints over `vocab`: for each document its title tokens (`n, ids…`), then for each task
	 * its title, path and body tokens (`n, ids…` each).
	 */
	seq: Uint8Array;
}

export interface RelatedResult {
	task: IndexedTask;
	meta: DocumentMeta;
	score: number;
	/** Shared terms, most weight first. */
	terms: string[];
	/** Other files holding the same task of the same document (collapsed into this result). */
	duplicates: { file: string; offset: number }[];
}

export interface QueryOptions {
	/** Results at most (20 by default); the query's own document is always left out. */
	limit?: number;
	/** Results of this file (key) only: what aligning two notices asks (src/core/compare/align.ts). */
	onlyFile?: string;
}

export type { Task };
