import { Analysis } from '../../core/analysis';
import { readTextFile } from '../input';

export function detectCommand(files: string[], json: boolean): string {
	const rows = files.map(file => {
		const d = new Analysis(readTextFile(file)).detection;
		return { file, isNotice: d.isNotice, score: d.score, reasons: d.reasons };
	});
	if (json) { return rows.map(r => JSON.stringify(r)).join('\n'); }
	return rows.map(r => `${r.isNotice ? 'notice    ' : 'not notice'}  ${r.score.toFixed(1).padStart(5)}  ${r.file}  ${r.reasons.join(', ')}`).join('\n');
}
