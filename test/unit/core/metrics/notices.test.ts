// A file's metric data as the workspace catalog keeps it (src/core/metrics/notices.ts): the
// normalized targets without those of a repeated document, and each notice that sets one.
import * as assert from 'node:assert/strict';
import { Analysis } from '../../../../src/core/analysis';
import type { CoreError } from '../../../../src/core/errors';
import { metricTargets } from '../../../../src/core/metrics/index';
import { fileMetrics, noticeLabel } from '../../../../src/core/metrics/notices';
import { readSample } from '../../paths';

describe('file metrics', () => {
	it('names the notice that sets the targets: region, issuer, the plan it issues, year', () => {
		const errors: CoreError[] = [];
		const analysis = new Analysis(readSample('sichuan'), e => errors.push(e));
		const m = fileMetrics(analysis, e => errors.push(e));
		assert.deepEqual(errors, []);
		assert.deepEqual(m.notices, [{ document: 0, title: '四川省新一代人工智能发展实施方案', region: '四川省', issuer: '四川省人民政府', year: 2018 }]);
		assert.deepEqual(m.targets, metricTargets(analysis));
		assert.ok(m.targets.some(t => t.text === '超500亿元'));
	});

	it('leaves out the targets of a document repeated in the same file', () => {
		const text = readSample('sichuan');
		const once = fileMetrics(new Analysis(text));
		const twice = new Analysis(`${text}\n\n${text}`);
		assert.deepEqual(twice.model.documents.map(d => d.duplicateOf), [null, 0], 'the sample twice is one document and its duplicate');
		const m = fileMetrics(twice);
		assert.equal(m.targets.length, once.targets.length);
		assert.ok(m.targets.every(t => t.document === 0));
		assert.deepEqual(m.notices.map(n => n.document), [0]);
	});

	it('has nothing for a text without targets', () => {
		assert.deepEqual(fileMetrics(new Analysis('某市人民政府关于做好春节假期安排的通知\n各区人民政府：\n现将有关事项通知如下。\n')), { notices: [], targets: [] });
	});

	it('names a notice by region, else issuer, else title, else the file name', () => {
		assert.equal(noticeLabel({ region: '天津市', issuer: '天津市人民政府', title: 't' }, 'f.txt'), '天津市');
		assert.equal(noticeLabel({ region: '', issuer: '某委员会', title: 't' }, 'f.txt'), '某委员会');
		assert.equal(noticeLabel({ region: '', issuer: '', title: '某方案' }, 'f.txt'), '某方案');
		assert.equal(noticeLabel({ region: '', issuer: '', title: '' }, 'f.txt'), 'f.txt');
		assert.equal(noticeLabel(undefined, 'f.txt'), 'f.txt');
	});
});
