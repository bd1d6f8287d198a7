// Normalization of annotated targets: value and unit, comparator, scope, deadline, basis, and the
// metric phrase where the annotation's falls short (lists under 分别, shares, page numbers).
import * as assert from 'node:assert/strict';
import { Analysis } from '../../../../src/core/analysis';
import { metricTargets, normalizeTarget, normalizeTargets } from '../../../../src/core/metrics/index';
import type { NormalizedTarget } from '../../../../src/core/metrics/types';
import { readSample } from '../../paths';
import { targetIn, type TargetSpec } from './helpers';

const one = (sentence: string, spec: TargetSpec): NormalizedTarget => {
	const n = normalizeTarget(sentence, targetIn(sentence, spec));
	assert.ok(n, `${spec.quantity} normalized`);
	return n;
};

describe('metric normalization', () => {
	describe('values and units', () => {
		it('converts 万亿元 to 亿元 and keeps the metric phrase', () => {
			const n = one('到2025年，全省软件业务收入达到1.4万亿元。', { quantity: '1.4万亿元', value: 1.4, unit: '万亿元', verb: '达到', metric: '软件业务收入' });
			assert.deepEqual([n.metric, n.value, n.unit, n.family, n.comparator, n.scope], ['软件业务收入', 14000, '亿元', 'money', '=', 'total']);
		});

		it('reads a percentage written in Chinese numerals (百分之五十)', () => {
			const n = one('房屋出售建筑面积达到百分之五十。', { quantity: '百分之五十', value: null, unit: '%', verb: '达到', metric: '房屋出售建筑面积' });
			assert.deepEqual([n.value, n.unit, n.scope], [50, '%', 'share']);
		});

		it('turns a fraction into a percentage (二分之一 → 50%)', () => {
			const n = one('专家人数所占比例应当不低于二分之一。', { quantity: '二分之一', value: 0.5, unit: '', verb: '不低于', comparator: 'atLeast', metric: '专家人数所占比例' });
			assert.deepEqual([n.value, n.unit, n.comparator], [50, '%', '≥']);
		});

		it('gives a bare 万亿 the unit of the value after it in the list', () => {
			const s = '力争电子信息、有色金属产业规模分别达1.28万亿、8200亿元。';
			const n = one(s, { quantity: '1.28万亿', value: 1.28, unit: '万亿', verb: '达', metric: '有色金属产业规模' });
			assert.deepEqual([n.value, n.unit], [12800, '亿元']);
		});

		it('leaves out a target without a value or without a measure, and only that one', () => {
			const s = '达到很多个，实施10个项目。';
			const bad = targetIn(s, { quantity: '很多个', value: null, unit: '个', metric: '' });
			const good = targetIn(s, { quantity: '10个', value: 10, unit: '个', verb: '实施', comparator: 'cultivate', metric: '项目' });
			assert.equal(normalizeTarget(s, bad), null);
			const out = normalizeTargets(s, [bad, good]);
			assert.deepEqual(out.map(t => t.normalized.metric), ['项目']);
		});

		it('reports a target that throws and goes on with the others', () => {
			const s = '培育10家龙头企业，建设20个平台。';
			const broken = { ...targetIn(s, { quantity: '10家', value: 10, unit: '家', comparator: 'cultivate', verb: '培育', metric: '龙头企业' }), quantity: undefined } as never;
			const fine = targetIn(s, { quantity: '20个', value: 20, unit: '个', comparator: 'cultivate', verb: '建设', metric: '平台' });
			const errors: unknown[] = [];
			const out = normalizeTargets(s, [broken, fine], [], e => errors.push(e));
			assert.equal(errors.length, 1);
			assert.deepEqual(out.map(t => t.normalized.metric), ['平台']);
		});
	});

	describe('comparators', () => {
		const cases: [string, TargetSpec, string][] = [
			['规模突破100亿元。', { quantity: '100亿元', value: 100, unit: '亿元', verb: '突破', comparator: 'breakthrough', metric: '规模' }, '>'],
			['企业达到30万家以上。', { quantity: '30万家以上', value: 30, unit: '万家', qualifier: '以上', verb: '达到', metric: '企业' }, '≥'],
			['失业率控制在5.5%左右。', { quantity: '5.5%左右', value: 5.5, unit: '%', qualifier: '左右', verb: '控制在', comparator: 'atMost', metric: '失业率' }, '~'],
			['失业率控制在5%以内。', { quantity: '5%以内', value: 5, unit: '%', qualifier: '以内', verb: '控制在', comparator: 'atMost', metric: '失业率' }, '≤'],
			['假阴性率低于1%。', { quantity: '1%', value: 1, unit: '%', verb: '低于', comparator: 'atMost', metric: '假阴性率' }, '<'],
			['城市家庭带宽不低于20Mbps。', { quantity: '20Mbps', value: 20, unit: 'Mbps', verb: '不低于', comparator: 'atLeast', metric: '城市家庭带宽' }, '≥'],
			['培育3-5家龙头企业。', { quantity: '3-5家', value: 3, valueMax: 5, unit: '家', verb: '培育', comparator: 'cultivate', metric: '龙头企业' }, 'range'],
			['人工智能核心产业规模达到150亿元。', { quantity: '150亿元', value: 150, unit: '亿元', verb: '达到', metric: '人工智能核心产业规模' }, '='],
		];
		for (const [s, spec, want] of cases) {
			it(`${spec.quantity} → ${want}`, () => { assert.equal(one(s, spec).comparator, want); });
		}

		it('keeps both bounds of a range in the canonical unit', () => {
			const n = one('培育3-5万家企业。', { quantity: '3-5万家', value: 3, valueMax: 5, unit: '万家', verb: '培育', comparator: 'cultivate', metric: '企业' });
			assert.deepEqual([n.value, n.valueMax], [30000, 50000]);
		});
	});

	describe('scopes', () => {
		it('an annual growth rate is growth, not a share', () => {
			const n = one('数字经济增加值年均增长20%以上。', { quantity: '20%以上', value: 20, unit: '%', qualifier: '以上', verb: '年均增长', comparator: 'annualGrowth', metric: '数字经济增加值' });
			assert.deepEqual([n.scope, n.value], ['growth', 20]);
		});

		it('a reduction by a percentage is a negative growth; a level reached by 降至 is a share', () => {
			const by = one('产品不良品率降低30%。', { quantity: '30%', value: 30, unit: '%', verb: '降低', comparator: 'reduce', metric: '产品不良品率' });
			assert.deepEqual([by.scope, by.value], ['growth', -30]);
			const to = one('药占比降至30%左右。', { quantity: '30%左右', value: 30, unit: '%', qualifier: '左右', verb: '降至', comparator: 'reduce', metric: '药占比' });
			assert.deepEqual([to.scope, to.value], ['share', 30]);
		});

		it('percentage points are a change; 缩小 makes it negative', () => {
			const up = one('户籍人口城镇化率年均提高1个百分点以上。', { quantity: '1个百分点以上', value: 1, unit: '个百分点', qualifier: '以上', verb: '年均提高', comparator: 'annualGrowth', metric: '户籍人口城镇化率' });
			assert.deepEqual([up.scope, up.unit, up.value], ['growth', '个百分点', 1]);
			const down = one('两率差距比2013年缩小2个百分点以上。', { quantity: '2个百分点以上', value: 2, unit: '个百分点', qualifier: '以上', metric: '两率差距' });
			assert.deepEqual([down.scope, down.value], ['growth', -2]);
		});

		it('a rate or a share is a share; a price rise (涨幅) is growth', () => {
			assert.equal(one('关键工序数控化率达到58%。', { quantity: '58%', value: 58, unit: '%', verb: '达到', metric: '关键工序数控化率' }).scope, 'share');
			assert.equal(one('居民消费价格涨幅2%左右。', { quantity: '2%左右', value: 2, unit: '%', qualifier: '左右', verb: '涨幅', comparator: 'keep', metric: '居民消费价格' }).scope, 'growth');
		});

		it('人均 makes a per-capita value, with money in 元', () => {
			const area = one('城市人均公园绿地面积达到14.6平方米。', { quantity: '14.6平方米', value: 14.6, unit: '平方米', verb: '达到', metric: '城市人均公园绿地面积' });
			assert.deepEqual([area.scope, area.unit], ['perCapita', '平方米']);
			const money = one('人均缴费标准达到120元左右。', { quantity: '120元左右', value: 120, unit: '元', qualifier: '左右', verb: '达到', metric: '人均缴费标准' });
			assert.deepEqual([money.scope, money.value, money.unit], ['perCapita', 120, '元']);
		});

		it('每年 makes a yearly amount; the same words without it a total', () => {
			const yearly = one('每年培育20家以上智能制造标杆企业。', { quantity: '20家以上', value: 20, unit: '家', qualifier: '以上', verb: '培育', comparator: 'cultivate', metric: '智能制造标杆企业' });
			const total = one('培育15家以上智能制造标杆企业。', { quantity: '15家以上', value: 15, unit: '家', qualifier: '以上', verb: '培育', comparator: 'cultivate', metric: '智能制造标杆企业' });
			assert.deepEqual([yearly.scope, total.scope], ['annual', 'total']);
		});

		it('an absolute change against last year is growth, an amount alone a total', () => {
			assert.equal(one('财政赤字规模比去年增加1万亿元。', { quantity: '1万亿元', value: 1, unit: '万亿元', verb: '增加', comparator: 'increase', metric: '财政赤字规模比去年' }).scope, 'growth');
			assert.equal(one('安排资金5亿元。', { quantity: '5亿元', value: 5, unit: '亿元', verb: '安排', comparator: 'cultivate', metric: '资金' }).scope, 'total');
		});
	});

	describe('deadlines and basis', () => {
		it('keeps the deadline year as a number, null when none', () => {
			assert.equal(one('规模达到150亿元。', { quantity: '150亿元', value: 150, unit: '亿元', verb: '达到', metric: '规模', deadline: '2020' }).deadline, 2020);
			assert.equal(one('规模达到150亿元。', { quantity: '150亿元', value: 150, unit: '亿元', verb: '达到', metric: '规模', deadline: null }).deadline, null);
		});

		it('新培育 is an increment, 达到 a level, 培育 alone says neither', () => {
			assert.equal(one('新培育高新技术企业超过1000家。', { quantity: '1000家', value: 1000, unit: '家', verb: '超过', comparator: 'exceed', metric: '新培育高新技术企业' }).basis, 'increment');
			assert.equal(one('高新技术企业达到5万家。', { quantity: '5万家', value: 5, unit: '万家', verb: '达到', metric: '高新技术企业' }).basis, 'level');
			assert.equal(one('培育10家领军企业。', { quantity: '10家', value: 10, unit: '家', verb: '培育', comparator: 'cultivate', metric: '领军企业' }).basis, 'open');
		});

		it('a verb carried over from an earlier item of a list does not make a level or an increment', () => {
			const s = '城镇新增就业30万人以上，城镇调查失业率5.7%左右。';
			const n = one(s, { quantity: '5.7%左右', value: 5.7, unit: '%', qualifier: '左右', verb: '', comparator: 'cultivate', metric: '城镇调查失业率' });
			assert.equal(n.basis, 'open');
		});
	});

	describe('metric phrases', () => {
		it('distributes a 分别 list over its values (省级、市县级…分别达到90%、70%以上)', () => {
			const s = '到2019年6月底，省级、市县级政务服务事项网上可办率分别达到90%、70%以上。';
			const a = targetIn(s, { quantity: '90%', value: 90, unit: '%', verb: '达到', metric: '市县级政务服务事项网上可办率' });
			const b = targetIn(s, { quantity: '70%以上', value: 70, unit: '%', qualifier: '以上', verb: '达到', metric: '市县级政务服务事项网上可办率' });
			const out = normalizeTargets(s, [a, b]).map(t => [t.normalized.metric, t.normalized.comparator]);
			assert.deepEqual(out, [['省级政务服务事项网上可办率', '='], ['市县级政务服务事项网上可办率', '≥']]);
		});

		it('expands 城乡 in a list of two, and splits two complete measures joined by 及', () => {
			const s = '城乡居民人均可支配收入分别增长7%左右和8%左右。';
			const t = [
				targetIn(s, { quantity: '7%左右', value: 7, unit: '%', qualifier: '左右', verb: '增长', comparator: 'increase', metric: '城乡居民人均可支配收入' }),
				targetIn(s, { quantity: '8%左右', value: 8, unit: '%', qualifier: '左右', comparator: 'increase', metric: '城乡居民人均可支配收入' }),
			];
			assert.deepEqual(normalizeTargets(s, t).map(x => x.normalized.metric), ['城镇居民人均可支配收入', '农村居民人均可支配收入']);
			const g = '全省规模以上电子信息制造业增加值及软件和信息技术服务业收入年均分别增长13%、20%。';
			const u = [
				targetIn(g, { quantity: '13%', value: 13, unit: '%', verb: '年均分别增长', comparator: 'annualGrowth', metric: '业增加值及软件和信息技术服务业收入' }),
				targetIn(g, { quantity: '20%', value: 20, unit: '%', comparator: 'annualGrowth', metric: '业增加值及软件和信息技术服务业收入' }),
			];
			assert.deepEqual(normalizeTargets(g, u).map(x => x.normalized.metric), ['规模以上电子信息制造业增加值', '软件和信息技术服务业收入']);
		});

		it('names what a share is of from the clause before (…达到万亿级，占GDP比重超过50%)', () => {
			const s = '到2025年，数字经济产业能级达到万亿级，占GDP比重超过50%。';
			assert.equal(one(s, { quantity: '50%', value: 50, unit: '%', verb: '超过', comparator: 'exceed', metric: '占GDP比重' }).metric, '数字经济占GDP比重');
		});

		it('reads across a page number left in a hard-wrapped sentence', () => {
			const s = '轻工重点企业数字化研发设计\n1\n工具普及率达到90%。';
			const t = targetIn(s, { quantity: '90%', value: 90, unit: '%', verb: '达到', metric: '工具普及率' });
			const n = normalizeTarget(s, { ...t, clause: { offset: s.indexOf('工具'), end: s.length } });
			assert.equal(n?.metric, '轻工重点企业数字化研发设计工具普及率');
		});

		it('names the industry of a figure that leaves it out, from its section', () => {
			const s = '产业产值突破3000亿元。';
			const t = targetIn(s, { quantity: '3000亿元', value: 3000, unit: '亿元', verb: '突破', comparator: 'breakthrough', metric: '产业产值', section: ['强化智能家居产业发展', '智能家居产业提质工程'] });
			const [n] = normalizeTargets(s, [t], [{ title: '新一代信息技术产业规划', paragraphs: [] }]);
			assert.equal(n.normalized.metric, '智能家居产业产值');
			assert.equal(n.normalized.key, '智能家居产业规模');
		});

		it('drops dates, places, colons and verbs around the measure, and folds synonyms in the key', () => {
			const n = one('主要预期目标是：地区生产总值增长7%以上。', { quantity: '7%以上', value: 7, unit: '%', qualifier: '以上', verb: '增长', comparator: 'increase', metric: '经济社会发展主要预期目标是：地区生产总值' });
			assert.deepEqual([n.metric, n.key], ['地区生产总值', 'GDP']);
			const m = one('到2020年全省规模以上工业增加值增长5%以上。', { quantity: '5%以上', value: 5, unit: '%', qualifier: '以上', verb: '增长', comparator: 'increase', metric: '到2020年全省规模以上工业增加值' });
			assert.deepEqual([m.metric, m.key], ['规模以上工业增加值', '规上工业增加值']);
		});
	});

	describe('on annotated samples', () => {
		it('reads the 人工智能核心产业规模 targets of 四川 and 天津 with their deadlines', () => {
			const got = (name: string) => metricTargets(new Analysis(readSample(name), () => undefined))
				.filter(t => t.normalized.metric === '人工智能核心产业规模')
				.map(t => [t.normalized.comparator, t.normalized.value, t.normalized.unit, t.normalized.deadline]);
			assert.deepEqual(got('sichuan'), [['>', 500, '亿元', 2020], ['>', 1000, '亿元', 2025]]);
			assert.deepEqual(got('tianjin-ai-industry'), [['=', 150, '亿元', 2020]]);
		});

		it('normalizes every annotated target of every sample without an error', () => {
			for (const name of ['gansu', 'guizhou', 'hubei', 'shaanxi', 'shandong', 'sichuan', 'tianjin-ai-industry', 'tianjin-qilian']) {
				const a = new Analysis(readSample(name), () => undefined);
				const errors: unknown[] = [];
				const out = metricTargets(a, e => errors.push(e));
				assert.deepEqual(errors, [], name);
				assert.ok(out.length >= a.annotations.targets.length - 1, `${name}: ${out.length} of ${a.annotations.targets.length}`);
				for (const t of out) { assert.equal(a.text.slice(t.offset, t.end), t.text); }
			}
		});
	});
});
