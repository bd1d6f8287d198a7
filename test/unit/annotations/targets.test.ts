// Targets on small hand-written notices: what is a goal, what is a baseline, a means or a
// description, and where a target's deadline comes from.
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import { annotate } from '../../../src/core/annotations/index';

const targetsOf = (text: string) => annotate(parseFile(text)).targets.map(t => `${t.text}@${t.deadline ?? ''}`);

describe('annotations: targets', () => {
	it('finds the obvious goals: 突破, 降低, 培育…以上', () => {
		const text = [
			'关于加快软件产业发展的通知',
			'各市人民政府：',
			'一、发展目标',
			'到2020年，全省软件业务收入突破1000亿元，培育10家以上龙头企业，企业运营成本降低30%。',
			'某省人民政府',
			'2018年5月15日',
		].join('\n');
		assert.deepEqual(targetsOf(text), ['突破1000亿元@2020', '10家以上@2020', '降低30%@2020']);
		const a = annotate(parseFile(text));
		assert.deepEqual(a.targets.map(t => t.quantity.comparator), ['breakthrough', 'cultivate', 'reduce']);
		assert.deepEqual(a.targets.map(t => t.metric), ['软件业务收入', '龙头企业', '企业运营成本']);
		assert.deepEqual(a.targets[0].section, ['发展目标']);
	});

	it('counts 用3年时间, 5年内 and 今明两年 from the document\'s year, its own year included', () => {
		const text = [
			'关于印发找矿突破行动纲要的通知',
			'一、阶段目标',
			'用3年时间，实现重大进展。新发现20个目标区。用5年时间，实现重大突破。形成7个勘查开发基地。',
			'二、保障措施',
			'今明两年培训3500万人次以上。',
			'某部',
			'2011年10月8日',
		].join('\n');
		assert.deepEqual(targetsOf(text), ['20个@2013', '7个@2015', '3500万人次以上@2012']);
	});

	it('takes the amounts of an allocation section as targets though no verb states them', () => {
		const text = ['某市教育局关于做好2015年自主招生工作的通知', '各县（市）区教育局：', '一、自主招生计划', '第一中学30人，第三中学100人。',
			'二、自主招生对象', '全市应届初中毕业生，约有3000人。'].join('\n');
		assert.deepEqual(annotate(parseFile(text)).targets.map(t => t.text), ['30人', '100人']);
	});

	it('takes an age, a score or a grade after 超过/不低于 for a condition, not a target', () => {
		const text = ['关于做好高龄津贴发放工作的通知', '一、发放对象', '年龄超过80周岁的老人，考核得分不低于60分的单位。', '二、工作目标', '到2020年，平均成绩提高到85分。'].join('\n');
		assert.deepEqual(annotate(parseFile(text)).targets.map(t => t.quantity.text), ['85分']);
	});

	it('never reads a formula\'s factor as an amount, nor what the recent years achieved as a goal', () => {
		const text = ['关于印发绩效考核指标的通知', '一、考核指标', '计算方法：日间手术台次数/同期择期手术总台次数×100%。', '二、发展目标', '近四年全市新建公办普高11所。到2020年，新增学位达到2.5万个。'].join('\n');
		const a = annotate(parseFile(text));
		assert.ok(!a.quantities.some(q => q.text === '100%'), a.quantities.map(q => q.text).join(' '));
		assert.deepEqual(a.targets.map(t => t.quantity.text), ['2.5万个']);
	});

	it('takes the verbless amounts of a goals section as targets (主要目标：…重大攻关项目120项以上，…)', () => {
		const text = ['2026年政府工作报告', '一、过去一年的工作', '成绩来之不易。', '二、今年主要目标', '今年发展的主要预期目标是：重大攻关项目120项以上，基础教育优质学位9万个。', '三、重点工作', '抓好落实。'].join('\n');
		assert.deepEqual(annotate(parseFile(text)).targets.map(t => t.quantity.text), ['120项以上', '9万个']);
	});

	it('takes the quotas of an admissions plan (招收, 录取) as targets', () => {
		const text = ['关于做好2016年普通高中招生工作的通知', '一、招生计划', '同安一中面向片区外招收50名普通生，录取定向生30名。'].join('\n');
		assert.deepEqual(annotate(parseFile(text)).targets.map(t => t.quantity.text), ['50名', '30名']);
	});

	it('dates a round notice\'s quotas by its year, 未来四年 from it, and a work report\'s 十五五 goals by the plan\'s end', () => {
		const round = ['某市教育局关于做好普通高中招生工作的通知', '一、招生计划', '第一中学招收50名普通生。', '某市教育局', '2016年4月1日'].join('\n');
		assert.deepEqual(targetsOf(round), ['50名@2016']);
		const plan = ['某市教育发展规划', '未来四年，新增公办学位3万个。', '某市教育局', '2014年3月1日'].join('\n');
		assert.deepEqual(targetsOf(plan), ['3万个@2017']);
		const report = ['2026年政府工作报告', '——2026年1月20日在某省第十四届人民代表大会上', '二、“十五五”时期主要目标', '到“十五五”末，常住人口城镇化率达到71%。'].join('\n');
		assert.deepEqual(targetsOf(report), ['达到71%@2030']);
	});

	it('a threshold that picks out whom a rule is for is not a target (积分达到30分的新市民, 超过100万的城市)', () => {
		const text = ['某市新市民积分入学办法', '第一条　积分累计达到30分的新市民，其随迁子女可申请入学。', '第二条　市辖区户籍人口超过100万的城市，扣除期限不能超过48个月。', '第三条　到2020年，入学率达到95%。'].join('\n');
		assert.deepEqual(annotate(parseFile(text)).targets.map(t => t.quantity.text), ['95%']);
	});

	it('never reads a map scale as an amount', () => {
		const text = ['关于印发找矿行动纲要的通知', '一、主要任务', '到2015年，完成1∶5万区域地质调查面积达到20万平方千米。'].join('\n');
		const a = annotate(parseFile(text));
		assert.ok(!a.quantities.some(q => q.text.startsWith('5万')), a.quantities.map(q => q.text).join(' '));
		assert.deepEqual(a.targets.map(t => t.quantity.text), ['20万平方千米']);
	});

	it('dates a work report\'s plans by the report\'s own year when nothing else does', () => {
		const text = ['2020年政府工作报告', '——2020年5月22日在第十三届全国人民代表大会第三次会议上', '二、今后工作', '新开工改造城镇老旧小区3.9万个。'].join('\n');
		assert.deepEqual(targetsOf(text), ['3.9万个@2020']);
	});

	it('inherits a deadline from the enclosing section, not from a sibling', () => {
		const text = [
			'关于加快发展某产业的实施意见',
			'一、总体要求',
			'（一）总体目标。到2020年，产业体系初步形成。',
			'1.产业规模达到500亿元。',
			'2.培育10家以上骨干企业。',
			'（二）重点任务。',
			'建设5个示范基地。',
			'某省人民政府',
			'2018年5月15日',
		].join('\n');
		assert.deepEqual(targetsOf(text), ['达到500亿元@2020', '10家以上@2020', '5个@']);
		const a = annotate(parseFile(text));
		assert.deepEqual(a.targets[0].section, ['总体要求', '总体目标', '产业规模达到500亿元']);
		assert.equal(a.targets[0].metric, '产业规模');
	});

	it('takes the nearest deadline of its sentence, and a period\'s end', () => {
		const text = '关于某事的通知\n到2019年6月底，可办率达到90%，到2019年底，200个以上高频事项实现“最多跑一次”。2021—2025年，在线交易占比超过25%。';
		assert.deepEqual(targetsOf(text), ['达到90%@2019', '200个以上@2019', '超过25%@2025']);
	});

	it('leaves baseline facts out: a 发展基础 section, a past year, 已 and 同比', () => {
		const text = [
			'关于某规划的通知',
			'一、发展基础',
			'全省实现主营业务收入1.42万亿元，培育认定了10家设计中心。',
			'二、发展目标',
			'2017年，全省电话用户突破1亿户。去年已建成5个基地，收入同比增长8.7%。',
			'某省人民政府',
			'2018年5月15日',
		].join('\n');
		const a = annotate(parseFile(text));
		assert.deepEqual(a.targets, []);
		assert.deepEqual(a.quantities.map(q => q.text), ['1.42万亿元', '10家', '1亿户', '5个', '8.7%']);
	});

	it('leaves means, descriptions, incentives and time frames out', () => {
		const text = [
			'关于某事的通知',
			'发挥100亿元智能制造财政专项资金的引导作用。',
			'到2022年，培育20家以上营业收入超100亿元的大型骨干企业，新建10个以上投资超50亿元项目。',
			'对新认定的企业给予最高500万元奖励，按投入的30%予以资助。',
			'3年内建成一批孵化器。支持齐鲁软件园、青岛软件园2个国家级软件产业园建设。',
		].join('\n');
		assert.deepEqual(targetsOf(text), ['20家以上@2022', '10个以上@2022']);
	});

	it('carries a goal verb over a list, into the next clause', () => {
		const text = '关于某事的通知\n到2020年，形成5个以上行业应用试点，30个左右深度应用场景，建设100个以上示范项目。';
		const a = annotate(parseFile(text));
		assert.deepEqual(a.targets.map(t => `${t.text}:${t.quantity.verb}`), ['5个以上:形成', '30个左右:形成', '100个以上:建设']);
	});

	it('takes a subject quantity governed by a verb after it', () => {
		assert.deepEqual(targetsOf('关于某事的通知\n到2021年，全省新型智慧城市建设水平达到全国前列，其中2—3个城市达到全国先进水平。'), ['2—3个@2021']);
	});

	it('covers the quantity expression, with its comparator when written next to it', () => {
		const text = '关于某事的通知\n到2020年，产值突破 1000亿元，培育约2万个工业APP，工业设备上云数量达到1000万台(套)。';
		const a = annotate(parseFile(text));
		assert.deepEqual(a.targets.map(t => t.text), ['突破 1000亿元', '约2万个', '达到1000万台(套)']);
		for (const t of a.targets) { assert.equal(text.slice(t.offset, t.end), t.text); }
	});
});

describe('targets: amounts in words and what documents report', () => {
	const annotateText = (text: string) => annotate(parseFile(text));
	it('reads Chinese numerals, fractions and 翻番 as quantities, and as targets right after their verb', () => {
		const a = annotateText('某县教育发展实施方案（2021—2025年）\n一、目标\n到2025年，每个乡镇至少建成一所公办幼儿园，农村学校占比超过三分之一，经济总量翻一番。\n');
		assert.deepEqual(a.quantities.map(q => q.text), ['一所', '三分之一', '翻一番']);
		assert.deepEqual(a.targets.map(t => `${t.quantity.text}@${t.deadline}`), ['一所@2025', '三分之一@2025', '翻一番@2025']);
	});

	it('never takes ordinals, words, slogans or programme names for amounts', () => {
		const a = annotateText('某省通知\n一、要求\n贯彻党的十九届三中全会精神，统一思想，建立一个长效机制，落实“五个一”工程和百项攻关，位居全国前五名，实行一次性告知。\n');
		assert.deepEqual(a.quantities.map(q => q.text), []);
	});

	it('a time limit or condition of a rule is not a target; days count as durations but not days of a month', () => {
		const a = annotateText('某市办法\n第一条 审查期限不得超过45日，缴费年限不少于15年，于每月10日前报送。\n');
		assert.deepEqual(a.quantities.map(q => q.text), ['45日', '15年']);
		assert.deepEqual(a.targets, []);
	});

	it('a bulletin reports facts: its figures are not targets unless a later year is set for them', () => {
		const a = annotateText('国务院办公厅关于部分地方优化营商环境典型做法的通报\n各省人民政府：\n一、做法\n某市将办电环节由6个减少到2个，压缩至25个工作日以内。\n国务院办公厅\n2018年8月1日\n');
		assert.deepEqual(a.targets, []);
		assert.ok(a.quantities.length >= 3);
	});
});
