// Issue 7, eighth round: technical requirements and calls for projects state their limits and
// indicators in dBm, kHz, 度, ℃ and SI units, as bare values after ≥/≤, as ranges that repeat the
// unit, in a list under a heading such as 发射功率限值 or after a lead such as 考核指标：. Every text is written for its case; the gold set
// (test/gold) measures the documents.
import * as assert from 'node:assert/strict';
import { dateKinds, outlineOf, targetsOf } from './helpers';
import { detectNotice } from '../../../src/core/detect';
import { parseFile } from '../../../src/core/parse';
import { annotate } from '../../../src/core/annotations/index';

const quantities = (text: string) => annotate(parseFile(text)).quantities.map(q => q.text);

describe('quantities and targets, eighth round', () => {
	it('reads dBm, kHz, 度 (also after a blank) and ℃ as units; a unit never runs on into 度量 or Latin letters', () => {
		const text = '某市无线电设备技术要求\n一、技术指标\n发射功率不超过26dBm，带宽30kHz，实现 360 度感知，工作温度不高于40℃。\n'
			+ '二、其他\n提升3度量能力，支持5dBmx模式。\n';
		assert.deepEqual(quantities(text), ['26dBm', '30kHz', '360 度', '40℃']);
	});

	it('takes the values listed under a heading of limits (发射功率限值) as standing targets; a band that defines what is measured is not', () => {
		const text = '某频段无线电设备技术要求\n一、信道带宽\n20MHz。\n二、发射功率限值\n（一）车载无线电设备：26dBm；\n（二）路边无线电设备：29dBm。\n';
		assert.deepEqual(targetsOf(text), ['26dBm@', '29dBm@']);
	});

	it('reads the SI units of a call’s indicators (0.1μm, 50ms, 1000V, 100mW); a bare value after a sign (≥500) is no quantity', () => {
		const text = '某重点专项2021年度项目申报指南\n一、智能传感器\n研究内容：研究传感器。考核指标：分辨率优于0.1μm，响应时间≤50ms，'
			+ '应变系数≥500，最高检测电压≥1000V，功耗≤100mW。\n';
		assert.deepEqual(targetsOf(text), ['0.1μm@', '50ms@', '1000V@', '100mW@']);
	});

	it('takes a scenic spot’s grade (5A级, 4A景区) as no amperes, a voltage class (110kV变电站, 10kV及以下) and a slope class (25度以上坡耕地) as no amount', () => {
		const text = '某省旅游规划\n一、主要任务\n创建5A级景区和4A景区。新建110kV变电站12座，改造10kV及以下配网线路，检测电压不低于10kV。\n'
			+ '实施25度以上坡耕地退耕还林，负载电流不低于5A以上，云台转动360度。\n';
		assert.deepEqual(quantities(text), ['12座', '10kV', '5A以上', '360度']);
	});

	it('reads a range that repeats its unit (1万元至3万元, -40℃~85℃) as one quantity', () => {
		const text = '某市实施办法\n一、支持措施\n给予1万元至3万元奖励，设备工作温度-40℃~85℃。\n';
		assert.deepEqual(quantities(text), ['1万元至3万元', '40℃~85℃']);
	});

	it('takes every amount after a call’s 考核指标： lead in its paragraph as an indicator, not those of its 研究内容 before it', () => {
		const text = '某重点专项2021年度项目申报指南\n一、工业软件\n研究内容：面向3类场景研究建模方法。考核指标：仿真软件各1套，运维验证系统1台套。\n';
		assert.deepEqual(targetsOf(text), ['1套@', '1台套@']);
	});
});

describe('targets in rules, eighth round', () => {
	it('takes how long a record is kept, written right after 保存/留存 (保存十年, 留存半年), as a duty’s level without deadline', () => {
		const text = '某省公共信用信息管理条例\n第一条 查询记录自生成之日起保存十年。\n第二条 其余材料留存半年备查。\n第三条 申请人应当在十日内提交材料。\n';
		assert.deepEqual(targetsOf(text), ['十年@', '半年@']);
	});

	it('takes the staff a rule requires to be provided (配备至少一名), a cap in 部 and a bound on who takes part in a step as standing bounds', () => {
		const text = '某市电梯安全条例\n第一条 物业服务企业应当配备至少一名安全管理人员，每名安全管理人员负责管理的电梯数量不超过三十部。\n'
			+ '第二条 调查人员不得少于两人。\n第三条 推进零部件标准化。\n';
		assert.deepEqual(targetsOf(text), ['一名@', '三十部@', '两人@']);
		assert.ok(!annotate(parseFile(text)).quantities.some(q => q.text.startsWith('零')));
	});
});

describe('targets in lists of application materials, eighth round', () => {
	it('keeps a list of materials going across a page number between its items (— 10 —): its amounts are conditions', () => {
		const text = '某市智能网联汽车示范应用管理办法\n第二十条 示范应用主体提交申请材料，应包括：\n（一）车辆的基本情况；\n'
			+ '（二）风险应对措施证明。\n— 10 —\n（三）每车不低于五百万元人民币的交通事故责任保险凭证。\n'
			+ '第二十一条 到2025年，示范应用里程达到100万公里。\n';
		assert.deepEqual(targetsOf(text), ['100万公里@2025']);
	});
});

describe('outline, eighth round', () => {
	it('reads a bare title line between two articles as a chapter whose 第X章 the scrape lost, also before the first numbered chapter', () => {
		const rule = '某省促进条例\n第一条 为了促进发展，制定本条例。\n第二条 本条例适用于本省。\n组织实施\n第三条 政府应当组织实施。\n'
			+ '第四条 部门应当配合。\n第三章 保障措施\n第五条 政府应当保障经费。\n第四章 附则\n第六条 本条例自公布之日起施行。\n';
		assert.deepEqual(outlineOf(rule, 4), ['第一条', '第二条', '组织实施(第三条,第四条)', '第三章(第五条)', '第四章(第六条)']);
		// without any 第X章 in the rule the line stays body text
		assert.deepEqual(outlineOf(rule.replace('第三章 保障措施\n', '').replace('第四章 附则\n', ''), 4), ['第一条', '第二条', '第三条', '第四条', '第五条', '第六条']);
	});

	it('reads such a line inside a chapter divided into 节 as a 节 of that chapter', () => {
		const rule = '某市数据条例\n第一章 总则\n第一条 为了规范数据处理，制定本条例。\n第二章 数据市场\n第一节 一般规定\n第二条 市场应当公平。\n'
			+ '市场培育\n第三条 政府培育数据市场。\n第三节 公平竞争\n第四条 禁止垄断。\n';
		assert.deepEqual(outlineOf(rule, 4), ['第一章(第一条)', '第二章(第一节(第二条),市场培育(第三条),第三节(第四条))']);
	});

	it('heads a forwarded rule’s part with its title, not with the department on the line below it', () => {
		const text = '某市居住证管理办法\n第一章 总则\n第一条 为了规范管理，制定本办法。\n第二章 附则\n第二条 本办法自发布之日起施行。\n'
			+ '某市居住证办理实施细则\n市公安局\n第一章 总则\n第一条 为了办理居住证，制定本细则。\n第二章 附则\n第二条 本细则自发布之日起施行。\n';
		const parts = parseFile(text).documents[0].sections.filter(s => s.kind === 'part').map(s => s.title);
		assert.deepEqual(parts, ['某市居住证办理实施细则']);
		// a department line under a line that names no document stays the part's title
		assert.deepEqual(parseFile(text.replace('某市居住证办理实施细则', '各区县人民政府请遵照执行')).documents[0].sections.filter(s => s.kind === 'part').map(s => s.title), ['市公安局']);
	});
});

describe('calls for projects, eighth round', () => {
	const CALL = '“智能交通”重点专项2021 年度项目申报指南建议（征求意见稿）\n一、基础前沿技术\n现提出 2021 年度项目申报指南建议。\n'
		+ '1.1 智能感知技术\n研究内容：研究感知方法。\n考核指标：识别准确率不低于95%。\n二、共性关键技术\n2.1 协同控制技术\n研究内容：研究控制方法。\n';

	it('reads the year the call names as its period, also when the scrape put a blank inside it (2021 年度)', () => {
		assert.deepEqual(dateKinds(CALL), ['2021 年度:period', '2021 年度:period']);
	});

	it('recognizes a file whose title is a guide’s draft proposal (…申报指南建议（征求意见稿）)', () => {
		const notice = (text: string) => detectNotice(parseFile(text)).isNotice;
		assert.equal(notice(CALL), true);
		assert.equal(notice(CALL.replace('申报指南建议（征求意见稿）', '申报材料汇编')), false);
	});
});

