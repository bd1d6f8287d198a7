// Matching: what makes two targets the same metric (same measure, population and kind of figure)
// and what keeps near-identical phrases apart.
import * as assert from 'node:assert/strict';
import { MetricMatcher } from '../../../../src/core/metrics/match';
import { norm } from './helpers';

const matcher = new MetricMatcher();
const same = (a: ReturnType<typeof norm>, b: ReturnType<typeof norm>) => matcher.compare(a, b);

describe('metric matching', () => {
	describe('same metric', () => {
		it('the same phrase, whatever the values and deadlines', () => {
			const r = same(norm('人工智能核心产业规模', { value: 150, deadline: 2020 }), norm('人工智能核心产业规模', { value: 1000, deadline: 2025 }));
			assert.deepEqual([r.same, r.reason], [true, 'key']);
		});

		it('different words for one measure (产值 vs 规模, 规模以上 vs 规上, 软件业务 vs 软件和信息技术服务业)', () => {
			assert.equal(same(norm('人工智能核心产业产值规模'), norm('人工智能核心产业规模')).same, true);
			assert.equal(same(norm('规模以上工业增加值', { scope: 'growth', family: 'percent', unit: '%' }), norm('规上工业增加值', { scope: 'growth', family: 'percent', unit: '%' })).same, true);
			assert.equal(same(norm('软件业务收入'), norm('软件和信息技术服务业收入')).same, true);
			assert.equal(same(norm('地区生产总值', { scope: 'growth', family: 'percent', unit: '%' }), norm('国内生产总值', { scope: 'growth', family: 'percent', unit: '%' })).same, true);
		});

		it('a rate of part of the population is still that rate', () => {
			const share = { scope: 'share' as const, family: 'percent' as const, unit: '%' };
			const r = same(norm('关键工序数控化率', share), norm('电力装备制造业重点企业关键工序数控化率', share));
			assert.deepEqual([r.same, r.reason], [true, 'contained']);
		});

		it('an amount of a place or a period is still that amount (先导区, 有效期内)', () => {
			assert.equal(same(norm('先导区人工智能核心产业规模'), norm('人工智能核心产业规模')).same, true);
			assert.equal(same(norm('有效期内高新技术企业', { family: 'count', unit: '个' }), norm('高新技术企业', { family: 'count', unit: '个' })).same, true);
		});

		it('an open basis matches a level (培育10家 vs 达到10家)', () => {
			assert.equal(same(norm('领军企业', { basis: 'open' }), norm('领军企业', { basis: 'level' })).same, true);
		});
	});

	describe('not the same metric', () => {
		it('核心 vs 相关 产业规模, or one side without 核心', () => {
			assert.deepEqual(same(norm('人工智能核心产业规模'), norm('人工智能相关产业规模')).reason, 'discriminator');
			assert.equal(same(norm('人工智能核心产业规模'), norm('人工智能产业规模')).same, false);
		});

		it('产业规模 vs 产业增加值 (same words, another measure)', () => {
			assert.equal(same(norm('数字经济核心产业规模'), norm('数字经济核心产业增加值')).same, false);
		});

		it('省级 vs 市县级, 城镇 vs 农村, 常住 vs 户籍', () => {
			const share = { scope: 'share' as const, family: 'percent' as const, unit: '%' };
			assert.equal(same(norm('省级政务服务事项网上可办率', share), norm('市县级政务服务事项网上可办率', share)).same, false);
			assert.equal(same(norm('城镇居民人均可支配收入', share), norm('农村居民人均可支配收入', share)).same, false);
			assert.equal(same(norm('常住人口城镇化率', share), norm('户籍人口城镇化率', share)).same, false);
		});

		it('two named fields (人工智能 vs 虚拟现实, 工业互联网 vs 产业互联网)', () => {
			assert.equal(same(norm('人工智能产业规模'), norm('虚拟现实产业规模')).same, false);
			const count = { family: 'count' as const, unit: '个' };
			assert.equal(same(norm('跨领域工业互联网平台', count), norm('跨行业跨领域产业互联网平台', count)).same, false);
		});

		it('a total never matches a growth rate, a share, a per-capita value or a yearly amount of the same words', () => {
			const base = norm('信息技术产业营业收入');
			for (const scope of ['growth', 'share', 'perCapita', 'annual'] as const) {
				assert.deepEqual(same(base, norm('信息技术产业营业收入', { scope })).reason, 'scope', scope);
			}
		});

		it('units of another family (% vs 个百分点, 亿元 vs 个)', () => {
			const g = { scope: 'growth' as const };
			assert.equal(same(norm('户籍人口城镇化率', { ...g, family: 'percent', unit: '%' }), norm('户籍人口城镇化率', { ...g, family: 'points', unit: '个百分点' })).reason, 'unit');
			assert.equal(same(norm('龙头企业'), norm('龙头企业', { family: 'count', unit: '个' })).reason, 'unit');
		});

		it('a level never matches an increment (高新技术企业达到5万家 vs 新培育…1000家)', () => {
			const count = { family: 'count' as const, unit: '个' };
			assert.equal(same(norm('高新技术企业', { ...count, basis: 'level' }), norm('高新技术企业', { ...count, basis: 'increment' })).reason, 'basis');
		});

		it('another head noun (企业 vs 项目, 数控化率 vs 普及率)', () => {
			const count = { family: 'count' as const, unit: '个' };
			assert.equal(same(norm('智能制造试点示范企业', count), norm('智能制造试点示范项目', count)).reason, 'head');
		});

		it('an amount of a part of what is counted (化工行业智能制造标准 vs 智能制造标准)', () => {
			const count = { family: 'count' as const, unit: '个' };
			assert.equal(same(norm('化工行业智能制造标准', count), norm('智能制造标准', count)).reason, 'part');
		});

		it('phrases that share too little (产品生产周期 vs 产品研制周期)', () => {
			const g = { scope: 'growth' as const, family: 'percent' as const, unit: '%' };
			assert.equal(same(norm('产品生产周期', g), norm('产品研制周期', g)).same, false);
		});
	});

	describe('similarity', () => {
		it('is symmetric, 1 for equal keys and 0 for nothing shared', () => {
			const m = new MetricMatcher(['人工智能产业规模', '虚拟现实产业规模', '软件业收入']);
			assert.equal(m.similarity('软件业收入', '软件业收入'), 1);
			assert.equal(m.similarity('虚拟现实', '软件业收入'), 0);
			assert.equal(m.similarity('人工智能产业规模', '虚拟现实产业规模'), m.similarity('虚拟现实产业规模', '人工智能产业规模'));
		});

		it('weighs a bigram the phrases share often below a rare one', () => {
			const m = new MetricMatcher(['人工智能产业规模', '虚拟现实产业规模', '先进计算产业规模', '人工智能企业']);
			assert.ok(m.weight('产业') < m.weight('虚拟'));
		});
	});
});
