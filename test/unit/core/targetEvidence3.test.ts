// Targets, third round (issue 7, points 4–5): deadlines from a plan's bracketed period and from a
// five-year plan's end in an undated document, and what a sentence of a document of rules
// requires. Every text here is written for the test.
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import { annotate } from '../../../src/core/annotations/index';
import { titlePeriodEnd } from '../../../src/core/annotations/deadlines';

const lines = (...l: string[]) => l.join('\n');
const annotated = (text: string) => annotate(parseFile(text));
const targetsOf = (text: string) => annotated(text).targets.map(t => `${t.quantity.text}@${t.deadline ?? ''}`);

describe('targets: deadlines a plan sets without a dated clause', () => {
	it('reads a period in brackets without 年 in a plan title as the plan’s period', () => {
		assert.equal(titlePeriodEnd(['某省商贸流通数字化行动方案（2022—2024）'], null), 2024);
		assert.equal(titlePeriodEnd(['某省商贸流通数字化行动方案(2022-2024)'], 2022), 2024);
		const text = lines('某省商贸流通数字化行动方案（2022—2024）', '一、重点任务', '1.培育30家以上数字化示范企业。');
		assert.deepEqual(targetsOf(text), ['30家以上@2024']);
	});

	it('dates a goal by “十二五”末 even when the document carries no year of its own', () => {
		const text = lines('关于推进智慧城市试点的意见', '一、基本目标', '“十二五”末，全市光纤入户率达到80%，公共区域无线网络覆盖率不低于90%。');
		assert.deepEqual(targetsOf(text), ['80%@2015', '90%@2015']);
	});
});

describe('targets: what a sentence requires, third round', () => {
	it('takes a rule’s verb of change or excess as a grant or a condition unless a modal of duty comes first', () => {
		const rules = lines('某市人口与计划生育条例', '第三十条 符合规定生育的夫妻，女方增加产假30天。',
			'第三十一条 个人年收入超过6万元，按本条例办理年度申报。', '第三十二条 扶助金的年增长幅度应当高于5%。');
		assert.deepEqual(targetsOf(rules).map(t => t.split('@')[0]), ['5%']);
		// the same verbs set goals in a plan
		const plan = lines('某市人口服务提升方案', '一、主要目标', '到2025年，托育机构增加30家，普惠托位超过6万个。');
		assert.deepEqual(targetsOf(plan), ['30家@2025', '6万个@2025']);
	});

	it('does not let a verb that ends the other alternative (…建设或者两个以上单位) govern the quantity after 或者', () => {
		const text = lines('某市物业服务提升方案', '一、主要任务', '分期建设或者两个以上单位共同开发的住宅小区，统一划为一个物业管理区域。');
		assert.deepEqual(annotated(text).targets, []);
	});

	it('does not take a verb in a modifier after the quantity (5家以上企业共同建设的联合体) as its goal verb', () => {
		const text = lines('某市创新平台建设方案', '一、主要任务', '对5家以上企业共同建设的创新联合体，优先推荐申报省级平台。');
		assert.deepEqual(annotated(text).targets, []);
	});
});

describe('targets: bounds, shares and durations, third round', () => {
	it('takes an outcome a rule ensures (确保…至少有一人就业) as a quota, and a bound on the people of a procedure as a standing bound', () => {
		const rules = lines('某市就业促进条例', '第二十条 对零就业家庭，街道应当确保该家庭至少有1人就业。', '第二十一条 调查人员不得少于2人。');
		assert.deepEqual(targetsOf(rules).map(t => t.split('@')[0]), ['1人', '2人']);
	});

	it('takes a duration a plan brings down (控制在3至5年) as a goal, a time limit (最迟不超过4个小时) not', () => {
		const text = lines('某市住房保障发展规划（2021—2025年）', '一、主要目标', '力争将保障房轮候时间控制在3至5年，突发情况最迟不超过4个小时上报。');
		assert.deepEqual(targetsOf(text), ['3至5年@2025']);
	});

	it('takes a share that 覆盖 sets (覆盖70%的行政村) as the goal, not as a threshold', () => {
		const text = lines('某省农村养老服务规划（2021—2025年）', '一、主要目标', '到2025年，农村互助养老服务设施覆盖70%的行政村。');
		assert.deepEqual(targetsOf(text), ['70%@2025']);
	});
});

describe('quantities: concentrations and fractions written with a slash', () => {
	const quantitiesOf = (text: string) => annotated(text).quantities.map(q => q.text);

	it('reads a concentration (35微克/立方米以下, 20毫克/升) as a quantity and a goal', () => {
		const text = lines('某市空气质量提升方案（2023—2025年）', '一、主要目标', '到2025年，PM2.5平均浓度降至35微克/立方米以下，化学需氧量浓度低于20毫克/升。');
		assert.deepEqual(targetsOf(text), ['35微克/立方米以下@2025', '20毫克/升@2025']);
	});

	it('reads 1/3 and 2/3以上 as fractions, but not a numeric date, a page counter or a path', () => {
		const text = lines('某市绿色建筑行动方案', '一、主要目标', '到2025年，绿色建筑占比超过1/3，星级建筑达到2/3以上。详见2012/1/10公告第1/5页，www.example.cn/1/3。');
		assert.deepEqual(quantitiesOf(text), ['1/3', '2/3以上']);
		assert.deepEqual(targetsOf(text).map(t => t.split('@')[0]), ['1/3', '2/3以上']);
	});
});

describe('targets: one per unit, a heading on goals, a span counted from the document', () => {
	it('reads 一个 after 每个乡镇建设 as a quota of one per unit, not 一 of 建立一个长效机制 or 每年培育一批', () => {
		const text = lines('某省养老服务体系建设方案（2021—2025年）', '一、主要任务', '每个乡镇建设一个综合养老服务中心，建立一个长效机制，每年培育一批示范机构。');
		assert.deepEqual(targetsOf(text).map(t => t.split('@')[0]), ['一个']);
	});

	it('lets a heading that ends on its goals (发展现状与目标) set them, though it also names the situation', () => {
		const text = lines('某市物流业发展规划（2021—2025年）', '一、发展现状与目标', '到2025年，社会物流总费用占地区生产总值比率降至12%。');
		assert.deepEqual(targetsOf(text), ['12%@2025']);
	});

	it('dates the goals of 今后五年 five years on from the document’s own year', () => {
		const text = lines('某市人民政府工作报告', '一、今后五年的主要目标', '今后五年，全市地区生产总值年均增长6%左右。', '某市人民政府', '2023年1月10日');
		assert.deepEqual(targetsOf(text), ['6%左右@2027']);
	});
});
