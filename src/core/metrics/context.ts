// The metric phrase of a target, repaired from its sentence where the annotation's best effort
// falls short: a list that 分别 distributes over its values (省级、市县级…可办率分别达到90%、70%),
// a share whose subject sits in the clause before (…达到万亿级，占GDP比重超过50%), an industry
// figure without its industry (产业产值突破3000亿元 under 智能家居…) and a phrase cut to nothing.
import type { Target } from '../annotations/types';
import { displayPhrase } from './phrase';

/** Heads that end a complete measure: a list item ending in one needs no shared tail. */
export const MEASURE_HEAD = /(?:规模|收入|营收|增加值|产值|总值|总额|投资|总量|比重|占比|比例|强度|率|数|量|能力|面积|里程|价格|涨幅|增速|成本|周期|效率)$/;

/** Where the tail shared by a list's items starts inside its last item (农村|居民人均可支配收入). */
const TAIL_STARTS = ['产业', '行业', '居民', '人口', '政务', '排放', '污水', '生活', '企业', '人均', '工业'];

/** 城乡居民… stands for 城镇居民… and 农村居民… */
const COMPRESSED: Record<string, string[]> = { 城乡: ['城镇', '农村'] };

/** Words between a list's subject and its 分别 (…收入年均分别增长). */
const LIST_VERB_TAIL = /(?:年均|每年|力争|要|应|将|均)+$/;

/**
 * Metric phrases for targets whose values a 分别 distributes over a list of measures, by index
 * into `targets` (sorted by offset). Lists it cannot split evenly are left alone.
 */
export function distributedMetrics(text: string, targets: readonly Target[]): Map<number, string> {
	const out = new Map<number, string>();
	for (let i = 0; i < targets.length; i++) {
		const first = targets[i];
		// the target's range may hold its verb (分别达到90%): look up to the number
		const lead = text.slice(first.clause.offset, first.quantity.offset);
		const at = lead.lastIndexOf('分别');
		if (at < 0) { continue; }
		// the values that follow, joined by 、 和 及 only
		let j = i;
		while (j + 1 < targets.length && /^[\s\u3000、，,和及与]*$/.test(text.slice(targets[j].end, targets[j + 1].offset))
			&& text.slice(targets[j].end, targets[j + 1].offset).length <= 3) { j++; }
		const n = j - i + 1;
		if (n < 2) { continue; }
		const subject = displayPhrase(lead.slice(0, at).replace(/[\s\u3000]+/g, '').replace(LIST_VERB_TAIL, ''));
		const items = splitItems(subject, n);
		if (items) { items.forEach((m, k) => out.set(i + k, m)); }
		i = j;
	}
	return out;
}

/** The n measures a list subject names, or null. */
export function splitItems(subject: string, n: number): string[] | null {
	let parts = subject.split('、').filter(p => p.length > 0);
	if (parts.length === 1) {
		for (const [short, expanded] of Object.entries(COMPRESSED)) {
			if (subject.startsWith(short) && expanded.length === n) { parts = expanded.map(e => e + subject.slice(short.length)); return parts; }
		}
		if (n === 2) { parts = splitOnAnd(subject) ?? parts; }
	}
	if (parts.length !== n) { return null; }
	const last = parts[n - 1];
	const tail = sharedTail(last, parts.slice(0, -1));
	return parts.map((p, k) => k === n - 1 || MEASURE_HEAD.test(p) ? p : p + tail);
}

/** A 和/及/与 that joins two complete measures, or a short modifier and a measure. */
function splitOnAnd(s: string): string[] | null {
	let best: string[] | null = null;
	for (let k = 1; k < s.length - 1; k++) {
		const w = s.startsWith('以及', k) ? '以及' : /[和及与]/.test(s[k]) ? s[k] : '';
		if (!w) { continue; }
		const left = s.slice(0, k), right = s.slice(k + w.length);
		if (!MEASURE_HEAD.test(right)) { continue; }
		if (MEASURE_HEAD.test(left)) { return [left, right]; }
		// 城市和县城污水处理率: a short modifier before the last 和 shares the measure
		if (left.length <= 4) { best = [left, right]; }
	}
	return best;
}

/** The part of the last item that the earlier, shorter items share (市县级|政务服务事项网上可办率). */
function sharedTail(last: string, others: readonly string[]): string {
	if (others.every(o => MEASURE_HEAD.test(o))) { return ''; }
	const mean = others.reduce((s, o) => s + o.length, 0) / Math.max(1, others.length);
	let bestAt = -1, bestScore = -Infinity;
	for (let p = 1; p <= last.length - 2; p++) {
		let score = -Math.abs(p - mean);
		if (TAIL_STARTS.some(t => last.startsWith(t, p))) { score += 2; }
		if (/[级业村镇市区县]/.test(last[p - 1])) { score += 1; }
		if (score > bestScore) { bestScore = score; bestAt = p; }
	}
	return bestAt > 0 ? last.slice(bestAt) : last;
}

/** Industries and fields a plan may leave implicit in 产业规模 / 产业收入 (checked longest first). */
const DOMAINS = [
	'新一代信息技术', '人工智能', '大数据', '云计算', '物联网', '区块链', '虚拟现实', '智能家居', '集成电路', '软件', '信息技术',
	'电子信息', '数字经济', '工业互联网', '智能制造', '智能网联汽车', '新能源汽车', '机器人', '智能传感器', '新型显示', '卫星导航',
	'生物医药', '高端装备', '新材料', '智慧旅游', '数字创意', '超高清视频', '信息消费', '网络安全', '产业互联网',
].sort((a, b) => b.length - a.length);

/** A measure of an industry that does not name it. */
const DOMAINLESS = /^(?:带动)?(?:相关)?(?:产业)?(?:规模|产值|总产值|收入|营收|增加值|投资|产业投资)(?:增长)?$/;

/** The first known field named in `s`, or ''. */
export function domainIn(s: string): string {
	for (const d of DOMAINS) { if (s.includes(d)) { return d; } }
	return '';
}

export interface PhraseContext {
	/** Run-in label at the start of the target's paragraph (智能家居产业集群：), or ''. */
	runIn: string;
	/** Section titles, outermost first. */
	sections: readonly string[];
	/** Title of the document. */
	title: string;
}

/** Names the industry of a domainless figure from the paragraph's label, its sections, then the title. */
export function withDomain(metric: string, ctx: PhraseContext): string {
	if (!DOMAINLESS.test(metric.replace(/^带动/, '')) || domainIn(metric)) { return metric; }
	for (const s of [ctx.runIn, ...[...ctx.sections].reverse(), ctx.title]) {
		const d = domainIn(s);
		if (d) { return d + metric.replace(/^带动/, ''); }
	}
	return metric;
}

/** 占GDP比重: the subject of the clause before names what the share is of (数字经济产业能级达到万亿级). */
export function withShareSubject(text: string, metric: string, clauseStart: number): string {
	if (!/^占/.test(metric)) { return metric; }
	const before = text.slice(Math.max(0, clauseStart - 60), clauseStart).replace(/[\s\u3000]+/g, '');
	const clause = before.split(/[，,；;。：:]/).filter(s => s.length > 0).pop() ?? '';
	const subject = displayPhrase(clause).match(/^[\u4e00-\u9fa5A-Za-z0-9]+?(?=产业|规模|能级|水平|总量|达到|达|突破|超过|实现|$)/)?.[0] ?? '';
	return subject.length >= 2 ? subject + metric : metric;
}

/** A phrase too short or too generic to name a measure (打造, 制修订, 智 …). */
export function isVague(metric: string): boolean {
	return metric.length < 2 || !/[\u4e00-\u9fa5]{2}/.test(metric) || GENERIC.has(metric);
}

const GENERIC = new Set(['打造', '制修订', '推动', '新建', '运营', '如下', '省级', '市级', '国家', '建设', '实施', '开展', '实现', '形成', '完成', '累计', '重点任务', '突破', '达到', '超过', '提高', '提升']);

/** The noun a quantity counts, from the text right after it in its clause (…10个左右具有行业影响力的公共服务平台 → 公共服务平台). */
export function nounAfter(text: string, t: Target): string {
	// a clause cut at a hard line wrap (培育15家以上智⏎能制造标杆企业) goes on to the next punctuation
	const wrapped = !/[，,；;。：:！？!?]/.test(text[t.clause.end - 1] ?? '') && /\n/.test(text.slice(t.clause.end, t.clause.end + 2));
	const rest = text.slice(t.end, wrapped ? t.end + 40 : Math.min(t.clause.end, t.end + 40)).replace(/[\s\u3000]+/g, '');
	const piece = rest.split(/[，,；;。、]/)[0] ?? '';
	const de = piece.lastIndexOf('的');
	return displayPhrase(de >= 0 ? piece.slice(de + 1) : piece);
}
