// Outline on layouts of real documents, second round (issue 7): numbering that runs on across
// parents through titles that open with a date, an issued document's title glued to its first
// heading, a cover that issues the document in its next sentence, boxes glued after a sentence.
// Every text here is written small for its case; the gold set (test/gold) measures the documents.
import * as assert from 'node:assert/strict';
import { outlineOf, tree } from './helpers';
import { parseFile } from '../../../src/core/parse';

/** marker (or title, for unnumbered nodes) with the children in brackets. */
const outline = (text: string) => outlineOf(text);

describe('outline on real layouts (2): numbering that runs on across parents', () => {
	it('a clause whose title opens with a month (20.2月底前) continues the run under its new parent', () => {
		const text = '某市招生工作意见\n一、职责分工\n（一）市教育部门职责。\n1.制订全市招生政策。\n2.统筹全市招生计划。\n（二）时间安排。\n'
			+ '3.2月底前，各区完成适龄儿童摸底。\n4.3月底前，市教育部门公布招生办法。\n5.2024年底前，完成招生工作总结。\n6.小学6月底完成报名。\n（三）公办学校招生。\n7.公办学校不得擅自招收学生。\n';
		assert.deepEqual(outline(text), ['一、(（一）(1.,2.),（二）(3.,4.,5.,6.),（三）(7.))']);
		const dated = parseFile(text).documents[0].sections[0].children[1].children[0];
		assert.equal(dated.title, '2月底前，各区完成适龄儿童摸底');
		// A decimal number or an amount at a line start stays what it is.
		const decimal = '某某规划\n1　总则\n1.1　目的\n为规范管理，制定本规划。\n1.2　适用范围\n2.5万元以内的项目由区审批。\n';
		assert.deepEqual(outline(decimal), ['1(1.1,1.2)']);
	});
});

describe('outline on real layouts (2): issued documents', () => {
	it('an issued title spaced out and glued to its first heading (方 案一、…) is the plan node, its headings under it', () => {
		const text = '国务院关于印发某某体制改革方案的通知\n国务院关于印发某某体制改革方案的通知国发〔2002〕5号各省人民政府：国务院同意《某某体制改革方案》，现印发给你们，请认真贯彻执行。国务院二〇〇二年二月十日(本文有删减)某 某 体 制 改 革 方 案一、改革的必要性（一）改革开放以来，某某工业发展迅速。（二）现行体制暴露出一些弊端。二、改革的目标（三）改革的总体目标是打破垄断。（四）改革的主要任务是实施分开。';
		const [doc] = parseFile(text).documents;
		assert.deepEqual(doc.sections.map(s => tree(s)), ['某某体制改革方案(一、(（一）,（二）),二、(（三）,（四）))']);
		assert.equal(doc.sections[0].kind, 'plan');
		assert.equal(text.slice(doc.sections[0].heading.offset, doc.sections[0].heading.offset + 3), '某 某');
		// The cover quoting the title in 《》 right before a 一、 does not open it.
		const quoted = '国务院关于印发某某体制改革方案的通知\n各省人民政府：现将《某某体制改革方案》一、二项要求说明如下。\n一、总体要求\n（一）指导思想。\n（二）基本原则。\n';
		assert.ok(!parseFile(quoted).documents[0].sections.some(s => s.kind === 'plan'));
	});

	it('a cover that issues the document in its next sentence (特制定《X》。经…同意，现予印发) makes X\'s title line a plan node', () => {
		const text = '某市积分制入户管理办法实施细则\n来源：某局　时间：2014-07-21\n各区人民政府：\n'
			+ '为贯彻落实《某市积分制入户管理办法》，特制定《某市积分制入户管理办法实施细则》。经市政府同意，现予印发，请认真组织实施。\n某市某某局\n2014年7月21日\n'
			+ '某市积分制入户管理办法实施细则\n第一条 为落实积分制入户管理，制定本细则。\n第二条 本细则所称学历指国家承认的学历。\n第三条 本细则自发布之日起实施。\n';
		const [doc] = parseFile(text).documents;
		assert.deepEqual(doc.sections.map(s => `${s.kind}|${s.title}|${s.children.map(s => tree(s)).join(',')}`), ['plan|某市积分制入户管理办法实施细则|第一条,第二条,第三条']);
		// Two sentences apart from a verb that only cites it, it is no promulgation.
		const cited = text.replace('经市政府同意，现予印发，请认真组织实施。', '请认真学习。各区要按照要求做好工作。');
		assert.ok(!parseFile(cited).documents[0].sections.some(s => s.kind === 'plan'));
	});
});

describe('outline on real layouts (2): boxes', () => {
	it('a numbered box set off by a blank after its number (。专栏1　…, …个百分点专栏2　…) is a box, glued after a sentence or a table', () => {
		const text = '某某规划\n一、发展基础\n（一）成就。\n到2020年，主要指标全部完成。专栏1　“十三五”主要指标完成情况　指标2015年2020年增减1.2个百分点专栏2　重点城市名单\n（二）问题。\n发展不平衡的问题仍然突出。专栏15“互联网+”工程支持企业上云。\n';
		const sections = parseFile(text).documents[0].sections;
		// (The second box follows the first one's flattened table right after its last cell.)
		assert.deepEqual(sections.map(s => tree(s)), ['一、(（一）(专栏1,专栏2),（二）)']);
		const boxes = sections[0].children[0].children;
		assert.deepEqual(boxes.map(s => s.kind), ['box', 'box']);
		assert.equal(boxes[1].title, '重点城市名单');
	});
});
