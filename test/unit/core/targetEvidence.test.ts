// Targets decided by what the sentence does and where it stands (issue 7, point 4): goal lists
// without verbs, shares, amounts in words, scoring rules and past frames, and the time expression
// that governs a target's deadline. Every text here is written for the test.
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import { annotate } from '../../../src/core/annotations/index';
import { goalLeadAnchors, plannedYearAnchors, titlePeriodEnd } from '../../../src/core/annotations/deadlines';
import type { Anchor } from '../../../src/core/annotations/targets';

const lines = (...l: string[]) => l.join('\n');
const annotated = (text: string) => annotate(parseFile(text));
const targetsOf = (text: string) => annotated(text).targets.map(t => `${t.quantity.text}@${t.deadline ?? ''}`);
const quantitiesOf = (text: string) => annotated(text).quantities.map(q => q.text);

describe('targets: what the sentence does', () => {
	it('takes the verbless items after a goal list\'s colon as targets, past a clause without a quantity', () => {
		const text = lines('某省2026年政府工作报告', '——2026年1月20日在某省人民代表大会上', '三、2026年重点工作',
			'今年全省经济社会发展主要预期目标是：地区生产总值增长5%左右，在实际工作中争取更好结果，粮食产量800亿斤以上，城镇新增就业30万人以上。');
		assert.deepEqual(annotated(text).targets.map(t => t.quantity.text), ['5%左右', '800亿斤以上', '30万人以上']);
	});

	it('lets 占 govern a share across the whole it is taken of', () => {
		const text = lines('某省职业教育改革方案', '一、具体指标', '到2025年，实践性教学课时原则上占总课时一半以上，双师型教师占专业课教师总数超过一半。');
		assert.deepEqual(targetsOf(text), ['一半以上@2025', '一半@2025']);
	});

	it('takes a plan\'s 转化, 淘汰, 争取 and 筹集 as goal verbs, and a share whose verb comes after it', () => {
		const text = lines('某市“十四五”生态环境保护规划', '一、主要任务',
			'转化重大科技成果50项以上，淘汰落后产能200万吨，争取中央资金10亿元，筹集保障资金5亿元，运行县级服务中心30个。',
			'到2025年，90%的重点保护物种得到保护。');
		assert.deepEqual(annotated(text).targets.map(t => t.quantity.text), ['50项以上', '200万吨', '10亿元', '5亿元', '30个', '90%']);
	});

	it('takes a share of a quota (计划的50%指标), a share 实现 sets and the amounts after 定额为： as set by the document', () => {
		const text = lines('某市2016年普通高中招生工作方案', '一、招生计划', '第一中学普通生招生计划的50%指标分配到片区内初中学校。',
			'二、发展目标', '到2020年，实现80%以上的基层医疗卫生机构提供中医药服务。',
			'三、经费标准', '生均公用经费基准定额为：普通小学每生每年600元、普通初中每生每年800元。');
		assert.deepEqual(targetsOf(text), ['50%@2016', '80%以上@2020', '600元@2016', '800元@2016']);
	});

	it('counts what a time frame leads to (10年共部署约100个勘查区), the frame itself not', () => {
		const text = lines('关于印发找矿突破战略行动纲要的通知', '一、总体目标', '滚动调整勘查区名录，10年共部署约100个整装勘查区。');
		assert.deepEqual(annotated(text).targets.map(t => t.quantity.text), ['约100个']);
	});

	it('leaves the terms of a scoring rule out: 每获得1项积20分', () => {
		const text = lines('某市积分入学办法', '第五条 专利加分：申请人每获得1项发明专利积20分，成功捐献造血干细胞积50分。');
		assert.deepEqual(annotated(text).targets, []);
	});

	it('leaves the size of a list about to be given out: 制定如下11项标准', () => {
		const text = lines('某部关于开展示范工程的通知', '一、标准规范', '组织制定如下11项工程标准：');
		assert.deepEqual(annotated(text).targets, []);
	});

	it('leaves out a range that qualifies the subject of the verb after it (人口100万至300万的城市…达到)', () => {
		const text = lines('关于进一步推进户籍制度改革的意见', '（六）合理确定大城市落户条件。在城区人口100万至300万的城市合法稳定就业达到一定年限的人员，可以申请落户。');
		assert.deepEqual(annotated(text).targets, []);
	});

	it('takes every figure of a sentence that opens on a span up to now for a fact', () => {
		const text = lines('某市教育发展方案', '一、学位建设',
			'近四年全市新建公办普高11所，新增公办普高学位2.5万个；新建义务教育学校68所。',
			'到2017年，新增公办普高学位3万个。');
		assert.deepEqual(targetsOf(text), ['3万个@2017']);
	});

	it('reads 已…的 before a duty as the scope of a requirement, not as a past fact', () => {
		const text = lines('某部关于开展公交智能化示范工程的通知', '一、建设目标', '已安装车载智能终端的公交车辆应100%实现智能调度。', '已建成站点12个。');
		assert.deepEqual(annotated(text).targets.map(t => t.quantity.text), ['100%']);
	});

	it('reads an amount in a rule\'s condition (…达到百分之五十以上，或者…的，应当…) as no target', () => {
		const text = lines('某市物业管理条例', '第十三条 房屋交付使用的建筑面积达到百分之五十以上，或者首套房屋交付已满两年的，应当召开首次业主大会会议。',
			'第十四条 到2020年，物业服务覆盖率达到90%。');
		assert.deepEqual(targetsOf(text), ['90%@2020']);
	});

	it('takes a standing bound on people or times in a document of rules as a requirement, as the same bound in a plan (GUIDE: standing bound)', () => {
		const rules = lines('某市医疗事故技术鉴定办法', '第八条 调查人员不得少于2人，每年组织培训不少于3次，鉴定机构应当在15日内作出决定。');
		assert.deepEqual(targetsOf(rules), ['2人@', '3次@']);
		const plan = lines('某市卫生人才培养实施方案', '一、主要任务', '到2020年，每个乡镇卫生院全科医生不少于2人。');
		assert.deepEqual(targetsOf(plan), ['2人@2020']);
	});

	it('takes a section on the situation (…形势) for a review of facts', () => {
		const text = lines('某省环境保护规划', '一、环境形势', '二氧化硫排放总量下降14.29%，城市污水处理率提高到72%。', '二、主要目标', '到2015年，城市污水处理率提高到85%。');
		assert.deepEqual(targetsOf(text), ['85%@2015']);
	});
});

describe('quantities: amounts in Chinese numerals', () => {
	it('reads areas, hours, money and halves written in words', () => {
		const text = lines('某市物业管理条例', '第十条 物业服务用房不得低于一百平方米，业主委员会用房按照不低于三十平方米配置。',
			'第十一条 将入井时间缩短到八小时以内，处十万元罚款，须经全体委员过半数同意，占总数一半以上。');
		assert.deepEqual(quantitiesOf(text), ['一百平方米', '三十平方米', '八小时以内', '十万元', '过半数', '一半以上']);
		const money = annotated(text).quantities.find(q => q.text === '十万元')!;
		assert.deepEqual([money.value, money.unit], [10, '万元']);
	});

	it('never reads 每一位, a round magnitude or a word as an amount', () => {
		assert.deepEqual(quantitiesOf(lines('某省通知', '一、要求', '汇聚每一位师生的力量，产业规模突破千亿元，破除城乡二元结构。')), []);
	});

	it('reads a duration with a decimal point as a duration, never as a year', () => {
		const text = lines('某省政府工作报告', '二、今后五年目标', '到2030年，劳动年龄人口平均受教育年限提高到11.7年。');
		assert.deepEqual(targetsOf(text), ['11.7年@2030']);
	});
});

describe('targets: the time expression that governs the deadline', () => {
	it('takes the year of a goal block\'s lead (2025年的主要目标是：) over a later horizon seen before it', () => {
		const text = lines('某省生态环境保护规划（2021—2035年）', '第一章 发展目标', '到2035年，生态环境根本好转。',
			'2025年的主要目标是：空气质量优良天数比率达到90%。', '——绿色发展。单位生产总值能耗下降13.5%。', '第二章 重点任务', '一、加强治理', '完成造林100万亩。');
		assert.deepEqual(targetsOf(text), ['90%@2025', '13.5%@2025', '100万亩@2035']);
	});

	it('dates a plan\'s undated quotas by the year its own title names, not by a revision year', () => {
		const plan = lines('厦门市2016年高中阶段各类学校招生工作方案', '一、招生计划', '第一中学面向片区外招收30名普通生。');
		assert.deepEqual(targetsOf(plan), ['30名@2016']);
		assert.equal(titlePeriodEnd(['某市物业管理条例（2018年修订）'], 2018), null);
		assert.equal(titlePeriodEnd(['某省国土空间规划（2021—2035年）'], 2021), 2035);
		assert.equal(titlePeriodEnd(['关于2013年工作情况的报告'], 2016), null);
	});

	it('never takes a deadline from another section held on the same scraped line', () => {
		const text = lines('国务院关于促进光伏产业健康发展的若干意见',
			'一、总体要求 （一）发展目标。到2015年总装机容量达到3500万千瓦以上。 二、开拓应用市场 （一）开拓分布式市场。建设100个分布式光伏发电示范区。');
		assert.deepEqual(targetsOf(text), ['3500万千瓦以上@2015', '100个@']);
	});

	it('lets a year the sentence plans for, and 今年, govern over a date earlier in the section', () => {
		const text = lines('某市教育发展方案', '某市教育局', '2014年3月1日', '一、学位建设',
			'到2017年，新增公办普高学位3万个。其中，2014年将完成3所学校扩建。今年新增学位5000个。');
		assert.deepEqual(targetsOf(text), ['3万个@2017', '3所@2014', '5000个@2014']);
	});

	it('keeps 明年 of one measure from dating the next paragraph', () => {
		const text = lines('2020年政府工作报告', '——2020年5月22日在全国人民代表大会上', '二、今年工作安排',
			'贷款延期还本付息政策再延长至明年3月底。', '大型商业银行普惠型小微企业贷款增速要高于40%。');
		assert.deepEqual(targetsOf(text), ['40%@2020']);
	});

	// A year the sentence plans for (2014年将完成) is the date scanner's deadline (dateKinds2.test.ts), not an anchor of its own.
	it('anchors goal leads, 今年 and unfinished five-year plans, but not 3年内 or a past plan', () => {
		const text = '2025年的主要目标是：A。2014年将完成B。今年完成C，3年内完成D。“十四五”期间E，“十二五”期间F。';
		const anchors: Anchor[] = [];
		goalLeadAnchors(text, { offset: 0, end: text.length }, anchors);
		plannedYearAnchors(text, { offset: 0, end: text.length }, 2021, anchors);
		assert.deepEqual(anchors.map(a => `${text.slice(a.offset, a.end).slice(0, 5)}:${a.year}${a.weak ? '~' : ''}`).sort(),
			['2025年:2025', '今年:2021~', '“十四五”:2025~'].sort());
	});
});
