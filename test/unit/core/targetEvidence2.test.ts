// Targets, second round (issue 7, point 4): recurring quotas, minimum durations, permissions,
// bracketed notes, documents that issue rules, a goal named as such, a goal section hung under
// a review, and the changes of a flattened table. Every text here is written for the test.
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import { annotate } from '../../../src/core/annotations/index';

const lines = (...l: string[]) => l.join('\n');
const annotated = (text: string) => annotate(parseFile(text));
const targetsOf = (text: string) => annotated(text).targets.map(t => `${t.quantity.text}@${t.deadline ?? ''}`);
const quantitiesOf = (text: string) => annotated(text).quantities.map(q => q.text);

describe('targets: recurring quotas and durations', () => {
	it('takes a count of times per period, and a period written as an amount, as a recurring quota without a deadline', () => {
		const text = lines('某省职业教育提质方案', '一、主要任务',
			'到2025年，各校原则上每4年修订1次人才培养方案，每年召开两次工作会议，每半年通报一次进展。');
		assert.deepEqual(targetsOf(text), ['4年@', '1次@', '两次@', '半年@', '一次@']);
	});

	it('reads 一次 after 每 and a period further back as an amount (每两年开展一次)', () => {
		const text = lines('某市清洁生产推进方案', '一、主要任务', '对重点排污单位每两年开展一次清洁生产审核。');
		assert.deepEqual(quantitiesOf(text), ['两年', '一次']);
		assert.deepEqual(targetsOf(text), ['两年@', '一次@']);
	});

	it('takes a frequency a notice that issues rules requires as a standing bound, as the same frequency in a plan', () => {
		const body = '居住证每年签注1次，受理点每周领取两次证件。';
		const rules = lines('某市人民政府办公室关于印发某市居住证签注实施办法（试行）的通知', `第五条 ${body}`);
		assert.deepEqual(targetsOf(rules), ['1次@', '两次@']);
		const plan = lines('某市居住证服务提升方案', '一、主要任务', body);
		assert.deepEqual(targetsOf(plan), ['1次@', '两次@']);
	});

	it('takes a minimum duration the work must keep as a requirement, also in a document of rules, but not a time limit', () => {
		const plan = lines('某省医学影像质量提升方案', '二、工作要求', '阅片前应设置清洗期，此段时间一般不少于三周，影像资料保存时间不短于90日。');
		assert.deepEqual(targetsOf(plan).map(t => t.split('@')[0]), ['三周', '90日']);
		const rules = lines('某市规章制定程序规定', '第十二条 公开征求意见的时间不得少于20日，公示期不少于7个工作日。', '第十三条 审查期限不得超过45日。');
		assert.deepEqual(targetsOf(rules), ['20日@', '7个工作日@']);
	});
});

describe('targets: what the sentence does, second round', () => {
	it('leaves out an amount a rule permits (可以延长, 可将…用于)', () => {
		const text = lines('某市住房保障实施方案', '一、主要任务',
			'到2025年，保障房覆盖率达到30%，可将40%以内的结余资金用于保障房建设，审批期限可以延长2个月。');
		assert.deepEqual(targetsOf(text), ['30%@2025']);
	});

	it('ignores an incentive word inside a bracketed note of what is counted', () => {
		const text = lines('某市住房制度改革纲要', '二、总体目标', '到2015年，困难家庭住房保障率（含实物配租和租金补贴）达到75%。');
		assert.deepEqual(targetsOf(text), ['75%@2015']);
	});

	it('takes a quantity named as the goal (减少8%的目标) as a target, not as a qualifier', () => {
		const text = lines('某省“十二五”污染减排规划', '三、重点工程', '为实现氨氮排放量减少8%的目标，必须新建污水处理厂30座。');
		assert.deepEqual(targetsOf(text).map(t => t.split('@')[0]), ['8%', '30座']);
	});

	it('lets a goal section hung under a review section set goals', () => {
		// the review's heading numbers the goals as its child: a missed 二、 between them
		const text = lines('某市住房保障规划', '一、发展现状', '全市已建成保障房2万套。', '（一）总体目标', '到2020年，住房保障覆盖面达到25%。');
		assert.deepEqual(targetsOf(text), ['25%@2020']);
	});
});

describe('targets: conditions, definitions, penalties and classifications', () => {
	it('reads a length reached (满2年) and a definition as no goal', () => {
		const text = lines('某市积分服务管理实施方案', '一、主要任务',
			'本方案所称骨干企业，是指5个以上园区共同认定的企业。',
			'到2025年，服务覆盖率达到95%，新引进人才在本市连续工作满2年以上。');
		assert.deepEqual(targetsOf(text), ['95%@2025']);
	});

	it('leaves a penalty\'s terms, a classification\'s count and joined thresholds out', () => {
		const text = lines('某市建设管理实施方案', '一、主要任务',
			'违规建设的，处工程造价百分之三以上百分之八以下的罚款。',
			'项目按照风险程度划分为低风险、中风险和高风险三类。',
			'对调增投资超过估算百分之十五且绝对额超过二千万元的项目重新审核，力争审核时限压缩至10个工作日。');
		assert.deepEqual(targetsOf(text).map(t => t.split('@')[0]), ['10个工作日']);
	});

	it('takes the meetings a section of working rules requires as a standing bound, as the same meetings under tasks', () => {
		const body = '联席会议原则上每年召开两次全体会议。';
		const doc = (heading: string) => lines('某省联席会议制度', '一、组成单位', '省发展改革委、省财政厅。', '二、主要职责', '统筹推进改革。', heading, body);
		assert.deepEqual(targetsOf(doc('三、工作规则')), ['两次@']);
		assert.deepEqual(targetsOf(doc('三、主要任务')), ['两次@']);
	});

	it('takes the share 使 brings about as a goal, even before 的', () => {
		const text = lines('某省自然保护区发展规划', '二、主要任务', '到2020年，使90%以上的典型生态系统纳入保护范围。');
		assert.deepEqual(targetsOf(text), ['90%以上@2020']);
	});
});

describe('quantities: a flattened table\'s changes', () => {
	it('reads 2295-10% as a figure and a change, not as a range, and a range that goes up as one', () => {
		const text = lines('某省环境保护规划', '专栏1 主要指标', '化学需氧量排放总量（万吨）2549 2295-10%', '二、主要任务', '建设3-5个示范区。');
		const qs = quantitiesOf(text);
		assert.ok(qs.includes('10%'), qs.join(' '));
		assert.ok(qs.includes('3-5个'), qs.join(' '));
		assert.ok(!qs.some(q => q.startsWith('2295')), qs.join(' '));
	});
});
