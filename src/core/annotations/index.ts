// annotate(model): quantities, targets, dates, 文号 and responsible units of every document of a
// parsed file, computed once (Analysis memoizes it). Reads each document's title and body
// paragraphs only, never its remnants (the web footer's date comes from doc.footer). Documents
// whose body was never scraped are skipped. Given a sink it never throws: a document that fails
// is left out and its error reported to `onError` (without one, see ../errors.ts).
import { rethrowSink, coreError, type ErrorSink } from '../errors';
import type { FileModel, NoticeDocument, Section, Span } from '../model';
import type { Annotations, DateMention, DocNumber, Quantity, Target, UnitAssignment } from './types';
import { bookTitles, byOffset } from './chars';
import { splitClauses, splitSentences } from './clauses';
import { AS_OF_PRE, classifyDate, footerDate, isCutOff, issueDate, latestRevision, scanDates, toDateMention, type RawDate } from './dates';
import { isHistoryEntry } from './dateHistory';
import { normalizeTitle } from '../text/normalize';
import { scanDocNumbers, toDocNumber, type DocNumberHit } from './docNumbers';
import { scanQuantities } from './quantities';
import { SectionIndex } from './sections';
import { analyzeParagraph, listLeadAt, metricOf, resolveDeadline, targetRange, yearIn, type Anchor } from './targets';
import { fiveYearPlanEnd, goalLeadAnchors, plannedYearAnchors, THIS_YEAR, titlePeriodEnd, titleRoundYear } from './deadlines';
import { findLeadConvention, scanUnits } from './units';
import { parseNumber } from '../text/numerals';
import { toHalfWidth } from '../text/width';
import { insideSpans } from '../text/search';
import { RULES_KIND_ALT } from '../documents/kinds';

export type { Annotations } from './types';

export function emptyAnnotations(): Annotations {
	return { quantities: [], targets: [], dates: [], docNumbers: [], units: [] };
}

export function annotate(model: FileModel, onError: ErrorSink = rethrowSink): Annotations {
	const out = emptyAnnotations();
	const text = typeof model?.text === 'string' ? model.text : '';
	const docs = Array.isArray(model?.documents) ? model.documents : [];
	docs.forEach((doc, i) => {
		if (!doc || doc.bodyMissing) { return; }
		try {
			const a = annotateDocument(text, doc, typeof doc.index === 'number' ? doc.index : i);
			append(out.quantities, a.quantities);
			append(out.targets, a.targets);
			append(out.dates, a.dates);
			append(out.docNumbers, a.docNumbers);
			append(out.units, a.units);
		} catch (e) {
			onError(coreError('annotate', e, i));
		}
	});
	out.quantities.sort(byOffset);
	out.targets.sort(byOffset);
	out.dates.sort(byOffset);
	out.docNumbers.sort(byOffset);
	out.units.sort(byOffset);
	return out;
}

/** push(...items) without the argument-count limit of a spread call. */
function append<T>(to: T[], items: readonly T[]): void {
	for (const x of items) { to.push(x); }
}

/** Body paragraphs clamped to the text, sorted, without overlaps or empty spans. */
function cleanSpans(text: string, spans: readonly Span[] | undefined): Span[] {
	const out: Span[] = [];
	for (const s of spans ?? []) {
		if (!s || !Number.isFinite(s.offset) || !Number.isFinite(s.end)) { continue; }
		const offset = Math.max(0, Math.min(text.length, s.offset)), end = Math.max(offset, Math.min(text.length, s.end));
		if (end > offset) { out.push({ offset, end }); }
	}
	out.sort(byOffset);
	const merged: Span[] = [];
	for (const s of out) {
		const last = merged[merged.length - 1];
		if (last && s.offset < last.end) { last.end = Math.max(last.end, s.end); } else { merged.push({ ...s }); }
	}
	return merged;
}

interface ParagraphData {
	span: Span;
	titles: Span[];
	dates: RawDate[];
	numbers: DocNumberHit[];
}

function annotateDocument(text: string, doc: NoticeDocument, index: number): Annotations {
	const result = emptyAnnotations();
	const paragraphs = cleanSpans(text, doc.paragraphs);
	const sections: Section[] = Array.isArray(doc.sections) ? doc.sections : [];
	// Titles are found over the whole text, as a hard wrap may cut one over two lines (paragraphs).
	const docTitles = paragraphs.length ? bookTitles(text, paragraphs[0].offset, paragraphs[paragraphs.length - 1].end) : [];
	let firstTitle = 0;
	const data: ParagraphData[] = paragraphs.map(span => {
		while (firstTitle < docTitles.length && docTitles[firstTitle].end <= span.offset) { firstTitle++; }
		const titles: Span[] = [];
		for (let k = firstTitle; k < docTitles.length && docTitles[k].offset < span.end; k++) { titles.push(docTitles[k]); }
		return { span, titles, dates: scanDates(text, span, { bookTitles: titles }), numbers: scanDocNumbers(text, span.offset, span.end) };
	});
	// The title line: its dates (the plan's period) and 文号, when it is not a body paragraph.
	const titleSpan = cleanSpans(text, doc.titleSpan ? [doc.titleSpan] : [])[0];
	if (titleSpan && !paragraphs.some(p => p.offset < titleSpan.end && titleSpan.offset < p.end)) {
		const titles = bookTitles(text, titleSpan.offset, titleSpan.end);
		data.push({ span: titleSpan, titles, dates: scanDates(text, titleSpan, { bookTitles: titles }), numbers: scanDocNumbers(text, titleSpan.offset, titleSpan.end) });
		data.sort((a, b) => a.span.offset - b.span.offset);
	}

	// The year of the document: its signature or issue date, else its web footer, else its latest full date.
	let docYear: number | null = null;
	for (const p of data) {
		// …on its own line, or a speech's date: ——2020年5月22日在第十三届全国人民代表大会…
		const alone = p.dates.find(d => (d.alone || /——$/.test(d.pre)) && d.m1 !== null && d.y2 === null);
		if (alone) { docYear = alone.y1; break; }
	}
	// …else the latest day its history note says it was adopted, promulgated or revised (a web page's footer
	// can be years later than the regulation it shows)
	if (docYear === null) {
		for (const p of data) { for (const d of p.dates) { if (d.d1 !== null && d.y2 === null && d.bookTitle === null && isHistoryEntry(d)) { docYear = Math.max(docYear ?? 0, d.y1); } } }
	}
	// …else the revision its own title names (佛山市免费义务教育实施办法（2013年修订）), before a web page's footer
	const revisionYear = titleRevisionYear(doc.title ?? '');
	if (docYear === null) { docYear = revisionYear; }
	if (docYear === null && doc.footer?.date) { docYear = Number(doc.footer.date.slice(0, 4)) || null; }
	// (…or a day it counts up to: 截至2021年1月底, the text was written after it)
	if (docYear === null) {
		for (const p of data) { for (const d of p.dates) { if ((d.d1 !== null || AS_OF_PRE.test(d.pre)) && d.y2 === null) { docYear = Math.max(docYear ?? 0, d.y1); } } }
	}
	const ownTitles = [normalizeTitle(doc.title ?? '')];
	const collectPlans = (list: readonly Section[], depth: number) => {
		for (const s of list) {
			if (s.kind === 'plan' && s.title) { ownTitles.push(normalizeTitle(s.title)); }
			if (depth < 2) { collectPlans(s.children ?? [], depth + 1); }
		}
	};
	collectPlans(sections, 0);
	const headings = headingSpans(sections);
	const reportsFacts = REPORTS_FACTS.test(doc.title ?? '');
	// The period a plan's title names by its five-year plan (“十三五”规划 → 2020), for targets nothing else dates.
	// …and a work report's plans are for its own year (今年的工作).
	// A 通知 that issues no plan organizes this year's round (招生, 培训): its quotas are for its own year.
	const roundDocument = WORK_REPORT.test(doc.title ?? '') || ROUND_NOTICE.test(doc.title ?? '');
	const planEnd = fiveYearPlanEnd(ownTitles.join(' ')) ?? titlePeriodEnd(ownTitles, docYear) ?? (roundDocument ? docYear : null);
	// The one year a document organizes (a 2016年…方案, this year's round): its yearly quotas are that year's.
	const roundYear = fiveYearPlanEnd(ownTitles.join(' ')) !== null ? null : titleRoundYear(ownTitles, docYear);

	const allDates = data.flatMap(p => p.dates);
	const docDate = issueDate(allDates, docYear), revisedOn = latestRevision(allDates);
	const anchors: Anchor[] = [];
	const pastDates: Span[] = [];
	const dateSpans = new Map<ParagraphData, Span[]>();
	for (const p of data) {
		const spans: Span[] = [];
		for (const r of p.dates) {
			const titleRevision = titleSpan !== undefined && r.offset >= titleSpan.offset && r.end <= titleSpan.end && r.y1 === revisionYear;
			const c = classifyDate(r, { docYear, docDate, revisedOn, ownTitles: ownTitles.filter(t => t.length >= 6), inHeading: insideSpans(headings, r.offset), titleRevision });
			result.dates.push(toDateMention(r, c, index));
			if (c.anchorYear !== null) { anchors.push({ offset: r.offset, end: r.end, year: c.anchorYear }); }
			// (a cut-off day, 2016年1月1日后的…, marks its clause as a rule's condition as a past date does)
			if (c.kind === 'past' || isCutOff(r)) { pastDates.push({ offset: r.offset, end: r.end }); }
			spans.push(r);
		}
		if (docYear !== null) { relativeAnchors(text, p.span, docYear, anchors); }
		goalLeadAnchors(text, p.span, anchors);
		plannedYearAnchors(text, p.span, docYear, anchors);
		dateSpans.set(p, spans);
		for (const n of p.numbers) { result.docNumbers.push(toDocNumber(n, index)); }
	}
	anchors.sort(byOffset);
	pastDates.sort(byOffset);
	if (doc.footer) {
		const f = footerDate(text, doc.footer, index);
		if (f) { result.dates.push(f); }
	}

	const sectionIndex = new SectionIndex(sections);
	const ctx = { pathAt: (o: number) => sectionIndex.pathAt(o), pastDates, anchors, rules: RULES_TITLE.test(doc.title ?? '') || ISSUES_RULES.test(doc.title ?? '') || AMENDS_RULES.test(doc.title ?? '') };
	for (const p of data) {
		if (p.span === titleSpan) { continue; }
		const exclude = [...(dateSpans.get(p) ?? []), ...p.numbers, ...p.titles].sort(byOffset);
		const hits = scanQuantities(text, p.span, exclude);
		if (!hits.length) { continue; }
		const clauses = splitClauses(text, p.span);
		const sentences = splitSentences(text, p.span);
		const analyzed = analyzeParagraph(text, p.span, hits, clauses, sentences, ctx);
		let prevEnd = -1;
		let listMetric = '';
		// Start of the next quantity that is not a description, for each quantity (one backward pass).
		const nextStarts: number[] = new Array(analyzed.length);
		for (let n = analyzed.length - 1, next = Infinity; n >= 0; n--) {
			nextStarts[n] = next;
			if (!analyzed[n].description) { next = analyzed[n].hit.offset; }
		}
		analyzed.forEach((a, k) => {
			const itemPrevEnd = prevEnd;
			prevEnd = a.hit.end;
			const nextStart = nextStarts[k];
			const g = a.governing;
			const quantity: Quantity = {
				offset: a.hit.offset, end: a.hit.end, text: a.hit.text, value: a.hit.value, valueMax: a.hit.valueMax,
				unit: a.hit.unit, qualifier: a.hit.qualifier, verb: g ? g.verb : '', comparator: g ? g.comparator : 'none',
				isTarget: a.isTarget,
			};
			result.quantities.push(quantity);
			if (!a.isTarget) { return; }
			const path = sectionIndex.pathAt(a.hit.offset);
			const year = a.recurring ? null
				// a quota set for every year recurs (GUIDE: null) unless the document organizes one year, and 远景
				// names a horizon beyond any year: only a date of its own sentence dates them
				: a.yearly ? resolveDeadline(anchors, a.hit, a.clause, a.sentence, a.sentence, []) ?? roundYear
				: HORIZON.test(text.slice(a.clause.offset, Math.min(a.hit.offset, a.clause.offset + HORIZON_WINDOW))) ? resolveDeadline(anchors, a.hit, a.clause, a.sentence, a.sentence, [])
				// a rule holds with no year unless its own sentence or the lead of its list names one (GUIDE: the time
				// expression that governs it; another sentence of its article governs something else)
				: ctx.rules ? resolveDeadline(anchors, a.hit, a.clause, a.sentence, a.sentence, []) ?? yearIn(anchors, listLeadAt(text, a.hit.offset))
				: resolveDeadline(anchors, a.hit, a.clause, a.sentence, p.span, path) ?? impliedDeadline(text, a.sentence, path, docYear, planEnd);
			// A bulletin of what was done (通报, 典型做法): its figures are facts unless a later year is set for them.
			if (reportsFacts && (year === null || docYear === null || year <= docYear)) { quantity.isTarget = false; return; }
			const range = targetRange(text, a);
			const metric = metricOf(text, a, { clauses, prevEnd: itemPrevEnd, nextStart, listMetric });
			listMetric = metric;
			result.targets.push({
				offset: range.offset, end: range.end, text: text.slice(range.offset, range.end), quantity,
				deadline: year === null ? null : String(year), clause: { offset: a.clause.offset, end: a.clause.end },
				metric, section: path.map(s => s.title), document: index,
			});
		});
	}

	// Responsible units: 列在首位的为牵头单位 applies from where it is said.
	let conventionFrom = Infinity;
	for (const p of paragraphs) {
		const at = findLeadConvention(text, p);
		if (at >= 0) { conventionFrom = at; break; }
	}
	for (const p of paragraphs) {
		for (const u of scanUnits(text, p, conventionFrom)) {
			const path = sectionIndex.pathAt(u.offset);
			const unit: UnitAssignment = {
				offset: u.offset, end: u.end, lead: u.lead, responsible: u.responsible,
				sectionOffset: path.length ? path[path.length - 1].offset : null, document: index,
			};
			result.units.push(unit);
		}
	}
	result.dates.sort(byOffset);
	return result;
}

/** Heading spans (marker and title) of every section, in document order. */
function headingSpans(sections: readonly Section[]): Span[] {
	const out: Span[] = [];
	const walk = (list: readonly Section[]) => { for (const s of list) { out.push(s.heading); walk(s.children ?? []); } };
	walk(sections);
	return out.sort(byOffset);
}


// 用3年时间, 用3到5年时间, 今后五年, 5年内, 今明两年, 全年: a deadline counted from the document's year.
const RELATIVE_PERIOD = /(?:用|未来|今后)(?:([0-9一二三四五六七八九十]{1,2})(?:[到至—\-~～]))?([0-9一二三四五六七八九十]{1,2})年(?:左右)?(?:时间|的时间|内)?|(?<![0-9一二三四五六七八九十])([0-9一二三四五六七八九十]{1,2})年内|今明两年|全年/gu;

/** Anchors for periods counted from the document's year, so they govern the targets after them like a date would. */
function relativeAnchors(text: string, span: Span, docYear: number, anchors: Anchor[]): void {
	const s = text.slice(span.offset, span.end);
	for (const m of s.matchAll(RELATIVE_PERIOD)) {
		const years = m[0] === '全年' ? 1 : m[0] === '今明两年' ? 2 : parseNumber(m[2] ?? m[3]);
		if (!Number.isFinite(years) || years < 1 || years > 15) { continue; }
		const offset = span.offset + m.index!;
		// The document's own year counts: 用3年时间 from 2011 means by the end of 2013.
		anchors.push({ offset, end: offset + m[0].length, year: docYear + years - 1 });
	}
}

/** 远景开发强度控制在30%: the long-range horizon beyond a plan's period, which names no year. */
const HORIZON = /^[\s\u3000]*(?:到|至|在)?(?:远景|远期)/u;
/** Characters of a clause's start HORIZON reads (a slice to the quantity would make a clause of thousands of quantities quadratic). */
const HORIZON_WINDOW = 16;

/** Titles of documents that report what was done: 通报, collections of 典型做法/案例/经验. */
const REPORTS_FACTS = /通报$|典型(?:做法|案例|经验)|经验做法|案例汇编/u;

const WORK_REPORT = /政府工作报告$/u;
/** Titles of documents that lay down rules (条例, 办法, 规定, 细则), not a 通知 that issues one. */
const RULES_TITLE = new RegExp(`^(?!.*(?:印发|转发|批转)).*(?:${RULES_KIND_ALT})(?:[（(][^）)]*[）)])?$`, 'u');
/** A 通知 that issues or forwards rules: 关于印发《某市…实施办法（试行）》的通知. */
const ISSUES_RULES = new RegExp(`(?:印发|转发|批转|颁布)《?[^《》]*(?:${RULES_KIND_ALT})(?:[（(][^）)]*[）)])?》?的通知$`, 'u');
/** A decision that amends rules (关于修改《某某条例》的决定, 关于修改部分行政法规的决定): it restates them, often in full. */
const AMENDS_RULES = /(?:修改|修订|废止)[^。]{0,60}?(?:条例|办法|规定|细则|规则|规范|规程|法规)[^。]{0,20}?的决定$/u;
const ROUND_NOTICE = /^(?!.*(?:印发|转发|批转|颁布)).*通知$/u;


/**
 * A deadline no date states: 今年/明年 in the sentence or in the heading of a section holding it
 * (二、今年发展主要目标…: the document's year), else the five-year plan the document is.
 */
function impliedDeadline(text: string, sentence: Span, path: readonly Section[], docYear: number | null, planEnd: number | null): number | null {
	if (docYear !== null) {
		for (const s of [text.slice(sentence.offset, sentence.end), ...path.map(p => p.title).reverse()]) {
			if (THIS_YEAR.test(s)) { return docYear; }
			if (/明年/.test(s)) { return docYear + 1; }
			// 到“十五五”末 in a work report: that plan's end
			const fiveYear = fiveYearPlanEnd(s);
			if (fiveYear !== null && fiveYear > docYear) { return fiveYear; }
		}
	}
	return planEnd;
}

/** The CLI's `annotate --json` shape (without "file"). */
export interface AnnotationsJson {
	targets: { offset: number; end: number; text: string; deadline: string | null; clause: { offset: number; end: number }; section: string[] }[];
	quantities: { offset: number; end: number; text: string; isTarget: boolean }[];
	dates: { offset: number; end: number; text: string; kind: DateMention['kind']; iso: string }[];
	docNumbers: { offset: number; end: number; text: string; issuer: string; year: number; number: number }[];
	units: { offset: number; end: number; lead: string[]; responsible: string[] }[];
}

export function annotationsToJson(a: Annotations): AnnotationsJson {
	return {
		targets: a.targets.map((t: Target) => ({
			offset: t.offset, end: t.end, text: t.text, deadline: t.deadline,
			clause: { offset: t.clause.offset, end: t.clause.end }, section: [...t.section],
		})),
		quantities: a.quantities.map((q: Quantity) => ({ offset: q.offset, end: q.end, text: q.text, isTarget: q.isTarget })),
		dates: a.dates.map((d: DateMention) => ({ offset: d.offset, end: d.end, text: d.text, kind: d.kind, iso: d.iso })),
		docNumbers: a.docNumbers.map((n: DocNumber) => ({ offset: n.offset, end: n.end, text: n.text, issuer: n.issuer, year: n.year, number: n.number })),
		units: a.units.map((u: UnitAssignment) => ({ offset: u.offset, end: u.end, lead: [...u.lead], responsible: [...u.responsible] })),
	};
}

/** （2013年修订）, (2010年修正), 2013年修订版 at the end of a title: the year of the text it names. */
const TITLE_REVISION = /[（(]?([12][0-9]{3})年(?:修订|修正|修改)(?:版|稿|本)?[）)]?$/u;

function titleRevisionYear(title: string): number | null {
	const m = TITLE_REVISION.exec(toHalfWidth(title.trim()));
	return m ? Number(m[1]) : null;
}
