// Outline, breadcrumbs and Go to Symbol in Editor: the section tree as DocumentSymbols.
import * as vscode from 'vscode';
import type { NoticeDocument, Section } from '../core/model';
import type { DocumentAnalyses } from './analyses';
import { LANGUAGE_ID } from './config';
import { guarded } from './log';
import { symbolKind, symbolName } from './symbolKinds';

export function registerDocumentSymbols(analyses: DocumentAnalyses): vscode.Disposable {
	const provider: vscode.DocumentSymbolProvider = {
		provideDocumentSymbols: (document, token) => guarded('document symbols', [], () => {
			const model = analyses.get(document).model;
			if (token.isCancellationRequested) { return []; }
			const range = (a: number, b: number) => new vscode.Range(document.positionAt(a), document.positionAt(Math.max(a, b)));
			const toSymbol = (s: Section): vscode.DocumentSymbol => {
				const sym = new vscode.DocumentSymbol(symbolName(s), '', symbolKind(s), range(s.offset, s.end), range(s.heading.offset, s.heading.end));
				sym.children = s.children.map(toSymbol);
				return sym;
			};
			if (model.documents.length === 1) {
				return model.documents[0].sections.map(toSymbol);
			}
			// A dump of several notices: one node per notice, its outline below.
			return model.documents.map((d: NoticeDocument) => {
				const sym = new vscode.DocumentSymbol(d.title || vscode.l10n.t('(untitled notice)'), documentDetail(d),
					vscode.SymbolKind.File, range(d.offset, d.end), range(d.titleSpan.offset, d.titleSpan.end));
				sym.children = d.sections.map(toSymbol);
				return sym;
			});
		}),
	};
	return vscode.languages.registerDocumentSymbolProvider({ language: LANGUAGE_ID }, provider, { label: vscode.l10n.t('Policy notice outline') });
}

function documentDetail(d: NoticeDocument): string {
	if (d.duplicateOf !== null) { return vscode.l10n.t('duplicate of notice {0}', d.duplicateOf + 1); }
	if (d.bodyMissing) { return vscode.l10n.t('body missing: {0}', d.missingFile ?? ''); }
	return '';
}
