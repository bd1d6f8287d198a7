// Code actions: the service's quick fixes, refactorings and source actions as vscode.CodeActions,
// each one WorkspaceEdit (one undo step), linked to the diagnostics it fixes.
import * as vscode from 'vscode';
import type { CodeAction, CodeActionKind } from '../core/service';
import type { DocumentAnalyses } from './analyses';
import { LANGUAGE_ID, readDraftingOptions } from './config';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { guarded } from './log';

const KIND: Record<CodeActionKind, vscode.CodeActionKind> = {
	quickfix: vscode.CodeActionKind.QuickFix,
	refactor: vscode.CodeActionKind.RefactorRewrite,
	source: vscode.CodeActionKind.Source.append('policyNotice'),
};

export function registerCodeActions(analyses: DocumentAnalyses): vscode.Disposable {
	const provider: vscode.CodeActionProvider = {
		provideCodeActions: (document, range, context, token) => guarded('code actions', [], async () => {
			const at = { offset: document.offsetAt(range.start), end: document.offsetAt(range.end) };
			const version = document.version;
			const actions = await analyses.call(document, 'getCodeActions', at, readDraftingOptions(document));
			// Edits are offsets into that version: never offered for another.
			if (token.isCancellationRequested || document.version !== version) { return []; }
			return actions
				.filter(a => !context.only || context.only.contains(KIND[a.kind]))
				.map(a => toCodeAction(document, a, context.diagnostics));
		}),
	};
	return vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, provider, {
		providedCodeActionKinds: Object.values(KIND),
	});
}

function toCodeAction(document: vscode.TextDocument, a: CodeAction, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction {
	const action = new vscode.CodeAction(a.title, KIND[a.kind]);
	const edit = new vscode.WorkspaceEdit();
	for (const e of a.edits) { edit.replace(document.uri, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.end)), e.newText); }
	action.edit = edit;
	const fixes = diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE && a.diagnosticCodes.some(c => c === d.code));
	if (fixes.length) { action.diagnostics = fixes; }
	if (a.isPreferred) { action.isPreferred = true; }
	return action;
}
