// Go to Symbol in Workspace: the headings of every notice the catalog read, those whose name holds
// the query's characters in order (spaces ignored, Latin letters in any case), in the catalog's order.
import type { CatalogEntry } from '../workspace/catalog';
import type { WorkspaceSymbolEntry } from './fileSummary';

/** A heading of a workspace notice, with the file it is in. */
export interface WorkspaceSymbol extends WorkspaceSymbolEntry {
	/** The file's URI (the index's key). */
	key: string;
}

/** The headings of `entries` that match `query`, at most `limit`; stops early when `signal` aborts. */
export function searchWorkspaceSymbols(entries: readonly CatalogEntry[], query: string, limit: number, signal?: AbortSignal): WorkspaceSymbol[] {
	const q = query.replace(/\s+/g, '').toLowerCase();
	const out: WorkspaceSymbol[] = [];
	for (const entry of entries) {
		for (const s of entry.symbols) {
			if (signal?.aborted || out.length >= limit) { return out; }
			if (q && !isSubsequence(q, s.name.toLowerCase())) { continue; }
			out.push({ ...s, key: entry.key });
		}
	}
	return out;
}

function isSubsequence(needle: string, hay: string): boolean {
	let i = 0;
	for (let j = 0; j < hay.length && i < needle.length; j++) { if (hay[j] === needle[i]) { i++; } }
	return i === needle.length;
}
