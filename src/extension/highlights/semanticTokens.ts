// Semantic tokens: the service's tokens (targets, quantities, dates by kind, 文号, units), already
// in the editor's wire format (one per line segment, UTF-16 columns), made wherever the document
// was analysed — in the worker thread for a large one.
import * as vscode from 'vscode';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../core/service';
import type { DocumentAnalyses } from '../analyses';
import { LANGUAGE_ID } from '../config';
import { guarded } from '../log';

export const legend = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

export function registerSemanticTokens(analyses: DocumentAnalyses): vscode.Disposable {
	const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
	const full: vscode.DocumentSemanticTokensProvider = {
		provideDocumentSemanticTokens: (document, token) => guarded('semantic tokens', undefined, async () => {
			const data = await analyses.call(document, 'getSemanticTokenData');
			return token.isCancellationRequested ? undefined : new vscode.SemanticTokens(data);
		}),
	};
	const range: vscode.DocumentRangeSemanticTokensProvider = {
		provideDocumentRangeSemanticTokens: (document, r, token) => guarded('semantic tokens (range)', undefined, async () => {
			const data = await analyses.call(document, 'getSemanticTokenData', { startLine: r.start.line, startCharacter: r.start.character, endLine: r.end.line, endCharacter: r.end.character });
			return token.isCancellationRequested ? undefined : new vscode.SemanticTokens(data);
		}),
	};
	return vscode.Disposable.from(
		vscode.languages.registerDocumentSemanticTokensProvider(selector, full, legend),
		vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, range, legend),
	);
}
