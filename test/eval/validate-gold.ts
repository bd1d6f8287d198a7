// Checks the document gold set: every anchor found in order; ids, parents, types and kinds valid.
//   node out/test/eval/validate-gold.js [real/045_mirrorcn.txt …]   (default: every labelled document)
import { checkShape, loadGold, locate, readCorpusText, selection } from './gold';

const args = process.argv.slice(2);
const files = args.length ? args : selection().map(s => s.file);
let bad = 0;
for (const file of files) {
	const gold = loadGold(file);
	if (!gold) { console.log(`${file}: not labelled`); bad++; continue; }
	const errors = [...checkShape(gold), ...locate(readCorpusText(gold.file), gold).errors];
	const counts = `${gold.headings.length} headings, ${gold.quantities.length} quantities, ${gold.dates.length} dates`;
	if (errors.length) { bad++; console.log(`${file}: ${errors.length} problem(s) (${counts})`); for (const e of errors) { console.log(`  - ${e}`); } }
	else { console.log(`${file}: ok (${counts})`); }
}
process.exitCode = bad ? 1 : 0;
