// Command: put each paragraph of a scraped one-line notice on its own line, so folding and
// line-based tools work. Only the whitespace between paragraphs changes; the user runs it.
import * as vscode from 'vscode';
import type { DocumentAnalyses } from './analyses';
import { guarded } from './log';

export function registerSplitParagraphs(analyses: DocumentAnalyses): vscode.Disposable {
	return vscode.commands.registerCommand('policyNotice.splitParagraphs', () => guarded('split paragraphs', false, async () => {
		const editor = vscode.window.activeTextEditor;
		if (!editor) { return false; }
		const doc = editor.document, version = doc.version;
		const gaps = await analyses.call(doc, 'getParagraphGaps');
		if (doc.version !== version) {
			void vscode.window.showInformationMessage(vscode.l10n.t('The document changed meanwhile: run the command again.'));
			return false;
		}
		if (!gaps.length) {
			void vscode.window.showInformationMessage(vscode.l10n.t('Every paragraph is already on its own line.'));
			return false;
		}
		const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
		const ranges = gaps.map(g => new vscode.Range(doc.positionAt(g.offset), doc.positionAt(g.end)));
		// One edit call: a single undo step restores the original.
		return editor.edit(b => { for (const r of ranges) { b.replace(r, eol); } });
	}));
}
