// Outline on layouts of real documents, fourth round (issue 7): lettered entries (a)(b) of a
// framework numbered 1. / 1.1 / 1.1.1, boxes named 任务专栏N, the title line of a regulation that a
// page and its 公告 name first, an attachment listed under a short title, a lost 一、 before 1.,
// and （4）5G… . Every text here is written small for its case; the gold set (test/gold) measures
// the documents.
import * as assert from 'node:assert/strict';
import { outlineOf, tree } from './helpers';
import { parseFile } from '../../../src/core/parse';
import { Analysis } from '../../../src/core/analysis';

/** marker (or title, for unnumbered nodes) with the children in brackets. */
const outline = (text: string) => outlineOf(text);

/** A framework in the style of an international standard: 1. / 1.1 / 1.1.1, then (a) (b) (c). */
const FRAMEWORK = '某某技术在发展中带来风险，为推动安全治理，制定本框架。\n'
	+ '1.治理原则\n坚持发展和安全并重，鼓励创新。\n1.1 包容审慎。鼓励发展创新。\n1.2 风险导向。密切跟踪发展趋势。\n'
	+ '2.风险分类\n某某系统在各阶段面临多种风险。\n2.1 内生风险\n2.1.1 算法风险\n'
	+ '(a)可解释性差的风险。算法内部运行逻辑复杂。\n(b)偏见风险。训练过程中可能引入偏见。\n(c)鲁棒性弱风险。模型在干扰下容易出错。\n'
	+ '2.1.2 数据风险\n(a)违规收集风险。数据获取中存在违规行为。\n(b)数据泄露风险。数据处理不当导致泄露。\n'
	+ '2.2 应用风险\n2.2.1 网络风险\n(a)内容安全风险。生成内容易引发虚假信息。\n(b)网络攻击风险。可被用于实施自动化攻击。\n'
	+ '3.技术措施\n针对上述风险，研发者应采取以下措施。\n3.1 针对内生风险\n3.1.1 算法风险应对\n(a)不断提高可解释性。\n(b)建立安全开发规范。\n'
	+ '3.1.2 数据风险应对\n(a)加强数据安全管理。\n(b)加强知识产权保护。\n(c)对训练数据进行严格筛选。\n';

describe('outline on real layouts (4): lettered entries', () => {
	it('(a) (b) (c) under decimal headings are a family of their own, restarting under each heading; not a letter in a sentence', () => {
		assert.deepEqual(outline(FRAMEWORK), [
			'1.(1.1,1.2)',
			'2.(2.1(2.1.1((a),(b),(c)),2.1.2((a),(b))),2.2(2.2.1((a),(b))))',
			'3.(3.1(3.1.1((a),(b)),3.1.2((a),(b),(c))))',
		]);
		// (Not a letter inside a sentence, nor one before a number.)
		const text = '某某办法\n一、总体要求\n（一）基本原则。按照附录(a)的要求执行。\n(a)2020年数据\n（二）工作目标。提高质量。\n';
		assert.deepEqual(outline(text), ['一、(（一）,（二）)']);
	});

	it('a framework numbered 1. / 1.1 / 1.1.1 with policy wording is recognized as a policy document', () => {
		const text = FRAMEWORK + '4.综合治理\n4.1 实施分类分级管理。推进安全评估，加强监管。\n4.2 建立追溯管理制度。完善标准规范。\n4.3 强化供应链安全保障。推动共享成果。\n';
		assert.equal(new Analysis(text).detection.isNotice, true);
	});
});

describe('outline on real layouts (4): boxes named by a word before 专栏', () => {
	it('任务专栏N　… is a box under the task it follows, its title whole', () => {
		const text = '某某行动计划\n一、重点任务\n（一）整合基础平台\n推进云平台建设，实现资源共享。\n任务专栏1　监管云建设\n加快机房基础设施改造，建设监管云。\n'
			+ '（二）畅通网络互联\n推进电子政务外网建设。\n任务专栏2　电子政务网络建设\n推进内外网整合。\n';
		assert.deepEqual(outline(text), ['一、(（一）(任务专栏1),（二）(任务专栏2))']);
		const box = parseFile(text).documents[0].sections[0].children[0].children[0];
		assert.equal(box.kind, 'box');
		assert.equal(box.title, '监管云建设');
		// (A sentence that names boxes is no box.)
		const named = '某某行动计划\n一、重点任务\n（一）整合基础平台\n详见专栏1、专栏2。\n（二）畅通网络互联\n推进电子政务外网建设。\n';
		assert.deepEqual(outline(named), ['一、(（一）,（二）)']);
	});
});

describe('outline on real layouts (4): the issued document\'s own title line', () => {
	it('a regulation named by the page and the 公告 first: its plan node is the title line right before 第一章', () => {
		const text = '某某市住房条例\n发布时间：2015年10月20日\n某某市住房条例\n2010-09-28\n某某市人民代表大会常务委员会公告第四号\n'
			+ '《某某市住房条例》经某某市人民代表大会常务委员会第三十五次会议于2010年1月19日通过，现予公布，自2010年7月1日起施行。\n2010年6月8日\n'
			+ '某某市住房条例\n第一章 总 则\n第一条 为了完善住房保障制度，制定本条例。\n第二条 住房保障遵循政府主导的原则。\n第二章 规划\n第三条 市政府应当编制规划。\n';
		const sections = parseFile(text).documents[0].sections;
		const plans = sections.filter(s => s.kind === 'plan');
		assert.equal(plans.length, 1);
		assert.equal(plans[0].offset, text.lastIndexOf('某某市住房条例\n第一章'));
		assert.deepEqual(plans[0].children.map(s => tree(s)), ['第一章(第一条,第二条)', '第二章(第三条)']);
	});
});

describe('outline on real layouts (4): attachments', () => {
	it('附件:X at the end of the body lists the attachment that 附件 / X opens later, also under a short title', () => {
		const text = '某某实施方案\n一、总体要求\n（一）指导思想。坚持创新驱动。\n二、组织实施\n（一）加强领导。各地要高度重视。\n附件:典型场景\n附件\n典型场景\n'
			+ '一、研发设计\n1.典型场景:数字化设计\n痛点:设计协同能力不足。\n二、生产制造\n2.典型场景:智能化制造\n痛点:生产效率较低。\n';
		const sections = parseFile(text).documents[0].sections;
		const annexes = sections.filter(s => s.kind === 'annex');
		assert.equal(annexes.length, 1);
		assert.equal(annexes[0].offset, text.indexOf('附件\n典型场景'));
	});
});

describe('outline on real layouts (4): attachments numbered with a dot', () => {
	it('附件1.X　2.Y on one line lists the attachments; 附件1.X later opens the first, its title after the dot', () => {
		const text = '国务院关于某某口岸区范围的批复\n一、口岸区范围包括查验区。\n二、土地使用权以租赁方式取得。\n'
			+ '附件1.查验区界址点坐标　　2.桥面界址点坐标 国务院　　二〇〇六年十二月三十日\n'
			+ '附件1.　查验区界址点坐标\n坐标编号见下表。\n附件2：　桥面界址点坐标\n注：坐标系统为独立坐标系统。\n';
		const annexes = parseFile(text).documents[0].sections.filter(s => s.kind === 'annex');
		assert.deepEqual(annexes.map(a => [a.offset, a.title]), [[text.indexOf('附件1.　'), '查验区界址点坐标'], [text.indexOf('附件2：'), '桥面界址点坐标']]);
	});
});

describe('outline on real layouts (4): a run whose first marker was lost', () => {
	it('a short title line before 1., where the next 一、-family heading is 二、, is the lost 一、', () => {
		const text = '某某实施方案\n附件\n典型场景\n研发设计\n1.典型场景:数字化设计\n痛点:设计协同能力不足。\n2.典型场景:仿真平台\n痛点:设计方法不准。\n'
			+ '二、生产制造\n3.典型场景:智能化制造\n痛点:生产效率较低。\n三、质量管理\n4.典型场景:质量管控\n痛点:检测手段不足。\n';
		const annex = parseFile(text).documents[0].sections.find(s => s.kind === 'annex')!;
		assert.deepEqual(annex.children.map(s => tree(s)), ['研发设计(1.,2.)', '二、(3.)', '三、(4.)']);
		// (Not where the document numbers 一、 from 一、 on: the short line is body text.)
		const numbered = '某某实施方案\n一、总体要求\n工作目标\n1.到2025年，建成一批示范项目。\n2.到2027年，全面推广应用。\n二、重点任务\n3.加强组织领导。各地要高度重视。\n';
		assert.deepEqual(outline(numbered), ['一、(1.,2.)', '二、(3.)']);
	});
});

describe('outline on real layouts (4): numbers that are part of a title', () => {
	it('（4）5G应用标准 continues （1）–（3）: a number glued to letters is part of a name', () => {
		const text = '某某标准体系建设指南\n一、建设内容\n（一）新技术应用标准\n（1）人工智能应用标准\n主要包括人工智能应用的通用要求。\n（2）边缘计算应用标准\n主要包括边缘计算的架构标准。\n'
			+ '（3）数字孪生应用标准\n主要包括数字孪生的模型标准。\n（4）5G应用标准\n主要包括5G网络安全标准。\n（二）船厂应用标准\n主要包括材料堆场标准。\n';
		assert.deepEqual(outline(text), ['一、(（一）(（1）,（2）,（3）,（4）),（二）)']);
	});
});

describe('outline on real layouts (4): notes after a table', () => {
	it('注：1.…。2.… glued after a table numbered 1.–n. is the attachment\'s own list of notes', () => {
		const text = '某某考核方案\n一、总体要求\n（一）基本原则。坚持公益性。\n附件\n某某考核指标\n一、医疗质量\n（一）功能定位\n1.出院患者手术占比\n2.微创手术占比\n'
			+ '二、运营效率\n（二）收支结构\n3.医疗收入占比\n4.人员支出占比 注： 1.考核应采用上述全部指标。 2.标记的指标为监测指标。 3.手术包括日间手术。\n';
		const annex = parseFile(text).documents[0].sections.find(s => s.kind === 'annex')!;
		assert.deepEqual(annex.children.map(s => tree(s)), ['一、(（一）(1.,2.))', '二、(（二）(3.,4.))', '1.', '2.', '3.']);
	});
});
