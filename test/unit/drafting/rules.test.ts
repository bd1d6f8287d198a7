// One test per drafting rule: it fires on a small bad example, at the place and with the fix it
// names, and is silent on a notice written the GB/T 9704 way, on the samples and on the dump.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CoreError } from '../../../src/core/errors';
import { parseFile } from '../../../src/core/parse';
import { diagnose } from '../../../src/core/drafting/diagnose';
import { draftingSettings, levelsFromSettings, RULES } from '../../../src/core/drafting/ruleTable';
import { isScrapedDump } from '../../../src/core/drafting/scraped';
import { FIXTURES, readSample, sampleNames } from '../paths';
import { applied, at, CLEAN, codes, diagnosticsOf, lines, notice } from './helpers';

const STRUCTURE = ['numbering-gap', 'numbering-repeat', 'family-order', 'marker-style-mixed', 'heading-empty', 'heading-ending', 'annex-missing', 'annex-unlisted'];

describe('drafting rules', () => {
	it('are silent on a notice written the GB/T 9704 way', () => {
		assert.deepEqual(codes(CLEAN), []);
		assert.deepEqual(codes(CLEAN, { includeScraped: true }), []);
	});

	it('are quiet on scraped samples and the raw dump unless asked', () => {
		const dump = fs.readFileSync(path.join(FIXTURES, 'raw-dump.txt'), 'utf8');
		for (const text of [...sampleNames().map(readSample), dump]) {
			assert.ok(isScrapedDump(parseFile(text)));
			assert.deepEqual(codes(text), []);
		}
	});

	it('are quiet on a copied web page (the site\'s metadata lines, its toolbar) unless asked', () => {
		const page = lines('关于做好某项工作的通知', '文章来源: 某市住房和建设局 发文字号：某府[2012]145号 发布时间：2012-12-26', '各区人民政府:', '一、总体要求', '内容,内容。');
		assert.deepEqual(codes(page), []);
		assert.ok(codes(page, { includeScraped: true }).includes('half-width-punctuation'));
		const draft = lines('关于做好某项工作的通知', '', '各区人民政府:', '一、总体要求', '内容,内容。');
		assert.ok(codes(draft).includes('half-width-punctuation'));
	});

	it('half-width-punctuation: not in an entry of a reference list, whose `.` separate its fields (GB/T 7714)', () => {
		const text = notice('一、参考文献', '[1] 李卫.医疗器械临床试验统计方法（第二版）[M].北京：科学出版社，2016。', '[2] 某某.数据标准指南[EB/OL].(2021-05-01)。', '［3］王五.数据治理［Ｍ］.北京：某出版社，2020。', '二、要求', '内容,内容。');
		const found = diagnosticsOf(text, 'half-width-punctuation');
		assert.deepEqual(found.map(d => at(text, d)), [',']);
	});

	it('find no structure problem in the samples even when asked (their outlines are sound)', () => {
		for (const name of sampleNames()) {
			const found = codes(readSample(name), { includeScraped: true }).filter(c => STRUCTURE.includes(c));
			assert.deepEqual(found, [], name);
		}
	});

	it('numbering-gap: （四） after （二）, and a run that starts at 二、', () => {
		const text = notice('一、总体要求', '（一）指导思想。内容。', '（二）基本原则。内容。', '（四）工作目标。内容。', '二、重点任务', '（一）任务。内容。');
		const [d] = diagnosticsOf(text, 'numbering-gap', { locale: 'en' });
		assert.equal(at(text, d), '（四）');
		assert.equal(d.severity, 'warning');
		assert.match(d.message, /（二） to （四）: expected （三）/);
		assert.equal(d.data?.section, text.indexOf('（四）'));
		const late = notice('二、重点任务', '（一）任务。内容。', '三、保障措施', '（一）保障。内容。');
		assert.deepEqual(diagnosticsOf(late, 'numbering-gap').map(x => at(late, x)), ['二、']);
	});

	it('numbering-gap: silent where the missing heading is written but not read as one, and on a restart', () => {
		// 20. and 21. are written (`20.2026年…` is no marker to the outline): no gap.
		const text = notice('附件', '19.甲计划：内容。', '20.2026年10件民生实事：内容。', '21.5+2就业之家：内容。', '22.乙计划：内容。');
		assert.deepEqual(diagnosticsOf(text, 'numbering-gap'), []);
		const restart = notice('第五条 应当履行下列职责：', '（一）甲；', '（二）乙；', '（三）丙。', '应当履行下列义务：', '（一）丁；', '（二）戊。');
		assert.deepEqual(codes(restart), []);
	});

	it('numbering-repeat: a second 1. after a lone 1., though a 2. follows (no list of its own restarts after one item)', () => {
		const text = notice('一、任务', '1.甲。内容。', '1.乙。内容。', '2.丙。内容。');
		assert.deepEqual(diagnosticsOf(text, 'numbering-repeat').map(d => d.offset), [text.indexOf('1.乙')]);
		const restart = notice('一、任务', '1.甲。内容。', '2.乙。内容。', '1.丙。内容。', '2.丁。内容。');
		assert.deepEqual(codes(restart), [], 'after two or more, 1. 2. is a list of its own');
	});

	it('numbering-repeat: a second （二）', () => {
		const text = notice('一、任务', '（一）甲。内容。', '（二）乙。内容。', '（二）丙。内容。', '（三）丁。内容。');
		const ds = diagnosticsOf(text, 'numbering-repeat');
		assert.deepEqual(ds.map(d => d.offset), [text.lastIndexOf('（二）')]);
	});

	it('family-order: （一） after 1. under the same heading', () => {
		const text = notice('一、总体要求', '1.指导思想。内容。', '2.基本原则。内容。', '（一）工作目标。内容。', '（二）实施步骤。内容。', '二、保障措施', '（一）组织领导。内容。');
		const ds = diagnosticsOf(text, 'family-order');
		assert.deepEqual(ds.map(d => at(text, d)), ['（一）']);
		assert.equal(ds[0].offset, text.indexOf('（一）工作目标'));
		// An unnumbered line between them heads the outer run: not reported.
		assert.deepEqual(diagnosticsOf(notice('一、总体要求', '1.指导思想。内容。', '2.基本原则。内容。', '办理流程', '（一）工作目标。内容。', '（二）实施步骤。内容。'), 'family-order'), []);
	});

	it('marker-style-mixed: 2、 among 1. and 3., with the fix writing it like them', () => {
		const text = notice('一、任务', '1.甲。内容。', '2、乙。内容。', '3.丙。内容。');
		const [d, ...more] = diagnosticsOf(text, 'marker-style-mixed');
		assert.equal(more.length, 0);
		assert.equal(at(text, d), '2、');
		assert.equal(applied(text, d.data!.edits!), notice('一、任务', '1.甲。内容。', '2.乙。内容。', '3.丙。内容。'));
	});

	it('marker-brackets: (一) and （二), fixed to full-width brackets', () => {
		const text = notice('一、任务', '(一)甲。内容。', '（二)乙。内容。', '（三）丙。内容。');
		const ds = diagnosticsOf(text, 'marker-brackets');
		assert.deepEqual(ds.map(d => at(text, d)), ['(一)', '（二)']);
		assert.equal(applied(text, ds.flatMap(d => d.data!.edits!)), notice('一、任务', '（一）甲。内容。', '（二）乙。内容。', '（三）丙。内容。'));
	});

	it('heading-empty: a bare 二、 between headings, and 第二章 with no title', () => {
		const text = notice('一、总体要求', '内容。', '二、', '内容。', '三、保障措施', '内容。');
		assert.deepEqual(diagnosticsOf(text, 'heading-empty').map(d => at(text, d)), ['二、']);
		const chapters = notice('第一章　总则', '第一条　为了规范。', '第二章', '第二条　适用范围。', '第三章　附则', '第三条　施行。');
		assert.deepEqual(diagnosticsOf(chapters, 'heading-empty').map(d => at(chapters, d)), ['第二章']);
		// A title on the next line (`（三）` / `合理用药`) is a title.
		assert.deepEqual(diagnosticsOf(notice('一、指标', '（一）门诊', '内容。', '（二）住院', '内容。', '（三）', '合理用药', '内容。'), 'heading-empty'), []);
	});

	it('heading-ending: （三） on a line of its own among run-in headings ending in 。', () => {
		const text = notice('一、任务', '（一）加强领导。各单位要加强领导。', '（二）完善机制。各单位要完善机制。', '（三）强化保障', '各单位要强化保障。', '（四）营造氛围。各单位要营造氛围。');
		const ds = diagnosticsOf(text, 'heading-ending', { locale: 'en' });
		assert.deepEqual(ds.map(d => at(text, d)), ['（三）强化保障']);
		assert.match(ds[0].message, /without punctuation, its siblings end with “。”/);
		assert.ok(applied(text, ds[0].data!.edits!).includes('（三）强化保障。\n'));
		// An enumeration (`下列情形：（一）…；（二）…。`) is punctuated as one sentence: silent.
		assert.deepEqual(diagnosticsOf(notice('第五条 有下列情形之一的：', '（一）甲', '（二）乙', '（三）丙', '（四）丁。'), 'heading-ending'), []);
	});

	it('half-width-punctuation: , ; ( ) in Chinese text, not numbers, Latin text or URLs', () => {
		const text = '各单位要加强领导,完善机制;确保(2025年)完成。投入1,000万元,时间10:30,比例3.5%,见http://www.gov.cn/a,b (GDP) 与 A,B。';
		const ds = diagnosticsOf(text, 'half-width-punctuation');
		assert.deepEqual(ds.map(d => at(text, d)), [',', ';', '(2025年)', ',', ',', ',']);
		assert.equal(applied(text, ds.flatMap(d => d.data!.edits!)), '各单位要加强领导，完善机制；确保（2025年）完成。投入1,000万元，时间10:30，比例3.5%，见http://www.gov.cn/a,b (GDP) 与 A,B。');
		// `?` standing for a lost character is not a question mark.
		assert.deepEqual(diagnosticsOf('建设“光网?无线重庆”。', 'half-width-punctuation'), []);
	});

	it('doc-number-format: brackets, full-width digits, 第 and leading zeros', () => {
		const text = '根据国发[2015]41号、国办发（２０１６）第5号和京政发〔2017〕012号文件。';
		const ds = diagnosticsOf(text, 'doc-number-format', { locale: 'en' });
		assert.deepEqual(ds.map(d => at(text, d)), ['[2015]41号', '（２０１６）第5号', '〔2017〕012号']);
		assert.match(ds[1].message, /the year goes in 〔〕; half-width Arabic digits; no 第 before the number/);
		assert.equal(applied(text, ds.flatMap(d => d.data!.edits!)), '根据国发〔2015〕41号、国办发〔2016〕5号和京政发〔2017〕12号文件。');
	});

	const annexed = (list: string[], annexes: string[]) => lines('××市人民政府关于做好某工作的通知', '', '各区人民政府：', '　　现就有关事项通知如下。', '', ...list, '', '××市人民政府', '2025年5月1日', '', ...annexes.flatMap(a => [a, '某表', '内容。']));

	it('annex-missing: 附件2 listed, only 附件1 in the document', () => {
		const text = annexed(['　　附件：1.甲表', '　　　　　2.乙表'], ['附件1']);
		const ds = diagnosticsOf(text, 'annex-missing');
		assert.deepEqual(ds.map(d => at(text, d)), ['2.乙表']);
		// Attachments kept in files of their own (none in the text) are not missing.
		assert.deepEqual(codes(annexed(['　　附件：1.甲表', '　　　　　2.乙表'], [])), []);
	});

	it('annex-unlisted: 附件2 in the document, only 附件1 listed', () => {
		const text = annexed(['　　附件：甲表'], ['附件1', '附件2']);
		assert.deepEqual(diagnosticsOf(text, 'annex-unlisted').map(d => at(text, d).slice(0, 3)), ['附件2']);
		assert.deepEqual(codes(annexed(['　　附件：1.甲表', '　　　　　2.乙表'], ['附件1', '附件2'])), []);
	});

	it('duplicate-document and body-missing: on the dump when asked', () => {
		const dump = fs.readFileSync(path.join(FIXTURES, 'raw-dump.txt'), 'utf8');
		const model = parseFile(dump);
		const found = diagnose(model, { includeScraped: true, locale: 'en' });
		const dups = found.filter(d => d.code === 'duplicate-document');
		assert.equal(dups.length, model.documents.filter(d => d.duplicateOf !== null).length);
		assert.ok(dups.length >= 5);
		const missing = found.filter(d => d.code === 'body-missing');
		assert.ok(missing.length >= 1 && missing.every(d => /\.PDF/.test(at(dump, d))));
		// A single notice whose body is a file name is no dump: reported at default settings.
		const single = lines('山西省人民政府办公厅关于印发某方案的通知', '', '山西省人民政府办公厅关于印发某方案的通知.PDF');
		assert.deepEqual(codes(single), ['body-missing']);
	});

	it('every rule has a setting, a default severity, and messages in both languages', () => {
		assert.equal(new Set(RULES.map(r => r.code)).size, RULES.length);
		assert.equal(new Set(RULES.map(r => r.setting)).size, RULES.length);
		const settings = draftingSettings();
		for (const r of RULES) {
			const s = settings.find(x => x.key === `policyNotice.diagnostics.${r.setting}`);
			assert.ok(s && s.default === r.severity && s.enum?.includes('off') && s.enum.includes(r.severity), r.code);
			assert.match(s.description['zh-cn'], /[\u4e00-\u9fa5]/);
			assert.doesNotMatch(s.description.en, /^[\u4e00-\u9fa5]/);
		}
		assert.ok(settings.some(s => s.key === 'policyNotice.diagnostics.includeScraped' && s.default === false));
		const zh = diagnose(parseFile(notice('一、甲', '内容。', '三、乙', '内容。')), { locale: 'zh-cn' });
		assert.match(zh[0].message, /编号从/);
	});

	it('a check that fails on a broken model is reported, and the others still run', () => {
		const model = parseFile(notice('一、甲', '（一）乙。依照国发[2015]41号。', '（三）丙。内容。'));
		(model.documents[0].sections[0] as { children: unknown }).children = null;
		const errors: CoreError[] = [];
		const found = diagnose(model, {}, e => errors.push(e));
		assert.ok(errors.length > 0 && errors.every(e => e.stage === 'diagnose' && e.document === 0));
		assert.ok(found.some(d => d.code === 'doc-number-format'), 'the 文号 check read the paragraphs');
	});

	it('settings turn a rule off or change its severity; unknown values are ignored', () => {
		const text = notice('一、任务', '（一）甲。内容。', '（二）乙。内容。', '（四）丁。内容。');
		assert.deepEqual(codes(text, { rules: levelsFromSettings({ numberingGap: 'off' }) }), []);
		const [d] = diagnose(parseFile(text), { rules: levelsFromSettings({ numberingGap: 'error', familyOrder: 'loud' }) });
		assert.equal(d.severity, 'error');
		assert.deepEqual(levelsFromSettings({ numberingGap: 'loud', headingEnding: 'hint' }), { 'heading-ending': 'hint' });
	});
});
