// npm run bench: the drafting aids — diagnose(model) and codeActions at a heading (which works out
// promote, demote, move and renumber, each checked by a parse of its result) per document, the
// raw dump, and diagnose's growth with the text (¼, ½, all of the distinct texts).
import { parseFile } from '../src/core/parse';
import type { FileModel } from '../src/core/model';
import { diagnose } from '../src/core/drafting/diagnose';
import { codeActions } from '../src/core/drafting/codeActions';
import { allTexts, median, percentile, rawDump, row, time } from './corpus';

/** The middle heading of the model, where an editor asks for code actions. */
function middleHeading(model: FileModel): number {
	const all = model.documents.flatMap(d => d.sections);
	return all.length ? all[all.length >> 1].offset : 0;
}

export function benchDrafting(): string[] {
	const lines: string[] = ['drafting (diagnose, code actions)'];
	const perDoc: number[] = [], perAction: number[] = [];
	for (const text of allTexts()) {
		const model = parseFile(text);
		perDoc.push(median(time(3, () => diagnose(model, { includeScraped: true }))));
		const at = middleHeading(model);
		const found = diagnose(model, { includeScraped: true });
		perAction.push(median(time(3, () => codeActions(model, { offset: at, end: at }, found))));
	}
	const stat = (xs: number[]) => `p50 ${median(xs).toFixed(2)} ms, p95 ${percentile(xs, 95).toFixed(2)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
	lines.push(`  per document (${perDoc.length} samples and corpus texts)`);
	lines.push(`    diagnose                                   ${stat(perDoc)}`);
	lines.push(`    codeActions at a heading                   ${stat(perAction)}`);
	const dump = rawDump();
	const dumpModel = parseFile(dump);
	lines.push(`    ${row('raw dump: diagnose (includeScraped)', median(time(10, () => diagnose(dumpModel, { includeScraped: true }))), dump.length)}`);
	// Growth over distinct texts (a repeated text is a duplicate notice, which diagnose skips).
	const all = allTexts().join('\n\n');
	lines.push(`  growth (the first ¼, ½ and all of the ${(all.length / 1e6).toFixed(1)} Mchar of distinct texts, includeScraped)`);
	let base = 0;
	for (const k of [1, 2, 4]) {
		const text = all.slice(0, all.lastIndexOf('\n', Math.floor((all.length * k) / 4)));
		const model = parseFile(text);
		const ms = median(time(3, () => diagnose(model, { includeScraped: true })));
		if (k === 1) { base = ms; }
		lines.push(`    ${row(`${k}× (${(text.length / 1e6).toFixed(2)} Mchar)`, ms, text.length)}   ${(ms / base).toFixed(2)}× the 1× time`);
	}
	return lines;
}

if (require.main === module) {
	console.log(benchDrafting().join('\n'));
}
