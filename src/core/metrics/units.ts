// Units as written (万亿元, 10000Gbps, 30万家, 1000M, 个百分点 …) → one canonical unit per family,
// so 1.2万亿元 and 8200亿元, or 1000M and 20Mbps, stand side by side. Percent and percentage points
// stay apart; counts of things (个/家/所/项 …) are one family, people (人/名/位) another.
import type { UnitFamily } from './types';

export interface UnitConversion {
	family: UnitFamily;
	/** Canonical unit of the family. */
	unit: string;
	/** Multiply a written value by this to get the canonical one. */
	factor: number;
}

interface BaseUnit { family: UnitFamily; unit: string; factor: number }

const base = (family: UnitFamily, unit: string, factor = 1): BaseUnit => ({ family, unit, factor });

const COUNT_WORDS = ['个', '家', '所', '项', '座', '处', '条', '款', '种', '件', '批', '类', '部', '台', '套', '支', '块', '颗', '枚',
	'篇', '册', '场', '轮', '例', '张', '辆', '架', '艘', '只', '间', '盏', '根', '宗', '层', '床', '部门', '方面', '大类', '部分', '组'];

const BASE_UNITS = new Map<string, BaseUnit>([
	// money: totals in 亿元 (per capita in 元, see convertUnit)
	['元', base('money', '亿元', 1e-8)], ['美元', base('usd', '亿美元', 1e-8)],
	['%', base('percent', '%')], ['％', base('percent', '%')], ['‰', base('percent', '%', 0.1)],
	['个百分点', base('points', '个百分点')], ['百分点', base('points', '个百分点')],
	['人', base('persons', '人')], ['名', base('persons', '人')], ['位', base('persons', '人')],
	['人次', base('personTimes', '人次')], ['户', base('households', '户')], ['次', base('times', '次')],
	['公里', base('length', '公里')], ['千米', base('length', '公里')], ['km', base('length', '公里')],
	['米', base('length', '公里', 1e-3)], ['m', base('length', '公里', 1e-3)],
	['厘米', base('length', '公里', 1e-5)], ['cm', base('length', '公里', 1e-5)],
	['毫米', base('length', '公里', 1e-6)], ['mm', base('length', '公里', 1e-6)],
	['平方米', base('area', '平方米')], ['平方公里', base('area', '平方米', 1e6)], ['平方千米', base('area', '平方米', 1e6)],
	['亩', base('land', '亩')], ['公顷', base('land', '亩', 15)],
	['立方米', base('volume', '立方米')], ['升', base('volume', '立方米', 1e-3)], ['毫升', base('volume', '立方米', 1e-6)],
	['吨', base('mass', '吨')], ['公斤', base('mass', '吨', 1e-3)], ['千克', base('mass', '吨', 1e-3)],
	['克', base('mass', '吨', 1e-6)], ['斤', base('mass', '吨', 5e-4)],
	['千瓦', base('power', '千瓦')], ['kW', base('power', '千瓦')], ['兆瓦', base('power', '千瓦', 1e3)], ['MW', base('power', '千瓦', 1e3)],
	['吉瓦', base('power', '千瓦', 1e6)], ['GW', base('power', '千瓦', 1e6)],
	['千瓦时', base('energy', '千瓦时')], ['kWh', base('energy', '千瓦时')], ['兆瓦时', base('energy', '千瓦时', 1e3)],
	['bps', base('bandwidth', 'Mbps', 1e-6)], ['Kbps', base('bandwidth', 'Mbps', 1e-3)], ['Mbps', base('bandwidth', 'Mbps')],
	['Mb/s', base('bandwidth', 'Mbps')], ['M', base('bandwidth', 'Mbps')], ['兆', base('bandwidth', 'Mbps')],
	['Gbps', base('bandwidth', 'Mbps', 1e3)], ['Gb/s', base('bandwidth', 'Mbps', 1e3)], ['G', base('bandwidth', 'Mbps', 1e3)],
	['Tbps', base('bandwidth', 'Mbps', 1e6)],
	['MB', base('storage', 'TB', 1e-6)], ['GB', base('storage', 'TB', 1e-3)], ['TB', base('storage', 'TB')],
	['PB', base('storage', 'TB', 1e3)], ['EB', base('storage', 'TB', 1e6)], ['ZB', base('storage', 'TB', 1e9)],
	['年', base('duration', '天', 365)], ['个月', base('duration', '天', 30)], ['月', base('duration', '天', 30)],
	['周', base('duration', '天', 7)], ['天', base('duration', '天')], ['日', base('duration', '天')],
	['小时', base('duration', '天', 1 / 24)], ['个小时', base('duration', '天', 1 / 24)],
	['分钟', base('duration', '天', 1 / 1440)], ['秒', base('duration', '天', 1 / 86400)],
	['个工作日', base('workdays', '个工作日')], ['工作日', base('workdays', '个工作日')],
	['倍', base('multiple', '倍')], ['分', base('score', '分')],
	...COUNT_WORDS.map(w => [w, base('count', '个')] as [string, BaseUnit]),
]);

const MULTIPLIERS: [string, number][] = [
	['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['十亿', 1e9], ['亿', 1e8], ['千万', 1e7], ['百万', 1e6], ['十万', 1e5], ['万', 1e4], ['千', 1e3], ['百', 1e2],
];

/** What a bare multiplier (达1.28万亿, 1亿左右) counts, guessed from the metric or a sibling's unit. */
export type BareUnitHint = 'money' | 'persons' | 'count';

/**
 * The canonical unit of a written one, or null when it is not known. `perCapita` puts money in 元;
 * a bare multiplier (万亿, 亿) takes its base from `bare`.
 */
export function convertUnit(written: string, opts: { perCapita?: boolean; bare?: BareUnitHint } = {}): UnitConversion | null {
	const w = written.replace(/[（(][^）)]*[）)]$/, '').trim(); // 万台(套) → 万台
	if (w === '') { return null; }
	let factor = 1;
	let rest = w;
	const direct = BASE_UNITS.get(w);
	if (!direct) {
		for (const [m, f] of MULTIPLIERS) {
			if (rest.startsWith(m)) { factor = f; rest = rest.slice(m.length); break; }
		}
	}
	let b = BASE_UNITS.get(rest);
	if (!b && rest === '') {
		b = opts.bare === 'persons' ? BASE_UNITS.get('人') : opts.bare === 'count' ? BASE_UNITS.get('个') : BASE_UNITS.get('元');
	}
	if (!b) { return { family: 'other', unit: w, factor: 1 }; }
	if (b.family === 'money' && opts.perCapita) { return { family: 'money', unit: '元', factor }; }
	if (b.family === 'usd' && opts.perCapita) { return { family: 'usd', unit: '美元', factor }; }
	return { family: b.family, unit: b.unit, factor: factor * b.factor };
}

/** Rounds away binary noise from a conversion (0.1 + 0.2, 1.42 × 1e4) without losing written digits. */
export function tidy(n: number): number {
	return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}

/** Larger units a group of values may be shown in (10000Gbps, not 10000000Mbps), by canonical unit. */
const DISPLAY_STEPS: Record<string, [string, number][]> = {
	'Mbps': [['Gbps', 1e3]], 'TB': [['PB', 1e3]], '千瓦': [['万千瓦', 1e4]], '亩': [['万亩', 1e4]], '个': [['万个', 1e4]],
	'人': [['万人', 1e4]], '人次': [['万人次', 1e4]], '户': [['万户', 1e4]], '平方米': [['万平方米', 1e4]], '吨': [['万吨', 1e4]],
};

/** The unit to show values in: the largest step that keeps every value at 1 or more. */
export function displayUnit(unit: string, values: readonly number[]): { unit: string; factor: number } {
	const least = Math.min(...values.map(v => Math.abs(v)).filter(v => v > 0));
	let best = { unit, factor: 1 };
	for (const [u, f] of DISPLAY_STEPS[unit] ?? []) { if (Number.isFinite(least) && least / f >= 1) { best = { unit: u, factor: f }; } }
	return best;
}
