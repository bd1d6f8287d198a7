// Recognition: every seed notice and the raw dump are notices, nothing in not-notices is,
// and precision/recall over the whole shared corpus stay where they were measured.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analysis } from '../../../src/core/analysis';
import { corpusFiles, FIXTURES, readSample, sampleNames } from '../paths';

const detect = (text: string) => new Analysis(text).detection;

describe('notice recognition', () => {
	for (const name of sampleNames()) {
		it(`recognizes the sample ${name}`, () => {
			const d = detect(readSample(name));
			assert.ok(d.isNotice, `${name}: ${d.score} ${d.reasons.join(', ')}`);
		});
	}

	it('recognizes the raw dump', () => {
		assert.ok(detect(fs.readFileSync(path.join(FIXTURES, 'raw-dump.txt'), 'utf8')).isNotice);
	});

	it('recognizes a short notice without a title by its 附件说明 and signature, and never takes 附件： for the title', () => {
		const text = ['为加快推进智能制造综合标准化工作，加强顶层设计，工业和信息化部组织开展标准体系建设研究工作，形成了《建设指南》（征求意见稿）。如有意见或建议，请于2018年2月14日前反馈。',
			'附件：1.《建设指南》（征求意见稿）', '2.《建设指南》编制说明', '工业和信息化部办公厅', '2018年1月15日'].join('\n');
		const a = new Analysis(text);
		assert.ok(a.detection.reasons.includes('annex-note'), a.detection.reasons.join(', '));
		assert.ok(a.detection.isNotice, `${a.detection.score} ${a.detection.reasons.join(', ')}`);
		assert.ok(!a.model.documents.some(d => d.title.startsWith('附件')), a.model.documents.map(d => d.title).join('|'));
	});

	it('gives reasons a reader can check', () => {
		const d = detect(readSample('qinghai'));
		assert.ok(d.reasons.some(r => r.startsWith('title:青海省人民政府办公厅关于')));
		assert.ok(d.reasons.includes('salutation'));
		assert.ok(d.reasons.includes('doc-number'));
		assert.ok(d.reasons.includes('signature-date'));
	});

	for (const file of corpusFiles('not-notices')) {
		it(`does not take not-notices/${path.basename(file)} for a notice`, () => {
			const d = detect(fs.readFileSync(file, 'utf8'));
			assert.equal(d.isNotice, false, `${d.score} ${d.reasons.join(', ')}`);
		});
	}

	it('keeps precision 1.0 and recall ≥ 0.9 over the corpus', function () {
		this.timeout(60_000); // reads ~250 files: seconds on a loaded CI machine
		let tp = 0, fn = 0, fp = 0;
		for (const dir of ['policies', 'regulations', 'govdoc-cn', 'not-notices']) {
			for (const file of corpusFiles(dir)) {
				const isNotice = detect(fs.readFileSync(file, 'utf8')).isNotice;
				if (dir === 'not-notices') { fp += isNotice ? 1 : 0; } else if (isNotice) { tp++; } else { fn++; }
			}
		}
		const precision = tp / (tp + fp), recall = tp / (tp + fn);
		console.log(`      corpus: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fn ${fn}, fp ${fp})`);
		assert.equal(precision, 1);
		assert.ok(recall >= 0.9, `recall ${recall}`);
	});

	it('recognizes every regulation (第X章/第X条)', () => {
		const missed = corpusFiles('regulations').filter(f => !detect(fs.readFileSync(f, 'utf8')).isNotice);
		assert.deepEqual(missed, []);
	});
});
