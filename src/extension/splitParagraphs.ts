// Command: put each paragraph of a scraped one-line notice on its own line, so folding and
// line-based tools work. Only the whitespace between paragraphs changes; the user runs it.
import * as vscode from 'vscode';
import type { DocumentAnalyses } from './analyses';

export function registerSplitParagraphs(analyses: DocumentAnalyses): vscode.Disposable {
	return vscode.commands.registerTextEditorCommand('policyNotice.splitParagraphs', async (editor) => {
		const doc = editor.document;
		const { model, text } = analyses.get(doc);
		const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
		const edits: vscode.TextEdit[] = [];
		for (const d of model.documents) {
			const paras = d.paragraphs;
			for (let i = 1; i < paras.length; i++) {
				const gap = text.slice(paras[i - 1].end, paras[i].offset);
				if (!gap.includes('\n') && !gap.includes('\r') && /^[\s\u3000]+$/.test(gap)) {
					edits.push(vscode.TextEdit.replace(new vscode.Range(doc.positionAt(paras[i - 1].end), doc.positionAt(paras[i].offset)), eol));
				}
			}
		}
		if (!edits.length) {
			vscode.window.showInformationMessage(vscode.l10n.t('Every paragraph is already on its own line.'));
			return;
		}
		const we = new vscode.WorkspaceEdit();
		we.set(doc.uri, edits);
		await vscode.workspace.applyEdit(we);
	});
}
