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

/** Marker and title as written: `一、总体要求`, `8.智能制造`; a space only after markers that end in a word (`专栏1 …`, `第一章 总则`). */
export function symbolName(s: Pick<Section, 'marker' | 'title'>): string {
	if (!s.marker || !s.title) { return s.marker || s.title || '…'; }
	return /[、.．)）:：]$/.test(s.marker) ? `${s.marker}${s.title}` : `${s.marker} ${s.title}`;
}
