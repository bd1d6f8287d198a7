// Date kinds, second round (issue 7): a page's header and date widget, a signature under its
// signer's line, an earlier version's promulgation, the end of a text's own term, years that name an
// event, that open a sentence, that start a span or that a step is planned for. Short texts written
// for these cases (GUIDE.md's kinds).
import * as assert from 'node:assert/strict';
import type { Span } from '../../../src/core/model';
import { bookTitles } from '../../../src/core/annotations/chars';
import { classifyDate, scanDates, type ClassifyContext } from '../../../src/core/annotations/dates';
import { annotate } from '../../../src/core/annotations/index';
import { parseFile } from '../../../src/core/parse';

const all = (s: string): Span => ({ offset: 0, end: s.length });

/** `text:kind` of every date of a string classified alone, with the context given. */
function kinds(s: string, ctx: ClassifyContext = { docYear: 2016 }): string[] {
	const titles = bookTitles(s, 0, s.length);
	return scanDates(s, all(s), { bookTitles: titles }).map(r => `${r.text}:${classifyDate(r, ctx).kind}`);
}

/** `text:kind` of every date of a parsed file (its signature, title and history give the context). */
function fileKinds(lines: string[]): string[] {
	return annotate(parseFile(lines.join('\n'))).dates.map(d => `${d.text}:${d.kind}`);
}

describe('date kinds 2: page chrome', () => {
	it('a bare 时间：/日期： field, 发表时间：, 更新日期： and the site\'s 今天是： give the page\'s date; a schedule\'s 报名时间： does not', () => {
		for (const label of ['时间：', '日期：', '发表时间：', '更新日期：', '今天是：', '来源：市政府办公厅　时间：']) {
			assert.deepEqual(kinds(`${label}2016年05月17日`), ['2016年05月17日:published'], label);
		}
		assert.notEqual(kinds('报名时间：2016年05月17日')[0], '2016年05月17日:published');
	});

	it('a clock time without seconds before the page\'s 来源： marks the page\'s date', () => {
		assert.deepEqual(kinds('2016年07月28日 17:44 来源：新华社'), ['2016年07月28日:published']);
	});

	it('a header line split at its wide gaps keeps its date a page date', () => {
		const got = fileKinds([
			'某某机构管理条例',
			'中国政府门户网站　www.gov.cn　　 2005年08月01日　　 来源：法规库',
			'',
			'第一条 为了加强对某某机构的管理，制定本条例。',
			'',
			'第二条 本条例自1994年9月1日起施行。',
		]);
		assert.deepEqual(got[0], '2005年08月01日:published');
	});
});

describe('date kinds 2: signatures and histories', () => {
	it('a date line under the signer\'s line is the signature, even with the next title glued to it', () => {
		const got = fileKinds([
			'中华人民共和国国务院令　第475号',
			'',
			'《某某项目污染防治条例》已经2006年8月30日国务院第148次常务会议通过，现予公布，自2006年11月1日起施行。',
			'',
			'　　　　　　　　　　　　总　理 　某某某',
			'',
			'　　　　　　　　　　　　二○○六年九月十九日 某某项目污染',
			'',
			'防治条例第一章　总则　第一条　为了防治污染，制定本条例。',
		]);
		assert.ok(got.includes('二○○六年九月十九日:issued'), got.join(' '));
	});

	it('an earlier version\'s promulgation (…委员会发布) is past when a later revision issued the text', () => {
		const got = fileKinds([
			'某某行为处罚规定', '',
			'1999年7月10日 国务院批准', '',
			'1999年8月1日 国家某某委员会发布', '',
			'2008年1月13日 《国务院关于修改〈某某行为处罚规定〉的决定》修订', '',
			'第一条 为了依法惩处某某行为，制定本规定。', '',
		]);
		assert.deepEqual(got, ['1999年7月10日:past', '1999年8月1日:past', '2008年1月13日:issued']);
	});

	it('an issued document\'s issuer and date in brackets under its title are its issue date', () => {
		assert.deepEqual(kinds('关于制止某某项目无序建设的意见(发展改革委 二○○四年十一月)近几年，需求快速增长。', { docYear: 2004 }),
			['二○○四年十一月:issued']);
	});

	it('自…起至…止 and 试行期至… end the text\'s own term: expiry', () => {
		assert.deepEqual(kinds('本办法自2016年1月1日起至2020年12月31日止施行。', { docYear: 2015 }),
			['2016年1月1日:effective', '2020年12月31日:expiry']);
		assert.deepEqual(kinds('本办法自印发之日起施行，试行期至2018年12月31日。', { docYear: 2015 }), ['2018年12月31日:expiry']);
	});
});

describe('date kinds 2: what a year is about', () => {
	it('a year in the name of an event or an agenda is a reference', () => {
		assert.deepEqual(kinds('同意组建2008年北京奥运会机场协调委员会。', { docYear: 2006 }), ['2008年:reference']);
		assert.deepEqual(kinds('落实联合国2030年可持续发展议程。', { docYear: 2016 }), ['2030年:reference']);
	});

	it('the document\'s year opening a paragraph of sentences is a stage of its schedule; a title line is not', () => {
		const got = fileKinds([
			'某部办公厅关于做好入学工作的通知', '',
			'一、明确目标任务', '',
			'2014年各城市应制订完善入学方案。到2015年，所有县实行就近入学政策。', '',
			'某部办公厅', '',
			'2014年1月28日',
		]);
		assert.ok(got.includes('2014年:deadline'), got.join(' '));
		const report = fileKinds(['2026年某省政府工作报告', '', '——2026年1月31日在某省人民代表大会上', '', '各位代表：现在，我代表省人民政府作报告。']);
		assert.equal(report[0], '2026年:reference');
	});

	it('…年以后 / …年后 starts a span from then on: a period ahead, past behind', () => {
		assert.deepEqual(kinds('2017年以后的政策将根据学位供给情况另行制定。', { docYear: 2015 }), ['2017年:period']);
		assert.deepEqual(kinds('2010年以后，各地城市节水工作取得进展。', { docYear: 2015 }), ['2010年:past']);
	});

	it('…年将/要… is the year a step is planned for, even when read later', () => {
		assert.deepEqual(kinds('其中，2014年将完成高级中学新建工程。', { docYear: 2015 }), ['2014年:deadline']);
		assert.deepEqual(kinds('加快推进跨省通办，2020年要有所突破。', { docYear: 2020 }), ['2020年:deadline']);
	});

	it('the year a guide\'s title covers is the period it organizes', () => {
		assert.deepEqual(kinds('2015年申请人可通过网上系统提交材料。', { docYear: 2015, ownTitles: ['2015年某市积分制入户申办指南'] }),
			['2015年:period']);
		assert.deepEqual(kinds('某区义务教育阶段招生入学工作指引（2015年）', { docYear: 2015, ownTitles: ['某区义务教育阶段招生入学工作指引（2015年）'] }),
			['2015年:period']);
	});
});
