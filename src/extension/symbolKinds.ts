// How each kind of outline node shows in the Outline, breadcrumbs and Go to Symbol.
import * as vscode from 'vscode';
import type { NoticeSymbol } from '../core/service';

export function symbolKind(s: Pick<NoticeSymbol, 'kind'>): vscode.SymbolKind {
	switch (s.kind) {
		case 'notice': return vscode.SymbolKind.File;
		case 'plan': return vscode.SymbolKind.Module;
		case 'annex': return vscode.SymbolKind.File;
		case 'box': return vscode.SymbolKind.Struct;
		case 'chapter': case 'subchapter': return vscode.SymbolKind.Namespace;
		case 'article': return vscode.SymbolKind.Field;
		default: return vscode.SymbolKind.String;
	}
}
