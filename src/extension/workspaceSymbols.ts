// Go to Symbol in Workspace over the headings of every notice in the workspace.
import * as vscode from 'vscode';
import { guarded } from './log';
import type { WorkspaceCatalog } from '../core/workspace/catalog';
import { withAbortSignal } from './cancellation';
import { symbolKind } from './symbolKinds';

const MAX_RESULTS = 2000;

export function registerWorkspaceSymbols(catalog: WorkspaceCatalog): vscode.Disposable {
	const provider: vscode.WorkspaceSymbolProvider = {
		provideWorkspaceSymbols: (query, token) => guarded('workspace symbols', [], async () => {
			await withAbortSignal(token, signal => catalog.ready(signal));
			const q = query.replace(/\s+/g, '').toLowerCase();
			const out: vscode.SymbolInformation[] = [];
			for (const entry of catalog.notices()) {
				let uri: vscode.Uri | undefined;
				for (const s of entry.symbols) {
					if (token.isCancellationRequested || out.length >= MAX_RESULTS) { return out; }
					if (q && !isSubsequence(q, s.name.toLowerCase())) { continue; }
					const [l1, c1, l2, c2] = s.range;
					uri ??= vscode.Uri.parse(entry.key);
					out.push(new vscode.SymbolInformation(s.name, symbolKind(s), s.container,
						new vscode.Location(uri, new vscode.Range(l1, c1, l2, c2))));
				}
			}
			return out;
		}),
	};
	return vscode.languages.registerWorkspaceSymbolProvider(provider);
}

function isSubsequence(needle: string, hay: string): boolean {
	let i = 0;
	for (let j = 0; j < hay.length && i < needle.length; j++) { if (hay[j] === needle[i]) { i++; } }
	return i === needle.length;
}
