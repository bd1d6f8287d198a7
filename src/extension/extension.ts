// Wiring only: each feature lives in its own module. Activation registers providers and
// returns; nothing is parsed until a feature asks, and the segmenter loads only when the
// cross-reference index needs it.
import * as vscode from 'vscode';
import { AnalysisWorker } from '../core/service/worker/client';
import { DocumentAnalyses, LARGE_DOCUMENT_CHARS } from './analyses';
import { registerCodeActions } from './codeActions';
import { registerDiagnostics } from './diagnostics';
import { registerDraftingCommands } from './draftingCommands';
import { registerDocumentSymbols } from './documentSymbols';
import { registerFolding } from './folding';
import { registerHighlights } from './highlights';
import { registerLanguageDetection, setLanguageCommand } from './languageDetection';
import { registerMetricHover } from './metricHover';
import { registerCompareView } from './compare/view';
import { registerNotes, type NotesApi } from './notes/controller';
import { registerNewNotice } from './newNotice';
import { registerSplitParagraphs } from './splitParagraphs';
import { registerOpenLocation } from './openLocation';
import { registerRelatedHover } from './relatedHover';
import { registerRelatedView } from './related/view';
import { taskTableSource } from './tasks/source';
import { registerTaskTable } from './tasks/view';
import { registerCompareNotices } from './compareNotices/view';
import { compareSource } from './compareNotices/source';
import { createNoticeCatalog } from './workspace/catalog';
import type { WorkspaceCatalog } from '../core/workspace/catalog';
import { RelatedIndexService } from './workspace/relatedIndex';
import { MetricIndexService } from './workspace/metricIndex';
import { registerWorkspaceSymbols } from './workspaceSymbols';
import { log } from './log';
import { sliceWatch } from '../core/yield';

/** Set by the bundle's banner and footer (scripts/build.mjs) around the module's evaluation. */
declare const __pnLoadStart: number | undefined;
declare const __pnLoadEnd: number | undefined;

export interface PolicyNoticeApi {
	analyses: DocumentAnalyses;
	catalog: WorkspaceCatalog;
	related: RelatedIndexService;
	metrics: MetricIndexService;
	/** Notes on sections and targets (the Comments API threads and their sidecars). */
	notes: NotesApi;
	/** Milliseconds spent in activate(). */
	activationMs: number;
	/** Milliseconds the bundle took to evaluate (code loading, before VS Code calls activate). */
	codeLoadingMs: number;
	/** The longest slice of the extension's sliced work so far (npm run bench resets and reads it). */
	sliceWatch: { longestMs: number };
}

export function activate(context: vscode.ExtensionContext): PolicyNoticeApi {
	const started = performance.now();
	// The analysis worker thread starts with the first document (nothing loads on activation).
	const worker = new AnalysisWorker({
		workerPath: context.asAbsolutePath('dist/analysis-worker.js'), log: m => log().error(m), restartAboveChars: LARGE_DOCUMENT_CHARS,
	});
	const analyses = new DocumentAnalyses(worker);
	const { catalog, disposable: catalogHost } = createNoticeCatalog(context);
	// Created here, started on first need: the segmenter worker does not load on activation.
	const related = new RelatedIndexService(context, catalog, analyses);
	// Created here, started on first need (the metric hover, Compare Targets): nothing is read on activation.
	const metrics = new MetricIndexService(catalog);
	const notes = registerNotes(analyses);
	context.subscriptions.push(
		analyses,
		catalogHost,
		related,
		metrics,
		registerLanguageDetection(analyses),
		registerDocumentSymbols(analyses),
		registerFolding(analyses),
		registerWorkspaceSymbols(catalog),
		registerSplitParagraphs(analyses),
		registerDiagnostics(analyses),
		registerCodeActions(analyses),
		registerDraftingCommands(analyses),
		vscode.commands.registerCommand('policyNotice.setLanguage', setLanguageCommand),
		registerNewNotice(),
		registerOpenLocation(),
		registerRelatedHover(analyses, related),
		registerRelatedView(context, related),
		registerMetricHover(analyses, metrics),
		registerCompareView(context, metrics),
		registerTaskTable(context, taskTableSource(analyses, catalog, notes)),
		registerCompareNotices(context, compareSource(related, catalog, metrics)),
		notes,
		// After the related-targets hover: the later provider's hover is shown first.
		registerHighlights(analyses),
		vscode.commands.registerCommand('policyNotice.reindex', () => related.rebuild()),
		vscode.commands.registerCommand('policyNotice.cancelIndexing', () => { catalog.cancelScan(); related.cancelIndexing(); }),
	);
	const codeLoadingMs = typeof __pnLoadStart === 'number' && typeof __pnLoadEnd === 'number' ? __pnLoadEnd - __pnLoadStart : NaN;
	return { analyses, catalog, related, metrics, notes, activationMs: performance.now() - started, codeLoadingMs, sliceWatch };
}

export function deactivate(): void { /* subscriptions are disposed by VS Code */ }
