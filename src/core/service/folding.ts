// Folding: every notice of a dump (as a region) and every section, by line — the editor folds
// lines, so only ranges over more than one line are given. Over `limit` ranges (the editor's
// editor.foldingMaximumRegions), the innermost levels go first, as VS Code itself drops them:
// a huge dump then costs neither thread a few hundred thousand ranges nobody can use.
import type { Analysis } from '../analysis';
import type { Section } from '../model';
import { walkSections } from '../parse';
import { linesOf } from './tokens';
import type { NoticeFoldingRange } from './types';

export function foldingRanges(analysis: Analysis, limit = Infinity): NoticeFoldingRange[] {
	const lines = linesOf(analysis);
	const { model } = analysis;
	const found: { range: NoticeFoldingRange; depth: number }[] = [];
	const add = (offset: number, end: number, region: boolean, depth: number) => {
		const startLine = lines.position(offset).line, endLine = lines.position(Math.max(offset, end - 1)).line;
		if (endLine > startLine) { found.push({ range: { startLine, endLine, region }, depth }); }
	};
	for (const d of model.documents) {
		const dump = model.documents.length > 1;
		if (dump) { add(d.offset, d.end, true, 0); }
		walkSections(d.sections, (s: Section, ancestors) => add(s.offset, s.end, false, ancestors.length + (dump ? 1 : 0)));
	}
	if (found.length <= limit) { return found.map(f => f.range); }
	const kept = [...found].sort((a, b) => a.depth - b.depth).slice(0, limit);
	return kept.sort((a, b) => a.range.startLine - b.range.startLine || b.range.endLine - a.range.endLine).map(f => f.range);
}
