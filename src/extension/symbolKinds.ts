// How each kind of heading shows in the Outline, breadcrumbs and Go to Symbol.
import * as vscode from 'vscode';
import type { Section } from '../core/model';

export function symbolKind(s: Pick<Section, 'kind'>): vscode.SymbolKind {
	switch (s.kind) {
		case 'plan': return vscode.SymbolKind.Module;
		case 'annex': return vscode.SymbolKind.File;
		case 'box': return vscode.SymbolKind.Struct;
		case 'chapter': case 'subchapter': return vscode.SymbolKind.Namespace;
		case 'article': return vscode.SymbolKind.Field;
		default: return vscode.SymbolKind.String;
	}
}

export function symbolName(s: Pick<Section, 'marker' | 'title'>): string {
	const name = s.marker && s.title ? `${s.marker} ${s.title}` : s.marker || s.title;
	return name || '…';
}
