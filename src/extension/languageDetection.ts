// Content-based recognition: a plaintext document that reads as a policy notice switches to
// the policy-notice language when opened, unless the user's files.associations says otherwise.
import * as vscode from 'vscode';
import type { DocumentAnalyses } from './analyses';
import { LANGUAGE_ID, readConfig } from './config';
import { guarded, log } from './log';

/** Detection reads at most about this much of a large file; a notice shows itself long before. */
const DETECT_CHARS = 100_000;

export function registerLanguageDetection(analyses: DocumentAnalyses): vscode.Disposable {
	const consider = async (doc: vscode.TextDocument) => {
		if (doc.languageId !== 'plaintext' || doc.uri.scheme === 'output' || !readConfig(doc).autoDetect) { return; }
		if (hasUserAssociation(doc)) { return; }
		// In the worker thread: a document's own analysis, which the outline and highlights then
		// share; a large one is judged by its head alone (parsed in full only once it is a notice).
		const detection = analyses.isLarge(doc)
			? await analyses.worker.detect(doc.getText(new vscode.Range(new vscode.Position(0, 0), doc.positionAt(DETECT_CHARS))))
			: await analyses.call(doc, 'getDetection');
		if (doc.isClosed || doc.languageId !== 'plaintext') { return; }
		if (!detection.isNotice) { return; }
		log().info(`recognized ${doc.uri.fsPath || doc.uri.toString()} as a policy notice (score ${detection.score}: ${detection.reasons.join(', ')})`);
		vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID).then(undefined, e => log().warn(`could not set language: ${e}`));
	};
	// Already-open documents are looked at after activation returns, so activation stays light.
	const considerGuarded = (doc: vscode.TextDocument) => { void guarded('language detection', undefined, () => consider(doc)); };
	const timer = setTimeout(() => vscode.workspace.textDocuments.forEach(considerGuarded), 0);
	const sub = vscode.workspace.onDidOpenTextDocument(considerGuarded);
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
