#!/usr/bin/env node
// Checks gold label files: every anchor found in order, ids, parents, types and kinds valid.
//   node test/gold/validate.mjs [docs/<name>.json …]   (default: every file in docs/)
import fs from 'node:fs';
import path from 'node:path';
import { GOLD_DIR, checkShape, locate, readCorpusText } from './anchors.mjs';

const args = process.argv.slice(2);
const files = args.length ? args : fs.readdirSync(path.join(GOLD_DIR, 'docs')).filter(f => f.endsWith('.json')).map(f => path.join(GOLD_DIR, 'docs', f));
let bad = 0;
for (const f of files) {
	let gold;
	try { gold = JSON.parse(fs.readFileSync(f, 'utf8')); } catch (e) { console.log(`${f}: not valid JSON: ${e.message}`); bad++; continue; }
	const errors = [...checkShape(gold), ...locate(readCorpusText(gold.file), gold).errors];
	const counts = `${gold.headings?.length ?? 0} headings, ${gold.quantities?.length ?? 0} quantities, ${gold.dates?.length ?? 0} dates`;
	if (errors.length) { bad++; console.log(`${path.basename(f)}: ${errors.length} problem(s) (${counts})`); for (const e of errors) { console.log(`  - ${e}`); } }
	else { console.log(`${path.basename(f)}: ok (${counts})`); }
}
process.exitCode = bad ? 1 : 0;
