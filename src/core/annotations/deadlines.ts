// Deadline evidence the date classifier does not give as an anchor: the period a document's own
// title names (厦门市2016年…招生工作方案, …规划（2021—2035年）) and the lead of a block of goals
// (2025年的主要目标是：…), whose year is a reference to the date scanner but governs the goals after it.
import type { Span } from '../model';
import type { Anchor } from './targets';
import { isCallForProjects } from '../documents/titles';

/**
 * 2016年, 2021—2025年, 2021-2025年 (the end year is the period's); a range in brackets needs no 年,
 * as plan titles often write it: 行动方案（2021—2023）.
 */
const TITLE_PERIOD = /([12][0-9]{3})[ \u3000]*(?:年[ \u3000]*)?(?:[—–\-－~～至到]+[ \u3000]*([12][0-9]{3}))?[ \u3000]*年(?!代|以来|前)(度)?|(?<=[（(])([12][0-9]{3})[ \u3000]*[—–\-－~～至到]+[ \u3000]*([12][0-9]{3})(?=[ \u3000]*[）)])/gu;
/** What a year in a title is when it is not the period the document covers: a revision, an edition. */
const NOT_PERIOD_AFTER = /^[^，。；）)]{0,4}(?:修订|修正|修改|版|第[一二三四五六七八九十0-9]+次)/u;

/**
 * The years a document's own titles name as its period, in order: a single year (`end` null) or a
 * range. Not a revision or an edition, and nothing of a call for projects (its year is when it
 * calls, not when its projects are to reach anything).
 */
function* titlePeriods(titles: readonly string[]): Generator<{ start: number; end: number | null }> {
	for (const title of titles) {
		if (isCallForProjects(title)) { continue; }
		for (const m of title.matchAll(TITLE_PERIOD)) {
			if (NOT_PERIOD_AFTER.test(title.slice(m.index! + m[0].length))) { continue; }
			const end = m[5] ?? m[2];
			yield { start: Number(m[1] ?? m[4]), end: end === undefined ? null : Number(end) };
		}
	}
}

/**
 * The end of the period a document's own title names, or null: the later year of a range, else a
 * single year that is not a revision or an edition and not earlier than the year before the
 * document's own (a title about a past year reports on it). Years inside 《》 of a 通知 that issues
 * or forwards a document count: the title names that document.
 */
export function titlePeriodEnd(titles: readonly string[], docYear: number | null): number | null {
	for (const p of titlePeriods(titles)) {
		if (p.end === null && docYear !== null && p.start < docYear - 1) { continue; }
		return p.end ?? p.start;
	}
	return null;
}

/**
 * The one year a document's own title organizes (厦门市2016年…招生工作方案), or null when its title
 * names a span (…规划（2021—2025年）) or no year: a yearly quota is then that round's.
 */
export function titleRoundYear(titles: readonly string[], docYear: number | null): number | null {
	for (const p of titlePeriods(titles)) {
		if (p.end !== null) { return null; }
		if (docYear !== null && p.start < docYear - 1) { continue; }
		return p.start;
	}
	return null;
}

/** 2025年的主要目标是：, 2025年主要目标：, 2025年工作目标为: the goals after it are that year's. */
const GOAL_LEAD = /([12][0-9]{3})[ \u3000]*年(?:底|末)?(?:前)?的?(?:主要|具体|阶段性?|发展|工作|总体|预期|近期|中期|远期|重点|年度|各项)*(?:目标|指标)(?:任务)?(?:是|为|如下)?[ \u3000]*[：:]/gu;

/** Anchors for the leads of goal blocks in text[span] (appended to `anchors`; the caller sorts). */
export function goalLeadAnchors(text: string, span: Span, anchors: Anchor[]): void {
	const s = text.slice(span.offset, span.end);
	for (const m of s.matchAll(GOAL_LEAD)) {
		const offset = span.offset + m.index!;
		anchors.push({ offset, end: offset + m[0].length, year: Number(m[1]) });
	}
}

/**
 * 今年, 本年度: the document's year (not 今年以来, a span up to now, nor 本年度财政预算支出的1.2%, a
 * share of each year's budget: a base, no time).
 */
export const THIS_YEAR = /今年(?!以来)|本年度(?![^，,。；;]{0,4}(?:财政|预算|支出|收入))/u;
/** 今年, 年内, 本年度, 明年. */
const RELATIVE_YEAR = new RegExp(`${THIS_YEAR.source}|(?<![0-9０-９一二三四五六七八九十两几多今])年内|明年|后年`, 'gu');
/** “十四五”时期, 十四五期间, “十四五”末: the end of that five-year plan. */
const FIVE_YEAR_PERIOD = /[“"]?十([一二三四五])五[”"]?(?:时期|期间|期末|末|规划期)/gu;
const FIVE_YEAR_PLAN = /[“"]?十([一二三四五])五[”"]?/u;

/** The last year of the five-year plan 十X五 names by its numeral X: 一 → 2010 … 五 → 2030. */
const planEndOf = (numeral: string): number => 2005 + 5 * ('一二三四五'.indexOf(numeral) + 1);

/** The end of the first five-year plan `titles` name (十一五 → 2010 … 十五五 → 2030), else null. */
export function fiveYearPlanEnd(titles: string): number | null {
	const m = FIVE_YEAR_PLAN.exec(titles);
	return m ? planEndOf(m[1]) : null;
}

/**
 * Anchors for the time expressions of a plan that the date scanner does not find: years counted
 * from the document's own (今年, 明年) and a five-year plan's period that has not ended before the
 * document's year. (A year the sentence plans for, 2014年将完成, is the scanner's: a deadline.)
 */
export function plannedYearAnchors(text: string, span: Span, docYear: number | null, anchors: Anchor[]): void {
	const s = text.slice(span.offset, span.end);
	// “十二五”末 names its year whatever the document's own; 今年 needs it
	for (const m of s.matchAll(FIVE_YEAR_PERIOD)) {
		const end = planEndOf(m[1]);
		if (docYear !== null && end < docYear) { continue; }
		const offset = span.offset + m.index!;
		anchors.push({ offset, end: offset + m[0].length, year: end, weak: true });
	}
	if (docYear === null) { return; }
	for (const m of s.matchAll(RELATIVE_YEAR)) {
		const offset = span.offset + m.index!;
		const year = m[0] === '明年' ? docYear + 1 : m[0] === '后年' ? docYear + 2 : docYear;
		anchors.push({ offset, end: offset + m[0].length, year, weak: true });
	}
}
