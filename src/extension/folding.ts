// Folding of notices and sections. Folding is by line, so headings that sit inline in one
// long scraped line fold only once the paragraphs are split onto lines.
import * as vscode from 'vscode';
import type { Section } from '../core/model';
import { walkSections } from '../core/parse';
import type { DocumentAnalyses } from './analyses';
import { LANGUAGE_ID } from './config';
import { guarded } from './log';

export function registerFolding(analyses: DocumentAnalyses): vscode.Disposable {
	const provider: vscode.FoldingRangeProvider = {
		provideFoldingRanges: (document, _context, token) => guarded('folding', [], () => {
			const model = analyses.get(document).model;
			const out: vscode.FoldingRange[] = [];
			const add = (from: number, to: number, kind?: vscode.FoldingRangeKind) => {
				const start = document.positionAt(from).line;
				const end = document.positionAt(Math.max(from, to - 1)).line;
				if (end > start) { out.push(new vscode.FoldingRange(start, end, kind)); }
			};
			for (const d of model.documents) {
				if (token.isCancellationRequested) { return []; }
				if (model.documents.length > 1) { add(d.offset, d.end, vscode.FoldingRangeKind.Region); }
				walkSections(d.sections, (s: Section) => add(s.offset, s.end));
			}
			return out;
		}),
	};
	return vscode.languages.registerFoldingRangeProvider({ language: LANGUAGE_ID }, provider);
}
