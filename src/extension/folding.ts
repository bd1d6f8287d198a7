// Folding of notices and sections, by line: headings that sit inline in one long scraped line
// fold only once the paragraphs are split onto lines.
import * as vscode from 'vscode';
import { noticeDocument, type DocumentAnalyses } from './analyses';
import { LANGUAGE_ID } from './config';
import { guarded } from './log';

export function registerFolding(analyses: DocumentAnalyses): vscode.Disposable {
	const provider: vscode.FoldingRangeProvider = {
		provideFoldingRanges: (document, _context, token) => guarded('folding', [], () => {
			const out: vscode.FoldingRange[] = [];
			for (const r of analyses.service.getFoldingRanges(noticeDocument(document))) {
				if (token.isCancellationRequested) { return []; }
				const start = document.positionAt(r.offset).line;
				const end = document.positionAt(Math.max(r.offset, r.end - 1)).line;
				if (end > start) { out.push(new vscode.FoldingRange(start, end, r.region ? vscode.FoldingRangeKind.Region : undefined)); }
			}
			return out;
		}),
	};
	return vscode.languages.registerFoldingRangeProvider({ language: LANGUAGE_ID }, provider);
}
