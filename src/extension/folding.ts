// Folding of notices and sections, by line: headings that sit inline in one long scraped line
// fold only once the paragraphs are split onto lines. At most editor.foldingMaximumRegions.
import * as vscode from 'vscode';
import type { DocumentAnalyses } from './analyses';
import { LANGUAGE_ID } from './config';
import { guarded } from './log';

export function registerFolding(analyses: DocumentAnalyses): vscode.Disposable {
	const provider: vscode.FoldingRangeProvider = {
		provideFoldingRanges: (document, _context, token) => guarded('folding', [], async () => {
			const limit = vscode.workspace.getConfiguration('editor', document).get<number>('foldingMaximumRegions', 5000);
			const ranges = await analyses.call(document, 'getFoldingRanges', limit);
			if (token.isCancellationRequested) { return []; }
			return ranges.map(r => new vscode.FoldingRange(r.startLine, r.endLine, r.region ? vscode.FoldingRangeKind.Region : undefined));
		}),
	};
	return vscode.languages.registerFoldingRangeProvider({ language: LANGUAGE_ID }, provider);
}
