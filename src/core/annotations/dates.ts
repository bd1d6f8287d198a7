// Dates: 2020年, 2019年6月底前, 2018年5月15日, 2018—2020年, 2018年至2020年, 二〇一八年五月十五日.
// Scanning finds the written date and its surroundings; classification gives it a kind and an
// ISO form. The scan is one compiled regex per span (every match starts at a digit that no
// digit precedes, and every quantifier is bounded), so it is linear on any input.
import type { Span } from '../model';
import type { DateKind, DateMention } from './types';
import { halfWidth } from './chars';
import { parseChineseNumeral } from '../text/numerals';
import { squeezeBlanks } from '../text/blanks';
import { normalizeTitle } from '../text/normalize';
import { isAdoption, isHistoryEntry, isRevision, PROMULGATED_POST } from './dateHistory';
import { isCallForProjects, SUBTITLE } from '../documents/titles';

const D = '[0-9０-９]';
const YEAR = `[12１２]${D}{3}`;
const SP = '[ \\u3000]?';
const SEP = '(?:[-—–－~～〜]{1,2}|至|到)';
const MD = `(?:${SP}(${D}{1,2})${SP}月(?:${SP}(${D}{1,2})${SP}[日号])?)?`;
// Y1 年 [M 月 [D 日]] [— Y2 年 [M 月 [D 日]]]  |  Y1 — Y2 年 [M 月 [D 日]]
// Groups: 1 Y1, 2-3 M1 D1, 4-6 Y2 M2 D2 (first form), 7-9 Y2 M2 D2 (second form).
// Not inside a longer number or a decimal; a list marker's dot may precede it (3．2020年底前…).
// 学年 counts as 年 (2012学年, 2019—2020学年).
const DATE_RE = new RegExp(
	`(?<![0-9０-９]|[0-9０-９]{3}[.．]|[^0-9０-９][.．])(${YEAR})(?:${SP}学?年${MD}(?:${SP}${SEP}${SP}(${YEAR})${SP}学?年${MD})?|${SP}${SEP}${SP}(${YEAR})${SP}学?年${MD})`,
	'g');
/**
 * The end of a range inside one year after a full date: 2016年3月11日至3月17日, 2004年4月13日至15日,
 * 2019年7月10日8:00至8月9日16:00 (clock times kept in the span).
 */
const CLOCK = `(?:${SP}${D}{1,2}[:：]${D}{2})?`;
/** Days of one month after 年月: 2019年9月6-8日. */
const DAY_RANGE_RE = new RegExp(`${SP}(${D}{1,2})${SP}(?:至|到|[-—–－~～〜]{1,2})${SP}(${D}{1,2})${SP}[日号]`, 'y');
const SAME_YEAR_END_RE = new RegExp(`${CLOCK}${SP}(?:至|到|[-—–－~～〜]{1,2})${SP}(?:(${D}{1,2})${SP}月${SP})?(${D}{1,2})${SP}[日号]${CLOCK}`, 'y');
const NUMERIC_DATE_RE = /(?<![0-9０-９.\-/])((?:19|20)[0-9]{2})([-/.])([01]?[0-9])\2([0-3]?[0-9])(?![0-9])/g;
const CN_DIGIT = '[〇零一二三四五六七八九○ＯO]';
const CN_SMALL = '[一二三四五六七八九十]{1,3}';
// 二〇一八年五月十五日, and a year alone (到二〇三五年); the year must be 1900–2100 (validDay).
// A scrape's blank may split the year's digits (二○ 一一年) or stand before 年, 月 or 日.
const CN_DATE_RE = new RegExp(`(?<!${CN_DIGIT})(${CN_DIGIT}(?:${SP}${CN_DIGIT}){3})${SP}年(?:${SP}(${CN_SMALL})${SP}月(?:${SP}(${CN_SMALL})${SP}日)?)?`, 'g');
/**
 * A year written without 年 that names something: an event (2025·中国西藏发展论坛, 论坛·黑龙江2025)
 * or a cited book's publication year (科学出版社，2016). Only these shapes: a bare four-digit
 * number is far more often an amount.
 */
/** A period written without 年 in brackets, as plan titles often are: 行动计划（2019—2021）. */
const BRACKETED_PERIOD_RE = /(?<=[（(])((?:19|20)[0-9]{2})[ \u3000]?(?:[-—–－~～〜]{1,2}|至)[ \u3000]?((?:19|20)[0-9]{2})(?=[)）])/g;
const BARE_YEAR_RE = /(?<=·[\u4e00-\u9fa5]{0,8})((?:19|20)[0-9]{2})(?![0-9０-９年])|(?<![0-9０-９.\-/])((?:19|20)[0-9]{2})(?=·)|(?<=出版社[，,][ \u3000]?)((?:19|20)[0-9]{2})(?![0-9０-９年])/g;
// What may follow a date: 底, 底前, 上半年, 以来 … (not 初步, 初中, 前列, 内蒙古).
const SUFFIX_RE = /[ \u3000]?(年底前|年末前|底以前|底之前|底前|末前|年底|年末|年内|上半年|下半年|第?[一二三四1-4]季度|底|末|初(?![步中级次审稿心])|上旬|中旬|下旬|以前|之前|前(?![列后沿景期夕三两几])|以来|以内|内(?![蒙容涵部外需])|为止|度)/y;

export interface RawDate extends Span {
	text: string;
	y1: number;
	m1: number | null;
	d1: number | null;
	/** End of a period, else null. */
	y2: number | null;
	m2: number | null;
	d2: number | null;
	suffix: string;
	/** Up to 8 characters before the date within its paragraph, blanks trimmed. */
	pre: string;
	/** Its sentence before the date (from the last 。；! ?), up to 40 characters. */
	sentenceBefore: string;
	/** Up to 16 characters after the date (and its suffix) within its paragraph. */
	post: string;
	/** The date (with brackets, 印发 …) is its paragraph: a signature or issue date. */
	alone: boolean;
	/** Inside a 《title》: whose text, or null. */
	bookTitle: string | null;
	/** Written with digits and separators only (2015-06-05), as web pages print dates. */
	numeric?: boolean;
	/** A year written without 年 (2025·论坛, 出版社，2016): it names something. */
	bare?: boolean;
	/** The 《title》 that opens the date's sentence (《X法》已由…于2016年12月25日通过): what it is about; else absent. */
	subject?: string;
	/** Last day of a range within the year after a full date (2016年3月11日至3月17日), ISO; else absent. */
	rangeEnd?: string;
	/**
	 * The label on the line before, when the date opens its paragraph (`发文日期：` then the date on
	 * the next line, as scraped metadata tables come out); else ''.
	 */
	label: string;
	/** The previous non-blank line (blanks removed, up to 40 characters) when the date opens its paragraph; else ''. */
	lineBefore: string;
	/**
	 * For a date that is its whole paragraph, the rest of its physical line (a page header split at
	 * wide gaps: `中国政府门户网站　www.gov.cn　　2005年08月01日　　来源：…`); else ''.
	 */
	lineRest: string;
}

/**
 * How much of the paragraph after a date the classification reads: a regulation's history entry runs
 * long (…日上海市第十六届人民代表大会常务委员会第八次会议《关于修改〈…〉的决定》第二次修正).
 */
const POST_LENGTH = 96;

export interface ScanContext {
	/** Sorted 《》 spans of the paragraph. */
	bookTitles?: readonly Span[];
}

function num(s: string | undefined): number | null {
	if (s === undefined) { return null; }
	const n = Number(halfWidth(s));
	return Number.isFinite(n) ? n : null;
}

function cnNum(s: string | undefined): number | null {
	if (s === undefined) { return null; }
	const n = parseChineseNumeral(s.replace(/[○ＯO]/g, '〇').replace(/[ \u3000]/g, ''));
	return Number.isFinite(n) ? n : null;
}

export function lastDay(y: number, m: number): number {
	return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validDay(y: number, m: number | null, d: number | null): boolean {
	if (y < 1900 || y > 2100) { return false; }
	if (m === null) { return d === null; }
	if (m < 1 || m > 12) { return false; }
	return d === null || (d >= 1 && d <= lastDay(y, m));
}

/** Dates in text[span] (a paragraph or a title). Linear. */
export function scanDates(text: string, span: Span, ctx: ScanContext = {}): RawDate[] {
	const out: RawDate[] = [];
	const from = Math.max(0, span.offset), to = Math.min(text.length, span.end);
	if (to <= from) { return out; }
	const slice = text.slice(from, to);
	const titles = ctx.bookTitles ?? [];
	let t = 0;
	const push = (start: number, matchEnd: number, y1: number, m1: number | null, d1: number | null,
		y2: number | null, m2: number | null, d2: number | null) => {
		if (!validDay(y1, m1, d1)) { return; }
		if (y2 !== null && (!validDay(y2, m2, d2) || y2 < y1 || y2 - y1 > 100)) { return; }
		let end = matchEnd;
		let rangeEnd: string | undefined;
		if (m1 !== null && d1 === null && y2 === null) {
			DAY_RANGE_RE.lastIndex = matchEnd;
			const dm = DAY_RANGE_RE.exec(text);
			const a = dm ? num(dm[1])! : 0, b = dm ? num(dm[2])! : 0;
			if (dm && DAY_RANGE_RE.lastIndex <= to && validDay(y1, m1, a) && validDay(y1, m1, b) && b > a) {
				d1 = a;
				end = DAY_RANGE_RE.lastIndex;
				rangeEnd = exactIso(y1, m1, b);
			}
		}
		if (d1 !== null && y2 === null && rangeEnd === undefined) {
			SAME_YEAR_END_RE.lastIndex = matchEnd;
			const rm = SAME_YEAR_END_RE.exec(text);
			const m2r = rm ? (rm[1] === undefined ? m1! : num(rm[1])!) : 0, d2r = rm ? num(rm[2])! : 0;
			if (rm && SAME_YEAR_END_RE.lastIndex <= to && validDay(y1, m2r, d2r) && m2r * 100 + d2r > m1! * 100 + d1) {
				end = SAME_YEAR_END_RE.lastIndex;
				rangeEnd = exactIso(y1, m2r, d2r);
			}
		}
		SUFFIX_RE.lastIndex = end;
		let suffix = '';
		const sm = end < to ? SUFFIX_RE.exec(text) : null;
		if (sm && SUFFIX_RE.lastIndex <= to) {
			suffix = sm[1];
			end = SUFFIX_RE.lastIndex;
		}
		const before40 = text.slice(Math.max(from, start - 40), start);
		const sentenceBefore = before40.slice(Math.max(...['。', '；', ';', '！', '？'].map(c => before40.lastIndexOf(c))) + 1);
		let pre = text.slice(Math.max(from, start - 8), start);
		pre = pre.replace(/[ \t\u3000\u00a0]+$/, '');
		const post = text.slice(end, Math.min(to, end + POST_LENGTH)).replace(/^[ \t\u3000\u00a0]+/, '');
		while (t < titles.length && titles[t].end <= start) { t++; }
		const inTitle = t < titles.length && titles[t].offset < start && end <= titles[t].end;
		const opens = /^[\s\u3000\u00a0]*$/.test(text.slice(from, start));
		const alone = isAlone(text, from, to, start, end);
		const r: RawDate = {
			offset: start, end, text: text.slice(start, end), y1, m1, d1, y2, m2, d2, suffix, pre, sentenceBefore, post, alone,
			bookTitle: inTitle ? text.slice(titles[t].offset + 1, titles[t].end - 1) : null,
			label: opens ? labelBefore(text, from) : '',
			lineBefore: opens ? previousLine(text, from) : '',
			lineRest: alone ? restOfLine(text, from, to) : '',
		};
		if (rangeEnd) { r.rangeEnd = rangeEnd; }
		const subject = sentenceSubject(text, from, start, titles, t);
		if (subject) { r.subject = subject; }
		out.push(r);
		return r;
	};
	DATE_RE.lastIndex = 0;
	for (let m = DATE_RE.exec(slice); m; m = DATE_RE.exec(slice)) {
		const start = from + m.index;
		const matchEnd = start + m[0].length;
		const y1 = num(m[1])!;
		if (m[7] !== undefined) {
			// Y1—Y2年 form
			push(start, matchEnd, y1, null, null, num(m[7]), num(m[8]), num(m[9]));
		} else {
			push(start, matchEnd, y1, num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6]));
		}
	}
	// 2015-06-05, 2012/1/10, 2014.09.04: numeric dates, as web pages print them.
	if (/[0-9]{4}[-/.][0-9]/.test(slice)) {
		const before = out.length;
		NUMERIC_DATE_RE.lastIndex = 0;
		for (let m = NUMERIC_DATE_RE.exec(slice); m; m = NUMERIC_DATE_RE.exec(slice)) {
			const start = from + m.index;
			if (out.some(d => d.offset <= start && start < d.end)) { continue; }
			t = 0;
			const d = push(start, start + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]), null, null, null);
			if (d) { d.numeric = true; }
		}
		if (out.length > before) { out.sort((a, b) => a.offset - b.offset); }
	}
	if (/[（(](?:19|20)[0-9]{2}[^年]/.test(slice)) {
		const before = out.length;
		BRACKETED_PERIOD_RE.lastIndex = 0;
		for (let m = BRACKETED_PERIOD_RE.exec(slice); m; m = BRACKETED_PERIOD_RE.exec(slice)) {
			const start = from + m.index;
			if (out.some(d => d.offset <= start && start < d.end)) { continue; }
			t = 0;
			push(start, start + m[0].length, Number(m[1]), null, null, Number(m[2]), null, null);
		}
		if (out.length > before) { out.sort((a, b) => a.offset - b.offset); }
	}
	if (/(?:·|出版社)/.test(slice)) {
		const before = out.length;
		BARE_YEAR_RE.lastIndex = 0;
		for (let m = BARE_YEAR_RE.exec(slice); m; m = BARE_YEAR_RE.exec(slice)) {
			const start = from + m.index;
			if (out.some(d => d.offset <= start && start < d.end)) { continue; }
			t = 0;
			const d = push(start, start + m[0].length, Number(m[1] ?? m[2] ?? m[3]), null, null, null, null, null);
			if (d) { d.bare = true; }
		}
		if (out.length > before) { out.sort((a, b) => a.offset - b.offset); }
	}
	if (/[〇零○ＯO一二三四五六七八九][ \u3000]?年/.test(slice)) {
		const before = out.length;
		CN_DATE_RE.lastIndex = 0;
		for (let m = CN_DATE_RE.exec(slice); m; m = CN_DATE_RE.exec(slice)) {
			const start = from + m.index;
			const y = cnNum(m[1]);
			if (y === null) { continue; }
			t = 0;
			push(start, start + m[0].length, y, cnNum(m[2]), cnNum(m[3]), null, null, null);
		}
		if (out.length > before) { out.sort((a, b) => a.offset - b.offset); }
	}
	return out;
}

/** How far back a sentence's opening 《title》 is looked for. */
const SUBJECT_WINDOW = 120;

/** The text of the 《title》 (among `titles`, before index `t`) that opens the sentence holding `start`, or null. */
function sentenceSubject(text: string, from: number, start: number, titles: readonly Span[], t: number): string | null {
	const back = Math.max(from, start - SUBJECT_WINDOW);
	// (a salutation's colon opens the body: 各省人民政府：《X法》已由…; searched within the window only, a
	// lastIndexOf over the text would make a long line of dates quadratic)
	const window = text.slice(back, start);
	const stop = Math.max(...['。', '；', ';', '！', '？', '：', ':'].map(c => window.lastIndexOf(c)));
	const sentence = stop >= 0 ? back + stop + 1 : back === from ? from : -1;
	if (sentence < 0) { return null; }
	for (let k = t - 1; k >= 0 && titles[k].end > sentence; k--) {
		if (titles[k].offset >= sentence && titles[k].end <= start && /^[\s\u3000]*$/u.test(text.slice(sentence, titles[k].offset))) {
			return text.slice(titles[k].offset + 1, titles[k].end - 1);
		}
	}
	return null;
}

/** `发文日期：` ending the text before `from` (blank lines skipped), else ''. */
function labelBefore(text: string, from: number): string {
	let i = from;
	while (i > 0 && /[\s\u3000\u00a0]/.test(text[i - 1]) && from - i < 40) { i--; }
	const tail = text.slice(Math.max(0, i - 8), i);
	const nl = tail.lastIndexOf('\n');
	const line = nl >= 0 ? tail.slice(nl + 1) : tail;
	return /[:：]$/.test(line) ? line : '';
}

const BLANKS = /[\s\u3000\u00a0\u2000-\u200b\ufeff]+/g;

/** The previous non-blank line before `from`, blanks removed, at most its last 40 characters. */
function previousLine(text: string, from: number): string {
	let i = from;
	// a right-aligned signature block is indented by many blanks
	while (i > 0 && /[\s\u3000\u00a0]/.test(text[i - 1]) && from - i < 200) { i--; }
	if (i === from || !text.slice(i, from).includes('\n')) { return ''; }
	// bounded windows: a one-line file of megabytes has no newline to find
	const window = text.slice(Math.max(0, i - 40), i);
	return window.slice(window.lastIndexOf('\n') + 1).replace(BLANKS, '');
}

/** What shares the physical line with the paragraph text[from, to), up to 60 characters each side. */
function restOfLine(text: string, from: number, to: number): string {
	const before = text.slice(Math.max(0, from - 60), from), after = text.slice(to, to + 60);
	const nl = after.indexOf('\n');
	return (before.slice(before.lastIndexOf('\n') + 1) + ' ' + (nl < 0 ? after : after.slice(0, nl))).trim();
}

/** The paragraph is only this date, perhaps bracketed and followed by 印发/发布/通过. */
function isAlone(text: string, from: number, to: number, start: number, end: number): boolean {
	if (to - from > 120) { return false; }
	const before = text.slice(from, start);
	const after = text.slice(end, to);
	if (/^[\s\u3000(（]*$/.test(before) && /^[\s\u3000]*(?:印发|发布|公布|通过|签发|制发|施行)?[\s\u3000)）]*$/.test(after)) { return true; }
	// 2020年4月10日 上海市第十五届人民代表大会常务委员会第二十次会议通过
	return /^[\s\u3000(（]*$/.test(before) && /(?:通过|修订|修正|批准|公布|发布|印发)[)）]?$/.test(after) && !/[。，,；;]/.test(after);
}

const DEADLINE_SUFFIX = /^(?:年底前|年末前|底以前|底之前|底前|末前|年底|年末|上半年|下半年|第?[一二三四1-4]季度|底|末|初|上旬|中旬|下旬|以前|之前|前|以内|内|年内|为止)$/;
/** Suffixes that make a date a limit (by then), not a point in time a thing may start at (2019年初开始执行). */
const BEFORE_SUFFIX = /前|内|为止/;
const DEADLINE_PRE = /(?:到|至|力争|争取|预计|计划|确保|实现|完成|目标|(?:截止|截至)(?:日期|时间)(?:为|是)?[:：]?)$/;
const AT_PRE = /(?:于|在)$/;
/** 截至2022年6月: the state as of then (the text was written after it). */
export const AS_OF_PRE = /(?:截至|截止到|截止|截至到)$/;
const COMPARE_PRE = /(?:比|较|同比|相比|相较|与|同)$/;
/** 不超过2007年水平, 在2010年基础上: the base a comparison is made against. */
const COMPARE_POST = /^(?:的)?(?:水平|基础上|基数|基期|数据)/;
const EFFECTIVE_POST = /^(?:起|开始)?[ \u3000]?(?:施行|实施|执行|生效|启用|试行)/;
const EFFECTIVE_PRE = /[自从]$/;
/** 自2022年起, 2017年开始, 从2020年秋季学期开始: when something starts to apply. */
const STARTS_POST = /^(?:[^，,。；;（(]{0,6}?)(?:起|开始)(?!草)/;
/** 从2005年起，用3～5年时间: the start of a programme's span. */
const SPAN_AFTER_START = /^[^，,。；;（(]{0,6}?(?:起|开始)[，,]?(?:再)?用[^，,。；;]{0,8}年/;
/** 从2019年秋季学期起, 自2020年1月开始: 从/自 before, 起/开始 after. */
function startsFrom(r: RawDate): boolean {
	return EFFECTIVE_PRE.test(r.pre) && /^(?:[^，,。；;]{0,12}?)(?:起|开始)/.test(r.post);
}
/** 自2006年实施…改革以来: since then, up to now. */
const SINCE_POST = /^[^，,。；;]{0,30}以来/;
/** 2026年是“十五五”开局之年: the sentence is about the year itself. */
const YEAR_IS_POST = /^是[^。；;]{0,24}之年/;
const PUBLISHED_PRE = /(?:发布|更新|时间|日期|发文)[:：]?$/;
/**
 * The label of a page's date: 发布日期：, 发表时间：, 更新日期：, a bare 时间：/日期： field (not 报名时间：, a
 * schedule's), 今天是： (the site's date widget). 成文日期/发文日期 and 施行日期 are read before.
 */
const PAGE_DATE_LABEL = /(?:(?:发布|发表|更新|录入|公开|印发|上传|创建|产生)(?:时间|日期)[:：]?|(?:^|[^\u4e00-\u9fa5])(?:时间|日期)[:：]|今天是[:：]?)[ \t\u3000]*$/;
/** After a page's date: a clock time, a weekday, the page's other fields (来源：, 【字体：…】). */
const PAGE_DATE_POST = /^(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}|(?=[ \t\u3000]*(?:$|来源|作者|浏览|点击|字体|字号|【|\[)))|星期[一二三四五六日天]|【?(?:字体|字号|来源|浏览|点击|作者|编辑|信息来源|文章来源)[:：\s\u3000【])/;
/** 有效期至2025年12月31日, 2025年12月31日失效. */
const EXPIRY_PRE = /有效期(?:为|至|到|截至|截止)?[^，,。；;]{0,3}$/;
/** 本办法自2016年1月1日起至2020年12月31日止施行, 试行期至…: the end of the text's own term. */
// Its own list, not documents/kinds.ts's every title word: the end of the term a text gives itself
// (本办法, 本通知 …自…起至…止) is its expiry; a plan's (本计划, 本规划) stays a deadline, as no gold
// case decides it.
const OWN_TERM_BEFORE = /(?:本(?:办法|规定|条例|细则|通知|意见|决定|方案|规则|制度|政策|措施)[^。；;]{0,6}自[^。；;]{0,20}起|(?:有效|试行|执行|实施)期(?:限)?(?:为|自)?[^。；;]{0,20})(?:至|到)$/;
/**
 * A title's last word, then an opening bracket: 关于…的通知（. The kinds seen issued with their date
 * in brackets, not documents/kinds.ts's every title word: no gold case covers the others.
 */
const TITLE_THEN_BRACKET = /(?:通知|意见|办法|规定|决定|条例|方案|规划|细则|批复|报告)[（(]$/;
const EXPIRY_POST = /^(?:止|起)?[ \u3000]?(?:失效|废止|终止执行|停止执行|取消|不再执行)/;
/** 本办法自发布之日起施行，2020年12月31日止: the end of the term the sentence just started. */
const TERM_END_POST = /^止[ \u3000]*(?:[。；;，,]|$)/;
/** …起施行, 有效期, or a right's term that runs from an event (使用期限自口岸启用之日起至2047年6月30日止), not a date by which to act. */
const TERM_START_BEFORE = /起[^。；;]{0,4}(?:施行|实施|执行|试行|生效)|有效期|(?:期限|期|权)(?:为)?[ \u3000]*自[^。；;，,]{1,20}之日起[ \u3000]*(?:至|到)[ \u3000]*$/;
/** 国务院办公厅二○○八年二月二日 / ——2026年1月31日在…会议上: the issuer's signature or a speech's date. */
/** 2026年1月31日在黑龙江省第十四届人民代表大会第五次会议上: the date a report was delivered. */
const SPEECH_POST = /^在[^。，,；;]{2,40}(?:会议|大会)上/;
const SIGNED_PRE = /(?:人民政府|办公厅|办公室|国务院|委员会|[部局厅委])$|——$/;
/**
 * A date that identifies another document or thing: …印发的, …会议通过的《…》, 经国务院批准、由…印发的,
 * a 《title》 right after it, 1998年国务院关于…的规定, a decree.
 */
const REFERENCE_POST = /^(?:[^，,。；;]{0,80}?(?:签署|印发|下发|发布|颁布|出台|公布|批准|通过|制定|修订|修正|修改)的|[^，,。；;]{0,6}《|[^，,。；;]{1,12}关于[^，,。；;]{2,40}的(?:规定|通知|决定|意见|办法|批复|函)|原?[^，,。；;]{2,16}令)/;
/** 1990年1月15日经国务院批准财政部发布，1995年7月28日…修订的《…》: the first date of a cited document's history. */
const REFERENCE_CHAIN_POST = /^[^，,。；;、]{0,40}(?:发布|公布|印发|通过|批准)[，,、][^，,。；;]{0,20}?[12][0-9]{3}年[^，,。；;]{0,60}?的《/;
/**
 * 2005年以前注册的车, 从2015年12月31日向前追溯: a cut-off that delimits a set or a count. (…日后的检查
 * was tried too: right on the tuning documents, wrong on the held-out ones, so left out.)
 */
const CUTOFF_POST = /^(?:(?:向前|往前)追溯|起算)/;
const CUTOFF_SUFFIX = /^(?:以前|之前|前)$/;
const ISSUED_POST = /^(?:印发|发布|公布|签发)(?!的)/;
/** A page header's other fields on the line of a date that is its own paragraph: the page's date. */
const PAGE_CHROME = /来源[:：]|www\.|https?:|浏览|点击|字体|打印|阅读次数|访问次数/;
/**
 * The line before a date that opens its paragraph signs it: an issuer (国务院办公厅) or a signer with
 * their office (总理温家宝, 市长许勤), blanks removed, without punctuation.
 */
const SIGNER_LINE = /^(?:[\u4e00-\u9fa5]{1,24}(?:人民政府|人民代表大会常务委员会|办公厅|办公室|国务院|委员会|[部局厅委院])|(?:代理?)?(?:总理|省长|市长|县长|区长|州长|主席|主任|部长|局长|厅长|署长|行长|书记)[\u4e00-\u9fa5·]{2,4})$/;
/**
 * 2008年北京奥运会, 2030年可持续发展议程, 1998年协议: the year is part of the name of an event, an agenda or an
 * agreement. (A survey, 2010年污染源普查, too, but its year also marks the figures around it as past facts,
 * which the targets read.)
 */
const NAMED_EVENT_POST = /^[\u4e00-\u9fa5]{0,10}?(?:奥运会|冬奥会|残奥会|亚运会|运动会|博览会|世博会|交易会|峰会|论坛|议程|协议|协定|公约)/;
/** 2017年以后的政策, 2017年后…: the span from then on, not a limit. */
const FROM_THEN_POST = /^(?:以后|之后|后)(?![^，,。；;]{0,12}前)/;
/** 2016年生均公用经费基准定额, 2015年普通高中招生计划: a figure set for that year. */
const QUOTA_YEAR_POST = /^[^，,。；;、]{0,12}?(?:指标|定额|名额|招生计划)/u;
/** 2020年全面建成, 2017年基本实现: a year then what is completed by then (not 2019年完成了…, done). */
const COMPLETES_POST = /^(?:基本|总体|全面|初步|率先)?(?:建成|完成|实现|形成)(?![^，,。；;、]{0,12}[了过])/u;
/** …2017年总体建成、2020年…: the next stage of a list of what is completed by when. */
const STAGE_LIST_PRE = /年(?:基本|总体|全面|初步|率先)?(?:建成|完成|实现|形成)[^，,。；;、]{0,4}、$/u;
/** 2014年将完成…, 2020年要有所突破: the year a step is planned for. */
const PLANNED_POST = /^(?:将|要|应当?|须|必须|力争|争取|计划|拟)(?!来)/;
/** 于2011年10月27日制定下发了《…》: the date its own title was issued, when the title is the document's. */
const ISSUES_TITLE_POST = /^(?:制定)?(?:印发|下发|发布|公布|颁布)了?《([^》]{2,80})》/;

export interface Classified {
	kind: DateKind;
	iso: string;
	/** Deadline year a target may inherit (a deadline's year, a period's end), else null. */
	anchorYear: number | null;
}

function pad(n: number): string { return n < 10 ? '0' + n : String(n); }

function exactIso(y: number, m: number | null, d: number | null): string {
	return m === null ? String(y) : d === null ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}

function deadlineIso(r: RawDate): string {
	const y = r.y1;
	if (r.d1 !== null && r.m1 !== null) { return `${y}-${pad(r.m1)}-${pad(r.d1)}`; }
	if (r.m1 !== null) {
		if (r.suffix === '上旬' || (r.suffix === '初')) { return `${y}-${pad(r.m1)}-10`; }
		if (r.suffix === '中旬') { return `${y}-${pad(r.m1)}-20`; }
		return `${y}-${pad(r.m1)}-${pad(lastDay(y, r.m1))}`;
	}
	if (r.suffix === '上半年') { return `${y}-06-30`; }
	const q = /([一二三四1-4])季度/.exec(r.suffix);
	if (q) {
		const n = '一二三四'.indexOf(q[1]) + 1 || Number(q[1]);
		return `${y}-${pad(n * 3)}-${pad(lastDay(y, n * 3))}`;
	}
	if (r.suffix === '初') { return `${y}-01-31`; }
	return `${y}-12-31`;
}

function periodIso(r: RawDate): string {
	const y2 = r.y2 ?? r.y1;
	const m2 = r.m2 ?? 12;
	const start = `${r.y1}-${pad(r.m1 ?? 1)}-${pad(r.d1 ?? 1)}`;
	const end = `${y2}-${pad(m2)}-${pad(r.d2 ?? lastDay(y2, m2))}`;
	return `${start}/${end}`;
}

export interface ClassifyContext {
	/** Year the document was issued (or published), null when unknown. */
	docYear: number | null;
	/** The document's own issue date (ISO yyyy-mm-dd) when a signature gives it, else null/absent. */
	docDate?: string | null;
	/** Latest revision date of the document's history note (ISO), see latestRevision; else null/absent. */
	revisedOn?: string | null;
	/** Normalized titles the document calls its own (its title, its plan): a period in them is a period. */
	ownTitles?: readonly string[];
	/** The date is in a heading (三、2026年重点工作): a year there names the period its section plans for. */
	inHeading?: boolean;
	/** The date is the revision the document's own title names (…实施办法（2013年修订）): the text's issue. */
	titleRevision?: boolean;
}

/**
 * The latest date a history note says the document was revised on (…修订, 根据…《…修改…的决定》),
 * ISO, or null. Earlier entries of the history are then past versions (026: 通过 2004, 修订 2010,
 * 修正 2018 → only 2018 issued the text at hand).
 */
export function latestRevision(dates: readonly RawDate[]): string | null {
	let latest: string | null = null;
	for (const r of dates) {
		if (r.d1 === null || r.y2 !== null || r.bookTitle !== null) { continue; }
		if (!isRevision(r)) { continue; }
		const iso = exactIso(r.y1, r.m1, r.d1);
		if (latest === null || iso > latest) { latest = iso; }
	}
	return latest;
}

/** The full date (ISO) of the first signature or issue line dated in `year`, else null. */
export function issueDate(dates: readonly RawDate[], year: number | null): string | null {
	if (year === null) { return null; }
	const d = dates.find(x => (x.alone || /——$/.test(x.pre)) && x.y1 === year && x.d1 !== null && x.y2 === null);
	return d ? exactIso(d.y1, d.m1, d.d1) : null;
}

/**
 * After a day, then what the line picks out: 以后出生, 后的孕情检查. (A day's 前/以前/之前 is part of the
 * date's suffix, so 2017年9月30日前注册的 is decided by the rules for a suffix, as a reference already.)
 */
/** Acts whose day a rule's cohort is drawn by: born, registered, enrolled, qualified. */
const STATUS_ACTS = '出生|注册|登记|成立|设立|入学|毕业|取得|参加';
const CUT_OFF_POST = new RegExp(`^[ \\u3000]*(?:以|之)?后(?:的|[^，,。；;：:的]{0,12}?(?:的|${STATUS_ACTS}))`, 'u');
/** 注册时间为2017年9月30日前: the day a status must date from, a condition of eligibility. */
const STATUS_DAY_PRE = new RegExp(`(?:${STATUS_ACTS})(?:时间|日期)(?:为|在)?$`, 'u');
/** …，申请人须连续持有: what a rule requires after 截止 a day, which then draws its line. */
const DUTY_POST = /^[ \u3000]*[，,][^。；;]{0,30}?(?:必须|须|应当|不得|需(?!求))/u;
/** 2014年办理居住登记的人员: the people or things a rule picks out by what they did then. */
const COHORT_POST = /^[^，,。；;、]{0,10}?(?:出生|注册|登记|入学|毕业|办理|招录|录用|参加工作|参保)[^，,。；;]{0,12}?的/u;
/** 自2027年7月1日起超过5年的，: a start inside the condition of a rule (…的，), not what it orders. */
const CONDITION_POST = /^[^，,。；;]{0,20}的[，,]/u;

/** A day that draws a rule's line (a cohort or a cut-off): what it qualifies is a condition, not a goal. */
export function isCutOff(r: RawDate): boolean {
	return r.d1 !== null && CUT_OFF_POST.test(r.post);
}

/** A stage of a schedule named before a bracketed year: 第一阶段（2018年）, 近期（2020年）. */
const STAGE_PRE = /(?:阶段|时期|近期|中期|远期|期间)[ \u3000]*[（(][ \u3000]*$/u;

/** What follows the year of a heading that opens a year's block: its goals or tasks, or nothing (2019年。, 2020年：). */
const YEAR_BLOCK_POST = /^(?:[ \u3000]*(?:[。．.：:]|$)|的?(?:主要|发展|阶段性?|年度)?(?:工作)?(?:目标|任务|安排|计划|重点|要点))/u;

/** 2018年度项目申报指南, 2021年揭榜挂帅…: a call for projects named after the year it calls in. */
const CALL_NAME_POST = /^[^，,。；;、《》\s]{0,12}?(?:(?:申报|项目|揭榜)指南|揭榜挂帅)/u;
/** 从现在到, 从今年至: a span that starts now. */
const FROM_NOW_TO_PRE = /(?:从|自)(?:现在|目前|当前|今年|今天|即日)起?(?:到|至)$/u;

/** Kind and ISO form of a scanned date. */
export function classifyDate(r: RawDate, ctx: ClassifyContext): Classified {
	const docYear = ctx.docYear;
	// A revised regulation's text at hand was issued by its latest revision, not its first adoption
	// (its provisions keep the years they were written in: 到2000年 stays a deadline).
	const revisedOn = ctx.revisedOn ?? null;
	const versionYear = revisedOn === null ? null : Number(revisedOn.slice(0, 4));
	const docDate = revisedOn !== null && (!ctx.docDate || revisedOn > ctx.docDate) ? revisedOn : ctx.docDate ?? null;
	if (r.bare) { return { kind: 'reference', iso: String(r.y1), anchorYear: null }; }
	if (r.y2 !== null) {
		let own = r.bookTitle === null;
		if (!own && ctx.ownTitles) {
			// 《关于呈报〈某规划（2018—2035年）〉的请示》: the period belongs to the title nested around it
			const nested = [...r.bookTitle!.matchAll(/[〈<]([^〈〉<>]{2,80})[〉>]/g)].find(m => m[1].includes(r.text));
			const key = normalizeTitle(nested ? nested[1] : r.bookTitle!);
			own = ctx.ownTitles.some(t => t.includes(key) || key.includes(t));
		}
		return own ? { kind: 'period', iso: periodIso(r), anchorYear: r.y2 } : { kind: 'reference', iso: periodIso(r), anchorYear: null };
	}
	const exact = exactIso(r.y1, r.m1, r.d1);
	const reference: Classified = { kind: 'reference', iso: exact, anchorYear: null };
	const past: Classified = { kind: 'past', iso: exact, anchorYear: null };
	const issued: Classified = { kind: 'issued', iso: exact, anchorYear: null };
	// 我部制定了《2022年…工作要点》, 现将《2016年…招生工作方案》印发: the document's own title cited in it covers its year, as
	// the title itself does (below); any other 《title》 names another document
	if (r.bookTitle !== null) {
		// (…建设指南（2015年版）: an edition names the version)
		return r.m1 === null && r.suffix === '' && !/^版/.test(r.post) && ownTitle(r.bookTitle, ctx.ownTitles) && titleCoversYear(r.bookTitle, r.y1)
			? { kind: 'period', iso: periodIso(r), anchorYear: ctx.ownTitles!.some(isCallForProjects) ? null : r.y1 } : reference;
	}
	if (ctx.titleRevision) { return issued; }
	// 《某某管理办法》（2015年修订）: the version of the document cited, a name
	if (/》[ \u3000]*[（(]$/u.test(r.pre) && /^[ \u3000]*(?:修订|修正|修改)/u.test(r.post)) { return reference; }
	// 1958年1月1日以后出生, 2016年1月1日后的孕情检查: a day that draws a rule's line
	if (isCutOff(r)) { return reference; }
	// 注册时间为2017年9月30日前: the day a status must date from
	if (CUTOFF_SUFFIX.test(r.suffix) && STATUS_DAY_PRE.test(r.pre)) { return reference; }
	// 2014年办理居住登记的人员: a cohort (GUIDE)
	if (r.suffix === '' && COHORT_POST.test(r.post) && !DEADLINE_PRE.test(r.pre)) { return reference; }
	// “2015年初中教学质量综合考评”: a quoted name that starts with a year.
	if (/[“"]$/.test(r.pre) && /^[^，,。；;“”"]{0,24}[”"]/.test(r.post)) { return reference; }
	// 成文日期：2015年11月25日, 发文日期：2010-04-29 / 发布日期：… on a page's metadata lines (or the line before)
	const label = r.pre || r.label;
	// (公布日期 2004-08-30 in a law database's fields: the day the rule was promulgated, not the page's date)
	if (/(?:成文|发文|公布|颁布)日期[:：]?[ \t\u3000]*$/.test(label)) { return issued; }
	// 施行日期 2004-10-01 / 失效日期 in a law database's fields
	if (/(?:施行|实施|生效)日期[:：]?[ \t\u3000]*$/.test(label)) { return { kind: 'effective', iso: exact, anchorYear: null }; }
	if (/(?:失效|废止)日期[:：]?[ \t\u3000]*$/.test(label)) { return { kind: 'expiry', iso: exact, anchorYear: null }; }
	// 发布日期：, 时间：, 今天是：, a clock time (2016年07月08日 14:15:02, …17:44 来源：), a weekday or the page's
	// other fields after the date (时间：2012年10月30日 字体：【大】): a page's publication date.
	if (PAGE_DATE_LABEL.test(label) || (r.d1 !== null && PAGE_DATE_POST.test(r.post))) {
		return { kind: 'published', iso: exact, anchorYear: null };
	}
	// 中国政府门户网站　www.gov.cn　　2005年08月01日　　来源：…, split at its wide gaps: the page's date.
	if (r.alone && PAGE_CHROME.test(r.lineRest)) { return { kind: 'published', iso: exact, anchorYear: null }; }
	// 关于…的通知（2005年8月1日）: the date in brackets under a title is the day it was issued.
	if (r.d1 !== null && TITLE_THEN_BRACKET.test(r.pre) && /^[)）]/.test(r.post)) { return issued; }
	// …的意见(发展改革委 二○○四年十一月): an issued document's issuer and date in brackets under its title.
	if (r.m1 !== null && /[（(][\u4e00-\u9fa5、]{1,12}(?:委员会|[委部局厅办院府署行])$/.test(r.pre) && /^[)）]/.test(r.post)) { return issued; }
	// 发布时间：2015-06-05 / 2015-03-24 18:11: the page's publication date.
	if (r.numeric) {
		const page = PUBLISHED_PRE.test(label) || /^[0-9]{1,2}:[0-9]{2}/.test(r.post) || r.alone
			|| /(?:作者|来源|编辑)[:：]/.test(r.pre);
		return { kind: page ? 'published' : 'reference', iso: exact, anchorYear: null };
	}
	if (EXPIRY_PRE.test(r.pre) || EXPIRY_POST.test(r.post) || OWN_TERM_BEFORE.test(r.sentenceBefore.replace(/[\s\u3000]+/g, ''))
		|| (TERM_END_POST.test(r.post) && TERM_START_BEFORE.test(r.sentenceBefore))) {
		// (执行期到2019年6月30日之前的在研项目: the end of others' terms that picks out what the rule counts)
		return CUTOFF_SUFFIX.test(r.suffix) && /^的/u.test(r.post) ? reference : { kind: 'expiry', iso: deadlineIso(r), anchorYear: null };
	}
	// 1990年1月15日经国务院批准财政部发布，1995年7月28日…修订的《…》: the history of a cited document.
	if (REFERENCE_CHAIN_POST.test(r.post)) { return reference; }
	// A regulation's history: an entry of a year before its latest revision is a past version (the
	// steps of one version, adopted then signed or promulgated, fall in one year).
	// (…会议通过并经2020年1月15日…批准的《…决定》修正: the first step of the version at hand, whose approval
	// falls in the next year)
	if (r.d1 !== null && versionYear !== null && r.y1 < versionYear && isHistoryEntry(r) && !opensVersion(r, versionYear)) { return past; }
	// A signature glued to the title of the document it signs (温家宝二○一一年九月三十日国务院关于…, …林业局2021年5月11日《…方案》)
	if (r.m1 !== null && startsWithOwnTitle(r.post, ctx.ownTitles)) { return issued; }
	// …会议通过的《…》, …印发的, 1998年国务院关于…的规定: the date names another document
	// (unless the title is the document's own: 于2011年10月27日制定下发了《本规范》).
	if (namesAnotherDocument(r)) {
		const own = ISSUES_TITLE_POST.exec(r.post);
		return own && ownTitle(own[1], ctx.ownTitles) ? issued : reference;
	}
	// 《X法》已由…于2016年12月25日通过 in a notice acting on it: another document's adoption, an event past.
	if (r.d1 !== null && r.subject && r.subject.length >= 6 && !ownTitle(r.subject, ctx.ownTitles) && (isAdoption(r) || PROMULGATED_POST.test(r.post) || isRevision(r))) { return past; }
	if (r.d1 !== null && (isAdoption(r) || PROMULGATED_POST.test(r.post) || isRevision(r)
		|| (/经$/.test(r.pre) && /会议/.test(r.post)) || SPEECH_POST.test(r.post)
		|| (SIGNED_PRE.test(r.pre.replace(/[\s\u3000]+/g, '')) && !/^[^，,。；;]{0,3}(?:前|以前|之前)/.test(r.post))
		// a signature at the end of its paragraph, after the issuer's or the signer's name
		|| ((r.pre === '' || /[\u4e00-\u9fa5]$/.test(r.pre)) && /^(?:[（(]此件[^）)]*[）)])?$/.test(r.post))
		// a date line under the signer's line, the next title glued after it (总理 温家宝 / 二○○六年九月十九日 某某条例)
		|| (r.pre === '' && SIGNER_LINE.test(r.lineBefore) && !/[，,。；;：:]/.test(r.post.slice(0, 30))))) { return issued; }
	// 自2006年实施…改革以来: since then.
	if (SINCE_POST.test(r.post)) { return past; }
	if (EFFECTIVE_POST.test(r.post) && (r.d1 !== null || EFFECTIVE_PRE.test(r.pre))) { return { kind: 'effective', iso: exact, anchorYear: null }; }
	if (r.alone && r.m1 !== null) { return issued; }
	if (r.d1 !== null && ISSUED_POST.test(r.post) && /[(（]$/.test(r.pre)) { return issued; }
	// 比2010年下降, 不超过2007年水平: the base a comparison is made against; 2009年第二十四届…运动会: an event's
	// edition; （2015年版）, 2020年版…目录: a version.
	if (COMPARE_PRE.test(r.pre) || COMPARE_POST.test(r.post) || /^(?:第[一二三四五六七八九十百0-9０-９]{1,4}届|版)/.test(r.post)) { return reference; }
	if (r.m1 === null && r.suffix === '' && NAMED_EVENT_POST.test(r.post)) { return reference; }
	// 2005年以前注册运营的车, 从2015年12月31日向前追溯: a cut-off that delimits what a rule counts.
	if (CUTOFF_POST.test(r.post) || (CUTOFF_SUFFIX.test(r.suffix) && /^[^，,。；;]{0,10}?的/.test(r.post)
		&& !AT_PRE.test(r.pre) && !DEADLINE_PRE.test(r.pre))) { return reference; }
	if (r.suffix === '以来') { return past; }
	// 序号 指标 2010年 2015年: a table's column heading; the earlier year is the base.
	if (docYear !== null && r.y1 < docYear && r.m1 === null && /^[12１２][0-9０-９]{3}[ \u3000]?年/.test(r.post)) { return reference; }
	// 2026年是“十五五”开局之年: a sentence about the year itself, the period a work plan covers.
	if (r.m1 === null && YEAR_IS_POST.test(r.post)) {
		return docYear !== null && r.y1 < docYear ? past : { kind: 'period', iso: periodIso(r), anchorYear: r.y1 };
	}
	// 关于2019年部分节假日安排的通知, 关于做好2021年度…工作的通知, 厦门市2016年…招生工作方案: the year a
	// notice's or a plan's title covers is the document's period.
	// (从2019年秋季学期起 in such a notice: when something starts to apply, below)
	if (r.m1 === null && (r.suffix === '' || r.suffix === '度') && !DEADLINE_PRE.test(r.pre) && !startsFrom(r)
		&& ctx.ownTitles?.some(t => titleCoversYear(t, r.y1))) {
		// (the year of a call for projects does not date what the projects are to reach)
		return { kind: 'period', iso: periodIso(r), anchorYear: ctx.ownTitles.some(isCallForProjects) ? null : r.y1 };
	}
	// 将2018年度项目申报指南予以公布: the year a call for projects names, also where no title says it.
	if (r.m1 === null && (r.suffix === '' || r.suffix === '度') && CALL_NAME_POST.test(r.post)) { return { kind: 'period', iso: periodIso(r), anchorYear: null }; }
	// 从现在到2009年: the span from now to then.
	if (r.m1 === null && FROM_NOW_TO_PRE.test(r.pre)) { return { kind: 'period', iso: periodIso(r), anchorYear: null }; }
	// 自2013年起 / 2017年开始 / 于2019年初开始执行: applies from then on (or did, before the document's year).
	if (!BEFORE_SUFFIX.test(r.suffix) && (STARTS_POST.test(r.post) || startsFrom(r))) {
		if (CONDITION_POST.test(r.post)) { return reference; }
		if (docYear !== null && r.y1 < docYear) { return past; }
		// 从2005年起，用3～5年时间: the start of the span a programme covers.
		if (SPAN_AFTER_START.test(r.post)) { return { kind: 'period', iso: periodIso(r), anchorYear: null }; }
		return { kind: 'effective', iso: exact, anchorYear: null };
	}
	// 2017年以后的政策另行制定: the span from that year on (since then, when it is past).
	if (r.m1 === null && r.suffix === '' && FROM_THEN_POST.test(r.post) && !DEADLINE_PRE.test(r.pre)) {
		return docYear !== null && r.y1 < docYear ? past : { kind: 'period', iso: periodIso(r), anchorYear: null };
	}
	// 确定2016年生均公用经费基准定额为600元, 2015年招生计划: the year an annual quota or plan figure is for.
	if (r.m1 === null && r.suffix === '' && (docYear === null || r.y1 >= docYear) && !DEADLINE_PRE.test(r.pre) && QUOTA_YEAR_POST.test(r.post)) {
		return { kind: 'period', iso: periodIso(r), anchorYear: r.y1 };
	}
	// 2014年将完成…: a step the text plans for that year, whenever it is read.
	if (r.m1 === null && r.suffix === '' && PLANNED_POST.test(r.post)) { return { kind: 'deadline', iso: deadlineIso(r), anchorYear: r.y1 }; }
	// A deadline before the document's own year is a fact about the past (增长到2021年的… in 2022).
	const deadline = (): Classified => docYear !== null && r.y1 < docYear ? past : { kind: 'deadline', iso: deadlineIso(r), anchorYear: r.y1 };
	const byYear = (): Classified => docYear === null ? reference : r.y1 < docYear ? past : deadline();
	// 2017年总体建成、2020年深化完善, 2020年全面建成: a year right before what is to be completed by then
	if (r.m1 === null && r.suffix === '' && (COMPLETES_POST.test(r.post) || STAGE_LIST_PRE.test(r.pre))) { return deadline(); }
	// 截至2022年6月 in a 2022 document: the state as of now
	// (截止2015年4月30日，申请人须连续持有…: the day a rule's requirement is counted to)
	if (AS_OF_PRE.test(r.pre)) { return DUTY_POST.test(r.post) ? reference : docYear === null || r.y1 <= docYear ? past : byYear(); }
	// 2021年的73%: the value of a year, not a date to reach
	if (/^的/.test(r.post) && !DEADLINE_SUFFIX.test(r.suffix)) { return byYear(); }
	if (DEADLINE_SUFFIX.test(r.suffix)) { return deadline(); }
	if (DEADLINE_PRE.test(r.pre)) { return deadline(); }
	// 2023年5月15日16时前
	if (r.d1 !== null && /^[0-9０-９]{1,2}[ \u3000]?(?:时|点|:[0-9]{2})[^，,。；;]{0,3}前/.test(r.post)) { return deadline(); }
	// A full date with nothing marking it as a time limit: an event before the document's own date;
	// a span after it, or a weekday of its schedule, is a period the document sets (报名时间为2016年3月11日
	// 至3月17日, 2018年12月29日（星期六）上班).
	if (r.d1 !== null) {
		const scheduled = r.rangeEnd !== undefined || /^[（(]星期/.test(r.post);
		const ahead: Classified = scheduled ? { kind: 'period', iso: r.rangeEnd ? `${exact}/${r.rangeEnd}` : exact, anchorYear: null } : reference;
		if (docDate !== null) { return (r.rangeEnd ?? exact) < docDate ? past : ahead; }
		if (docYear === null) { return reference; }
		return r.y1 < docYear || (r.y1 === docYear && !scheduled) ? past : ahead;
	}
	// A year in a heading that nothing else marks names the period its section plans for (三、2026年重点工作).
	const headingYear = (): Classified => ctx.inHeading && docYear !== null && r.y1 >= docYear && r.m1 === null
		? { kind: 'period', iso: periodIso(r), anchorYear: r.y1 } : reference;
	// 2023年度: a year's designation; what it plans (2023年度拟资助…) is a plan figure for that year
	if (r.suffix === '度') {
		if (docYear !== null && r.y1 < docYear) { return past; }
		return PLANNED_POST.test(r.post) ? { kind: 'period', iso: periodIso(r), anchorYear: r.y1 } : headingYear();
	}
	// An undated plan's year that opens a clause (2016年，完善…): a stage of its schedule.
	// (2016年启动50个以上…项目，2017年试点示范…: one that opens a clause with what is to be done in it)
	// 第一阶段（2018年）：…: the year a stage of the plan's schedule is for
	if (r.m1 === null && r.suffix === '' && STAGE_PRE.test(r.pre) && /^[ \u3000]*[）)]/u.test(r.post)) {
		return { kind: 'period', iso: periodIso(r), anchorYear: r.y1 };
	}
	// （一）2019年目标 / （二）2020年。…: an undated plan's yearly block, the year its targets are for
	if (docYear === null && ctx.inHeading && r.m1 === null && r.suffix === '' && YEAR_BLOCK_POST.test(r.post)) {
		return { kind: 'period', iso: periodIso(r), anchorYear: r.y1 };
	}
	// (2019年：完成…, 2020年：建成…: a step of its schedule, one per line)
	if (docYear === null) { return r.m1 === null && (/^[，,：:]/.test(r.post) || opensStep(r)) ? deadline() : byYear(); }
	if (r.y1 < docYear) { return past; }
	// 2004年4月 in a document signed in November 2004: already happened.
	if (r.m1 !== null && docDate !== null && deadlineIso(r) < docDate) { return past; }
	// 。2004年已批准…: done this year.
	if (r.m1 === null && r.y1 === docYear && /^[^，,。；;]{0,6}?已/.test(r.post)) { return past; }
	// A bare year: later than the document, a goal; its own year only when it opens a clause or a
	// sentence (2019年，全省… / 。2015年进一步扩大…)
	if (r.y1 > docYear || /^[，,：:]/.test(r.post) || AT_PRE.test(r.pre)
		|| (r.m1 === null && (/[。；;！？!?]$/.test(r.pre) || (r.pre === '' && !ctx.inHeading && /[，,。；;]/.test(r.post))))) { return deadline(); }
	return headingYear();
}

/** …通过并经2020年1月15日…批准: an adoption the same entry goes on to have approved in the version's year. */
const APPROVED_IN_POST = /^[^。，,；;《]{0,40}(?:通过|修订|修正|修改)并经[ \u3000]*([12][0-9]{3})[ \u3000]?年/;

function opensVersion(r: RawDate, versionYear: number): boolean {
	const m = APPROVED_IN_POST.exec(r.post);
	return m !== null && Number(m[1]) >= versionYear;
}

/** A year (nothing after 年) that opens a sentence or clause and is followed by the work done in it, not 了/以来. */
function opensStep(r: RawDate): boolean {
	return r.suffix === '' && (r.pre === '' || /[。；;，,：:]$/.test(r.pre)) && STEP_POST.test(r.post) && !/^[^，,。；;]{0,8}[了过]/.test(r.post);
}
const STEP_POST = /^(?!的|以来|以前|以后|起|开始|至今|前|底|末|度|内|期间|是|为)[\u4e00-\u9fff]/u;

/**
 * …印发的, …会议通过的《…》: the date names another document. Not a history entry (…令第131号发布,
 * …通过的《…决定》修正), nor a phrase that runs on into another entry's date (…通过并经2018年9月21日…批准的);
 * a list of cited documents' dates joined by 、 is fine.
 */
function namesAnotherDocument(r: RawDate): boolean {
	const m = REFERENCE_POST.exec(r.post);
	// 2021年6月底前修改完善《…》: a deadline for work on a document, not the date that names it
	return m !== null && !/(?:^|[^、，,0-9])[12][0-9]{3}[ \u3000]?年/.test(m[0]) && !(BEFORE_SUFFIX.test(r.suffix) && !/的/.test(m[0]))
		&& !PROMULGATED_POST.test(r.post) && !isRevision(r);
}

/**
 * A title of the document's own that organizes the year it names: a notice or a work plan
 * (关于2019年部分节假日安排的通知, 厦门市2016年…招生工作方案), or a guide to the year's round
 * (2015年…申办指南, …工作指引（2015年）). Not a report, whose year names it
 * (2020年政府工作报告), nor a decision, whose year names what it decides on (关于2018年度国家科学技术奖励的决定).
 */
const COVERING_TITLE = new RegExp(`(?:方案|计划|安排|要点|通知|指南|指引)(?:建议)?(?:[（(][^）)]*[）)])?${SUBTITLE}$`, 'u');

function titleCoversYear(title: string, year: number): boolean {
	// (…重点专项2021 年度项目申报指南: a scrape's blank inside the year)
	return squeezeBlanks(title).includes(`${year}年`) && COVERING_TITLE.test(title);
}

function ownTitle(title: string, ownTitles: readonly string[] | undefined): boolean {
	if (!ownTitles?.length) { return false; }
	const key = normalizeTitle(title);
	return key.length >= 6 && ownTitles.some(t => t.length >= 6 && (t.includes(key) || key.includes(t)));
}

function startsWithOwnTitle(post: string, ownTitles: readonly string[] | undefined): boolean {
	if (!ownTitles?.length || post.length < 6) { return false; }
	const head = normalizeTitle(post);
	return ownTitles.some(t => t.length >= 6 && head.startsWith(t.slice(0, Math.min(t.length, head.length, 16))));
}

export function toDateMention(r: RawDate, c: Classified, document: number): DateMention {
	return { offset: r.offset, end: r.end, text: r.text, kind: c.kind, iso: c.iso, document };
}

/** The date inside a web footer (`2018-05-29青海省政府办公厅 …`) as a published date. */
export function footerDate(text: string, footer: Span & { date: string | null }, document: number): DateMention | null {
	if (!footer.date) { return null; }
	const from = Math.max(0, footer.offset), to = Math.min(text.length, footer.end, footer.offset + 80);
	const m = /[0-9０-９]{4}\s?(?:[-－./年]\s?[0-9０-９]{1,2}){2}日?/.exec(text.slice(from, to));
	if (!m) { return null; }
	const offset = from + m.index;
	return { offset, end: offset + m[0].length, text: m[0], kind: 'published', iso: footer.date, document };
}
