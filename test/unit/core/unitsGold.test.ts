// The hand labels of lead and responsible units (test/eval/units-gold.json, issue 12): every
// anchor names a place in its notice, in text order, and the figures npm run eval prints stay
// at or above the goal (precision and recall ≥ 0.95 per split).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { decodeText } from '../../../src/core/io/decode';
import { CORPUS } from '../paths';
import { resolveFile } from '../../eval/lib';
import { loadUnitsGold, runUnitEval, splitOfFile } from '../../eval/units';

describe('units gold set', function () {
	this.timeout(120_000);
	before(function () {
		if (!fs.existsSync(CORPUS)) {
			console.log(`    (skipped: the shared corpus is not at ${CORPUS})`);
			this.skip();
		}
	});

	it('has at least 20 corpus notices and the samples with notes, some held out', () => {
		const gold = loadUnitsGold();
		assert.ok(gold.files.filter(f => f.startsWith('corpus/')).length >= 20);
		assert.ok(gold.files.some(f => splitOfFile(f) === 'holdout') && gold.files.some(f => splitOfFile(f) === 'tune'));
		assert.deepEqual(gold.files.filter(f => !gold.tasks.some(t => t.file === f)), [], 'every file has labels');
	});

	it('every anchor is found in its notice, in text order; no unit is both lead and responsible', () => {
		const gold = loadUnitsGold();
		const problems: string[] = [];
		for (const file of gold.files) {
			const text = decodeText(fs.readFileSync(resolveFile(file))).text;
			let last = -1;
			for (const t of gold.tasks.filter(x => x.file === file)) {
				const at = text.indexOf(t.anchor);
				if (at < 0) { problems.push(`${file}: ${t.anchor} not found`); continue; }
				if (at < last) { problems.push(`${file}: ${t.anchor} before the task listed above it`); }
				last = at;
				if (t.lead.some(u => t.responsible.includes(u))) { problems.push(`${file}: ${t.anchor} has a unit in both lists`); }
			}
		}
		assert.deepEqual(problems, []);
	});

	it('lead and responsible precision and recall stay ≥ 0.95 on both splits', () => {
		const lines: string[] = [];
		const report = runUnitEval([], line => lines.push(line));
		assert.deepEqual(lines.filter(l => l.startsWith('problem:')), []);
		for (const split of ['tune', 'holdout'] as const) {
			for (const kind of ['lead', 'responsible'] as const) {
				const s = report.scores.normalized[split][kind];
				assert.ok(s.precision >= 0.95 && s.recall >= 0.95, `${split} ${kind}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}`);
			}
		}
	});
});
