// The hand-labelled document gold set (test/gold, issue "real documents"): every label is found
// in its text, and the figures npm run eval prints stay above the floor they reached when the
// set was introduced (a regression guard, not a goal: the goals are in the closing notes).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CORPUS } from '../paths';
import { checkShape, loadGold, locate, readCorpusText, selection } from '../../eval/gold';
import { goldTotals } from '../../eval/documents';

describe('document gold set', function () {
	this.timeout(120_000);
	before(function () {
		if (!fs.existsSync(CORPUS)) {
			console.log(`    (skipped: the shared corpus is not at ${CORPUS})`);
			this.skip();
		}
	});

	it('has at least 60 documents of at least six kinds, a third held out', () => {
		const sel = selection();
		assert.ok(sel.length >= 60 && new Set(sel.map(s => s.kind)).size >= 6);
		const held = sel.filter(s => s.split === 'holdout').length;
		assert.ok(held >= sel.length / 4 && held <= sel.length / 2, `${held} of ${sel.length} held out`);
	});

	it('every document is labelled and every label is found in its text, in order', () => {
		for (const s of selection()) {
			const gold = loadGold(s.file);
			assert.ok(gold, `${s.file} is not labelled`);
			const errors = [...checkShape(gold), ...locate(readCorpusText(s.file), gold).errors];
			assert.deepEqual(errors, [], s.file);
		}
	});

	it('outline, titles, targets and dates stay above their floor', () => {
		const c = goldTotals();
		const floor = (name: string, num: number, den: number, min: number) => assert.ok(num / den >= min, `${name} ${(num / den).toFixed(3)} < ${min}`);
		floor('outline recall', c.headFound, c.headGold, 0.99);
		floor('outline precision', c.headPredOk, c.headPred, 0.99);
		floor('right parent', c.parentOk, c.headFound, 0.97);
		floor('titles', c.titleOk, c.docs, 0.98);
		floor('target precision', c.tgtTp, c.tgtPred, 0.92);
		floor('target recall', c.tgtTp, c.tgtGold, 0.86);
		floor('quantities found', c.qtyFound, c.qtyGold, 0.91);
		floor('target deadlines', c.deadlineOk, c.tgtTp, 0.94);
		floor('date kinds', c.dateKindOk, c.dateFound, 0.95);
		floor('dates found', c.dateFound, c.dateGold, 0.97);
		floor('recognition', c.recognized, c.docs, 0.98);
	});
});
