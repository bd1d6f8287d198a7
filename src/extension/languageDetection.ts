// Content-based recognition: a plaintext document that reads as a policy notice switches to
// the policy-notice language when opened, unless the user's files.associations says otherwise.
import * as vscode from 'vscode';
import { Analysis } from '../core/analysis';
import type { DocumentAnalyses } from './analyses';
import { LANGUAGE_ID, readConfig } from './config';
import { log } from './log';

/** Detection reads at most this much of a file; a notice shows itself long before. */
const DETECT_CHARS = 300_000;

export function registerLanguageDetection(analyses: DocumentAnalyses): vscode.Disposable {
	const consider = (doc: vscode.TextDocument) => {
		if (doc.languageId !== 'plaintext' || doc.uri.scheme === 'output' || !readConfig(doc).autoDetect) { return; }
		if (hasUserAssociation(doc)) { return; }
		// The document's own analysis, so the outline and highlights do not parse it again; a huge
		// file is judged by its head alone (and parsed in full only if it is a notice).
		const text = doc.getText();
		const detection = text.length > DETECT_CHARS ? new Analysis(text.slice(0, DETECT_CHARS)).detection : analyses.get(doc).detection;
		if (!detection.isNotice) { return; }
		log().info(`recognized ${doc.uri.fsPath || doc.uri.toString()} as a policy notice (score ${detection.score}: ${detection.reasons.join(', ')})`);
		vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID).then(undefined, e => log().warn(`could not set language: ${e}`));
	};
	// Already-open documents are looked at after activation returns, so activation stays light.
	const timer = setTimeout(() => vscode.workspace.textDocuments.forEach(consider), 0);
	const sub = vscode.workspace.onDidOpenTextDocument(consider);
	return new vscode.Disposable(() => { clearTimeout(timer); sub.dispose(); });
}

/** True when a files.associations pattern of the user's matches this document: theirs wins. */
export function hasUserAssociation(doc: vscode.TextDocument): boolean {
	const assoc = vscode.workspace.getConfiguration('files', doc).get<Record<string, string>>('associations') ?? {};
	return Object.keys(assoc).some(pattern => {
		const glob = pattern.includes('/') ? pattern : `**/${pattern}`;
		return vscode.languages.match({ pattern: glob }, doc) > 0;
	});
}

export async function setLanguageCommand(uri?: vscode.Uri): Promise<void> {
	const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
	if (!doc) {
		vscode.window.showInformationMessage(vscode.l10n.t('Open a text file first.'));
		return;
	}
	await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}
