// npm run bench: outline (and recognition) time for the raw dump and a ≥20 MB concatenation,
// beside a single regex pass over the same text as the floor to compare with.
import { parseFile } from '../src/core/parse';
import { detectNotice } from '../src/core/detect';
import { concatenation, median, rawDump, row, time } from './corpus';

const MARKERS = /(?:^|\n|   |\u3000\u3000)(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、]|[（(][0-9]+[）)])/g;

function regexPass(text: string): number {
	let n = 0;
	MARKERS.lastIndex = 0;
	while (MARKERS.exec(text)) { n++; }
	return n;
}

export function benchOutline(): string[] {
	const lines: string[] = ['outline'];
	const inputs: [string, string, number][] = [
		['raw dump', rawDump(), 60],
		['samples+corpus concatenation', concatenation(20_000_000), 5],
	];
	for (const [name, text, runs] of inputs) {
		const label = `${name} (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB UTF-8, ${(text.length / 1e6).toFixed(2)} M chars)`;
		const parse = median(time(runs, () => parseFile(text)));
		const detect = median(time(runs, () => detectNotice(parseFile(text))));
		const regex = median(time(runs, () => regexPass(text)));
		const mbps = (Buffer.byteLength(text) / 1e6) / (parse / 1000);
		lines.push(`  ${label}`);
		lines.push(`    ${row('parseFile (documents + outline)', parse, text.length)}   ${mbps.toFixed(1)} MB/s of UTF-8 file`);
		lines.push(`    ${row('parseFile + detectNotice', detect, text.length)}`);
		lines.push(`    ${row('single regex pass (floor)', regex, text.length)}`);
		lines.push(`    outline / regex pass: ${(parse / regex).toFixed(2)}×`);
	}
	return lines;
}

if (require.main === module) {
	console.log(benchOutline().join('\n'));
}
