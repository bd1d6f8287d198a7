// Semantic tokens: the service's tokens (targets, quantities, dates by kind, 文号, units) encoded
// as VS Code wants them, one per line segment.
import * as vscode from 'vscode';
import { TOKEN_MODIFIERS, TOKEN_TYPES, type NoticeToken } from '../../core/service';
import { noticeDocument, type DocumentAnalyses } from '../analyses';
import { LANGUAGE_ID } from '../config';
import { guarded } from '../log';

export const legend = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

/** Encodes tokens as VS Code wants them: one per line segment, UTF-16 columns. */
export function encode(document: vscode.TextDocument, tokens: readonly NoticeToken[], token?: vscode.CancellationToken): vscode.SemanticTokens | undefined {
	const builder = new vscode.SemanticTokensBuilder(legend);
	for (const t of tokens) {
		if (token?.isCancellationRequested) { return undefined; }
		const start = document.positionAt(t.offset), end = document.positionAt(t.end);
		if (start.line === end.line) {
			if (end.character > start.character) { builder.push(start.line, start.character, end.character - start.character, t.type, t.modifiers); }
			continue;
		}
		for (let line = start.line; line <= end.line; line++) {
			const from = line === start.line ? start.character : 0;
			const to = line === end.line ? end.character : document.lineAt(line).range.end.character;
			if (to > from) { builder.push(line, from, to - from, t.type, t.modifiers); }
		}
	}
	return builder.build();
}

export function registerSemanticTokens(analyses: DocumentAnalyses): vscode.Disposable {
	const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
	const full: vscode.DocumentSemanticTokensProvider = {
		provideDocumentSemanticTokens: (document, token) => guarded('semantic tokens', undefined, () => {
			return encode(document, analyses.service.getSemanticTokens(noticeDocument(document)), token);
		}),
	};
	const range: vscode.DocumentRangeSemanticTokensProvider = {
		provideDocumentRangeSemanticTokens: (document, r, token) => guarded('semantic tokens (range)', undefined, () => {
			const range = { offset: document.offsetAt(r.start), end: document.offsetAt(r.end) };
			return encode(document, analyses.service.getSemanticTokens(noticeDocument(document), range), token);
		}),
	};
	return vscode.Disposable.from(
		vscode.languages.registerDocumentSemanticTokensProvider(selector, full, legend),
		vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, range, legend),
	);
}
