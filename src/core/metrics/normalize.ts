// Annotated targets → NormalizedTarget: the metric phrase (repaired from its sentence where
// needed), the value in its family's canonical unit, the comparator, the deadline, the scope and
// whether the value is a level or an increment. A target that cannot be normalized (no value, no
// measure) is left out; it costs itself only.
import type { Span } from '../model';
import type { Target } from '../annotations/types';
import { parseChineseNumeral } from '../text/numerals';
import { lastStartingAtOrBefore } from '../text/search';
import type { MetricBasis, MetricComparator, MetricScope, MetricTarget, NormalizedTarget, UnitFamily } from './types';
import { convertUnit, tidy, type BareUnitHint } from './units';
import { displayPhrase, metricKey } from './phrase';
import { distributedMetrics, isVague, MEASURE_HEAD, nounAfter, withDomain, withShareSubject, type PhraseContext } from './context';
import { verbBefore } from '../annotations/verbs';

/** What normalizing a file's targets needs besides the targets: each document's title and paragraphs. */
export interface MetricDocument {
	title: string;
	paragraphs: readonly Span[];
}

/** Normalizes every target of one file; a target that fails is skipped, one that throws is reported (and skipped). */
export function normalizeTargets(text: string, targets: readonly Target[], documents: readonly MetricDocument[] = [],
	onError?: (e: unknown, target?: Target) => void): MetricTarget[] {
	const report = (e: unknown, t?: Target) => { if (onError) { onError(e, t); } else { throw e; } };
	const sorted = targets.filter(t => {
		const ok = !!t && !!t.quantity && !!t.clause && Number.isFinite(t.offset) && Number.isFinite(t.end);
		if (!ok) { report(new Error('malformed target'), t); }
		return ok;
	}).sort((a, b) => a.offset - b.offset);
	let distributed = new Map<number, string>();
	try { distributed = distributedMetrics(text, sorted); } catch (e) { report(e); }
	const out: MetricTarget[] = [];
	sorted.forEach((t, i) => {
		try {
			const doc = documents[t.document];
			const ctx: PhraseContext = { runIn: runInLabel(text, doc, t.offset), sections: t.section, title: doc?.title ?? '' };
			const n = normalizeTarget(text, t, { metric: distributed.get(i), context: ctx, previousEnd: i > 0 ? sorted[i - 1].end : -1 });
			if (n) { out.push({ offset: t.offset, end: t.end, text: t.text, document: t.document, normalized: n }); }
		} catch (e) {
			report(e, t);
		}
	});
	return out;
}

export interface TargetContext {
	/** The metric phrase when a list distributes it (overrides the annotation's). */
	metric?: string;
	context?: PhraseContext;
	/** End of the target before this one in the file, -1 when none. */
	previousEnd?: number;
}

/** One target, or null when it has no usable value or measure. */
export function normalizeTarget(text: string, t: Target, c: TargetContext = {}): NormalizedTarget | null {
	const q = t.quantity;
	const raw = c.metric ?? t.metric ?? '';
	const leadStart = Math.max(t.clause.offset, (c.previousEnd ?? -1) + 1);
	const lead = text.slice(leadStart, q.offset);
	let metric = displayPhrase(raw);
	if (c.metric === undefined) { metric = repaired(text, t, metric, leadStart); }
	if (isVague(metric)) {
		const after = nounAfter(text, t);
		if (!isVague(after)) { metric = after; }
	}
	metric = withShareSubject(text, metric, t.clause.offset);
	if (c.context) { metric = withDomain(metric, c.context); }
	if (isVague(metric)) { return null; }

	const perCapita = PER_CAPITA.test(metric);
	const written = writtenValue(text, t);
	if (written === null) { return null; }
	const conv = convertUnit(written.unit, { perCapita, bare: bareHint(text, t, metric) });
	if (!conv) { return null; }
	const family = conv.family;
	const value = tidy(written.value * conv.factor);
	const valueMax = written.valueMax === null ? null : tidy(written.valueMax * conv.factor);

	const scope = scopeOf(t, family, metric, raw, lead, perCapita);
	const negative = scope === 'growth' && isReduction(t, lead);
	const sign = negative ? -1 : 1;
	return {
		metric,
		key: metricKey(metric),
		value: sign * value,
		valueMax: valueMax === null ? null : sign * valueMax,
		unit: conv.unit,
		family,
		comparator: comparatorOf(t),
		deadline: t.deadline !== null && /^\d{4}$/.test(t.deadline) ? Number(t.deadline) : null,
		scope,
		basis: basisOf(t, lead, raw),
	};
}

/** A page number left inside a hard-wrapped sentence (数字化研发设计 1 工具普及率). */
const PAGE_NUMBER = /([\u4e00-\u9fa5])[\s\u3000]+[0-9]{1,3}[\s\u3000]+(?=[\u4e00-\u9fa5])/;
const PAGE_NUMBERS = new RegExp(PAGE_NUMBER.source, 'g');
const PAGE_BREAK_BEFORE = /[\u4e00-\u9fa5]{1,30}[\s\u3000]*\n[\s\u3000]*[0-9]{1,3}[\s\u3000]*\n[\s\u3000]*$/;

/**
 * The annotation's phrase, completed where it falls short: cut at a page number, too short to
 * name the measure (就业 of 城镇新增就业), or a subject whose measure follows the value
 * (城市家庭普遍具备1000M以上接入能力).
 */
function repaired(text: string, t: Target, metric: string, leadStart: number): string {
	const q = t.quantity;
	const lead = text.slice(leadStart, q.offset);
	// the annotation keeps the last 20 characters of a long phrase (…然保护区陆地面积占…)
	const clipped = (t.metric ?? '').length >= 20;
	// a page number on a line of its own ends the paragraph before the clause: read across it
	const across = leadStart === t.clause.offset ? PAGE_BREAK_BEFORE.exec(text.slice(Math.max(0, leadStart - 40), leadStart)) : null;
	if (PAGE_NUMBER.test(lead) || across || metric.length <= 3 || clipped) {
		const lp = leadPhrase(text, leadStart - (across ? across[0].length : 0), q.offset);
		if (lp.length > metric.length && lp.includes(metric)) { return lp; }
		if (clipped && lp.length >= 4 && lp.slice(-4) === metric.slice(-4)) { return lp; }
	}
	if (q.comparator !== 'cultivate' && !MEASURE_HEAD.test(metric)) {
		const after = text.slice(t.end, t.clause.end).replace(/[\s\u3000]+/g, '').replace(/[，,；;。、]+$/, '');
		if (after.length >= 2 && after.length <= 8 && /^[\u4e00-\u9fa5A-Za-z]+$/.test(after) && !metric.includes(after)) { return metric + after; }
	}
	return metric;
}

/** The clause text before the number back to punctuation, without the verb right before the number. */
function leadPhrase(text: string, from: number, at: number): string {
	const v = verbBefore(text, from, at);
	const end = v && !v.blocker && /^[\s\u3000]*$/.test(text.slice(v.end, at)) ? v.offset : at;
	const compact = text.slice(from, end).replace(PAGE_NUMBERS, '$1').replace(/[\s\u3000]+/g, '');
	return displayPhrase(compact.split(/[，,；;。：:、]/).pop() ?? '');
}

const PER_CAPITA = /人均|每万人|每千人|每百人|每十万人|户均|生均|每人|每户|每百户/;
const RATE_WORD = /增速|增幅|增长率|涨幅|增长/;
const REDUCTION = /(?:降低|下降|减少|缩小|缩短|压缩|削减|压减|减轻|节约|减排|削)[\s\u3000]*$/;
const LEVEL_VERB = /[到至][\s\u3000]*$/;

/** The written value and unit; a Chinese 百分之X or a fraction (二分之一) becomes a percentage. */
function writtenValue(text: string, t: Target): { value: number; valueMax: number | null; unit: string } | null {
	const q = t.quantity;
	if (q.value !== null && Number.isFinite(q.value)) {
		if (q.unit === '' && q.value < 1) { return { value: q.value * 100, valueMax: null, unit: '%' }; }
		return { value: q.value, valueMax: q.valueMax, unit: q.unit };
	}
	const m = /百分之([零〇一二两三四五六七八九十]+)/.exec(text.slice(q.offset, q.end));
	const v = m ? parseChineseNumeral(m[1].replace('两', '二')) : NaN;
	return Number.isFinite(v) ? { value: v, valueMax: null, unit: '%' } : null;
}

const MONEY_WORDS = /规模|收入|产值|投资|资金|营收|增加值|总值|总额|经费|税|资本|债|赤字|销售/;
const PERSON_WORDS = /人口|就业|人才|人员|人数|劳动力|落户|转户|游客|学生/;

/** What a bare 万亿/亿 counts: the unit of a sibling value after it (1.28万亿、8200亿元), else the metric's words. */
function bareHint(text: string, t: Target, metric: string): BareUnitHint {
	const after = text.slice(t.end, Math.min(text.length, t.end + 40));
	const m = /^[^。；;]*?[0-9０-９](?:万亿|千亿|百亿|亿|千万|百万|万)?(元|人|个|家|户)/.exec(after);
	if (m) { return m[1] === '元' ? 'money' : m[1] === '人' ? 'persons' : 'count'; }
	return MONEY_WORDS.test(metric) ? 'money' : PERSON_WORDS.test(metric) ? 'persons' : 'count';
}

function scopeOf(t: Target, family: UnitFamily, metric: string, raw: string, lead: string, perCapita: boolean): MetricScope {
	const q = t.quantity;
	const rate = family === 'percent' || family === 'points';
	const levelVerb = LEVEL_VERB.test(q.verb) || LEVEL_VERB.test(lead);
	const change = (q.comparator === 'increase' || q.comparator === 'reduce') && !levelVerb;
	const baseline = /(?:比|较)(?:[0-9０-９]{4}年|去年|上年)/.test(raw + lead);
	if (rate && (q.comparator === 'annualGrowth' || change || RATE_WORD.test(q.verb) || RATE_WORD.test(metric))) { return 'growth'; }
	if (family === 'points') { return 'growth'; }
	if (change && baseline) { return 'growth'; }
	if (perCapita) { return 'perCapita'; }
	if (q.comparator === 'annualGrowth' || /每年|年均/.test(lead)) { return 'annual'; }
	if (rate) { return 'share'; }
	return 'total';
}

function isReduction(t: Target, lead: string): boolean {
	return t.quantity.comparator === 'reduce' || REDUCTION.test(lead);
}

const AT_LEAST_Q = /^(?:以上|及以上|之上|至少)$/;
const AT_MOST_Q = /^(?:以下|以内|之内|内)$/;
const ABOUT_Q = /左右|上下|约|大约|近|将近|接近/;
const MORE_Q = /^(?:多|余|逾)$/;

function comparatorOf(t: Target): MetricComparator {
	const q = t.quantity;
	const qual = q.qualifier.replace(/^(?:大约|约|至少)(?=.)/, '');
	if (AT_LEAST_Q.test(qual) || /以上$/.test(qual)) { return '≥'; }
	if (AT_MOST_Q.test(qual) || /以内$|以下$/.test(qual)) { return '≤'; }
	if (ABOUT_Q.test(q.qualifier)) { return '~'; }
	if (MORE_Q.test(qual)) { return '>'; }
	if (q.qualifier === '至少') { return '≥'; }
	if (q.valueMax !== null) { return 'range'; }
	switch (q.comparator) {
		case 'atLeast': return '≥';
		case 'atMost': return /低于|少于|[<＜]/.test(q.verb) ? '<' : '≤';
		case 'exceed': case 'breakthrough': return '>';
		default: return '=';
	}
}

const INCREMENT = /新增|新培育|新建|新开工|新引进|新认定|新开通|新发现/;
const LEVEL_COMPARATORS = new Set(['reach', 'exceed', 'breakthrough', 'keep', 'atLeast', 'atMost', 'annualGrowth', 'increase', 'reduce', 'none']);

/** A verb carried over from an earlier item of a list (城镇新增就业…，城镇调查失业率6%) says nothing of this one. */
function basisOf(t: Target, lead: string, raw: string): MetricBasis {
	if (INCREMENT.test(lead) || INCREMENT.test(raw)) { return 'increment'; }
	const written = t.quantity.verb !== '' && (lead.includes(t.quantity.verb) || t.text.includes(t.quantity.verb));
	return written && LEVEL_COMPARATORS.has(t.quantity.comparator) ? 'level' : 'open';
}

/** The run-in label that opens the target's paragraph (智能家居产业集群：…), or ''. */
function runInLabel(text: string, doc: MetricDocument | undefined, offset: number): string {
	if (!doc || !doc.paragraphs.length) { return ''; }
	const i = lastStartingAtOrBefore(doc.paragraphs, offset);
	if (i < 0) { return ''; }
	const head = text.slice(doc.paragraphs[i].offset, Math.min(doc.paragraphs[i].end, doc.paragraphs[i].offset + 24));
	const m = /^[^，。；,;]{2,20}?[：:]/.exec(head.trim());
	return m ? m[0] : '';
}
