// `targets DIR|FILE… [--by-metric] [--json | --csv]`: the targets of the notices below the roots,
// normalized (metric, value in one unit, deadline); with --by-metric, grouped by metric across
// files. Files below a folder that are not notices are skipped; files named are always read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analysis } from '../../core/analysis';
import { csvField, formatValue, groupByMetric, metricGroupsCsv, metricGroupsJson, metricTargets, type FileTargets, type MetricGroup, type MetricTarget } from '../../core/metrics/index';
import { LineIndex } from '../../core/text/lineIndex';
import { collectFiles, scopeFlags, type ScopeFlags } from '../files';
import { CliError, readOrReport } from '../input';
import type { CommandResult } from '../main';
import type { Report } from '../report';

interface ReadFile extends FileTargets { text: string }

export function targetsCommand(roots: string[], values: Record<string, unknown>, report: Report): CommandResult {
	if (!roots.length) { throw new CliError('targets: expected at least one DIR or FILE'); }
	if (values.json && values.csv) { throw new CliError('targets: --json and --csv exclude each other'); }
	const files = readTargets(roots, report, scopeFlags(values));
	if (values['by-metric']) {
		const groups = groupByMetric(files);
		if (values.json) { return { output: JSON.stringify(metricGroupsJson(groups)) }; }
		if (values.csv) { return { output: metricGroupsCsv(groups), verbatim: true }; }
		const lines = new LineIndexes(files);
		const out: string[] = [];
		for (const g of groups) {
			const notices = new Set(g.members.map(m => m.file)).size;
			out.push(`${g.label} (${g.unit}): ${g.members.length} in ${notices} file${notices === 1 ? '' : 's'}`);
			for (const m of g.members) { out.push(`  ${row(m.target, g)}  ${lines.at(m.file, m.target.offset)}  ${m.target.text}`); }
		}
		return { output: out.join('\n') };
	}
	if (values.json) {
		return { output: files.map(f => JSON.stringify({ file: f.file, targets: f.targets.map(targetJson) })).join('\n') };
	}
	if (values.csv) {
		const rows = ['file,offset,end,text,metric,value,unit,comparator,deadline,scope'];
		for (const f of files) {
			for (const t of f.targets) {
				const j = targetJson(t);
				rows.push([f.file, j.offset, j.end, j.text, j.metric, j.value, j.unit, j.comparator, j.deadline ?? '', j.scope].map(csvField).join(','));
			}
		}
		return { output: '\uFEFF' + rows.join('\r\n') + '\r\n', verbatim: true };
	}
	const lines = new LineIndexes(files);
	return { output: files.flatMap(f => f.targets.map(t => `${lines.at(f.file, t.offset)}  ${t.normalized.metric}  ${row(t)}  ${t.text}`)).join('\n') };
}

/** Every readable file below the roots with its normalized targets; non-notices found in folders are left out. */
function readTargets(roots: string[], report: Report, flags: ScopeFlags): ReadFile[] {
	const out: ReadFile[] = [];
	for (const root of roots) {
		const folder = isFolder(root);
		for (const file of collectFiles([root], report, flags)) {
			const text = readOrReport(file, report);
			if (text === undefined) { continue; }
			const analysis = new Analysis(text, report.coreErrorsIn(file));
			if (folder && !analysis.detection.isNotice) { continue; }
			out.push({ file, text, targets: metricTargets(analysis) });
		}
	}
	return out;
}

function isFolder(p: string): boolean {
	try { return fs.statSync(p).isDirectory(); } catch { return false; }
}

function targetJson(t: MetricTarget) {
	const n = t.normalized;
	return { offset: t.offset, end: t.end, text: t.text, metric: n.metric, value: n.value, valueMax: n.valueMax, unit: n.unit, comparator: n.comparator, deadline: n.deadline, scope: n.scope };
}

/** ≥3000亿元  2020: the value as bounded, in the group's unit when there is a group. */
function row(t: MetricTarget, g?: MetricGroup): string {
	return formatValue(g ?? { unit: t.normalized.unit, factor: 1 }, t).padEnd(16) + ` ${t.normalized.deadline ?? '—'}`;
}

/** FILE:LINE:COL (from 1) of an offset, relative to the working folder when below it. */
class LineIndexes {
	private readonly indexes = new Map<string, LineIndex>();
	constructor(private readonly files: readonly ReadFile[]) {}
	at(file: string, offset: number): string {
		let idx = this.indexes.get(file);
		if (!idx) { idx = new LineIndex(this.files.find(f => f.file === file)?.text ?? ''); this.indexes.set(file, idx); }
		const p = idx.position(offset);
		const rel = path.relative(process.cwd(), file);
		return `${rel.startsWith('..') ? file : rel}:${p.line + 1}:${p.character + 1}`;
	}
}
