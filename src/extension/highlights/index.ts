// Highlights: semantic tokens (targets vs other quantities, date kinds, 文号, units), hovers over
// annotations and the optional target-clause decorations. All read the Analysis's annotations
// through one memoized lookup (lookup.ts).
import * as vscode from 'vscode';
import type { DocumentAnalyses } from '../analyses';
import { TargetDecorations } from './decorations';
import { registerHover } from './hover';
import { registerSemanticTokens } from './semanticTokens';

export function registerHighlights(analyses: DocumentAnalyses): vscode.Disposable {
	return vscode.Disposable.from(
		registerSemanticTokens(analyses),
		registerHover(analyses),
		new TargetDecorations(analyses),
	);
}
