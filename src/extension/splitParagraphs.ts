// Command: put each paragraph of a scraped one-line notice on its own line, so folding and
// line-based tools work. Only the whitespace between paragraphs changes; the user runs it.
import * as vscode from 'vscode';
import type { DocumentAnalyses } from './analyses';

export function registerSplitParagraphs(analyses: DocumentAnalyses): vscode.Disposable {
	return vscode.commands.registerTextEditorCommand('policyNotice.splitParagraphs', (editor, builder) => {
		const doc = editor.document;
		const { model, text } = analyses.get(doc);
		const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
		const gaps: vscode.Range[] = [];
		for (const d of model.documents) {
			const paras = d.paragraphs;
			for (let i = 1; i < paras.length; i++) {
				const gap = text.slice(paras[i - 1].end, paras[i].offset);
				if (!gap.includes('\n') && !gap.includes('\r') && /^[\s\u3000]+$/.test(gap)) {
					gaps.push(new vscode.Range(doc.positionAt(paras[i - 1].end), doc.positionAt(paras[i].offset)));
				}
			}
		}
		if (!gaps.length) {
			vscode.window.showInformationMessage(vscode.l10n.t('Every paragraph is already on its own line.'));
			return;
		}
		// One edit-builder transaction: a single undo step restores the original.
		for (const gap of gaps) { builder.replace(gap, eol); }
	});
}
