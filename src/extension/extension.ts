// Wiring only: each feature lives in its own module. Activation registers providers and
// returns; nothing is parsed until a feature asks, and the segmenter loads only when the
// cross-reference index needs it.
import * as vscode from 'vscode';
import { DocumentAnalyses } from './analyses';
import { registerDocumentSymbols } from './documentSymbols';
import { registerFolding } from './folding';
import { registerLanguageDetection, setLanguageCommand } from './languageDetection';
import { registerSplitParagraphs } from './splitParagraphs';
import { NoticeCatalog } from './workspace/catalog';
import { registerWorkspaceSymbols } from './workspaceSymbols';

export interface PolicyNoticeApi {
	analyses: DocumentAnalyses;
	catalog: NoticeCatalog;
	/** Milliseconds spent in activate(). */
	activationMs: number;
}

export function activate(context: vscode.ExtensionContext): PolicyNoticeApi {
	const started = performance.now();
	const analyses = new DocumentAnalyses();
	const catalog = new NoticeCatalog();
	context.subscriptions.push(
		analyses,
		catalog,
		registerLanguageDetection(),
		registerDocumentSymbols(analyses),
		registerFolding(analyses),
		registerWorkspaceSymbols(catalog),
		registerSplitParagraphs(analyses),
		vscode.commands.registerCommand('policyNotice.setLanguage', setLanguageCommand),
		vscode.commands.registerCommand('policyNotice.reindex', () => catalog.ready()),
	);
	return { analyses, catalog, activationMs: performance.now() - started };
}

export function deactivate(): void { /* subscriptions are disposed by VS Code */ }
