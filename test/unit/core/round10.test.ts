// Issue 7, tenth round: more of a rule's standing bounds and of what marks a date, each a general way
// of writing them. Every text is written for its case; the gold set (test/gold) measures the documents.
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import { annotate } from '../../../src/core/annotations/index';
import { dateKinds, targetsOf } from './helpers';

describe('targets: standing bounds of rules, tenth round', () => {
	it('takes a count of times in Chinese numerals as a frequency though its bound stands before 每 (至少每季度公布一次)', () => {
		const text = '某市村务公开条例\n第一条 一般事项至少每季度公布一次，财务收支至少每月公布两次。\n';
		assert.deepEqual(targetsOf(text), ['一次@', '两次@']);
	});

	it('leaves how often an applicant may apply (每年申请一次, 申请延续不得超过两次), not how often the authority organizes it', () => {
		const text = '某市人才积分管理办法\n第五条 积分入户每年申请一次，申请延续的次数不得超过两次。\n'
			+ '第六条 人力资源部门每年组织申报一次，每季度公布一次受理情况。\n';
		assert.deepEqual(targetsOf(text), ['一次@', '一次@']);
	});

	it('takes the cycle of a recurring act (更新周期不超过三年) and an interval after 每间隔 as frequencies, not time limits', () => {
		const text = '某省地理信息管理条例\n第七条 基础地理信息数据的更新周期不超过三年，检定周期一般不超过一年。\n'
			+ '第八条 地图服务单位应当每间隔三个月报送变更情况。\n第九条 审批期限不超过二十日，项目实施周期为5年。\n';
		assert.deepEqual(targetsOf(text), ['三年@', '一年@', '三个月@']);
	});

	it('takes how long a record is kept right after 保存 whatever verb its name holds (培训记录保存四年以上)', () => {
		const text = '某市特种设备安全条例\n第十条 使用单位应当建立安全教育档案，培训记录保存四年以上，检验报告留存2年。\n';
		assert.deepEqual(targetsOf(text), ['四年以上@', '2年@']);
	});
});

describe('targets: a quota an authority fixes, tenth round', () => {
	it('takes the count after 核定 (核定行政编制20名) as a quota it sets, not 核定的 or 核定后 as a verb', () => {
		const text = '国务院办公厅关于某省安全监察局机构编制的复函\n一、同意设立某省安全监察局，核定该局行政编制20名。\n'
			+ '二、按核定的50名编制以内调剂使用。\n';
		assert.deepEqual(targetsOf(text), ['20名@']);
	});

	it('takes what a duty provides after 配备 (配备两条及以上传输通道) as its level', () => {
		const text = '某省应急广播建设规范\n一、技术要求\n县级平台应配备两条及以上不同的传输通道。\n';
		assert.deepEqual(targetsOf(text), ['两条及以上@']);
	});
});

describe('quantities: Chinese numerals, tenth round', () => {
	it('reads a range of Chinese numerals sharing one measure (三到五个百分点) and 一个百分点 as amounts', () => {
		const text = '某省科学技术进步条例\n第八条 科学技术经费的增长幅度应当高于财政经常性收入增长幅度三到五个百分点。\n'
			+ '第九条 研究与开发经费占生产总值的比重应当每年提高一个百分点以上。\n';
		const found = annotate(parseFile(text)).quantities;
		assert.deepEqual(found.map(q => [q.text, q.value, q.valueMax]), [['三到五个百分点', 3, 5], ['一个百分点以上', 1, null]]);
		assert.deepEqual(targetsOf(text), ['三到五个百分点@', '一个百分点以上@']);
	});

	it('reads 每周一次 as times a week, not 周一 a weekday, and two alternatives (一次或两次) as two amounts', () => {
		const text = '某市居住证管理办法\n第九条 受理点每周一次或两次到制证点领取证件，每周一上午公布名单。\n';
		assert.deepEqual(annotate(parseFile(text)).quantities.map(q => q.text), ['一次', '两次']);
		assert.deepEqual(targetsOf(text), ['一次@', '两次@']);
	});
});

describe('date kinds, tenth round', () => {
	it('takes the year of the document’s own title cited in a 《》 as its period, another document’s (or an edition) as a reference', () => {
		const text = '2016年某市中小学招生工作方案\n一、总体要求\n市教育局制定了《2016年某市中小学招生工作方案》，'
			+ '参照《2015年某市职业教育工作要点》和《某市招生工作指南（2016年版）》执行。\n';
		assert.deepEqual(dateKinds(text).slice(1), ['2016年:period', '2015年:reference', '2016年:reference']);
	});

	it('takes a year that names an agreement or a convention (1998年协议, 2015年巴黎协定) as a reference', () => {
		const text = '某省机动车排放管理工作报告\n一、工作进展\n我省在制定标准时兼顾1998年协议，落实2015年巴黎协定。\n'
			+ '某省生态环境厅\n2017年3月1日\n';
		assert.deepEqual(dateKinds(text).slice(0, 2), ['1998年:reference', '2015年:reference']);
	});

	it('takes a year right before what is to be completed by then (2017年总体建成) as a deadline, not one done (2015年完成了)', () => {
		const text = '关于加快某省法院信息化建设的意见\n一、总体要求\n确保完成规划提出的2017年总体建成、2020年全面实现的建设任务。'
			+ '该院2015年完成了试点。\n';
		assert.deepEqual(dateKinds(text), ['2017年:deadline', '2020年:deadline', '2015年:reference']);
	});
});
