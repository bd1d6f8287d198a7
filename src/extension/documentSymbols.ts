// Outline, breadcrumbs and Go to Symbol in Editor: the service's symbols as DocumentSymbols.
import * as vscode from 'vscode';
import type { NoticeSymbol } from '../core/service';
import type { DocumentAnalyses } from './analyses';
import { LANGUAGE_ID } from './config';
import { guarded } from './log';
import { symbolKind } from './symbolKinds';

export function registerDocumentSymbols(analyses: DocumentAnalyses): vscode.Disposable {
	const provider: vscode.DocumentSymbolProvider = {
		provideDocumentSymbols: (document, token) => guarded('document symbols', [], async () => {
			const symbols = await analyses.call(document, 'getDocumentSymbols');
			if (token.isCancellationRequested) { return []; }
			const range = (r: { offset: number; end: number }) => new vscode.Range(document.positionAt(r.offset), document.positionAt(r.end));
			const convert = (s: NoticeSymbol): vscode.DocumentSymbol => {
				const name = s.kind === 'notice' ? s.name || vscode.l10n.t('(untitled notice)') : s.name;
				const sym = new vscode.DocumentSymbol(name, detail(s), symbolKind(s), range(s.range), range(s.selectionRange));
				sym.children = s.children.map(convert);
				return sym;
			};
			return symbols.map(convert);
		}),
	};
	return vscode.languages.registerDocumentSymbolProvider({ language: LANGUAGE_ID }, provider, { label: vscode.l10n.t('Policy notice outline') });
}

function detail(s: NoticeSymbol): string {
	if (!s.detail) { return ''; }
	if ('duplicateOf' in s.detail) { return vscode.l10n.t('duplicate of notice {0}', s.detail.duplicateOf + 1); }
	return vscode.l10n.t('body missing: {0}', s.detail.missingFile);
}
