// Outline, breadcrumbs and Go to Symbol in Editor: the service's symbols as DocumentSymbols.
import * as vscode from 'vscode';
import type { NoticeSymbol } from '../core/service';
import type { DocumentAnalyses } from './analyses';
import { LANGUAGE_ID } from './config';
import { guarded } from './log';
import { mapInSlices } from './slices';
import { spanRanges } from './positions';
import { symbolKind } from './symbolKinds';

export function registerDocumentSymbols(analyses: DocumentAnalyses): vscode.Disposable {
	const provider: vscode.DocumentSymbolProvider = {
		provideDocumentSymbols: (document, token) => guarded('document symbols', [], async () => {
			const version = document.version;
			const symbols = await analyses.call(document, 'getDocumentSymbols');
			if (token.isCancellationRequested) { return []; }
			// Flat, so a dump's tens of thousands of symbols convert in slices (src/extension/slices.ts).
			const flat: { symbol: NoticeSymbol; parent: number }[] = [];
			const walk = (symbol: NoticeSymbol, parent: number) => {
				const at = flat.length;
				flat.push({ symbol, parent });
				for (const c of symbol.children) { walk(c, at); }
			};
			for (const s of symbols) { walk(s, -1); }
			const range = await spanRanges(analyses, document, version, flat.flatMap(({ symbol: s }) => [s.range, s.selectionRange]));
			if (token.isCancellationRequested) { return []; }
			const untitled = vscode.l10n.t('(untitled notice)');
			const converted = await mapInSlices(flat, ({ symbol: s }, i) => {
				const name = s.kind === 'notice' ? s.name || untitled : s.name;
				return new vscode.DocumentSymbol(name, detail(s), symbolKind(s), range(2 * i), range(2 * i + 1));
			}, { token });
			if (!converted) { return []; }
			const roots: vscode.DocumentSymbol[] = [];
			flat.forEach(({ parent }, i) => { (parent < 0 ? roots : converted[parent].children).push(converted[i]); });
			return roots;
		}),
	};
	return vscode.languages.registerDocumentSymbolProvider({ language: LANGUAGE_ID }, provider, { label: vscode.l10n.t('Policy notice outline') });
}

function detail(s: NoticeSymbol): string {
	if (!s.detail) { return ''; }
	if ('duplicateOf' in s.detail) { return vscode.l10n.t('duplicate of notice {0}', s.detail.duplicateOf + 1); }
	return vscode.l10n.t('body missing: {0}', s.detail.missingFile);
}
