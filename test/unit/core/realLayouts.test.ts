// Outline and titles on layouts of real documents (issue 7): promulgation covers, flattened
// tables, headings glued after a short title, attachment lists, news headlines. Every text here
// is written small for its case; the gold set (test/gold) measures the documents themselves.
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import { allSections, outlineOf, tree } from './helpers';

/** marker (or title, for unnumbered nodes) with the children in brackets. */
const outline = (text: string) => outlineOf(text);
const titleOf = (text: string) => parseFile(text).documents[0].title;

describe('outline on real layouts: issued documents', () => {
	it('a regulation promulgated by an order before its text is a plan node, its chapters under it', () => {
		const body = '某市行政事务管理办法\n第一章　总　则\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。\n第二章　附　则\n第三条　本办法自公布之日起施行。\n';
		const cover = '《某市行政事务管理办法》已经2020年3月1日市人民政府常务会议通过，现予公布，自2020年5月1日起施行。\n市长　张三\n2020年3月10日\n';
		assert.deepEqual(outline('某市行政事务管理办法\n' + cover + body), ['某市行政事务管理办法(第一章(第一条,第二条),第二章(第三条))']);
		const plan = parseFile('某市行政事务管理办法\n' + cover + body).documents[0].sections[0];
		assert.equal(plan.kind, 'plan');
		// Without the promulgation the repeated title line is not an issued document.
		assert.deepEqual(outline('某市行政事务管理办法\n' + body), ['第一章(第一条,第二条)', '第二章(第三条)']);
	});

	it('an order whose cover stands above the title line: the title line opens the promulgated document', () => {
		const cover = '某省人民政府令\n（第20号）\n《某省流动人口服务管理规定》已经2011年12月28日省政府常务会议通过，现予公布，自2012年3月1日起施行。\n省长　张三\n2011年12月31日\n';
		const body = '某省流动人口服务管理规定\n第一章　总则\n第一条　为了规范服务管理，制定本规定。\n第二章　附则\n第二条　本规定自2012年3月1日起施行。\n';
		const [doc] = parseFile(cover + body).documents;
		assert.equal(doc.title, '某省流动人口服务管理规定');
		assert.deepEqual(doc.sections.map(s => `${s.kind}|${tree(s)}`), ['plan|某省流动人口服务管理规定(第一章(第一条),第二章(第二条))']);
		// A notice that lost its title line issues it the same way (现将《X》印发给你们), and a （试行） may wrap
		// (to the title's line below it: the plan's title is whole).
		const notice = '某市人民政府文件\n各镇人民政府：\n现将《某市积分制管理规定（试行）》印发给你们，请贯彻执行。\n某市人民政府\n2014年10月23日\n某市积分制管理规定\n（试行）\n第一条　为加强服务管理，制定本规定。\n第二条　本规定自印发之日起施行。\n';
		assert.deepEqual(outline(notice), ['某市积分制管理规定（试行(第一条,第二条)']);
		assert.equal(parseFile(notice).documents[0].sections[0].title, '某市积分制管理规定（试行）');
	});

	it('an order scraped onto one line: the decision after the signature date, then the regulation it republishes', () => {
		const text = '国务院关于修改《某某资源条例》的决定\n国务院令第　9　号《国务院关于修改〈某某资源条例〉的决定》已经2011年9月21日国务院常务会议通过，现予公布，自2011年11月1日起施行。总　理　 某某二○一一年九月三十日国务院关于修改《某某资源条例》的决定国务院决定对《某某资源条例》作如下修改：第十一条修改为：“应当依法纳税。”本决定自2011年11月1日起施行。《某某资源条例》根据本决定作相应的修改，重新公布。某某资源条例（1993年10月7日发布）第一章　总　　则第一条为保障发展，制定本条例。第二条本条例适用于全国。第二章　附　　则第三条本条例自公布之日起施行。';
		const sections = parseFile(text).documents[0].sections;
		assert.deepEqual(sections.map(s => `${s.kind}|${s.title.slice(0, 12)}|${s.children.length}`), ['plan|国务院关于修改《某某资源|0', 'plan|某某资源条例（1993年|2']);
		assert.equal(text.slice(sections[0].heading.offset, sections[0].heading.offset + 7), '国务院关于修改');
	});
});

describe('outline on real layouts: flattened tables', () => {
	// Bodies of different lengths (rows of one length would read as a hard-wrapped text).
	const row = (n: number, title: string) => `${n}${title}　　甲地开展${title}试点，${'办理时间缩短，'.repeat(n)}受到企业欢迎。`;
	const table = '附件\n\n部分地方典型做法（共计6项）\n\n序号改革举措主要内容一、改革审批制度' + row(1, '企业承诺制改革') + row(2, '区域评估改革') + row(3, '“标准地”改革')
		+ '二、便利企业经营' + row(4, '“一照多址”改革') + row(5, '涉税业务通办') + row(6, '获得电力便利化') + '\n';
	const cover = '某某办公厅关于部分地方典型做法的通报\n各省人民政府：\n一、典型做法\n各地积极探索，形成了一批典型做法。\n二、工作要求\n各地要认真学习借鉴。\n附件：部分地方典型做法\n某某办公厅\n2018年7月24日\n';

	it('titles numbered without a separator are a family when five or more run 1, 2, 3 …, each heading a body', () => {
		const sections = parseFile(cover + table).documents[0].sections;
		assert.deepEqual(sections.map(s => s.kind), ['section', 'section', 'annex']);
		const annex = sections[2];
		assert.deepEqual(annex.children.map(s => tree(s)), ['一、(1,2,3)', '二、(4,5,6)']);
		assert.deepEqual(annex.children[0].children.map(s => s.title), ['企业承诺制改革', '区域评估改革', '“标准地”改革']);
	});

	it('a short run, or numbers in running text, are not headings', () => {
		const short = '附件\n\n典型做法\n\n一、改革审批制度' + row(1, '企业承诺制改革') + row(2, '区域评估改革') + row(3, '联合验收改革') + '\n';
		assert.deepEqual(parseFile(cover + short).documents[0].sections[2].children.map(s => tree(s)), ['一、']);
		assert.deepEqual(allSections(parseFile('某市关于加强管理的通知\n一、总体要求\n全市共有12家企业　　完成改造，其中3家企业获得奖励。\n')).map(s => s.marker), ['一、']);
	});

	it('a run that starts among one-cell lines is the table\'s own numbering', () => {
		const text = '某市关于做好招生工作的通知\n一、报名条件\n考生须符合下列条件。\n附件\n材料清单\n审核条件\n证明材料\n考生父母之一在本市租赁住房\n同时提供\n1.近3年房屋租赁协议\n与房东签订\n2.房屋租赁登记证明\n房屋管理部门出具\n';
		assert.deepEqual(outline(text), ['一、', '附件']);
	});
});

describe('outline on real layouts: glued headings', () => {
	it('a lower heading glued right after a heading\'s short title starts its own block', () => {
		const text = '某市关于加强用电安全管理的通知\n一、运行管理要求\n(一)规范协议管理供电企业要加强协议管理。(二)加强设施维护管理1.线路产权维护所有用户要主动维护线路。2.配电设施管理(1)标准配电室要符合规程。(2)简易配电室要求进出线明晰。(三)明确监管要求1.依据协议定期检查。2.加强保护装置管理。\n';
		assert.deepEqual(outline(text), ['一、((一),(二)(1.,2.((1),(2))),(三)(1.,2.))']);
	});

	it('an inline list after a colon or a semicolon stays in its sentence', () => {
		const text = '某市关于开展医院评价的通知\n一、评价内容\n评价内容包括但不限于：（1）配置维修人员；（2）制定维护计划；（3）开展日常保养。\n二、工作要求\n各医院要认真组织。\n';
		assert.deepEqual(outline(text), ['一、', '二、']);
	});

	it('a 专栏 glued after a sentence is a box; the next heading glued to its table\'s last cell continues the run', () => {
		const text = '某某找矿行动纲要\n一、主要任务\n（一）基础调查。\n1.基础地质调查。开展调查。\n2.矿产远景调查。开展调查。专栏：重点成矿区带及远景区序号成矿区带远景区1阿尔泰成矿带（新疆）蒙库（铁铜）、阿舍勒（铜锌）等3.地质科技攻关。加强基础研究。\n（二）重要矿产勘查。\n';
		assert.deepEqual(outline(text), ['一、(（一）(1.,2.(专栏),3.),（二）)']);
	});

	it('a numbered 专栏 glued after a sentence ends at the blanks that end its title', () => {
		const text = '某省环境保护规划\n一、重点工程\n要定期开展绩效评价，提高投资效益。专栏2：重点工程　　主要污染物减排工程。包括污水处理设施。\n二、保障措施\n';
		const box = allSections(parseFile(text)).find(s => s.kind === 'box');
		assert.equal(box?.title, '重点工程');
	});
});

describe('outline on real layouts: tables of contents', () => {
	it('目　　录 split by its full-width spaces, its entries glued on one line, commas in their titles: skipped', () => {
		const text = '某某生态环境保护规划\n目　　录\n　　第一章　保护形势　第一节　取得积极进展　第二节　面临机遇与挑战第二章　强化源头防控，夯实发展基础　第一节　强化空间管控\n第一章　保护形势\n第一节　取得积极进展\n生态环境保护取得积极进展。\n第二节　面临机遇与挑战\n生态环境保护面临机遇。\n第二章　强化源头防控，夯实发展基础\n第一节　强化空间管控\n加强管控。\n';
		assert.deepEqual(outline(text), ['第一章(第一节,第二节)', '第二章(第一节)']);
	});
});

describe('outline on real layouts: numbering restarts', () => {
	it('a run restarting under a new parent whose first item lost its marker starts at its second', () => {
		const text = '某省优化营商环境条例\n第一条　县级以上人民政府应当履行下列职责：\n（一）制定政策措施；\n（二）研究重点难点；\n（三）分析发展形势；\n（四）督促检查落实。\n第二条　各级人民政府应当采取下列措施推进惠企政策集成服务：\n依托服务平台梳理各项惠企政策；\n（二）多渠道开展政策宣传；\n（三）主动精准推送政策信息。\n第三条　本条例自公布之日起施行。\n';
		assert.deepEqual(outline(text), ['第一条(（一）,（二）,（三）,（四）)', '第二条(（二）,（三）)', '第三条']);
	});
});

describe('outline on real layouts: unnumbered subheadings', () => {
	const para = (topic: string) => `${topic}的有关情况如下，市有关部门已经作出安排，请广大市民及时关注并做好准备工作。`;

	it('an article without numbered headings: short lines between paragraphs of prose open its parts', () => {
		const text = ['某市中考政策解读', para('方案出台'), '2014-2016年随迁子女参加中考的报名条件和报考范围', para('报名条件'), para('报考范围'), '《方案》研究起草和征求意见情况', para('征求意见'), '我市将进一步加强公办中小学学位建设', para('学位建设')].join('\n');
		const sections = parseFile(text).documents[0].sections;
		assert.deepEqual(sections.map(s => `${s.kind}|${s.title}`), ['part|2014-2016年随迁子女参加中考的报名条件和报考范围', 'part|《方案》研究起草和征求意见情况', 'part|我市将进一步加强公办中小学学位建设']);
		// Each part runs to the next one.
		assert.equal(sections[0].end, text.indexOf('\n《方案》'));
	});

	it('two such lines, or a document with numbered headings, open no parts', () => {
		assert.deepEqual(outline(['某市中考政策解读', para('方案出台'), '报名条件和报考范围', para('报名条件'), '征求意见情况', para('征求意见')].join('\n')), []);
		assert.deepEqual(outline(['某市关于做好中考工作的通知', para('方案出台'), '一、报名条件', para('报名条件'), '报考范围的有关规定', para('报考范围'), '征求意见情况', para('征求意见'), '学位建设情况', para('学位建设')].join('\n')), ['一、']);
	});
});

describe('outline on real layouts: markers split from their text', () => {
	it('an article whose text a scrape\'s blanks put after it on the same line is one article', () => {
		const text = '某委行政应诉办法\n第一条　为规范应诉工作，制定本办法。\n第二条 \u00a0\u00a0 委托代理人应当及时报告结果。\n第三条　本办法自印发之日起施行。\n';
		assert.deepEqual(outline(text), ['第一条', '第二条', '第三条']);
	});

	it('附件 alone before blanks and its title on the same line is an attachment', () => {
		const text = '某某办公厅关于典型经验做法给予表扬的通报\n各省人民政府：\n现予以通报表扬。\n附件：典型经验做法（共3项）\n某某办公厅\n2018年11月19日\n（此件公开发布）   附件   典型经验做法（共3项）   1.甲市推进改革。 2.乙市推进建设。 3.丙市推进开放。\n';
		const annex = parseFile(text).documents[0].sections.find(s => s.kind === 'annex');
		assert.equal(annex?.title, '典型经验做法（共3项）');
	});
});

describe('outline on real layouts: attachment lists', () => {
	it('附件：X names an attachment that comes later, or none at all: it heads nothing', () => {
		const cover = '某市关于印发招生方案的通知\n一、工作目标\n做好招生工作。\n';
		const listThenAnnex = '附件：来穗人员子女报考资格审核\n及材料清单\n附件\n来穗人员子女报考资格审核及材料清单\n考生须提供下列材料。\n';
		assert.deepEqual(outline(cover + listThenAnnex), ['一、', '附件']);
		assert.equal(parseFile(cover + listThenAnnex).documents[0].sections[1].title, '来穗人员子女报考资格审核及材料清单');
		assert.deepEqual(outline(cover + '二、组织保障\n各部门要加强领导。附件:第一批拟改造场部清单'), ['一、', '二、']);
	});
});

describe('titles on real layouts', () => {
	it('a news headline that 印发s a document: the document\'s own name', () => {
		assert.equal(titleOf('中办、国办印发《关于推行某某清单制度的指导意见》\n新华社北京3月24日电 近日，中共中央办公厅印发了《关于推行某某清单制度的指导意见》。\n推行某某清单制度，是重要改革任务。\n'), '关于推行某某清单制度的指导意见');
	});

	it('a label line above the document\'s own title line, which repeats its end', () => {
		assert.equal(titleOf('2020年国务院政府工作报告\n政府工作报告\n——2020年5月22日在第十三届全国人民代表大会第三次会议上\n各位代表：\n'), '政府工作报告');
		// A title wrapped over two lines below is not its end repeated.
		assert.equal(titleOf('国办发〔2015〕38号国务院办公厅关于某某改革试点的指导意见\n国务院办公厅关于某某\n改革试点的指导意见\n各省人民政府：\n'), '国务院办公厅关于某某改革试点的指导意见');
	});

	it('a web page: the title after the breadcrumb, below menus; chrome lines are never the title', () => {
		const menus = ['首页', '信息公开', '政策法规', '规划计划', '统计数据', '办事服务', '在线申报', '下载中心', '互动交流', '领导信箱', '咨询投诉', '在线访谈'];
		const page = ['设为首页', ...menus, '12项重大民生工程进展情况', '部分商品和服务价格放开情况', '工程建设领域项目信息公开目录', '业务常见问题汇编', '深圳发改委官方微博', '网站无障碍浏览', '当前位置：首页 > 政策法规', '某某特区政府投资项目管理条例', '第一条　为了规范管理，制定本条例。'];
		assert.equal(titleOf(page.join('\n')), '某某特区政府投资项目管理条例');
		assert.equal(titleOf('浏览字体：【 大 中 小 】\n打印页面\n第一条　为了规范管理，制定本办法。\n'), '');
	});

	it('a title line without the cover\'s signature above it, a bullet, a markdown mark or a label', () => {
		assert.equal(titleOf('某市人民政府办公室文件\n各镇政府：\n《某市积分制管理实施细则》已经市政府同意，现印发给你们。\n某市人民政府办公室　　2014年10月23日\n某市积分制管理实施细则\n第一条　为推进管理，制定本细则。\n'), '某市积分制管理实施细则');
		assert.equal(titleOf('■ 某市教育局关于印发招生工作意见的通知\n各学校：\n'), '某市教育局关于印发招生工作意见的通知');
		assert.equal(titleOf('# 某市政府信息公开规定\n第一条　为了保障权利，制定本规定。\n'), '某市政府信息公开规定');
		assert.equal(titleOf('**某市关于加强人口管理工作的若干意见的通知**\n各区人民政府：\n'), '某市关于加强人口管理工作的若干意见的通知');
		assert.equal(titleOf('信息名称： 关于适龄儿童入学主要途径的公告\n各位家长：\n'), '关于适龄儿童入学主要途径的公告');
	});

	it('a title wrapped over lines, its end glued to the 文号 and the salutation', () => {
		assert.equal(titleOf('国务院关于印发国家环境保护\r\n\r\n“十一五”规划的通知国发〔2007〕37号各省、自治区、直辖市人民政府：\r\n　　国务院同意《国家环境保护“十一五”规划》，现印发给你们。\r\n'), '国务院关于印发国家环境保护“十一五”规划的通知');
	});

	it('a speaker line, a heading or a sentence cut by a hard wrap is never the title', () => {
		assert.equal(titleOf('2022年10月28日在第十三届全国人民代表大会常务委员会第三十七次会议上\n国家发展和改革委员会主任 何立峰\n全国人民代表大会常务委员会：\n'), '');
		assert.equal(titleOf('为贯彻落实会议精神，经省政府同意，现就开展试点工作提出以下意见：\n一、充分认识试点工作的重要性\n二、主要任务\n三、工作要求\n四、保障措施\n'), '');
		assert.equal(titleOf('智能检测装备作为智能制造的核心装备，是“工业六基”\n的重要组成和产业基础高级化的重要领域，已成为稳定生产\n运行、保障产品质量的核心手段。\n'), '');
	});

	it('a preamble sentence cut inside its brackets is no title', () => {
		assert.equal(titleOf('“某某示范工程”是《某某信息化“十二五”发展规划》（交规划发〔2011〕192号文印发）确定的示范工程之一，是落实优先发展战略的重要内容。\n　　为更好指导各城市开展工作，制定本指南。\n'), '');
	});
});
