// Date kinds, fourth round (issue 7, point 5): a rule's history revised by an order or a meeting's
// 修改, and the period of a plan named inside the title of the request a reply approves. Short
// texts written for these cases (GUIDE.md's kinds).
import * as assert from 'node:assert/strict';
import { annotate } from '../../../src/core/annotations/index';
import { parseFile } from '../../../src/core/parse';

/** `text:kind` of every date of a parsed file. */
function fileKinds(lines: string[]): string[] {
	return annotate(parseFile(lines.join('\n'))).dates.map(d => `${d.text}:${d.kind}`);
}

describe('date kinds 4', () => {
	it('reads a revision by an order (市政府令第105号修改) as a step of the history: earlier steps past, the last issued', () => {
		const kinds = fileKinds([
			'某市物业管理办法',
			'（2004年5月20日市政府令第30号发布，2010年12月1日市政府令第105号修改，2018年3月5日市政府令第210号第二次修改）',
			'第一条 为了规范物业管理活动，制定本办法。',
			'第五十条 本办法自发布之日起施行。',
		]);
		assert.deepEqual(kinds, ['2004年5月20日:past', '2010年12月1日:past', '2018年3月5日:issued']);
	});

	it('reads a meeting’s 修改 as a revision: the first adoption and its approval are past', () => {
		const kinds = fileKinds([
			'某市养犬管理规定',
			'（1995年3月1日市人民代表大会常务委员会第十六次会议通过 1995年4月20日省人民代表大会常务委员会第十四次会议批准 2008年10月28日市人民代表大会常务委员会第五次会议修改 2008年11月28日省人民代表大会常务委员会第六次会议批准）',
			'第一条 为了加强养犬管理，制定本规定。',
			'第三十条 本规定自2009年1月1日起施行。',
		]);
		assert.deepEqual(kinds, ['1995年3月1日:past', '1995年4月20日:past', '2008年10月28日:issued', '2008年11月28日:issued', '2009年1月1日:effective']);
	});

	it('reads a law database’s 公布日期 as the day the rule was promulgated (issued), its 发布时间 as the page’s date', () => {
		const kinds = fileKinds([
			'某市市容管理规定',
			'公布日期 2004-08-30 施行日期 2004-10-01',
			'发布时间：2016-05-17',
			'第一条 为了加强市容管理，制定本规定。',
		]);
		assert.deepEqual(kinds, ['2004-08-30:issued', '2004-10-01:effective', '2016-05-17:published']);
	});

	it('reads the year an annual quota is set for (确定2016年…基准定额为) as a period, a year a step is due by not', () => {
		const kinds = fileKinds([
			'某省财政厅关于调整义务教育公用经费标准的通知',
			'各市财政局：',
			'省里确定2016年生均公用经费基准定额为小学每生每年600元。各地要在2016年底前足额拨付到位。',
			'某省财政厅',
			'2016年3月1日',
		]);
		assert.deepEqual(kinds, ['2016年:period', '2016年底前:deadline', '2016年3月1日:issued']);
	});

	it('reads the period of the plan a reply approves as a period inside the title of the request (〈…（2021—2035年）〉的请示)', () => {
		const kinds = fileKinds([
			'国务院关于某新区总体规划（2021—2035年）的批复',
			'某省人民政府：',
			'你省《关于呈报〈某新区总体规划（2021—2035年）〉的请示》收悉。现批复如下：',
			'一、原则同意《某新区总体规划（2021—2035年）》。',
			'二、《某市2016—2020年交通规划》同时停止执行。',
		]);
		assert.equal(kinds.filter(k => k === '2021—2035年:period').length, 3, kinds.join(' '));
		assert.ok(kinds.includes('2016—2020年:reference'), kinds.join(' '));
	});
});
