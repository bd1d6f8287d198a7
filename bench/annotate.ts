// npm run bench: annotation time (targets, quantities, dates, 文号, units) over a parsed model,
// for the raw dump and a ≥20 MB concatenation of samples and corpus.
import { annotate } from '../src/core/annotations/index';
import { parseFile } from '../src/core/parse';
import { concatenation, median, rawDump, row, time } from './corpus';

export function benchAnnotate(): string[] {
	const lines: string[] = ['annotate'];
	for (const [name, text, runs] of [['raw dump', rawDump(), 30], ['samples+corpus concatenation', concatenation(20_000_000), 3]] as const) {
		const model = parseFile(text);
		const ms = median(time(runs, () => annotate(model)));
		const a = annotate(model);
		lines.push(`  ${name} (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB UTF-8)`);
		lines.push(`    ${row('annotate (model already parsed)', ms, text.length)}   ${((Buffer.byteLength(text) / 1e6) / (ms / 1000)).toFixed(1)} MB/s of UTF-8 file`);
		lines.push(`    found: ${a.targets.length} targets, ${a.quantities.length} quantities, ${a.dates.length} dates, ${a.docNumbers.length} 文号, ${a.units.length} unit notes`);
	}
	return lines;
}

if (require.main === module) {
	console.log(benchAnnotate().join('\n'));
}
