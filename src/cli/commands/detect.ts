import { Analysis } from '../../core/analysis';
import { readOrReport } from '../input';
import type { Report } from '../report';

/** One row per readable file; each unreadable one is reported on stderr and the others go on. */
export function detectCommand(files: string[], json: boolean, report: Report): string {
	const rows = [];
	for (const file of files) {
		const text = readOrReport(file, report);
		if (text === undefined) { continue; }
		const d = new Analysis(text, report.coreErrorsIn(file)).detection;
		rows.push({ file, isNotice: d.isNotice, score: d.score, reasons: d.reasons });
	}
	if (json) { return rows.map(r => JSON.stringify(r)).join('\n'); }
	return rows.map(r => `${r.isNotice ? 'notice    ' : 'not notice'}  ${r.score.toFixed(1).padStart(5)}  ${r.file}  ${r.reasons.join(', ')}`).join('\n');
}
