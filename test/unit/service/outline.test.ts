// What the editor's outline, folding, recognition and Put Each Paragraph on Its Own Line show on
// the samples and the raw dump, asked of the language service in plain Node. These assertions
// used to run only in test/integration/outline.test.ts, which now keeps the providers' wiring
// (the editor's answer is the service's, converted).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createNoticeService, type NoticeSymbol, type NoticeTextDocument } from '../../../src/core/service';
import { FIXTURES, readSample } from '../paths';

let version = 0;
const doc = (text: string, uri = 'mem:/a.txt'): NoticeTextDocument => ({ uri, version: ++version, getText: () => text });
const names = (list: NoticeSymbol[]): string[] => list.map(s => s.name);
const textOf = (text: string, r: { offset: number; end: number }) => text.slice(r.offset, r.end);
const within = (outer: { offset: number; end: number }, inner: { offset: number; end: number }) => outer.offset <= inner.offset && inner.end <= outer.end;

describe('language service: outline, folding and recognition on the samples', () => {
	const dump = fs.readFileSync(path.join(FIXTURES, 'raw-dump.txt'), 'utf8');

	it('nests the gansu plan: 一、 → （一） → 1., each section up to the next heading', () => {
		const text = readSample('gansu');
		const symbols = createNoticeService().getDocumentSymbols(doc(text, 'mem:/gansu.txt'));
		assert.deepEqual(names(symbols), ['甘肃省新一代人工智能发展实施方案']);
		const plan = symbols[0];
		assert.equal(plan.kind, 'plan');
		assert.deepEqual(names(plan.children), ['一、总体要求', '二、重点任务', '三、保障措施']);
		const fusion = plan.children[1].children[2];
		assert.equal(fusion.name, '(三)推动人工智能与各行业融合创新');
		assert.deepEqual(names(fusion.children), ['8.智能制造', '9.智能农业', '10.智能金融', '11.军民融合']);
		const manufacturing = fusion.children[0];
		assert.equal(textOf(text, manufacturing.selectionRange), '8.智能制造');
		assert.ok(within(manufacturing.range, manufacturing.selectionRange));
		assert.ok(within(fusion.range, manufacturing.range));
		// The section runs up to the next heading: it holds the whole run-in paragraph.
		assert.ok(textOf(text, manufacturing.range).includes('工业物联网'));
		assert.ok(!textOf(text, manufacturing.range).includes('9.智能农业'));
	});

	it('gives the raw dump one node per notice: duplicates and missing bodies marked, without a second outline', () => {
		const symbols = createNoticeService().getDocumentSymbols(doc(dump, 'mem:/dump.txt'));
		assert.equal(symbols.length, 20);
		assert.ok(symbols.every(s => s.kind === 'notice'));
		// The dump holds each notice twice in a row: the second copy is marked, pointing at the first.
		assert.equal(symbols[1].name, symbols[0].name);
		assert.deepEqual(symbols[1].detail, { duplicateOf: 0 });
		const shanxi = symbols.filter(s => s.name.startsWith('山西'));
		assert.equal(shanxi.length, 2);
		assert.ok(shanxi.every(s => s.children.length === 0 && s.detail !== null));
		assert.ok(shanxi.some(s => s.detail && 'missingFile' in s.detail && s.detail.missingFile.endsWith('.PDF')), 'a body left in a file that is not there');
		// The last notice repeats an earlier one: marked, without a second copy of its outline.
		const last = symbols[19];
		assert.ok(last.detail && 'duplicateOf' in last.detail && last.children.length === 0);
		const original = symbols[last.detail.duplicateOf];
		assert.equal(original.name, last.name);
		assert.equal(original.detail, null);
		assert.equal(original.children[0].name, '山东省新一代信息技术产业专项规划(2018-2022年)');
	});

	it('puts 专栏 boxes under their section (shandong)', () => {
		const symbols = createNoticeService().getDocumentSymbols(doc(readSample('shandong'), 'mem:/shandong.txt'));
		const bigData = symbols[0].children[2].children[0].children[0];
		assert.equal(bigData.name, '1.大力推进大数据产业发展');
		assert.equal(bigData.children[0].name, '专栏1 “数聚山东”集聚发展工程');
		assert.equal(bigData.children[0].kind, 'box');
	});

	it('folds every notice of the dump as a region, from its title line to its footer line', () => {
		const folds = createNoticeService().getFoldingRanges(doc(dump, 'mem:/dump.txt'));
		const regions = folds.filter(r => r.region);
		assert.equal(regions.length, 20);
		assert.deepEqual([regions[0].startLine, regions[0].endLine], [0, 4]);
	});

	it('folds sections once paragraphs are on their own lines', () => {
		const text = '某市关于推进的通知\n一、总体要求\n正文甲。\n正文乙。\n二、重点任务\n（一）子项。\n正文丙。\n（二）子项。\n正文丁。\n';
		const folds = createNoticeService().getFoldingRanges(doc(text));
		assert.deepEqual(folds.map(r => [r.startLine, r.endLine]).sort((a, b) => a[0] - b[0]), [[1, 3], [4, 8], [5, 6], [7, 8]]);
		assert.ok(folds.every(r => !r.region));
	});

	it('recognizes the texts the editor switches, and not plain text', () => {
		const service = createNoticeService();
		const notice = '某市人民政府关于加快推进数字经济发展的通知\n各区人民政府，市政府各部门：\n一、总体要求\n（一）指导思想。\n二、重点任务\n';
		assert.equal(service.getDetection(doc(notice)).isNotice, true);
		assert.equal(service.getDetection(doc(readSample('qinghai'))).isNotice, true);
		assert.equal(service.getDetection(doc('你好\n今天天气很好，我们去公园散步吧。\n')).isNotice, false);
		assert.equal(service.getDetection(doc('随便写的几句话。')).isNotice, false);
	});

	it('finds the blanks between paragraphs of a one-line notice; only they change when put on lines of their own', () => {
		const text = '某市关于推进的通知\n  各区:   一、总体要求。正文。   二、重点任务。   2018年5月15日   \n';
		const gaps = createNoticeService().getParagraphGaps(doc(text));
		assert.ok(gaps.every(g => /^\s+$/.test(textOf(text, g))), 'only white space is replaced');
		let split = text;
		for (const g of [...gaps].reverse()) { split = split.slice(0, g.offset) + '\n' + split.slice(g.end); }
		assert.equal(split.replace(/\s/g, ''), text.replace(/\s/g, ''));
		assert.deepEqual(split.split('\n').map(l => l.trim()).filter(Boolean), ['某市关于推进的通知', '各区:', '一、总体要求。正文。', '二、重点任务。', '2018年5月15日']);
	});
});
