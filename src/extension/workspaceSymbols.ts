// Go to Symbol in Workspace over the headings of every notice in the workspace (the language
// service's getWorkspaceSymbols over the catalog); this adapter only converts types.
import * as vscode from 'vscode';
import { createNoticeService } from '../core/service';
import type { WorkspaceCatalog } from '../core/workspace/catalog';
import { withAbortSignal } from './cancellation';
import { guarded, log } from './log';
import { symbolKind } from './symbolKinds';

export function registerWorkspaceSymbols(catalog: WorkspaceCatalog): vscode.Disposable {
	const service = createNoticeService({ catalog, logger: { error: m => log().error(m) } });
	const provider: vscode.WorkspaceSymbolProvider = {
		provideWorkspaceSymbols: (query, token) => guarded('workspace symbols', [], async () => {
			const found = await withAbortSignal(token, signal => service.getWorkspaceSymbols(query, { signal }));
			const uris = new Map<string, vscode.Uri>();
			return found.map(s => {
				let uri = uris.get(s.key);
				if (!uri) { uris.set(s.key, uri = vscode.Uri.parse(s.key)); }
				const [l1, c1, l2, c2] = s.range;
				return new vscode.SymbolInformation(s.name, symbolKind(s), s.container, new vscode.Location(uri, new vscode.Range(l1, c1, l2, c2)));
			});
		}),
	};
	return vscode.languages.registerWorkspaceSymbolProvider(provider);
}
