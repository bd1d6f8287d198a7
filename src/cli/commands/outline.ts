import { Analysis } from '../../core/analysis';
import { outlineToJson, type SectionJson } from '../../core/json/outline';
import { readTextFile } from '../input';
import type { Report } from '../report';

export function outlineCommand(file: string, json: boolean, report: Report): string {
	const analysis = new Analysis(readTextFile(file, report), report.coreErrorsIn(file));
	const out = { file, ...outlineToJson(analysis.model) };
	if (json) { return JSON.stringify(out); }
	const lines: string[] = [];
	const show = (s: SectionJson, indent: string) => {
		lines.push(`${indent}${s.marker}${s.marker && s.title ? ' ' : ''}${s.title}  (${s.line + 1}:${s.character + 1})`);
		for (const c of s.children) { show(c, indent + '  '); }
	};
	for (const [i, d] of out.documents.entries()) {
		const flags = [d.duplicateOf !== null ? `duplicate of #${d.duplicateOf}` : '', d.bodyMissing ? 'body missing' : ''].filter(Boolean).join(', ');
		lines.push(`#${i} ${d.title || '(untitled)'}${flags ? `  [${flags}]` : ''}`);
		for (const s of d.sections) { show(s, '  '); }
	}
	return lines.join('\n');
}
