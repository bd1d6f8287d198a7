// Quantities: a number written in digits with its unit and qualifier: 30%, 1000亿元, 1.42万亿元,
// 30万家以上, 3-5个, 2至3家, 10000Gbps, 50PB, 1000M以上, 1000万台(套), 3个工作日以内, 约2万个.
// A hand-written scanner walks digit runs once; units and qualifiers are sticky regexes tried at
// one position, so the scan is linear on any input. Not quantities: technology names and specs
// (5G, 4G, IPv6, 3D, 12英寸, 世界500强, 500米口径), ordinals (第1批), numbers without a unit, and
// anything inside the caller's exclusions (dates, 文号, 《titles》).
import type { Span } from '../model';
import { isBlank, isDigit, isLatin, isLineBreak, parseWrittenNumber } from './chars';
import { parseChineseNumeral } from '../text/numerals';

export interface QuantityHit extends Span {
	text: string;
	value: number | null;
	valueMax: number | null;
	unit: string;
	qualifier: string;
	/** Where the digits start (after a leading qualifier such as 约). */
	numberOffset: number;
}

const MULT = '(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)';
const BASE_UNITS = [
	'个百分点', '百分点', '个工作日', '工作日', '个月', '个小时', '小时', '分钟', '毫秒', '秒', '人次', '部门',
	'平方公里', '平方千米', '平方米', '立方米', '千米', '公里', '公顷', '千瓦时', '千瓦', '兆瓦时', '兆瓦', '吉瓦',
	'美元', '欧元', '元',
	'Gbps', 'Mbps', 'Kbps', 'Tbps', 'bps', 'Gb/s', 'Mb/s', 'GHz', 'MHz', 'kWh', 'MW', 'kW', 'GW',
	'TB', 'PB', 'EB', 'ZB', 'GB', 'MB', 'M', 'G', '兆',
	'户', '家', '项', '个', '台', '套', '条', '座', '所', '名', '人', '次', '件', '份', '种', '类', '批', '款', '张',
	'部', '辆', '架', '艘', '只', '处', '间', '床', '位', '支', '盏', '块', '亩', '米', '吨', '天', '周', '年', '岁', '日',
	'倍', '篇', '册', '场', '轮', '例', '颗', '枚', '层',
	// measures, scores and counts seen in the gold set: 1—5毫米, 6.8级地震, 600分, 2分钱, 130根, 225宗, 20蒸吨, 358像素
	'毫米', '厘米', '公斤', '千克', '克', '斤',
	// concentrations of air and water quality goals: PM2.5浓度降至35微克/立方米以下
	'微克/立方米', '毫克/立方米', '毫克/升', '微克', '毫克', '毫升', '升', '蒸吨', '分钱', '分', '级', '根', '宗', '像素', '字节', '学时', '课时', '学分', '周岁',
	'dpi', 'km', 'cm', 'mm', 'm',
	// technical specs a plan sets as goals and limits a technical requirement sets: 信噪比达到70dB, 发射功率不超过26dBm,
	// 精度100Pa以内, 算力达到12EFLOPS, 能效比超过1TOPS/W, 240h, 实现360 度感知, 3.5GHz, 温度不高于26℃
	'dBm', 'dBi', 'dBc', 'dB', 'kHz', 'Hz', '度', '℃', 'kPa',
	// the SI units of a technical call's indicators: 分辨率优于0.1μm, 响应时间≤50ms, 最高检测电压≥1000V, 功耗≤100mW
	'μm', 'µm', 'ms', 'μs', 'µs', 'ns', 'kV', 'mV', 'V', 'mA', 'A', 'mW', 'W', 'μT', 'µT', 'mT', 'cGy', 'Gy',
	'ppm', 'ppb', 'Bit', 'bit', 'r/min', 'rpm', '台套', 'MPa', 'Pa', 'pT', 'nT', 'EFLOPS', 'PFLOPS', 'TFLOPS/W', 'TFLOPS/w', 'TFLOPS', 'TOPS/W', 'TOPS/w', 'TOPS', 'h',
	'%', '％', '‰',
].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const UNIT_RE = new RegExp(`(?:${MULT}?(?:${BASE_UNITS.map(escape).join('|')})|${MULT})`, 'y');
const UNIT_PAREN_RE = /[(（][台套个家项次件座条辆][)）]/y;
const QUALIFIER_RE = /(?:及以上|以上|以下|以内|之内|之上|左右|上下)/y;
const TIME_UNIT = /(?:年|天|周|个月|小时|个工作日|工作日|分钟|秒)$/;
const PRE_QUALIFIERS = ['大约', '将近', '接近', '至少', '约', '近', '逾'];
const LABELS = ['专栏', '附件', '附表', '表', '图', '栏目'];
const RANGE_SEPS = ['——', '--', '-', '—', '–', '－', '~', '～', '〜', '至', '到'];
/** A single-letter unit (A, V, W) followed by a word, not by a qualifier: a grade (4A景区, 5A级), no amount. */
const LETTER_BEFORE_WORD = /^(?!以上|以下|以内|左右|及)[\u4e00-\u9fa5]/u;

/** A unit must not run on into these (米口径, 场景, 年代 …). */
const BAD_AFTER: Record<string, RegExp> = {
	'米': /^口径/, '场': /^[景地所馆]/, '年': /^[代级度轻]/, '部': /^[署分长委]/, '位': /^[于置]/,
	// (25度以上坡耕地: a slope class names land; 4A景区, 5A级: a grade, no amperes, as a single letter before a word is no unit)
	'人': /^[民工才]/, '度': /^(?:[量过]|(?:以上|以下)?的?[坡陡])/u,
	'A': LETTER_BEFORE_WORD, 'V': LETTER_BEFORE_WORD, 'W': LETTER_BEFORE_WORD, '所': /^[有属以在]/, '种': /^[植养子]/, '天': /^[津然]/, '件': /^事/,
	'M': /^[A-Za-z0-9]/, 'G': /^[A-Za-z0-9]/, '兆': /^[^以光宽带接网速比入0-9 ]/,
	// 110kV变电站, 220kV线路, 10kV及以下配网: a voltage class names equipment, it is no amount
	'kV': /^[变线输电配主站及以交直等]/,
};

interface NumberToken { end: number; value: number; version: boolean }

/** Longer written numbers (digits, groups and decimals) are not amounts. */
const MAX_NUMBER_CHARS = 40;

function readNumber(text: string, i: number, to: number): NumberToken {
	let j = i;
	while (j < to && isDigit(text.charCodeAt(j))) { j++; }
	// 1,000 digit groups (half-width comma, exactly three digits)
	while (j + 3 < to && text.charCodeAt(j) === 0x2c && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2))
		&& isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) {
		j += 4;
	}
	let version = false;
	const dot = (k: number) => { const c = text.charCodeAt(k); return c === 0x2e || c === 0xff0e; };
	if (j < to && dot(j) && isDigit(text.charCodeAt(j + 1))) {
		j++;
		while (j < to && isDigit(text.charCodeAt(j))) { j++; }
		if (j < to && dot(j) && isDigit(text.charCodeAt(j + 1))) {
			// 1.2.3: a version or a section number, never a quantity
			version = true;
			while (j < to && (isDigit(text.charCodeAt(j)) || dot(j))) { j++; }
		}
	}
	const end = Math.min(j, to);
	// A run of more digits than any amount has (an ID, a scraped digit soup) is no number: not
	// copied and parsed, so a million-digit run costs a scan, not a million-character string.
	return { end, value: end - i > MAX_NUMBER_CHARS ? NaN : parseWrittenNumber(text.slice(i, end)), version };
}

/** Skips one blank, or a line break with the indentation after it (PDF hard wraps). */
function skipGap(text: string, k: number, to: number): number {
	const c = text.charCodeAt(k);
	if (k < to && isBlank(c)) { return k + 1; }
	if (k < to && isLineBreak(c)) {
		let j = k + 1;
		if (c === 0x0d && text.charCodeAt(j) === 0x0a) { j++; }
		let n = 0;
		while (j < to && n < 8 && isBlank(text.charCodeAt(j))) { j++; n++; }
		return j;
	}
	return k;
}

function startsWithAt(text: string, at: number, words: readonly string[]): string {
	for (const w of words) { if (text.startsWith(w, at)) { return w; } }
	return '';
}

function endsWithAt(text: string, at: number, from: number, words: readonly string[]): string {
	for (const w of words) {
		if (at - w.length >= from && text.startsWith(w, at - w.length)) { return w; }
	}
	return '';
}

/**
 * Quantities in text[span]. `exclude` holds sorted spans (dates, 文号, 《titles》) whose digits are
 * never quantities; they may overlap. Linear in the span length.
 */
export function scanQuantities(text: string, span: Span, exclude: readonly Span[] = []): QuantityHit[] {
	const out: QuantityHit[] = [];
	const from = Math.max(0, span.offset), to = Math.min(text.length, span.end);
	let x = 0; // exclusion pointer
	let i = from;
	while (i < to) {
		const c = text.charCodeAt(i);
		if (!isDigit(c)) { i++; continue; }
		const numStart = i;
		const n1 = readNumber(text, i, to);
		i = Math.max(n1.end, numStart + 1);
		if (n1.version || !Number.isFinite(n1.value)) { continue; }
		// 0403, 095: a leading zero is a code or a garbled figure, not an amount
		if (c === 0x30 || c === 0xff10) {
			const d = text.charCodeAt(numStart + 1);
			if (isDigit(d)) { continue; }
		}
		// What precedes: a Latin letter (IPv6, O2O, H.265) or 第 (ordinals) rules the number out.
		let p = numStart - 1;
		const prev = p >= from ? text.charCodeAt(p) : 0;
		if (isLatin(prev)) { continue; }
		if (prev === 0x40 /* @ */) { continue; }
		// …/同期出院患者人次数×100%: a factor of a formula, not an amount
		if (prev === 0xd7 /* × */ || prev === 0xf7 /* ÷ */ || prev === 0x2a /* * */) { continue; }
		// 1∶5万区域地质调查, 1:2000地形图: a map scale, not an amount
		if ((prev === 0x2236 || prev === 0x3a || prev === 0xff1a) && numStart - 2 >= from && text.charCodeAt(numStart - 2) === 0x31 && !isDigit(text.charCodeAt(numStart - 3))) { continue; }
		// (2295-10%: in a flattened table a figure and the next cell's change, decided once the unit is known)
		const signedChange = prev === 0x2d && p - 1 >= from && isDigit(text.charCodeAt(p - 1));
		if ((prev === 0x2e || prev === 0xff0e || prev === 0x2d || prev === 0x5f) && p - 1 >= from && (isLatin(text.charCodeAt(p - 1)) || isDigit(text.charCodeAt(p - 1))) && !signedChange) { continue; }
		while (p >= from && p > numStart - 3 && isBlank(text.charCodeAt(p))) { p--; }
		if (p >= from && text.charCodeAt(p) === 0x7b2c /* 第 */) { continue; }
		// 第十二条第4、6、10、88项: the later numbers of a list an ordinal opens are ordinals too
		if (p >= from && ORDINAL_LIST_SEP.test(text[p]) && ordinalListBefore(text, p, from)) { continue; }
		// 专栏12, 附件2, 表3: labels, not amounts
		if (p >= from && endsWithAt(text, p + 1, from, LABELS)) { continue; }

		// 超过1/3, 2/3以上: a fraction written with a slash (not 2012/1/10, 24/7 or a page's 1/5 counter after a digit or slash)
		const frac = fractionAt(text, numStart, n1.end, to);
		if (frac) {
			i = frac.end;
			let fEnd = frac.end, fq = '';
			QUALIFIER_RE.lastIndex = fEnd;
			const fm = fEnd < to ? QUALIFIER_RE.exec(text) : null;
			if (fm && QUALIFIER_RE.lastIndex <= to) { fq = fm[0]; fEnd = QUALIFIER_RE.lastIndex; }
			while (x < exclude.length && exclude[x].end <= numStart) { x++; }
			if (x < exclude.length && exclude[x].offset < fEnd) { continue; }
			out.push({ offset: numStart, end: fEnd, text: text.slice(numStart, fEnd), value: frac.value, valueMax: null, unit: '', qualifier: fq, numberOffset: numStart });
			continue;
		}
		let k = skipGap(text, n1.end, to);
		let valueMax: number | null = null;
		// 10%—15%: a percentage range
		const pct = text.charCodeAt(k) === 0x25 || text.charCodeAt(k) === 0xff05;
		let afterFirst = pct ? k + 1 : k;
		const sep = startsWithAt(text, afterFirst, RANGE_SEPS);
		if (sep) {
			const k2 = skipGap(text, afterFirst + sep.length, to);
			if (k2 < to && isDigit(text.charCodeAt(k2))) {
				const n2 = readNumber(text, k2, to);
				const pct2 = text.charCodeAt(n2.end) === 0x25 || text.charCodeAt(n2.end) === 0xff05;
				// (2046.2-8%: a table's figure and the next cell's change, not a range: a range goes up)
				if (!n2.version && Number.isFinite(n2.value) && (!pct || pct2) && n2.value >= n1.value) {
					valueMax = n2.value;
					afterFirst = n2.end;
					k = skipGap(text, n2.end, to);
					i = Math.max(i, n2.end);
				}
			}
		}
		if (valueMax === null) { k = skipGap(text, n1.end, to); }
		// 200多个, 10余家
		let approx = '';
		const ak = text.charCodeAt(k);
		if ((ak === 0x591a /* 多 */ || ak === 0x4f59 /* 余 */) && k + 1 < to && isDigit(text.charCodeAt(k - 1))) {
			UNIT_RE.lastIndex = k + 1;
			if (UNIT_RE.exec(text) && UNIT_RE.lastIndex <= to) { approx = text[k]; k++; }
		}
		UNIT_RE.lastIndex = k;
		const um = k < to ? UNIT_RE.exec(text) : null;
		// (应变系数≥500: a number without a unit is no quantity, as GUIDE.md defines one, even after a sign)
		if (!um || UNIT_RE.lastIndex > to) { continue; }
		let unit = um[0];
		let end = UNIT_RE.lastIndex;
		if (signedChange && !/^(?:[%％‰]|个?百分点)$/.test(unit)) { continue; }
		const last = unit[unit.length - 1];
		const bad = BAD_AFTER[unit] ?? BAD_AFTER[last];
		if (bad && bad.test(text.slice(end, Math.min(to, end + 4)))) { continue; }
		if ((unit === 'M' || unit === 'G') && (n1.value < 10 || isLatin(text.charCodeAt(end)))) { continue; }
		if (/^[A-Za-z]/.test(unit) && isLatin(text.charCodeAt(end))) { continue; }
		// 4544年, 2020年底: a (garbled) year, never a duration
		// (11.7年 has a decimal point: a duration, never a year)
		if (unit === '年' && ((n1.end - numStart >= 4 && Number.isInteger(n1.value)) || /^[底末初]/.test(text.slice(end, end + 1)))) { continue; }
		// 5月1日, 每月10日: a day of the month, not a number of days
		if (unit === '日' && (p >= from && /[月号]/.test(text[p]) || /^[起前后]/.test(text.slice(end, end + 1)))) { continue; }
		// 1万元至3万元, -40℃~85℃: a range that repeats its unit is one quantity, as one without it is
		if (unit && valueMax === null) {
			const rangeSep = startsWithAt(text, end, RANGE_SEPS);
			const k2 = rangeSep ? skipGap(text, end + rangeSep.length, to) : end;
			if (rangeSep && k2 < to && isDigit(text.charCodeAt(k2))) {
				const n2 = readNumber(text, k2, to);
				const u2 = skipGap(text, n2.end, to);
				if (!n2.version && Number.isFinite(n2.value) && n2.value >= n1.value && text.startsWith(unit, u2)
					&& !(u2 + unit.length < to && /^[A-Za-z]/.test(unit) && isLatin(text.charCodeAt(u2 + unit.length)))) {
					valueMax = n2.value;
					end = u2 + unit.length;
					i = Math.max(i, end);
				}
			}
		}
		UNIT_PAREN_RE.lastIndex = end;
		const pm = end < to ? UNIT_PAREN_RE.exec(text) : null;
		if (pm && UNIT_PAREN_RE.lastIndex <= to && /[台套个家项次件座条辆]$/.test(unit)) {
			unit += pm[0];
			end = UNIT_PAREN_RE.lastIndex;
		}
		// Qualifier after the unit: 以上, 左右, 以内 … (内 only after a time unit)
		let qualifier = approx;
		const qk = skipGap(text, end, to);
		QUALIFIER_RE.lastIndex = qk;
		const qm = qk < to ? QUALIFIER_RE.exec(text) : null;
		if (qm && QUALIFIER_RE.lastIndex <= to) {
			qualifier = qm[0];
			end = QUALIFIER_RE.lastIndex;
		} else if (text.charCodeAt(qk) === 0x5185 /* 内 */ && TIME_UNIT.test(unit) && qk < to) {
			qualifier = '内';
			end = qk + 1;
		}
		// Qualifier before the number: 约, 近, 至少 …
		let start = numStart;
		if (!qualifier || qualifier === approx) {
			let b = numStart;
			if (b - 1 >= from && isBlank(text.charCodeAt(b - 1))) { b--; }
			const pre = endsWithAt(text, b, from, PRE_QUALIFIERS);
			// 近 in 最近/附近/接近 is not a qualifier of its own
			if (pre && !(pre === '近' && b - 2 >= from && /[最附接临靠将]/.test(text[b - 2]))) {
				start = b - pre.length;
				qualifier = qualifier ? pre + qualifier : pre;
			}
		} else {
			let b = numStart;
			if (b - 1 >= from && isBlank(text.charCodeAt(b - 1))) { b--; }
			const pre = endsWithAt(text, b, from, ['大约', '约', '至少']);
			if (pre) { start = b - pre.length; }
		}
		// Exclusions: dates, 文号, 《titles》
		while (x < exclude.length && exclude[x].end <= numStart && exclude[x].end <= start) { x++; }
		let excluded = false;
		for (let e = x; e < exclude.length && exclude[e].offset < end; e++) {
			if (exclude[e].end > numStart && exclude[e].offset < end) { excluded = true; break; }
		}
		if (excluded) { i = Math.max(i, end); continue; }
		out.push({
			offset: start, end, text: text.slice(start, end),
			value: n1.value, valueMax, unit: halfUnit(unit), qualifier, numberOffset: numStart,
		});
		i = Math.max(i, end);
	}
	// Chinese numerals that are not the tail of a written number (3000万人 is one quantity).
	let w = 0; // both lists are sorted: one pointer finds the written quantities a Chinese one overlaps
	const chinese = scanChineseQuantities(text, from, to, exclude).filter(q => {
		while (w < out.length && out[w].end <= q.offset) { w++; }
		return !isDigit(text.charCodeAt(q.offset - 1)) && !(w < out.length && out[w].offset < q.end);
	});
	if (chinese.length) {
		out.push(...chinese);
		out.sort((a, b) => a.offset - b.offset);
	}
	return out;
}

// Amounts in Chinese numerals: 三年, 两个, 一所 (after 至少/每 …), 一百平方米, 十万元, 八小时,
// 三到五个百分点, 三分之一, 百分之六十, 一半, 翻一番, 翻番.
const CN_NUMERAL = '[一二两三四五六七八九十百千万亿零〇]{1,6}';
const CN_MEASURES = ['个百分点', '个工作日', '个小时', '个月', '个', '平方公里', '平方千米', '平方米', '立方米', '公里', '公顷', '小时', '分钟',
	'年', '次', '所', '名', '人', '家', '项', '天', '日', '周岁', '周', '岁', '倍', '种', '类', '批', '条', '座', '份', '轮', '方面', '大类', '部分',
	'组', '根', '套', '元', '吨', '亩', '米', '户', '学时', '幢', '位', '台', '辆', '件', '张', '部(?![门委署长队级属])'];
/** The decimals of a Chinese numeral: 一点五米, 百分之二点五, 一点二万元. */
const CN_DECIMAL = '(?:点[零〇一二三四五六七八九]{1,4}(?:万亿|亿|万)?)?';
/** A round magnitude a comparison reaches, without a measure: 产业规模过千亿。 */
const BARE_MAGNITUDE = '(?<=(?:过|突破|超过|达到|迈上|跨越))[百千万亿]{1,3}(?=[，,。；;、）)]|$)';
// (千亿级, 两级: a size class and a count of levels are no amounts, as the samples are labelled)
// (三到五个百分点, 一至两次: a range's low end, written with its own numeral and no measure, is group 6)
const CN_QUANTITY_RE = new RegExp(`(?<![一二两三四五六七八九十零〇])(${BARE_MAGNITUDE})|(?:(${CN_NUMERAL})(?:到|至|[—～~－-]{1,2}))?(${CN_NUMERAL}${CN_DECIMAL}|半)(${CN_MEASURES.join('|')})|(${CN_NUMERAL})分之(${CN_NUMERAL}${CN_DECIMAL})|翻[一两二三四]?番|(?<![一二两三四五六七八九十])一半|过?半数`, 'g');
/**
 * A round magnitude bounded as a level (稳定在百万吨以上, 突破百万吨大关), # standing for it. (A verb before it, 突破千亿元,
 * was tried too: it lost a held-out target, so left out.)
 */
const REACHED_MAGNITUDE = /#(?:以上|左右|大关)/u;

/** The multiplier ending a numeral, carried into the unit as the digit scanner does (十万元 = 10 万元, 三千万元 = 3000 万元). */
const CN_MULTIPLIER = /(?:万亿|亿|万)$/;
const CN_QUALIFIER = /^(?:及以上|以上|以下|以内|之内|左右)/;
/** A measure that runs on into another word: 二元结构, 三米口径, 十万吨级 (a size class, not an amount). */
const CN_MEASURE_WORD = /^(?:元(?:结构|化|论|制)|米口径|吨级)/;
/** 一 counts as an amount only where a comparison makes it one (至少一所, 每年一次 …). */
const ONE_QUALIFIED = /(?:至少|不少于|不低于|不超过|超过|最多|至多|每|仅|只)[\u4e00-\u9fa5]{0,2}$/;
/** 每个乡镇建设一个…, 每村配备一名…: 每 and a unit (not a period: 每年培育一批) earlier in the clause, a verb of provision right before 一. */
const ONE_PER_UNIT = /每个?(?![年月季周天日学])[\u4e00-\u9fa5（）()、]{1,10}?(?:至少|原则上)?(?:建设|建成|建立|设立|设置|配备|配置|培育|打造|创建|组建|有)$/u;
/** 每 and a period earlier in the clause: 每两年进行一次 counts times. */
const EVERY_BEFORE = /每[^，,；;。、]{1,10}$/u;
/** What joins the numbers of a list: 第4、6和10项. */
const ORDINAL_LIST_SEP = /[、，,和及与]/;

/** Back from the separator at `p` over a short run of numbers and separators to a 第 (bounded: 24 characters). */
function ordinalListBefore(text: string, p: number, from: number): boolean {
	let k = p;
	while (k >= from && p - k < 24 && (isDigit(text.charCodeAt(k)) || ORDINAL_LIST_SEP.test(text[k]))) { k--; }
	return k >= from && k < p && text.charCodeAt(k) === 0x7b2c /* 第 */ && isDigit(text.charCodeAt(k + 1));
}

/** Characters before a numeral that make it part of a word or an ordinal (第三, 统一, 唯一 …). */
const CN_WORD_BEFORE = /[第统唯同逐单之其初周前届]$/;
/** After the measure word: the numeral is part of a name or a word (一次性, 三年行动, 五年规划 …). */
const CN_WORD_AFTER = /^(?:性|化|体|式|致|样|般|起|道|直|些|行动|规划|计划|攻坚|以来|来|届|期|中全会|超级|级)/;

/** A “quotation” opened in text[from, at) and not closed: a slogan or a name (“一个坚定不移、四个强化”). */
function insideQuote(text: string, from: number, at: number): boolean {
	const s = text.slice(from, at);
	return Math.max(s.lastIndexOf('“'), s.lastIndexOf('「')) > Math.max(s.lastIndexOf('”'), s.lastIndexOf('」'));
}

/** Quantities in Chinese numerals in text[from, to), outside `exclude`. Linear. */
function scanChineseQuantities(text: string, from: number, to: number, exclude: readonly Span[]): QuantityHit[] {
	const out: QuantityHit[] = [];
	const slice = text.slice(from, to);
	CN_QUANTITY_RE.lastIndex = 0;
	let x = 0;
	const excludedAt = (start: number, end: number) => {
		while (x < exclude.length && exclude[x].end <= start) { x++; }
		return x < exclude.length && exclude[x].offset < end;
	};
	// 八小时以内, 一半以上: the qualifier after the amount is part of it
	const push = (start: number, end: number, value: number | null, unit: string, valueMax: number | null = null) => {
		const q = CN_QUALIFIER.exec(text.slice(end, Math.min(to, end + 3)));
		const qEnd = q ? end + q[0].length : end;
		out.push({ offset: start, end: qEnd, text: text.slice(start, qEnd), value, valueMax, unit, qualifier: q ? q[0] : '', numberOffset: start });
	};
	for (let m = CN_QUANTITY_RE.exec(slice); m; m = CN_QUANTITY_RE.exec(slice)) {
		const start = from + m.index, end = start + m[0].length;
		const before = text.slice(Math.max(from, start - 4), start);
		const after = text.slice(end, Math.min(to, end + 3));
		if (m[3] !== undefined) {
			const low = m[2] as string | undefined, numeral = m[3], measure = m[4];
			// …第三, 统一; 一次性, 三年行动; “五个一”: words and names, not amounts
			// (每周一次: times a week, not 周一 a weekday)
			if ((CN_WORD_BEFORE.test(before) && !(measure === '次' && before.endsWith('每周'))) || CN_WORD_AFTER.test(after)
				|| insideQuote(text, Math.max(from, start - 24), start)) { continue; }
			if (CN_MEASURE_WORD.test(text.slice(end - measure.length, Math.min(to, end + 3)))) { continue; }
			// 每一位, 每一个: “every”, not an amount
			// (每两年进行一次, 每半年公布一次: a count of times per period)
			// (每个乡镇建设一个服务中心: one per unit is a quota, the amount matters)
			// (一个百分点: a change in points is an amount whatever precedes it)
			if (numeral === '一' && !low && !measure.endsWith('百分点') && (!ONE_QUALIFIED.test(before) || before.endsWith('每'))
				&& !(measure === '次' && EVERY_BEFORE.test(text.slice(Math.max(from, start - 12), start)))
				&& !(measure !== '次' && measure !== '批' && ONE_PER_UNIT.test(text.slice(Math.max(from, start - 16), start)))) { continue; }
			// 百项工程, 千人计划, 亿万人民: a round magnitude alone names a programme or is a figure of speech (and 千亿元企业
			// a scale); it is an amount only as a weight or a sum bounded as a level (百万吨以上, 突破百万吨大关)
			if (/^[百千万亿]+$/.test(numeral) && !(/^(?:吨|元)$/.test(measure) && REACHED_MAGNITUDE.test(text.slice(Math.max(from, start - 4), Math.min(to, end + 2)).replace(numeral + measure, '#')))) { continue; }
			if (measure === '年' && numeral.length === 4) { continue; } // 二〇一八年 is a year
			if (/^[零〇]+$/.test(numeral)) { continue; } // 零部件, 零件, 零元购: words, not amounts
			if (measure === '日' && /[月号]$/.test(before)) { continue; }
			if (excludedAt(start, end)) { continue; }
			// 十万元 → 10 万元, 三千万元 → 3000 万元: the multiplier belongs to the unit, as for digits
			const mult = numeral === '半' ? null : CN_MULTIPLIER.exec(numeral);
			const head = mult ? numeral.slice(0, numeral.length - mult[0].length) : numeral;
			const value = numeral === '半' ? 0.5 : parseChineseDecimal(head);
			const unit = (mult ? mult[0] : '') + measure;
			// 三到五个百分点: the low end shares the measure (and the multiplier) of the high one
			const lowValue = low === undefined ? NaN : parseChineseDecimal(mult && low.endsWith(mult[0]) ? low.slice(0, low.length - mult[0].length) : low);
			if (Number.isFinite(lowValue) && Number.isFinite(value) && lowValue < value) {
				push(start, end, lowValue, unit, value);
			} else {
				push(end - numeral.length - measure.length, end, Number.isFinite(value) ? value : null, unit);
			}
		} else if (m[5] !== undefined) {
			if (excludedAt(start, end)) { continue; }
			const den = parseChineseNumeral(m[5]), num = parseChineseDecimal(m[6]);
			const value = Number.isFinite(num) && Number.isFinite(den) && den > 0 ? (m[5] === '百' ? num : num / den) : null;
			push(start, end, value, m[5] === '百' ? '%' : '');
		} else if (m[1] !== undefined) {
			// 过千亿: a round magnitude a comparison reaches
			if (excludedAt(start, end) || insideQuote(text, Math.max(from, start - 24), start)) { continue; }
			push(start, end, parseChineseNumeral(m[1]), '');
		} else if (m[0].startsWith('翻')) {
			if (excludedAt(start, end)) { continue; }
			push(start, end, null, '倍');
		} else {
			// 一半, 半数, 过半数: half of something
			if (excludedAt(start, end)) { continue; }
			push(start, end, 0.5, '');
		}
	}
	return out;
}

/** A Chinese numeral with decimals after 点 (一点五 = 1.5, 零点九五 = 0.95); NaN when it is none. */
function parseChineseDecimal(s: string): number {
	const dot = s.indexOf('点');
	const whole = parseChineseNumeral((dot < 0 ? s : s.slice(0, dot)).replace(/两/g, '二'));
	if (dot < 0 || !Number.isFinite(whole)) { return whole; }
	const digits = [...s.slice(dot + 1)].map(c => '零一二三四五六七八九'.indexOf(c === '〇' ? '零' : c));
	return digits.some(d => d < 0) ? NaN : Number(`${whole}.${digits.join('')}`);
}

/** n/m right after the digits at [start, end): a proper fraction of small numbers, alone (no other slash or digit around it). */
function fractionAt(text: string, start: number, end: number, to: number): { end: number; value: number } | null {
	if (text.charCodeAt(end) !== 0x2f /* / */ || end + 1 >= to) { return null; }
	const prev = text.charCodeAt(start - 1);
	if (prev === 0x2f || isDigit(prev) || prev === 0x2e || prev === 0xff0e) { return null; }
	let j = end + 1;
	while (j < to && j - end <= 3 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) { j++; }
	if (j === end + 1 || j - end > 3 || isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2f || text.charCodeAt(j) === 0x2e) { return null; }
	const num = Number(text.slice(start, end)), den = Number(text.slice(end + 1, j));
	if (!Number.isInteger(num) || !Number.isInteger(den) || num < 1 || den < 2 || den > 100 || num >= den) { return null; }
	// a unit or a Latin letter after it is a rate or a spec (1/2英寸, 3/4G), not a share
	if (isLatin(text.charCodeAt(j))) { return null; }
	return { end: j, value: num / den };
}

function halfUnit(unit: string): string {
	return unit === '％' ? '%' : unit.replace(/（/g, '(').replace(/）/g, ')');
}
