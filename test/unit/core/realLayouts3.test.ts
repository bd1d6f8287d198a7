// Outline on layouts of real documents, third round (issue 7): a box's own numbered list after a
// run of tasks, and the documents a notice forwards under a title that names their issuer or
// calls itself an urgent notice. Every text here is written small for its case; the gold set
// (test/gold) measures the documents.
import * as assert from 'node:assert/strict';
import { outlineOf, tree } from './helpers';
import { parseFile } from '../../../src/core/parse';
import { issuedPlanTitles } from '../../../src/core/documents/titles';

/** marker (or title, for unnumbered nodes) with the children in brackets. */
const outline = (text: string) => outlineOf(text);

describe('outline on real layouts (3): boxes', () => {
	it('a box after tasks 1.–2. holds its own 1.–3., and the tasks run on after it, counted apart from the box\'s list', () => {
		const text = '某某行业数字化转型实施方案\n一、重点任务\n（一）培育典型场景\n'
			+ '1.培育典型场景。支持行业协会编制场景清单。\n2.加强解决方案研发。突破一批先进适用解决方案。\n'
			+ '专栏1　解决方案研发推广工程\n1.家用电器行业：个性化定制平台等解决方案。\n2.家具行业：家具数字化设计平台等解决方案。\n3.造纸行业：生产运维管理云平台等解决方案。\n'
			+ '（二）深入开展数字化改造\n3.梯次推进企业改造。支持地方开展评估诊断。\n4.实施设备数字化改造。编制设备更新指南。\n'
			+ '专栏2　数字化改造升级工程\n' + ['家电', '家具', '五金', '造纸', '日化', '皮革'].map((x, i) => `${i + 1}.${x}行业：建设数字化车间和质量追溯系统。\n`).join('')
			+ '（三）推动产业集群转型\n5.夯实集群数字化基础。建设完善网络设施。\n';
		// (Task 5. comes after the box's 6.: the box's list is counted apart from the tasks.)
		assert.deepEqual(outline(text), ['一、(（一）(1.,2.(专栏1(1.,2.,3.))),（二）(3.,4.(专栏2(1.,2.,3.,4.,5.,6.))),（三）(5.))']);
		const box = parseFile(text).documents[0].sections[0].children[0].children[1].children[0];
		assert.equal(box.kind, 'box');
	});

	it('after a box\'s list, the next task continues the run under the same parent (5. after 专栏 under 4.)', () => {
		const text = '某某实施方案\n一、重点任务\n（一）深入开展改造\n'
			+ '3.梯次推进企业改造。支持地方开展评估诊断。\n4.实施设备数字化改造。编制设备更新指南。\n'
			+ '专栏2　数字化改造升级工程\n1.家电行业：建设消费数据驱动的研发模式。\n2.家具行业：建设板材数据库。\n'
			+ '5.夯实集群数字化基础。建设完善网络设施。\n6.培育创建数字园区。支持先进制造业集群。\n';
		assert.deepEqual(outline(text), ['一、(（一）(3.,4.(专栏2(1.,2.)),5.,6.))']);
	});
});

describe('outline on real layouts (3): numbering that runs on into a new parent', () => {
	it('articles run on into the chapter opened after them (第一章 lost, 第二章 glued after a sentence, then 第四条)', () => {
		const text = '某某管理条例\n第一条　为了加强管理，制定本条例。\n第二条　本条例适用于本市行政区域。\n第三条　市人民政府负责监督。\n'
			+ '接到举报的部门应当依法处理。第二章　监督管理　　第四条　市人民政府应当加强监督检查。\n第五条　有关部门应当予以配合。\n'
			+ '第三章　法律责任\n第六条　违反本条例规定的，依法处理。\n';
		assert.deepEqual(outline(text), ['第一条', '第二条', '第三条', '第二章(第四条,第五条)', '第三章(第六条)']);
	});
});

describe('outline on real layouts (3): the order the document gives its families', () => {
	it('a document that opens with 1. and nests （一） under it keeps that order (GB/T order is only the default)', () => {
		const text = '关于加快某某发展的意见\n为加快某某发展，现提出以下意见。\n1.总体要求\n（一）指导思想。坚持以人民为中心。\n（二）基本原则。坚持问题导向。\n'
			+ '2.重点任务\n（一）加强组织领导。各地要高度重视。\n（二）强化督促检查。各地要加强检查。\n3.保障措施\n（一）加强资金保障。市财政安排资金。\n';
		assert.deepEqual(outline(text), ['1.(（一）,（二）)', '2.(（一）,（二）)', '3.(（一）)']);
		// GB/T order where the document used the outer family first: （一） under 二、 after 1. under 一、.
		const usual = '关于加快某某发展的意见\n一、总体要求\n1.指导思想。坚持以人民为中心。\n2.基本原则。坚持问题导向。\n二、重点任务\n（一）加强组织领导。各地要高度重视。\n1.建立机制。建立联席会议。\n（二）强化督促检查。各地要加强检查。\n';
		assert.deepEqual(outline(usual), ['一、(1.,2.)', '二、(（一）(1.),（二）)']);
	});
});

describe('outline on real layouts (3): decimal numbering on one line', () => {
	it('decimal headings a scrape set off by blanks only (…本预案。 1.2　等级划分 …) nest by their numbers', () => {
		const text = '某某应急预案\n　1　总则 1.1　编制目的 为了有效应对突发事件，制定本预案。 1.2　等级划分 应急状态分为两级。 1.2.1　一级：两个以上地区出现应急状态。 1.2.2　二级：一个地区出现应急状态。 '
			+ '2　组织机构 2.1　指挥部 指挥部负责统一领导。 2.2　办公室 办公室负责日常工作。 增长2.1 个百分点。\n';
		assert.deepEqual(outline(text), ['1(1.1,1.2(1.2.1,1.2.2))', '2(2.1,2.2)']);
		// The number of a box set off from its 专栏 by a blank stays the box's.
		const box = '某某行动计划\n一、重点任务\n（一）突破关键技术\n加快关键技术研发。\n专栏 1 关键智能技术\n智能系统总体设计：开展系统架构设计研究。\n';
		assert.deepEqual(outline(box), ['一、(（一）(专栏 1))']);
	});
});

describe('outline on real layouts (3): forwarded documents', () => {
	it('a notice that 批转s an opinion as an urgent notice (…意见的紧急通知) names the opinion it forwards', () => {
		assert.deepEqual(issuedPlanTitles('国务院批转发展改革委关于坚决制止某某项目无序建设意见的紧急通知'), ['关于坚决制止某某项目无序建设意见']);
		assert.deepEqual(issuedPlanTitles('国务院办公厅关于印发某某工作方案的补充通知'), ['某某工作方案']);
		// A notice that forwards nothing still names nothing.
		assert.deepEqual(issuedPlanTitles('国务院关于进一步做好某某工作的紧急通知'), []);
	});

	it('the forwarded opinion\'s title after the signature on one line (…日关于X的意见(发展改革委…)一、…) is the plan node', () => {
		const text = '国务院批转发展改革委关于坚决制止某某项目无序建设意见的紧急通知\n'
			+ '国务院批转发展改革委关于坚决制止某某项目无序建设意见的紧急通知国发〔2004〕32号各省、自治区、直辖市人民政府：发展改革委《关于坚决制止某某项目无序建设的意见》已经国务院同意，现转发给你们，请认真贯彻执行。'
			+ '国务院二○○四年十一月二十四日关于坚决制止某某项目无序建设的意见(发展改革委　二○○四年十一月)近几年，某某需求快速增长。'
			+ '一、统一思想认识。各地区要充分认识无序建设的危害。二、认真清理违规项目。各地要全面清理。三、加强监督检查。有关部门要加强检查。';
		const [doc] = parseFile(text).documents;
		assert.deepEqual(doc.sections.map(s => tree(s)), ['关于坚决制止某某项目无序(一、,二、,三、)']);
		assert.equal(doc.sections[0].kind, 'plan');
	});

	it('a forwarded document\'s own title line that names its issuer (发展改革委关于X的意见) is the plan node, on its line or glued', () => {
		const cover = '国务院办公厅转发发展改革委关于加快推进某某工作意见的通知\n各省、自治区、直辖市人民政府：\n'
			+ '发展改革委《关于加快推进某某工作的意见》已经国务院同意，现转发给你们，请认真贯彻执行。\n国务院办公厅\n2020年1月1日\n';
		const body = '为加快推进某某工作，现提出以下意见。\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n（二）基本原则。坚持问题导向。\n二、重点任务\n（一）加强组织领导。各地要高度重视。\n';
		const own = parseFile(`${cover}发展改革委关于加快推进某某工作的意见\n${body}`).documents[0].sections;
		assert.deepEqual(own.map(s => `${s.kind}|${s.title}`), ['plan|发展改革委关于加快推进某某工作的意见']);
		assert.deepEqual(own[0].children.map(s => tree(s)), ['一、(（一）,（二）)', '二、(（一）)']);
		// One line: the title right after the cover's signature date.
		const line = `${cover}发展改革委关于加快推进某某工作的意见${body}`.replace(/\n/g, '').replace('2020年1月1日', '二〇二〇年一月一日');
		const glued = parseFile(`国务院办公厅转发发展改革委关于加快推进某某工作意见的通知\n${line}`).documents[0].sections;
		assert.deepEqual(glued.map(s => `${s.kind}|${s.children.length}`), ['plan|2']);
		// A sentence of the cover that forwards it (现将发展改革委关于X的意见转发给你们) is not its title.
		const sentence = parseFile(`${cover.replace(/发展改革委《.*?》已经国务院同意，现转发给你们/u, '现将发展改革委关于加快推进某某工作的意见转发给你们')}${body}`).documents[0].sections;
		assert.ok(!sentence.some(s => s.kind === 'plan'));
	});
});

describe('outline on real layouts (3): several documents named in the cover', () => {
	it('a cover that forwards 《A》、《B》 (its title naming them only together) makes each title line a plan node', () => {
		const text = '某某市人民政府办公厅关于转发市发展改革委等部门拟定的某某居住证管理办法配套实施细则的通知\n各区人民政府，各委、局：\n'
			+ '市发展改革委牵头组织市公安局、市教委分别拟定的《某某市居住证办理实施细则》、《某某市居住证积分管理实施细则》，已经市人民政府同意，现转发给你们，请照此执行。\n2016年3月23日\n'
			+ '某某市居住证办理实施细则\n市公安局\n第一章　总则\n第一条　为做好居住证办理工作，制定本细则。\n第二章　居住登记\n第二条　来本市居住的人员应当登记。\n'
			+ '某某市居住证积分管理实施细则\n市教委\n第一章　总则\n第一条　为做好积分管理工作，制定本细则。\n第二章　积分流程\n第二条　积分按年度办理。\n';
		assert.deepEqual(parseFile(text).documents[0].sections.map(s => `${s.kind}|${s.title}|${s.children.map(s => tree(s)).join(',')}`), [
			'plan|某某市居住证办理实施细则|第一章(第一条),第二章(第二条)',
			'plan|某某市居住证积分管理实施细则|第一章(第一条),第二章(第二条)',
		]);
	});
});

describe('outline on real layouts (3): an order without a title line', () => {
	it('a page that opens with the order (《X》已经…通过，现予公布) takes X\'s own title line after it, spaced and wrapped, as title and plan node', () => {
		const text = '中华人民共和国国务院令第　475　号　　《某某海域环境管理条例》已经2006年8月30日国务院第148次常务会议通过，现予公布，自2006年11月1日起施行。\n\n'
			+ '　　　　总　理　温家宝\n\n　　　　二○○六年九月十九日\u00a0某某海域\n\n环 境 管 理 条 例第一章　总　　则　　第一条　为了保护海域环境，制定本条例。\n\n'
			+ '　　第二条　本条例适用于某某海域。\n\n　　第二章　监督管理　　第三条　海洋主管部门负责监督管理。\n';
		const [doc] = parseFile(text).documents;
		assert.equal(doc.title, '某某海域环境管理条例');
		assert.deepEqual(doc.sections.map(s => `${s.kind}|${s.title}|${s.children.map(s => tree(s)).join(',')}`), ['plan|某某海域环境管理条例|第一章(第一条,第二条),第二章(第三条)']);
		// The name quoted in the order is not its title line: without the line written out, no title.
		const quotedOnly = text.replace('某某海域\n\n环 境 管 理 条 例', '');
		assert.equal(parseFile(quotedOnly).documents[0].title, '');
	});
});
