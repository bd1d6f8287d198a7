// Drafting diagnostics on the real corpus against their hand review (test/eval/diagnostics-review.json,
// issue 9: at most one false alarm per ten real documents at default settings): the estimate the
// eval prints, the review's shape, and the goal on both splits.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS } from '../paths';
import {
	DIAGNOSTICS_REVIEW, corpusFiles, raisedDiagnostics, scoreDiagnostics, splitOfCorpusFile, type RaisedDiagnostic, type ReviewedDiagnostic,
} from '../../eval/diagnostics';

const raisedAt = (file: string, code: string, context: string): RaisedDiagnostic => ({ file, split: splitOfCorpusFile(file), code, context, line: 1, message: '' });
const reviewed = (d: RaisedDiagnostic, verdict: 'true' | 'false'): ReviewedDiagnostic => ({ file: d.file, code: d.code, context: d.context, verdict, reason: '' });

describe('drafting diagnostics: the hand review', function () {
	this.timeout(120_000);

	it('estimates a code\'s false alarms from its reviewed share, and counts a code nobody reviewed apart', () => {
		const file = ['real/a.txt', 'real/b.txt', 'real/c.txt', 'real/d.txt'].find(f => splitOfCorpusFile(f) === 'tune')!;
		const a = [1, 2, 3, 4].map(i => raisedAt(file, 'half-width-punctuation', `第${i}处`));
		const b = [1, 2, 3].map(i => raisedAt(file, 'numbering-gap', `第${i}处`));
		const report = scoreDiagnostics([file], [...a, ...b], [reviewed(a[0], 'false'), reviewed(a[1], 'true')]);
		const punct = report.codes.tune.get('half-width-punctuation')!;
		assert.deepEqual([punct.raised, punct.reviewed, punct.falseAlarms, punct.estimated], [4, 2, 1, 2]);
		assert.equal(report.codes.tune.get('numbering-gap')!.estimated, 0);
		assert.equal(report.unreviewed.tune, 3);
		assert.deepEqual(report.falseTune, [a[0]]);
		assert.deepEqual([report.docs.tune, report.flaggedDocs.tune], [1, 1]);
	});

	it('is well formed: every entry names a corpus file, a code, the text around it and a verdict', function () {
		const review = JSON.parse(fs.readFileSync(DIAGNOSTICS_REVIEW, 'utf8')) as ReviewedDiagnostic[];
		assert.ok(review.length >= 400);
		for (const r of review) {
			assert.ok(/^(?:real|policies|regulations)\/[^/]+\.txt$/.test(r.file) && r.code && r.context && (r.verdict === 'true' || r.verdict === 'false') && r.reason, JSON.stringify(r));
		}
		if (!fs.existsSync(CORPUS)) { console.log(`    (files not checked: the shared corpus is not at ${CORPUS})`); this.skip(); }
		for (const f of new Set(review.map(r => r.file))) { assert.ok(fs.existsSync(path.join(CORPUS, f)), f); }
	});

	it('stays at or under one false alarm per ten documents on both splits', function () {
		if (!fs.existsSync(CORPUS)) { console.log(`    (skipped: the shared corpus is not at ${CORPUS})`); this.skip(); }
		const files = corpusFiles();
		const review = JSON.parse(fs.readFileSync(DIAGNOSTICS_REVIEW, 'utf8')) as ReviewedDiagnostic[];
		const report = scoreDiagnostics(files, raisedDiagnostics(files), review);
		for (const split of ['tune', 'holdout'] as const) {
			const estimated = [...report.codes[split].values()].reduce((s, c) => s + c.estimated, 0);
			assert.ok(estimated / report.docs[split] * 10 <= 1, `${split}: ${(estimated / report.docs[split] * 10).toFixed(2)} false alarms per 10 documents`);
			assert.ok(report.unreviewed[split] <= report.docs[split] / 10, `${split}: ${report.unreviewed[split]} diagnostics of a code nobody reviewed`);
		}
	});
});
