// Issue 7, seventh round (59 fresh documents, 35 of them tuned on): a rule whose chapters are all
// unnumbered, a Chinese-numeral date a scrape split with a blank, the end of a right's term, a
// title's （试行） on the line below it, a share of each year's budget, and a call for projects.
// Every text is written for its case; the gold set (test/gold) measures the documents.
import * as assert from 'node:assert/strict';
import { dateKinds, outlineOf, targetsOf } from './helpers';
import { parseFile } from '../../../src/core/parse';
import { annotate } from '../../../src/core/annotations/index';

const outline = (text: string) => outlineOf(text, 4);

describe('outline, seventh round', () => {
	const RULES = '某某区入学实施办法\n总  则\n第一条  为做好入学工作，制定本办法。\n第二条  本办法适用于本区。\n'
		+ '积分申请入学\n第三条  积分申请入学按批次进行。\n第四条  积分由系统核定。\n附  则\n第五条  本办法自印发之日起实施。\n';

	it('reads the short lines of a rule that opens with 总则 before its 第一条 as its unnumbered chapters', () => {
		assert.deepEqual(outline(RULES), ['总则(第一条,第二条)', '积分申请(第三条,第四条)', '附则(第五条)']);
	});

	it('takes no chapter without 总则 before 第一条: a short line among articles stays body text', () => {
		assert.deepEqual(outline(RULES.replace('总  则\n', '')), ['第一条', '第二条', '第三条', '第四条', '第五条']);
	});
});

describe('dates, seventh round', () => {
	it('reads a Chinese-numeral date whose year a blank splits (二○ 一一年)', () => {
		assert.deepEqual(dateKinds('某某规定\n第一条  本规定自二○ 一一年十二月三十一日起施行。\n'), ['二○ 一一年十二月三十一日:effective']);
	});

	it('the end of a right’s term that runs from an event is its expiry; a campaign’s end stays a deadline', () => {
		assert.deepEqual(dateKinds('某某批复\n一、土地使用期限自口岸启用之日起至2047年6月30日止。\n'), ['2047年6月30日:expiry']);
		assert.deepEqual(dateKinds('某某通知\n一、自本通知印发之日起至2020年12月31日止，开展专项整治。\n'), ['2020年12月31日:deadline']);
	});
});

describe('deadlines, seventh round', () => {

	it('a share of each year’s budget (占本年度财政预算支出的…) is a standing quota: no deadline', () => {
		const rule = '某市科学技术进步条例\n第十条  市本级科技经费应占本年度财政预算支出的百分之一点二以上，并逐年提高。\n第十一条  本条例自1997年11月1日起施行。\n';
		assert.deepEqual(targetsOf(rule), ['百分之一点二以上@']);
	});

	it('本年度 that times a goal is still the document’s year', () => {
		const plan = '某市2019年工作要点\n一、主要目标\n本年度全市森林覆盖率达到45%。\n某市人民政府\n2019年2月1日\n';
		assert.deepEqual(targetsOf(plan), ['45%@2019']);
	});
});

describe('calls for projects, seventh round', () => {
	const CALL = '2021年人工智能创新任务揭榜挂帅申报指南--人工智能医疗器械方向\n一、任务范围\n（一）智能辅助诊断产品\n预期目标：产品种类不少于3种，覆盖病种不少于5个。\n';

	it('takes a title with a subtitle after a dash whole', () => {
		assert.equal(parseFile(CALL).documents[0].title, '2021年人工智能创新任务揭榜挂帅申报指南--人工智能医疗器械方向');
	});

	it('the year of the call is its period and dates none of what the projects are to reach', () => {
		const a = annotate(parseFile(CALL));
		assert.deepEqual(a.dates.map(d => `${d.text}:${d.kind}`), ['2021年:period']);
		assert.deepEqual(a.targets.map(t => `${t.quantity.text}@${t.deadline ?? ''}`), ['3种@', '5个@']);
	});

	it('a plan’s year in its title still dates its quotas', () => {
		const plan = '某市2021年义务教育招生工作方案\n一、招生计划\n全市公办学校招收新生不少于3万人。\n';
		assert.deepEqual(annotate(parseFile(plan)).targets.map(t => `${t.quantity.text}@${t.deadline ?? ''}`), ['3万人@2021']);
	});
});

describe('titles, seventh round', () => {
	const RULE = '某某部令\n\n《某某信息公开管理办法（试行）》已经部务会议通过，现予发布。\n\n部长  某某\n\n二○一○年六月三日\n\n'
		+ '某某信息公开管理办法\n\n（试行）\n\n第一章  总则\n\n第一条  为保障公民依法获取信息，制定本办法。\n';

	it('takes a （试行） on the line below the title into the title', () => {
		assert.ok(parseFile(RULE).documents.some(d => d.title === '某某信息公开管理办法（试行）'), parseFile(RULE).documents.map(d => d.title).join(' | '));
	});

	it('leaves a draft’s （征求意见稿） out of it', () => {
		const draft = '某某管理规定\n（征求意见稿）\n第一条  为规范管理，制定本规定。\n第二条  本规定适用于本市。\n';
		assert.equal(parseFile(draft).documents[0].title, '某某管理规定');
	});
});
