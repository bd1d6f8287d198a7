// Date kinds as GUIDE.md defines them (test/gold), on short texts written for these cases: a
// regulation's history, dates that name another document, cut-offs and comparison bases, the
// year a sentence is about, and dates the scanner used to miss.
import * as assert from 'node:assert/strict';
import type { Span } from '../../../src/core/model';
import { bookTitles } from '../../../src/core/annotations/chars';
import { classifyDate, scanDates, type ClassifyContext } from '../../../src/core/annotations/dates';
import { annotate } from '../../../src/core/annotations/index';
import { parseFile } from '../../../src/core/parse';

const all = (s: string): Span => ({ offset: 0, end: s.length });

/** `text:kind` of every date of a string classified alone, with the context given. */
function kinds(s: string, ctx: ClassifyContext = { docYear: 2018 }): string[] {
	const titles = bookTitles(s, 0, s.length);
	return scanDates(s, all(s), { bookTitles: titles }).map(r => `${r.text}:${classifyDate(r, ctx).kind}`);
}

/** `text:kind` of every date of a parsed file (its signature, title and history give the context). */
function fileKinds(lines: string[]): string[] {
	return annotate(parseFile(lines.join('\n'))).dates.map(d => `${d.text}:${d.kind}`);
}

describe('date kinds: a regulation\'s history', () => {
	it('the latest revision issued the text at hand; earlier adoption and revisions are past', () => {
		const got = fileKinds([
			'某市物业管理规定', '',
			'2004年8月19日 某市第十二届人民代表大会常务委员会第十四次会议通过', '',
			'2010年12月23日 某市第十三届人民代表大会常务委员会第二十三次会议修订', '',
			'2018年11月22日 某市第十五届人民代表大会常务委员会第七次会议《关于修改〈某市物业管理规定〉的决定》修正', '',
			'第一条 为了规范物业管理活动，制定本规定。', '',
			'第二条 本规定自2019年1月1日起施行。', '',
		]);
		assert.deepEqual(got, ['2004年8月19日:past', '2010年12月23日:past', '2018年11月22日:issued', '2019年1月1日:effective']);
	});

	it('reads a history note after the title: 令…发布, 根据…《…的决定》第N次修订', () => {
		const got = fileKinds([
			'某某资源条例', '',
			'（1993年10月7日国务院令第131号发布 根据2001年9月23日《国务院关于修改〈某某资源条例〉的决定》第一次修订 根据2011年9月30日《国务院关于修改〈某某资源条例〉的决定》第二次修订）', '',
			'第一条 为了保护资源，制定本条例。', '',
		]);
		assert.deepEqual(got, ['1993年10月7日:past', '2001年9月23日:past', '2011年9月30日:issued']);
	});

	it('keeps the steps of one version (adopted, then approved) issued', () => {
		const got = fileKinds([
			'某市古城保护条例', '',
			'2018年10月31日 某市第十七届人民代表大会常务委员会第十七次会议通过', '',
			'2018年11月30日 某省第十三届人民代表大会常务委员会第七次会议批准', '',
			'第一条 为了保护古城，制定本条例。', '',
		]);
		assert.deepEqual(got, ['2018年10月31日:issued', '2018年11月30日:issued']);
	});

	it('a promulgation notice\'s meeting date (…会议于…审议通过，现予公布) is issued', () => {
		assert.deepEqual(kinds('《某市条例》已由某市人民代表大会常务委员会第三十二次会议于2012年7月29日审议通过，现予公布。', { docYear: 2012 }),
			['2012年7月29日:issued']);
	});
});

describe('date kinds: a date that names another document', () => {
	it('the dates of repealed or cited documents are references, also in chains joined by ，or 、', () => {
		assert.deepEqual(kinds('本条例自2020年3月1日起施行。1995年6月14日某省人民代表大会常务委员会第十五次会议通过，2005年5月27日某省人民代表大会常务委员会第十四次会议修订的《某省测绘条例》同时废止。', { docYear: 2019 }),
			['2020年3月1日:effective', '1995年6月14日:reference', '2005年5月27日:reference']);
		assert.deepEqual(kinds('2005年5月24日经国务院批准、由国务院办公厅印发的《某某应急预案》同时废止。', { docYear: 2006 }), ['2005年5月24日:reference']);
		assert.deepEqual(kinds('严格按照1998年国务院关于改革某某管理体制的规定，落实补贴。', { docYear: 2005 }), ['1998年:reference']);
		assert.deepEqual(kinds('1990年1月15日经国务院批准财政部发布，1995年7月28日财政部修订的《某某暂行规定》同时废止。', { docYear: 2011 }),
			['1990年1月15日:reference', '1995年7月28日:reference']);
	});

	it('…印发了《its own title》 is the date the document itself was issued', () => {
		const got = fileKinds([
			'某区居住证办理工作规范', '',
			'为规范居住证管理，某总队于2011年10月27日制定下发了《某区居住证办理工作规范(试行)》，明确了各项职责。', '',
			'一、受理', '', '申请人到受理点填报信息。', '',
		]);
		assert.deepEqual(got, ['2011年10月27日:issued']);
	});

	it('a deadline for work on a document is still a deadline (2021年6月底前修改完善《…》)', () => {
		assert.deepEqual(kinds('具体措施：1．2021年6月底前修改完善《企业注销指引》。', { docYear: 2020 }), ['2021年6月底前:deadline']);
	});

	it('a quoted name and an event\'s edition name something', () => {
		assert.deepEqual(kinds('在计算“2015年初中教学质量综合考评”时，统一口径。', { docYear: 2015 }), ['2015年:reference']);
		assert.deepEqual(kinds('同意申办2009年第二十四届世界大学生冬季运动会。', { docYear: 2004 }), ['2009年:reference']);
	});
});

describe('date kinds: what the sentence is about', () => {
	it('since, start of a span, start of applying', () => {
		assert.deepEqual(kinds('自2006年实施某某经费保障机制改革以来，经费逐步纳入保障。', { docYear: 2015 }), ['2006年:past']);
		assert.deepEqual(kinds('试点城市于2019年初开始执行集中采购结果。', { docYear: 2019 }), ['2019年初:effective']);
		assert.deepEqual(kinds('从2005年起，用3～5年时间，建立规范的开发秩序。', { docYear: 2005 }), ['2005年:period']);
	});

	it('a year the sentence is about: 2026年是…之年 is the period planned, 2025年是…之年 the past', () => {
		assert.deepEqual(kinds('2025年是收官之年。2026年是开局之年。', { docYear: 2026 }), ['2025年:past', '2026年:period']);
	});

	it('comparison bases, table column headings and cut-offs are references; a limit after 在 stays a deadline', () => {
		assert.deepEqual(kinds('排放量不超过2007年水平。', { docYear: 2011 }), ['2007年:reference']);
		assert.deepEqual(kinds('序号 指标 2010年 2015年', { docYear: 2011 }), ['2010年:reference', '2015年:deadline']);
		assert.deepEqual(kinds('基本淘汰2005年以前注册运营的车辆。', { docYear: 2011 }), ['2005年以前:reference']);
		assert.deepEqual(kinds('年限从2015年12月31日向前追溯。', { docYear: 2016 }), ['2015年12月31日:reference']);
		assert.deepEqual(kinds('发起人应当在2027年6月30日前按照其认购的股份缴纳股款。', { docYear: 2024 }), ['2027年6月30日前:deadline']);
	});

	it('a year that opens a sentence of the document\'s own year plans it; one already done is past', () => {
		assert.deepEqual(kinds('缓解看病难问题。2015年进一步扩大试点。', { docYear: 2015 }), ['2015年:deadline']);
		assert.deepEqual(kinds('逐步覆盖。2016年年内，实现证件管理。', { docYear: 2016 }), ['2016年年内:deadline']);
		assert.deepEqual(kinds('规模逐年增加。2004年已批准新开工项目。', { docYear: 2004 }), ['2004年:past']);
		// an undated plan's schedule
		assert.deepEqual(kinds('2016年，完善信息平台。', { docYear: null }), ['2016年:deadline']);
	});

	it('the year of a notice\'s or a work plan\'s own title is its period, not the year of a decision\'s subject', () => {
		assert.deepEqual(fileKinds(['某市2016年高中阶段学校招生工作方案', '', '一、招生计划', '', '全市统一组织招生。', '']), ['2016年:period']);
		assert.deepEqual(fileKinds(['国务院关于2018年度国家科学技术奖励的决定', '', '各省、自治区、直辖市人民政府：', '', '现决定如下。', '']), ['2018年度:reference']);
	});

	it('compares with the document\'s own date: a month already past, a schedule after it', () => {
		assert.deepEqual(fileKinds([
			'某部关于某地险情有关问题的复函', '', '某省人民政府：', '',
			'2004年4月和9月，某部两次组成专家组进行了调查。', '',
			'请于2004年12月31日前报送处理意见。', '', '某部', '', '二〇〇四年十一月四日', '',
		]), ['2004年4月:past', '2004年12月31日前:deadline', '二〇〇四年十一月四日:issued']);
		assert.deepEqual(fileKinds([
			'某市关于元旦放假安排的通知', '', '各区：', '',
			'2018年12月29日（星期六）上班。报名时间为2018年12月10日至12月17日。', '', '某市人民政府办公室', '', '2018年12月4日', '',
		]), ['2018年12月29日:period', '2018年12月10日至12月17日:period', '2018年12月4日:issued']);
		const span = annotate(parseFile('某市关于报名的通知\n\n报名时间为2018年12月10日至12月17日。\n\n某市人民政府办公室\n\n2018年12月4日\n')).dates[0];
		assert.equal(span.iso, '2018-12-10/2018-12-17');
	});

	it('page metadata: a label on the line before, 发布时间, a clock time, 截止日期', () => {
		assert.deepEqual(fileKinds(['某市某某规定', '', '发文日期：', '', '2010-04-29', '', '第一条 为了规范管理，制定本规定。', '']).filter(k => k.startsWith('2010')), ['2010-04-29:issued']);
		assert.deepEqual(kinds('发布时间： 2015年10月20日 来源：某区政府在线'), ['2015年10月20日:published']);
		assert.deepEqual(kinds('某某办法 2016年07月08日 14:15:02 来源：某局网站'), ['2016年07月08日:published']);
		assert.deepEqual(kinds('现予公示，截止日期为2017年12月5日。', { docYear: 2017 }), ['2017年12月5日:deadline']);
		assert.deepEqual(kinds('公布日期 2004-08-30 施行日期 2004-10-01 失效日期 2009-10-01'), ['2004-08-30:issued', '2004-10-01:effective', '2009-10-01:expiry']);
	});
});

describe('date scanning: forms that were missed', () => {
	it('after a list marker\'s dot, 学年, a Chinese year alone, a bracketed period without 年', () => {
		assert.deepEqual(kinds('3．2020年底前开展专项治理。', { docYear: 2020 }), ['2020年底前:deadline']);
		assert.deepEqual(kinds('在2012学年基础上逐步增加。', { docYear: 2014 }).map(k => k.split(':')[0]), ['2012学年']);
		assert.deepEqual(kinds('到二〇三五年基本实现现代化。', { docYear: 2020 }), ['二〇三五年:deadline']);
		assert.deepEqual(kinds('根据《某某行动计划（2019—2021）》要求。', { docYear: 2020 }), ['2019—2021:reference']);
		// a decimal, a version or a code is not a year
		assert.deepEqual(kinds('增长12.2020万元；DL/T596-1996；第2.1020条'), []);
	});

	it('a year without 年 in an event\'s name or a cited book', () => {
		assert.deepEqual(kinds('成功举办2025·某某发展论坛、“某某经济论坛·黑龙江2025”。', { docYear: 2026 }), ['2025:reference', '2025:reference']);
		assert.deepEqual(kinds('[M].北京：某某出版社，2016。'), ['2016:reference']);
	});
});
