// Headings wherever they sit: at a line start, inline after three spaces or full-width
// spaces, with CRLF, a BOM, full-width digits and brackets; and the bodies that must not
// become headings.
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import type { Section } from '../../../src/core/model';
import { allSections } from './helpers';

const HEAD = '某省人民政府关于加快推进数字经济发展的通知\n各市人民政府:\n';

function outline(body: string): string[] {
	return allSections(parseFile(HEAD + body)).map(s => `${s.level}${s.marker}|${s.title}`);
}

describe('heading layout', () => {
	const expected = ['1一、|总体要求', '2(一)|指导思想', '3 1.|到2020年,产值突破1000亿元'.replace(' ', ''), '3 2.|培育企业'.replace(' ', ''), '1二、|重点任务'];

	it('finds headings at line starts', () => {
		assert.deepEqual(outline('一、总体要求\n(一)指导思想。坚持创新。\n1.到2020年,产值突破1000亿元。\n2.培育企业。\n二、重点任务\n'), expected);
	});

	it('finds the same headings inline, after three spaces', () => {
		assert.deepEqual(outline('   一、总体要求   (一)指导思想。坚持创新。   1.到2020年,产值突破1000亿元。   2.培育企业。   二、重点任务'), expected);
	});

	it('finds them after full-width indentation and with CRLF line ends', () => {
		const body = '　　一、总体要求\r\n　　(一)指导思想。坚持创新。\r\n　　1.到2020年,产值突破1000亿元。\r\n　　2.培育企业。\r\n　　二、重点任务\r\n';
		assert.deepEqual(outline(body), expected);
	});

	it('reads full-width digits, dots and brackets like half-width ones', () => {
		const got = outline('一、总体要求\n（一）指导思想。\n１．到2020年,产值突破1000亿元。\n２．培育企业。\n（１）第一项。\n（２）第二项。\n①甲。\n②乙。\n二、重点任务\n');
		assert.deepEqual(got, ['1一、|总体要求', '2（一）|指导思想', '3１．|到2020年,产值突破1000亿元', '3２．|培育企业', '4（１）|第一项', '4（２）|第二项', '5①|甲', '5②|乙', '1二、|重点任务']);
	});

	it('accepts 1、 and 1． as the arabic family', () => {
		assert.deepEqual(outline('一、甲\n1、乙。\n2、丙。\n').map(s => s.split('|')[0]), ['1一、', '31、', '32、']);
	});

	it('keeps a BOM out of the way and offsets in UTF-16 units of the text', () => {
		const text = '\ufeff' + HEAD + '一、总体要求\n';
		const [s] = allSections(parseFile(text));
		assert.equal(text.slice(s.heading.offset, s.heading.end), '一、总体要求');
	});

	it('counts UTF-16 offsets past astral characters', () => {
		const text = HEAD + '𠀀𠀁说明。\n一、总体要求\n';
		const [s] = allSections(parseFile(text));
		assert.equal(text.slice(s.offset, s.heading.end), '一、总体要求');
	});

	it('titles stop at the first 。 or take the short paragraph whole', () => {
		assert.deepEqual(outline('一、加强规划衔接。加强各类相关规划。\n二、简化审批流程\n'), ['1一、|加强规划衔接', '1二、|简化审批流程']);
	});
});

describe('numbering false positives', () => {
	it('never makes 1.5亿元, (2018—2020年), 2020年 or 3.5% headings', () => {
		const body = '一、总体要求\n1.5亿元专项资金已经到位。\n(2018—2020年)\n2020年,全省产值突破千亿。\n3.5%的增长。\n(2018-2022年)是关键期。\n二、重点任务\n';
		assert.deepEqual(outline(body), ['1一、|总体要求', '1二、|重点任务']);
	});

	it('rejects a marker that breaks its family\'s numbering', () => {
		assert.deepEqual(outline('一、甲\n二、乙\n五、丙\n三、丁\n'), ['1一、|甲', '1二、|乙', '1三、|丁']);
		assert.deepEqual(outline('一、甲\n(一)子。\n(三)跳号。\n(二)续。\n').map(s => s.split('|')[0]), ['1一、', '2(一)', '2(二)']);
	});

	it('does not restart a list that is already running under the same parent', () => {
		assert.deepEqual(outline('一、甲\n1.子。\n2.子。\n1.正文中的列举。\n3.子。\n').map(s => s.split('|')[0]), ['1一、', '31.', '32.', '33.']);
	});

	it('skips table-of-contents entries, so the headings they list are found where they stand', () => {
		const body = '目 录\n一、总体要求 ................ 3\n（一）指导思想 ............ 3\n二、建设内容 …… 4\n一、总体要求\n（一）指导思想。正文。\n二、建设内容\n';
		const text = HEAD + body;
		const sections = allSections(parseFile(text));
		assert.deepEqual(sections.map(s => `${s.level}${s.marker}|${s.title}`), ['1一、|总体要求', '2（一）|指导思想', '1二、|建设内容']);
		assert.equal(sections[0].offset, text.indexOf('一、总体要求\n'));
	});

	it('ignores markers in the middle of a paragraph', () => {
		assert.deepEqual(outline('一、甲。其中包括二、三个方面以及(一)项内容。\n'), ['1一、|甲']);
	});
});

describe('regulations', () => {
	it('nests 第X条 under 第X章 and keeps article numbers running across chapters', () => {
		const text = '某省数据条例\n第一章　总　则\n第一条　为了促进发展，制定本条例。\n第二条　本条例适用于本省。\n第二章　数据资源\n第三条　数据资源应当共享。\n（一）政务数据；\n（二）公共数据。\n第四条　附则。\n';
		const model = parseFile(text);
		const [doc] = model.documents;
		assert.equal(doc.title, '某省数据条例');
		assert.deepEqual(doc.sections.map(s => `${s.marker}|${s.title}`), ['第一章|总则', '第二章|数据资源']);
		assert.deepEqual(doc.sections[1].children.map(s => s.marker), ['第三条', '第四条']);
		assert.deepEqual(doc.sections[1].children[0].children.map(s => s.marker), ['（一）', '（二）']);
		assert.equal(doc.sections[0].children[0].kind, 'article');
	});

	it('finds a forwarded document\'s title glued after the cover letter\'s signature date on one line', () => {
		const text = '某省人民政府办公厅关于转发省发展改革委等部门某某行动纲要（2021—2025年）的通知各市人民政府：省发展改革委等部门《某某行动纲要（2021—2025年）》已经省政府同意，现转发给你们，请认真贯彻执行。某省人民政府办公厅2021年5月11日某某行动纲要（2021—2025年）省发展改革委　省财政厅为推进某某工作，制定本纲要。一、总体思路。坚持创新。二、主要任务。加强建设。';
		const [doc] = parseFile(text).documents;
		const tree = (s: { marker: string; title: string; children: readonly Section[] }): string => `${s.marker || s.title.slice(0, 6)}${s.children.length ? `(${s.children.map(tree).join(',')})` : ''}`;
		assert.deepEqual(doc.sections.map(tree), ['某某行动纲要(一、,二、)']);
	});

	it('reads an attachment whose title starts with a numeral, and a table cell\'s marker whose title wrapped to the next line', () => {
		const text = ['某省人民政府办公厅关于加强考核工作的意见', '一、总体要求', '（一）指导思想。以人民为中心。', '附件：三级医院考核指标', '某省人民政府办公厅', '2019年1月16日',
			'附件', '三级医院考核指标', '一级指标', '一、医疗质量', '（一）', '功能定位', '1.门诊人次数', '（二）', '质量安全', '2.并发症发生率', '（三）', '每所医院应当按季度报送数据，不得迟报。'].join('\n');
		const [doc] = parseFile(text).documents;
		const tree = (s: { marker: string; title: string; children: readonly Section[] }): string => `${s.marker}${s.title}${s.children.length ? `(${s.children.map(tree).join(',')})` : ''}`;
		assert.deepEqual(doc.sections.map(tree), ['一、总体要求(（一）指导思想)', '附件三级医院考核指标(一、医疗质量(（一）功能定位(1.门诊人次数),（二）质量安全(2.并发症发生率)))']);
	});

	it('reads a decision and the regulation it republishes scraped onto one line', () => {
		const text = '国务院关于修改《某某资源条例》的决定\n国务院决定对《某某资源条例》作如下修改：第十一条修改为：“应当依法纳税。”本决定自公布之日起施行。《某某资源条例》根据本决定作相应的修改，重新公布。某某资源条例（1993年10月7日发布　2011年9月30日第三次修订）第一章　总　　则第一条为保障发展，制定本条例。第二条本条例适用于全国。第二章　附　　则第三条本条例自公布之日起施行。';
		const [doc] = parseFile(text).documents;
		const tree = (s: { marker: string; title: string; children: readonly Section[] }): string => `${s.marker || s.title.slice(0, 6)}${s.children.length ? `(${s.children.map(tree).join(',')})` : ''}`;
		assert.deepEqual(doc.sections.map(tree), ['某某资源条例(第一章(第一条,第二条),第二章(第三条))']);
		assert.equal(doc.sections[0].children[0].title, '总则');
	});
});

describe('degenerate input', () => {
	for (const [name, text] of [['empty', ''], ['blank', '   \n\n\u3000\u3000  '], ['one char', '一'], ['markers only', '一、\n(一)\n1.\n'], ['unclosed template', '{{ el.src  阅读: {{']] as const) {
		it(`${name}: parses without throwing, ranges in bounds`, () => {
			const model = parseFile(text);
			for (const s of allSections(model)) { assert.ok(s.offset >= 0 && s.end <= text.length && s.offset <= s.end); }
			for (const d of model.documents) { assert.ok(d.offset >= 0 && d.end <= text.length); }
		});
	}

	it('an empty file has no documents and no remnants', () => {
		assert.deepEqual(parseFile(''), { text: '', documents: [], remnants: [] });
	});
});
