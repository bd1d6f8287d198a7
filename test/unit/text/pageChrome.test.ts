// Web-page chrome around a copied notice (src/core/text/pageChrome.ts): a site's metadata fields,
// toolbars and browser hints, told from a draft's own lines.
import * as assert from 'node:assert/strict';
import { hasPageChrome, pageChromeWeight } from '../../../src/core/text/pageChrome';

describe('page chrome', () => {
	it('weighs two metadata fields (also with blanks inside a field name) or a toolbar as chrome', () => {
		for (const line of ['文章来源: 深圳市住房和建设局 发文字号：深府[2012]145号 发布时间：2012-12-26', '索 引 号:006939748/2011-00471 分类: 科技、教育',
			' 发布时间:2015-03-27 10:39:34.0 浏览次数:26430 ', '【内容纠错】【打印本页】【关闭窗口】', ' 打印;) 关闭;)', '信息提供日期：2016-08-23 【字体：大 中 小 】',
			'(建议使用1024*768分辨率IE6.0以上版本浏览器)']) {
			assert.equal(pageChromeWeight(line), 2, line);
		}
	});

	it('weighs a line that opens with a site-only field as half of it, and a draft\'s own lines as text', () => {
		assert.equal(pageChromeWeight('发布时间：2016-05-16'), 1);
		for (const line of ['资金来源：省级财政专项资金。', '一、总体要求', '发布时间、来源和浏览次数由系统记录，打印和关闭按钮保留。', '',
			`信息来源：${'某'.repeat(300)}`, '项目名称：＿＿ 申报时间：＿＿', '资金来源：省级财政专项资金；实施时间：2024年', '作者：张三，时间：2020年',
			'名称：＿＿ 时间：＿＿', '下班后及时关闭电脑、打印机等办公设备电源。']) {
			assert.equal(pageChromeWeight(line), 0, line.slice(0, 20));
		}
	});

	it('finds a page in a text with a line of two fields or two half lines, not in a draft with one field', () => {
		const draft = '关于做好某项工作的通知\n\n发布时间：____年__月__日\n一、总体要求\n';
		assert.equal(hasPageChrome(draft), false);
		assert.equal(hasPageChrome(draft + '浏览次数：26430\n'), true);
		// (any line break the project knows ends a line: a file with CR-only line ends)
		assert.equal(hasPageChrome('关于做好某项工作的通知\r发布时间：2016-05-16\r浏览次数：26430\r'), true);
		assert.equal(hasPageChrome('关于做好某项工作的通知\n来源:http://www.example.cn/ 投稿:某某网 时间:2015-01-23 点击: 988 次\n一、总体要求\n'), true);
		assert.equal(hasPageChrome('关于做好某项工作的通知\n项目名称：＿＿ 申报时间：＿＿\n资金来源：省级财政；实施时间：2024年\n'), false);
	});
});
