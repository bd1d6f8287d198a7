import { Analysis } from '../../core/analysis';
import { annotationsToJson } from '../../core/annotations/index';
import { readTextFile } from '../input';
import type { Report } from '../report';

export function annotateCommand(file: string, json: boolean, report: Report): string {
	const analysis = new Analysis(readTextFile(file, report), report.coreErrorsIn(file));
	const out = { file, ...annotationsToJson(analysis.annotations) };
	if (json) { return JSON.stringify(out); }
	const lines: string[] = [];
	lines.push(`targets (${out.targets.length})`);
	for (const t of out.targets) { lines.push(`  ${t.text}${t.deadline ? `  → ${t.deadline}` : ''}  [${t.section.join(' › ')}]`); }
	lines.push(`dates (${out.dates.length})`);
	for (const d of out.dates) { lines.push(`  ${d.text}  ${d.kind}  ${d.iso}`); }
	lines.push(`文号 (${out.docNumbers.length})`);
	for (const d of out.docNumbers) { lines.push(`  ${d.text}  ${d.issuer} ${d.year} ${d.number}`); }
	lines.push(`units (${out.units.length})`);
	for (const u of out.units) { lines.push(`  lead: ${u.lead.join('、') || '—'}  responsible: ${u.responsible.join('、') || '—'}`); }
	return lines.join('\n');
}
