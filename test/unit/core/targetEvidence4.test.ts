// Targets, fourth round (issue 7, points 4–5): thresholds a list of conditions sets, the rate of a
// committed fund, recurring yearly quotas and a long-range horizon (deadline null), and technical
// units a plan sets goals in. Every text here is written for the test (GUIDE.md's definitions).
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import { annotate } from '../../../src/core/annotations/index';

const lines = (...l: string[]) => l.join('\n');
const annotated = (text: string) => annotate(parseFile(text));
const targetsOf = (text: string) => annotated(text).targets.map(t => `${t.quantity.text}@${t.deadline ?? ''}`);

describe('targets: conditions and committed shares, fourth round', () => {
	it('takes no item of a list of conditions (应当具备下列条件：…不少于30万元) as a target', () => {
		const text = lines('某市旅行社管理办法', '第一条 为了规范旅行社经营，制定本办法。', '第五条 申请设立旅行社，应当具备下列条件：',
			'（一）注册资本不少于30万元；', '（二）经营场所面积不少于50平方米。', '（三）质量保证金不低于20万元。',
			'第六条 区县人民政府应当确保旅游服务中心覆盖率达到90%。');
		assert.deepEqual(targetsOf(text).map(t => t.split('@')[0]), ['90%']);
		// the list ends with its sentence: a goal after it is one again
		const plan = lines('某市养老服务设施建设方案', '一、申报条件', '申报机构应当符合以下条件：床位不少于50张。',
			'二、主要目标', '到2025年，每个街道至少建成1所综合养老服务中心。');
		assert.deepEqual(targetsOf(plan), ['1所@2025']);
	});

	it('takes the rate or the share a fund is committed at (不低于百分之十的比例, 不低于50%的公益金) as a target, a threshold of whom a rule is for not', () => {
		const text = lines('某市保障性住房条例', '第十条 保障性住房建设资金包括：', '（一）土地出让净收益中按照每年不低于百分之十的比例安排的资金；',
			'（二）年收入超过十万元的家庭不得申请。');
		assert.deepEqual(targetsOf(text), ['百分之十@']);
		// a share of funds the document commits (不低于50%的公益金用于…), a threshold of the firms a fund is for not
		const plan = lines('某省养老服务体系建设规划（2021—2025年）', '二、保障措施', '民政部门要将不低于50%的福利彩票公益金用于支持养老服务，重点扶持营业收入超过1000万元的企业。');
		assert.deepEqual(targetsOf(plan), ['50%@2025']);
	});
});

describe('targets: deadlines of recurring and long-range goals, fourth round', () => {
	it('gives a quota set for every year no deadline from its section’s lead, only from its own sentence', () => {
		const text = lines('关于加快发展数字经济的意见', '一、主要目标', '到2025年，数字经济核心产业增加值突破5000亿元。',
			'二、重点任务', '到2026年，重点完成以下任务：', '省财政每年安排不少于10亿元专项资金支持关键技术攻关。到2027年，每年新增专利2000件以上。');
		assert.deepEqual(targetsOf(text), ['5000亿元@2025', '10亿元@', '2000件以上@2027']);
	});

	it('gives a goal of the long-range horizon (远景…控制在30%) no year, while the plan’s period dates the others', () => {
		const text = lines('某新区总体规划（2021—2035年）', '一、规划目标', '蓝绿空间占比稳定在70%，远景开发强度控制在30%。');
		assert.deepEqual(targetsOf(text), ['70%@2035', '30%@']);
	});
});

describe('quantities: technical units a plan sets goals in', () => {
	it('reads 70dB, 100Pa以内, 12EFLOPS, 1TOPS/W and 240h as quantities and goals', () => {
		const text = lines('某省智能传感器产业发展行动计划（2023—2025年）', '一、主要目标',
			'到2025年，信噪比达到70dB，绝对精度100Pa以内，算力总规模达到12EFLOPS，能效比超过1TOPS/W，连续工作时间大于240h。');
		assert.deepEqual(targetsOf(text), ['70dB@2025', '100Pa以内@2025', '12EFLOPS@2025', '1TOPS/W@2025', '240h@2025']);
		// a unit never runs on into more Latin letters (5G, 24hours)
		const names = lines('某市新基建方案', '一、主要任务', '建设5G基站，提供24hours服务。');
		assert.deepEqual(annotated(names).quantities.map(q => q.text), []);
	});
});
