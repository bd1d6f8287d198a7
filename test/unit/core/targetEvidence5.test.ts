// Targets and quantities, fifth round (issue 7, points 4–5): Chinese decimals and round magnitudes
// bounded as a level as quantities; the terms of an award listed under its lead, a charge levied on a
// rule's breach, a list of conditions whose lead names what meeting them grants, and a decision that
// restates the rules it amends. Every text here is written for the test (GUIDE.md's definitions).
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import { annotate } from '../../../src/core/annotations/index';

const lines = (...l: string[]) => l.join('\n');
const annotated = (text: string) => annotate(parseFile(text));
const targetsOf = (text: string) => annotated(text).targets.map(t => t.quantity.text);
const quantitiesOf = (text: string) => annotated(text).quantities.map(q => `${q.text}${q.isTarget ? '*' : ''}`);

describe('quantities: Chinese decimals and magnitudes, fifth round', () => {
	it('reads a Chinese numeral with decimals after 点 as one amount (百分之二点五, 一点五米)', () => {
		const text = lines('某省科学技术进步条例', '第十条 到2030年，全省研究与试验发展经费支出占生产总值的比重应当达到百分之二点五。',
			'第十一条 管线外缘与树干外缘的水平距离不小于一点五米。');
		const found = annotated(text).quantities;
		assert.deepEqual(found.map(q => q.text), ['百分之二点五', '一点五米']);
		assert.deepEqual(found.map(q => q.value), [2.5, 1.5]);
		assert.deepEqual(targetsOf(text), ['百分之二点五', '一点五米']);
	});

	it('takes a round magnitude bounded as a level (百万吨以上) or reached (过千亿) as a quantity, a programme’s name not (千人计划)', () => {
		const text = lines('某省农业农村现代化规划（2021—2025年）', '一、发展目标', '到2025年，粮食产量稳定在百万吨以上，实施千人计划，农业总产值过千亿。');
		assert.deepEqual(quantitiesOf(text), ['百万吨以上*', '千亿*']);
	});
});

describe('targets: a performance a product is to reach, fifth round', () => {
	it('takes the level a performance measure of a product is to reach (分辨率达到1pT的磁传感器) as a target, a threshold of whom a rule is for not', () => {
		const plan = lines('某省智能传感器产业发展行动计划（2021—2023年）', '一、主要目标', '到2023年，分辨率达到1pT的磁传感器实现量产，建成效率不低于60%的脱硝设施。');
		assert.deepEqual(targetsOf(plan), ['1pT', '60%']);
		const rule = lines('某市新市民积分管理办法', '第十条 积分达到30分以上的新市民，可以申请子女入学。');
		assert.deepEqual(targetsOf(rule), []);
	});
});

describe('targets: a stock counted in days of use, fifth round', () => {
	it('takes a stock to keep counted in days of use (库存不低于10天用量) as a target, a time frame (3年内建成) not', () => {
		const text = lines('关于做好煤炭储备工作的意见', '一、储备要求', '电厂煤炭库存不低于10天用量，产区保持三个月销量。', '二、建设任务', '3年内建成5个储备基地。');
		assert.deepEqual(targetsOf(text), ['10天', '三个月', '5个']);
	});
});

describe('targets: terms of awards, charges and restated rules, fifth round', () => {
	it('takes no item of a list an award’s lead introduces (约定奖励和报酬：（三）…提取不低于百分之五) as a target', () => {
		const text = lines('某市促进科技成果转化条例', '第二十条 单位可以按照以下标准与科技人员约定奖励和报酬：',
			'（一）转让科技成果的，从转让净收入中提取不低于百分之七十的比例；',
			'（二）按照本条例第十条第一项的规定作价投资的，从形成的股份中提取不低于百分之七十的比例；',
			'（三）自行实施转化的，在投产后连续五年，每年从营业利润中提取不低于百分之五的比例。',
			'第二十一条 市财政每年应当安排不少于1亿元专项资金支持成果转化。');
		assert.deepEqual(targetsOf(text), ['1亿元']);
	});

	it('takes no item of a list of conditions whose lead names what meeting them grants (对符合下列条件的，发给许可证：) as a target', () => {
		const text = lines('某市商品房预售管理办法', '第十一条 对符合下列条件的，发给商品房预售许可证：', '（一）持有建设工程规划许可证；',
			'（二）投入开发建设的资金达到工程建设总投资的百分之二十五以上。');
		assert.deepEqual(targetsOf(text), []);
	});

	it('takes no charge levied on a breach (租金按照不低于原标准的4倍计收) as a target', () => {
		const text = lines('某市公共租赁住房管理办法', '第四十二条 承租人拒不调换住房的，整套住房租金按照不低于原租金标准的4倍计收。');
		assert.deepEqual(targetsOf(text), []);
	});

	it('reads a decision that amends a regulation as rules: a change it grants (增加产假30天) is no target, a standing bound is', () => {
		const sentence = '女方增加产假30天，现场检查人员不得少于2人。';
		const text = lines('国务院关于修改《某某管理条例》的决定', '国务院决定对《某某管理条例》作如下修改：',
			`将第十条修改为：“${sentence}”`, '本决定自2018年10月1日起施行。');
		assert.deepEqual(targetsOf(text), ['2人']);
		assert.deepEqual(targetsOf(lines('某市生育支持实施方案', '一、主要任务', sentence)), ['30天', '2人']);
	});
});
