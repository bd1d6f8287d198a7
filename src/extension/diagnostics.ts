// Drafting diagnostics in the Problems view: the service's findings as vscode.Diagnostics (code =
// the rule's code, source 'policy-notice'), for policy-notice documents only. Updated when a
// document opens, shortly after it changes, and when the settings change; cleared when it closes.
import * as vscode from 'vscode';
import type { Diagnostic, Severity } from '../core/service';
import type { DocumentAnalyses } from './analyses';
import { LANGUAGE_ID, readDraftingOptions, SECTION } from './config';
import { guarded } from './log';
import { mapInSlices } from './slices';
import { spanRanges } from './positions';

export const DIAGNOSTIC_SOURCE = 'policy-notice';
/** Typing pauses this long before the document is checked again. */
const DEBOUNCE_MS = 300;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
	error: vscode.DiagnosticSeverity.Error,
	warning: vscode.DiagnosticSeverity.Warning,
	information: vscode.DiagnosticSeverity.Information,
	hint: vscode.DiagnosticSeverity.Hint,
};

export class DraftingDiagnostics implements vscode.Disposable {
	private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
	private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
	private readonly subscriptions: vscode.Disposable[];

	constructor(private readonly analyses: DocumentAnalyses) {
		this.subscriptions = [
			// A language switch closes the document and opens it again with the new language.
			vscode.workspace.onDidOpenTextDocument(d => this.schedule(d, 0)),
			vscode.workspace.onDidChangeTextDocument(e => { if (e.contentChanges.length) { this.schedule(e.document, DEBOUNCE_MS); } }),
			vscode.workspace.onDidCloseTextDocument(d => this.forget(d.uri)),
			vscode.workspace.onDidChangeConfiguration(e => {
				if (e.affectsConfiguration(`${SECTION}.diagnostics`) || e.affectsConfiguration(`${SECTION}.drafting`)) { this.scheduleAll(); }
			}),
		];
		this.scheduleAll();
	}

	private scheduleAll(): void {
		for (const d of vscode.workspace.textDocuments) { this.schedule(d, 0); }
	}

	private schedule(document: vscode.TextDocument, ms: number): void {
		const key = document.uri.toString();
		if (document.languageId !== LANGUAGE_ID) {
			this.forget(document.uri);
			return;
		}
		clearTimeout(this.timers.get(key));
		this.timers.set(key, setTimeout(() => {
			this.timers.delete(key);
			void this.update(document);
		}, ms));
	}

	private forget(uri: vscode.Uri): void {
		const key = uri.toString();
		clearTimeout(this.timers.get(key));
		this.timers.delete(key);
		this.collection.delete(uri);
	}

	/** Sets the document's diagnostics (none when it closed or is no longer a policy notice). */
	update(document: vscode.TextDocument): Promise<void> {
		return guarded('drafting diagnostics', undefined, async () => {
			if (document.isClosed || document.languageId !== LANGUAGE_ID) {
				this.collection.delete(document.uri);
				return;
			}
			const version = document.version;
			const found = await this.analyses.call(document, 'getDiagnostics', readDraftingOptions(document));
			const stale = () => document.isClosed || document.version !== version || document.languageId !== LANGUAGE_ID;
			// Changed or closed meanwhile: the next scheduled update sets them.
			if (stale()) { return; }
			const range = await spanRanges(this.analyses, document, version, found);
			if (stale()) { return; }
			const diagnostics = await mapInSlices(found, (d, i) => toDiagnostic(range(i), d));
			if (diagnostics && !stale()) { this.collection.set(document.uri, diagnostics); }
		});
	}

	dispose(): void {
		this.timers.forEach(t => clearTimeout(t));
		this.timers.clear();
		this.subscriptions.forEach(s => s.dispose());
		this.collection.dispose();
	}
}

function toDiagnostic(range: vscode.Range, d: Diagnostic): vscode.Diagnostic {
	const out = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
	out.code = d.code;
	out.source = DIAGNOSTIC_SOURCE;
	return out;
}

export function registerDiagnostics(analyses: DocumentAnalyses): vscode.Disposable {
	return new DraftingDiagnostics(analyses);
}
