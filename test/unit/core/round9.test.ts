// Issue 7, ninth round: a rule's standing bounds (GUIDE: "standing bound") — the least staff of a
// step, how often a duty is done, the least duration it keeps — are targets without a deadline;
// a time limit, a least gap between two acts and a term the rule grants are not. Every text is
// written for its case; the gold set (test/gold) measures the documents.
import * as assert from 'node:assert/strict';
import { targetsOf } from './helpers';

describe('targets: standing bounds of rules, ninth round', () => {
	it('takes the least staff a step or a body requires after 由 (由2名以上执法人员参加, 由五人以上单数组成)', () => {
		const text = '某市行政执法条例\n第一条 现场检查应当由2名以上执法人员参加。\n第二条 业主委员会由五人以上单数组成。\n'
			+ '第三条 专家组由3名专家组成。\n';
		// without a bound (由3名专家组成) the count describes the body, it sets no least number
		assert.deepEqual(targetsOf(text), ['2名以上@', '五人以上@']);
	});

	it('takes a period with its own bound as a frequency (至少每2年组织1次), also half a year and 每隔', () => {
		const text = '某市安全生产条例\n第一条 生产经营单位应当至少每2年组织1次应急演练，至少每半年公布一次检查结果。\n'
			+ '第二条 行政机关应当每隔两年对规范性文件进行评估。\n第三条 有效期届满后可以再延续2年。\n';
		assert.deepEqual(targetsOf(text), ['2年@', '1次@', '半年@', '一次@', '两年@']);
	});

	it('takes a least number of times that qualifies the activity (不少于一次的疏散演练) as the frequency it sets', () => {
		const text = '某市校园安全条例\n第一条 学校每学期组织不少于一次的疏散演练。\n第二条 受过2次以上处罚的单位不得申请。\n';
		assert.deepEqual(targetsOf(text), ['一次@']);
	});

	it('takes a least retention before a colon and its list (数据存储时间不少于8年：) as a duration, not the size of the list', () => {
		const text = '某市智能网联汽车测试管理细则\n第一条 测试车辆应当记录下列信息，数据存储时间不少于8年：\n（一）车辆位置；\n（二）车辆速度。\n'
			+ '第二条 申请人应当提交下列两项材料：\n（一）申请书；\n（二）承诺书。\n';
		assert.deepEqual(targetsOf(text), ['8年@']);
	});

	it('reads a least gap between two acts (时间间隔不少于30日, 至少提前三十日) as a time limit, a least period a duty keeps as a bound', () => {
		const text = '某市规章制定程序规定\n第一条 规章公布与施行的时间间隔不少于30日。\n第二条 起草单位应当至少提前三十日通告。\n'
			+ '第三条 征求意见的时间不得少于30日。\n';
		assert.deepEqual(targetsOf(text), ['30日@']);
	});

	it('keeps a least number of times that picks out whom a rule is for (违法不少于3次的单位) a threshold', () => {
		const text = '某市安全生产条例\n第一条 对一年内违法不少于3次的单位依法从重处罚。\n第二条 累计迟到不少于三次的人员予以警告。\n'
			+ '第三条 被约谈至少两次的企业，取消评优资格。\n第四条 学校每学期组织不少于一次的疏散演练。\n';
		assert.deepEqual(targetsOf(text), ['一次@']);
	});

	it('reads what an applicant must have and what a number of people may do together as conditions, not standing bounds', () => {
		const text = '某市人才引进办法\n第一条 申请人从事相关工作不少于5年。\n第二条 申请人在本市连续缴纳社会保险不少于12个月。\n'
			+ '第三条 申请人的工作年限应当不少于15年。\n第四条 由十名以上代表联名，可以提出议案。\n第五条 受理窗口应当由2名以上工作人员值守。\n';
		assert.deepEqual(targetsOf(text), ['2名以上@']);
	});

	it('reads a gap only right before its bound (提前谋划…保存不少于3年 keeps the records), and dates a yearly frequency by its own sentence', () => {
		const rules = '某市档案管理条例\n第一条 应当提前谋划并将记录保存不少于3年。\n';
		assert.deepEqual(targetsOf(rules), ['3年@']);
		const plan = '某市培训实施方案\n一、主要任务\n到2025年，每年开展培训不少于2次。\n';
		assert.deepEqual(targetsOf(plan), ['2次@2025']);
	});
});
