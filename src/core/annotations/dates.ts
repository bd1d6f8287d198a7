// Dates: 2020年, 2019年6月底前, 2018年5月15日, 2018—2020年, 2018年至2020年, 二〇一八年五月十五日.
// Scanning finds the written date and its surroundings; classification gives it a kind and an
// ISO form. The scan is one compiled regex per span (every match starts at a digit that no
// digit precedes, and every quantifier is bounded), so it is linear on any input.
import type { Span } from '../model';
import type { DateKind, DateMention } from './types';
import { halfWidth } from './chars';
import { parseChineseNumeral } from '../text/numerals';
import { normalizeTitle } from '../text/normalize';

const D = '[0-9０-９]';
const YEAR = `[12１２]${D}{3}`;
const SP = '[ \\u3000]?';
const SEP = '(?:[-—–－~～〜]{1,2}|至|到)';
const MD = `(?:${SP}(${D}{1,2})${SP}月(?:${SP}(${D}{1,2})${SP}[日号])?)?`;
// Y1 年 [M 月 [D 日]] [— Y2 年 [M 月 [D 日]]]  |  Y1 — Y2 年 [M 月 [D 日]]
// Groups: 1 Y1, 2-3 M1 D1, 4-6 Y2 M2 D2 (first form), 7-9 Y2 M2 D2 (second form).
const DATE_RE = new RegExp(
	`(?<![0-9０-９.．])(${YEAR})(?:${SP}年${MD}(?:${SP}${SEP}${SP}(${YEAR})${SP}年${MD})?|${SP}${SEP}${SP}(${YEAR})${SP}年${MD})`,
	'g');
const NUMERIC_DATE_RE = /(?<![0-9０-９.\-/])((?:19|20)[0-9]{2})([-/.])([01]?[0-9])\2([0-3]?[0-9])(?![0-9])/g;
const CN_DIGIT = '[〇零一二三四五六七八九○ＯO]';
const CN_SMALL = '[一二三四五六七八九十]{1,3}';
const CN_DATE_RE = new RegExp(`(${CN_DIGIT}{4})年(${CN_SMALL})月(?:(${CN_SMALL})日)?`, 'g');
// What may follow a date: 底, 底前, 上半年, 以来 … (not 初步, 前列, 内蒙古).
const SUFFIX_RE = /[ \u3000]?(年底前|年末前|底以前|底之前|底前|末前|年底|年末|上半年|下半年|第?[一二三四1-4]季度|底|末|初(?!步)|上旬|中旬|下旬|以前|之前|前(?![列后沿景期夕三两几])|以来|以内|内(?![蒙容涵部外需])|为止|度)/y;

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
	/** Up to 16 characters after the date (and its suffix) within its paragraph. */
	post: string;
	/** The date (with brackets, 印发 …) is its paragraph: a signature or issue date. */
	alone: boolean;
	/** Inside a 《title》: whose text, or null. */
	bookTitle: string | null;
	/** Written with digits and separators only (2015-06-05), as web pages print dates. */
	numeric?: boolean;
}

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
	const n = parseChineseNumeral(s.replace(/[○ＯO]/g, '〇'));
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
		SUFFIX_RE.lastIndex = matchEnd;
		let end = matchEnd;
		let suffix = '';
		const sm = matchEnd < to ? SUFFIX_RE.exec(text) : null;
		if (sm && SUFFIX_RE.lastIndex <= to) {
			suffix = sm[1];
			end = SUFFIX_RE.lastIndex;
		}
		let pre = text.slice(Math.max(from, start - 8), start);
		pre = pre.replace(/[ \t\u3000\u00a0]+$/, '');
		const post = text.slice(end, Math.min(to, end + 16)).replace(/^[ \t\u3000\u00a0]+/, '');
		while (t < titles.length && titles[t].end <= start) { t++; }
		const inTitle = t < titles.length && titles[t].offset < start && end <= titles[t].end;
		out.push({
			offset: start, end, text: text.slice(start, end), y1, m1, d1, y2, m2, d2, suffix, pre, post,
			alone: isAlone(text, from, to, start, end),
			bookTitle: inTitle ? text.slice(titles[t].offset + 1, titles[t].end - 1) : null,
		});
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
			push(start, start + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]), null, null, null);
			const d = out[out.length - 1];
			if (d && d.offset === start) { d.numeric = true; }
		}
		if (out.length > before) { out.sort((a, b) => a.offset - b.offset); }
	}
	if (/[〇零○ＯO一二三四五六七八九]年/.test(slice)) {
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

/** The paragraph is only this date, perhaps bracketed and followed by 印发/发布/通过. */
function isAlone(text: string, from: number, to: number, start: number, end: number): boolean {
	if (to - from > 120) { return false; }
	const before = text.slice(from, start);
	const after = text.slice(end, to);
	if (/^[\s\u3000(（]*$/.test(before) && /^[\s\u3000]*(?:印发|发布|公布|通过|签发|制发|施行)?[\s\u3000)）]*$/.test(after)) { return true; }
	// 2020年4月10日 上海市第十五届人民代表大会常务委员会第二十次会议通过
	return /^[\s\u3000(（]*$/.test(before) && /(?:通过|修订|修正|批准|公布)[)）]?$/.test(after) && !/[。，,；;]/.test(after);
}

const DEADLINE_SUFFIX = /^(?:年底前|年末前|底以前|底之前|底前|末前|年底|年末|上半年|下半年|第?[一二三四1-4]季度|底|末|初|上旬|中旬|下旬|以前|之前|前|以内|内|为止)$/;
const DEADLINE_PRE = /(?:到|至|力争|争取|预计|计划|确保|实现|完成|目标)$/;
const AT_PRE = /(?:于|在)$/;
const AS_OF_PRE = /(?:截至|截止到|截止|截至到)$/;
const COMPARE_PRE = /(?:比|较|同比|相比|相较|与|同)$/;
const EFFECTIVE_POST = /^(?:起|开始)?[ \u3000]?(?:施行|实施|执行|生效|启用|试行)/;
const EFFECTIVE_PRE = /[自从]$/;
/** 自2022年起, 2017年开始, 从2020年秋季学期开始: when something starts to apply. */
const STARTS_POST = /^(?:[^，,。；;（(]{0,6}?)(?:起|开始)(?!草)/;
const PUBLISHED_PRE = /(?:发布|更新|时间|日期|发文)[:：]?$/;
/** 有效期至2025年12月31日, 2025年12月31日失效. */
const EXPIRY_PRE = /有效期(?:为|至|到|截至|截止)?[^，,。；;]{0,3}$/;
const EXPIRY_POST = /^(?:止|起)?[ \u3000]?(?:失效|废止|终止执行|停止执行|取消|不再执行)/;
/** A meeting that adopted the document, after its date: 2011年9月21日国务院第173次常务会议通过. */
const ADOPTED_POST = /^[^。，,；;]{0,24}(?:会议|常委会)(?:审议|修订|讨论)?通过/;
/** 国务院办公厅二○○八年二月二日 / ——2026年1月31日在…会议上: the issuer's signature or a speech's date. */
/** 2026年1月31日在黑龙江省第十四届人民代表大会第五次会议上: the date a report was delivered. */
const SPEECH_POST = /^在[^。，,；;]{2,40}(?:会议|大会)上/;
const SIGNED_PRE = /(?:人民政府|办公厅|办公室|国务院|委员会|[部局厅委])$|——$/;
const REFERENCE_POST = /^(?:[^，,。；;]{0,12}(?:签署|印发|发布|颁布|出台|公布|批准|通过|制定|修订)的|[^，,。；;]{0,6}《|原?[^，,。；;]{2,16}令)/;
const ISSUED_POST = /^(?:印发|发布|公布|签发)(?!的)/;

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
	/** Normalized titles the document calls its own (its title, its plan): a period in them is a period. */
	ownTitles?: readonly string[];
}

/** Kind and ISO form of a scanned date. */
export function classifyDate(r: RawDate, ctx: ClassifyContext): Classified {
	const docYear = ctx.docYear;
	if (r.y2 !== null) {
		let own = r.bookTitle === null;
		if (!own && ctx.ownTitles) {
			const key = normalizeTitle(r.bookTitle!);
			own = ctx.ownTitles.some(t => t.includes(key) || key.includes(t));
		}
		return own ? { kind: 'period', iso: periodIso(r), anchorYear: r.y2 } : { kind: 'reference', iso: periodIso(r), anchorYear: null };
	}
	const exact = exactIso(r.y1, r.m1, r.d1);
	if (r.bookTitle !== null) { return { kind: 'reference', iso: exact, anchorYear: null }; }
	// 成文日期：2015年11月25日, 发文日期：2010-04-29 / 发布日期：… on a page's metadata lines
	if (/(?:成文|发文)日期[:：]?[ \t\u3000]*$/.test(r.pre)) { return { kind: 'issued', iso: exact, anchorYear: null }; }
	if (/(?:发布|公开|印发)日期[:：]?[ \t\u3000]*$/.test(r.pre)) { return { kind: 'published', iso: exact, anchorYear: null }; }
	// 发布时间：2015-06-05 / 2015-03-24 18:11: the page's publication date.
	if (r.numeric) { return { kind: PUBLISHED_PRE.test(r.pre) || /^[0-9]{1,2}:[0-9]{2}/.test(r.post) || r.alone ? 'published' : 'reference', iso: exact, anchorYear: null }; }
	if (EXPIRY_PRE.test(r.pre) || EXPIRY_POST.test(r.post)) { return { kind: 'expiry', iso: deadlineIso(r), anchorYear: null }; }
	if (r.d1 !== null && (ADOPTED_POST.test(r.post) || (/经$/.test(r.pre) && /会议/.test(r.post)) || SPEECH_POST.test(r.post)
		|| (SIGNED_PRE.test(r.pre) && !/^[^，,。；;]{0,3}(?:前|以前|之前)/.test(r.post))
		// a signature at the end of its paragraph, after the issuer's or the signer's name
		|| ((r.pre === '' || /[\u4e00-\u9fa5]$/.test(r.pre)) && /^(?:[（(]此件[^）)]*[）)])?$/.test(r.post))
		// …or right before the title of the document it signs, glued on one line (温家宝二○一一年九月三十日国务院关于…)
		|| (r.m1 !== null && startsWithOwnTitle(r.post, ctx.ownTitles)))) { return { kind: 'issued', iso: exact, anchorYear: null }; }
	if (EFFECTIVE_POST.test(r.post) && (r.d1 !== null || EFFECTIVE_PRE.test(r.pre))) { return { kind: 'effective', iso: exact, anchorYear: null }; }
	if (r.alone && r.m1 !== null) { return { kind: 'issued', iso: exact, anchorYear: null }; }
	if (r.d1 !== null && ISSUED_POST.test(r.post) && /[(（]$/.test(r.pre)) { return { kind: 'issued', iso: exact, anchorYear: null }; }
	if (REFERENCE_POST.test(r.post)) { return { kind: 'reference', iso: exact, anchorYear: null }; }
	// 比2010年下降: the base a comparison is made against.
	if (COMPARE_PRE.test(r.pre)) { return { kind: 'reference', iso: exact, anchorYear: null }; }
	if (r.suffix === '以来') { return { kind: 'past', iso: exact, anchorYear: null }; }
	// 关于2019年部分节假日安排的通知, 关于做好2021年度…工作的通知: the year a 关于… title covers is the
	// document's period (not 2020年政府工作报告, where the year names the report).
	if (r.m1 === null && (r.suffix === '' || r.suffix === '度') && !DEADLINE_PRE.test(r.pre)
		&& ctx.ownTitles?.some(t => new RegExp(`关于[^，。]*${r.y1}年`).test(t))) {
		return { kind: 'period', iso: periodIso(r), anchorYear: r.y1 };
	}
	const past: Classified = { kind: 'past', iso: exact, anchorYear: null };
	// 自2013年起 / 2017年开始: applies from then on (or did, before the document's year).
	if (!DEADLINE_SUFFIX.test(r.suffix) && (STARTS_POST.test(r.post) || (EFFECTIVE_PRE.test(r.pre) && /^(?:[^，,。；;]{0,12}?)(?:起|开始)/.test(r.post)))) {
		return docYear !== null && r.y1 < docYear ? past : { kind: 'effective', iso: exact, anchorYear: null };
	}
	// A deadline before the document's own year is a fact about the past (增长到2021年的… in 2022).
	const deadline = (): Classified => docYear !== null && r.y1 < docYear ? past : { kind: 'deadline', iso: deadlineIso(r), anchorYear: r.y1 };
	const byYear = (): Classified => docYear === null
		? { kind: 'reference', iso: exact, anchorYear: null }
		: r.y1 < docYear ? past : deadline();
	// 截至2022年6月 in a 2022 document: the state as of now
	if (AS_OF_PRE.test(r.pre)) { return docYear !== null && r.y1 <= docYear ? past : byYear(); }
	// 2021年的73%: the value of a year, not a date to reach
	if (/^的/.test(r.post) && !DEADLINE_SUFFIX.test(r.suffix)) { return byYear(); }
	if (DEADLINE_SUFFIX.test(r.suffix)) { return deadline(); }
	if (DEADLINE_PRE.test(r.pre)) { return deadline(); }
	// 2023年5月15日16时前
	if (r.d1 !== null && /^[0-9０-９]{1,2}[ \u3000]?(?:时|点|:[0-9]{2})[^，,。；;]{0,3}前/.test(r.post)) { return deadline(); }
	// A full date no later than the document's year, with nothing marking it as a time limit: an event.
	if (r.d1 !== null) { return docYear !== null && r.y1 <= docYear ? past : { kind: 'reference', iso: exact, anchorYear: null }; }
	// 2023年度: a year's designation
	if (r.suffix === '度') { return docYear !== null && r.y1 < docYear ? past : { kind: 'reference', iso: exact, anchorYear: null }; }
	if (docYear === null) { return byYear(); }
	if (r.y1 < docYear) { return past; }
	// A bare year: later than the document, a goal; its own year only when it opens a clause (2019年,全省…)
	if (r.y1 > docYear || /^[，,：:]/.test(r.post) || AT_PRE.test(r.pre)) { return deadline(); }
	return { kind: 'reference', iso: exact, anchorYear: null };
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
