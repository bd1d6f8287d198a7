// `compare A B [--root DIR]… [--min-score N] [--json]`: two notices side by side, their tasks
// aligned one to one by the cross-reference ranking (src/core/compare/align.ts), over the index
// of the files below the roots (default: the two files' folders), so terms are weighed as the
// workspace weighs them. Then the tasks without a counterpart and the target differences.
import * as path from 'node:path';
import { Analysis } from '../../core/analysis';
import { alignNotices, type AlignedTask, type Alignment } from '../../core/compare/align';
import type { TargetDiff } from '../../core/compare/targetDiff';
import { fileMetrics } from '../../core/metrics/notices';
import { tidy } from '../../core/metrics/units';
import { CliError, readTextFile } from '../input';
import type { Report } from '../report';
import { openIndex } from './crossref';

export async function compareCommand(files: string[], values: Record<string, unknown>, report: Report): Promise<string> {
	if (files.length !== 2) { throw new CliError('compare: expected two FILEs'); }
	const minScore = values['min-score'] === undefined ? undefined : Number(values['min-score']);
	if (minScore !== undefined && !(Number.isFinite(minScore) && minScore >= 0)) { throw new CliError('compare: --min-score takes a number ≥ 0'); }
	const [a, b] = files.map(f => path.resolve(f));
	if (a === b) { throw new CliError('compare: the two FILEs are the same file'); }
	const texts = [a, b].map(f => readTextFile(f, report));
	const roots = Array.isArray(values.root) && values.root.length ? values.root as string[] : [...new Set([path.dirname(a), path.dirname(b)])];
	const { index } = await openIndex(roots, values, report);
	// Each file parsed once: for its targets, and (when outside the roots, or not recognized as a
	// notice there) for the index too.
	const analyses = texts.map((t, i) => new Analysis(t, report.coreErrorsIn([a, b][i])));
	for (const [i, f] of [a, b].entries()) {
		const { model, annotations } = analyses[i];
		if (index.hashOf(f) !== index.contentHash(texts[i])) { await index.update(f, texts[i], undefined, { model, annotations }); }
	}
	const [ta, tb] = analyses.map(an => fileMetrics(an).targets);
	const alignment = await alignNotices(index, a, b, { minScore, targets: { a: ta, b: tb } });
	if (values.json) { return JSON.stringify({ ...alignment, a: files[0], b: files[1] }); }
	return plain(alignment, files[0], files[1]);
}

const where = (t: AlignedTask) => `${t.path.join(' › ')}  (${t.line + 1}:${t.character + 1})`;

/** Aligned pairs (`A path  ⇄  B path  score`), the unmatched of each side, then the target differences. */
function plain(al: Alignment, nameA: string, nameB: string): string {
	const lines = [`A: ${nameA}`, `B: ${nameB}`, '', `aligned: ${al.pairs.length} (least score ${al.minScore})`];
	for (const p of al.pairs) { lines.push(`  ${p.a.path.join(' › ')}  ⇄  ${p.b.path.join(' › ')}  ${p.score.toFixed(1)}`); }
	lines.push('', `only in A: ${al.onlyA.length}`, ...al.onlyA.map(t => `  ${where(t)}`));
	lines.push('', `only in B: ${al.onlyB.length}`, ...al.onlyB.map(t => `  ${where(t)}`));
	const withTargets = al.pairs.filter(p => p.targets.length);
	lines.push('', `target differences: ${withTargets.length} pairs`);
	for (const p of withTargets) {
		lines.push(`  ${p.a.path[p.a.path.length - 1]}  ⇄  ${p.b.path[p.b.path.length - 1]}`);
		for (const d of p.targets) { lines.push(`    ${targetLine(d)}`); }
	}
	return lines.join('\n');
}

/** `metric: A ≥500亿元 (2025) | B 300亿元 | B − A −200亿元`. */
export function targetLine(d: TargetDiff): string {
	const side = (label: string, s: TargetDiff['a']) => `${label} ${s ? `${s.shown}${s.deadline ? ` (${s.deadline})` : ''}` : '—'}`;
	const diff = d.difference === null ? '' : ` | B − A ${d.difference > 0 ? '+' : ''}${tidy(d.difference)}${d.unit}`;
	return `${d.metric}: ${side('A', d.a)} | ${side('B', d.b)}${diff}`;
}
