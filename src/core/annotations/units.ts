// Responsible units of a task, from a parenthesized note: (牵头单位:A、B;责任单位:C、D),
// (A、B负责), (A牵头,B、C配合), and, where a document says 列在首位的为牵头单位, the first unit
// of each list is the lead; and from running text: 由A牵头，B、C等参加, A为牵头单位, A等部门按
// 职责分工负责. Parentheses are matched with one stack pass (depth and length bounded), the
// running-text patterns are anchored on their keyword, so scanning is linear.
import type { Span } from '../model';
import { insideSpans } from '../text/search';
import { normalizeUnitName } from '../units/normalize';

export interface UnitHit extends Span {
	lead: string[];
	responsible: string[];
}

const MAX_GROUP = 400;
const MAX_DEPTH = 8;
const LABEL_RE = /(牵头单位|牵头部门|主办单位|主责单位|主责部门|责任单位|责任部门|配合单位|配合部门|参加单位|参加部门|参与单位|参与部门|协办单位|协办部门|协作单位|实施单位|承办单位)[ \u3000]*[:：]/g;
const LEAD_LABEL = /^(?:牵头|主办|主责)/;
const CONVENTION_RE = /(?:列|排)(?:在|于)?(?:首位|第一位|第一|最前)(?:的|者)?(?:单位|部门)?(?:为|是)牵头|第一(?:个)?(?:单位|部门)(?:为|是)牵头/;
const ROLE_TAIL = /(?:等)?(?:按职责分工|按职责|分工|共同|分别|具体|协同)?(?:负责|配合|参与|参加|协助|落实|实施)$/;
const ETC_TAIL = /等(?:有关|相关|其他)?(?:部门|单位|机构)?$/;
const UNIT_END = /(?:委|厅|局|办|部|院|会|府|单位|部门|中心|司|行|所|署|室|处|组|团|社|馆|站|区|市|县|州|校|机构|机关|联盟|企业|集团|公司|法院|各地|地区|高校)$/;
const UNIT_START = /^(?:省|市|县|区|国家|国务院|中央|各|有关|相关|中国|全国|自治区|人民)/;
const AND_WORDS = ['以及', '及', '和', '与'];
/** 等 and an unspecified rest: 银保监会等国务院相关部门, 人力资源社会保障部等有关部门和单位. */
const ETC_REST = /等[^、，,；;]{0,20}(?:部门|单位|机构|地区|地方)$/;
/** What follows 有关/相关 when it means a body's own departments: 国务院相关部门, 省政府有关单位和机构. */
const OWN_DEPARTMENTS = /^(?:部门|单位|机构|方面)/;
/** A role said inside a list item: 推进新型城镇化工作部际联席会议负责统筹协调. */
const INLINE_ROLE = /(?:按职责分工|按职责|分工|共同)?(?:负责|牵头)(?!人|同志)[\u4e00-\u9fff]{2,6}$/;
/** A bare place in an elided list (济南、青岛、烟台市政府) and the item that ends it. */
const BARE_PLACE = /^[\u4e00-\u9fff]{2,4}$/;
const PLACE_GOVERNMENT = /^[\u4e00-\u9fff]{2,4}?([市县区州](?:人民)?政府)$/;
/** 各区、市政府 / 有关区、市政府: one set of governments. */
const SET_LEVEL = /^(?:各|有关)[省市区县州]{1,2}$/;
const LEVEL_GOVERNMENT = /^[省市区县州]{1,2}(?:人民)?政府$/;

/** Offset of a 列在首位的为牵头单位 statement in text[span], or -1. */
export function findLeadConvention(text: string, span: Span): number {
	const from = Math.max(0, span.offset), to = Math.min(text.length, span.end);
	if (to <= from) { return -1; }
	const slice = text.slice(from, to);
	if (!slice.includes('牵头')) { return -1; }
	const m = CONVENTION_RE.exec(slice);
	return m ? from + m.index : -1;
}

/**
 * Unit notes in text[span]. `conventionFrom`: offset from which 列在首位的为牵头单位 applies
 * (a group containing the statement counts), Infinity when it never does.
 */
export function scanUnits(text: string, span: Span, conventionFrom = Infinity): UnitHit[] {
	const out: UnitHit[] = [];
	const from = Math.max(0, span.offset), to = Math.min(text.length, span.end);
	const stack: number[] = [];
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x28 || c === 0xff08) {
			if (stack.length >= MAX_DEPTH) { stack.shift(); }
			stack.push(i);
		} else if ((c === 0x29 || c === 0xff09) && stack.length) {
			const open = stack.pop()!;
			if (i - open > MAX_GROUP) { continue; }
			const content = text.slice(open + 1, i);
			if (!/负责|牵头|单位|部门|配合|参与|参加/.test(content)) { continue; }
			const convention = i >= conventionFrom; // stated before this note, or inside it
			const parsed = parseUnitNote(content, convention);
			if (parsed) { out.push({ offset: open, end: i + 1, ...parsed }); }
		}
	}
	scanRunningText(text, from, to, out);
	out.sort((a, b) => a.offset - b.offset);
	return out;
}

/** Where a clause of running text ends: a list of leads never holds one of these (it may hold 、). */
const CLAUSE_END = /[，,。；;：:（）()]/;
/** 由 that is part of a word (自由贸易, 理由), not "by". */
const NOT_BY = /[自理缘因来事经]$/;
/** After 牵头: 会同D, or B、C等参加 closing the sentence. */
const AFTER_LEAD = /^[，,]\s*(?:(?:可)?会同([^，,。；;]{2,60}?)(?=[，,。；;])|([^。；;（）()]{2,300}?)(?:参加|配合|参与|协助)(?=[。；;]|$))/u;
/** …为[…的][总]牵头单位 / 责任单位 / 配合单位 (164: 省发展改革委和省林业局为…的总牵头单位). */
const NAMED_AS = /为(?:[^，,。；;（）()]{0,30}?的)?总?$/u;

/**
 * Unit statements in running text of [from, to), outside the notes already read: 由A牵头[，B、C
 * 等参加 | ，会同D], A为…牵头单位 (or 责任单位), A、B等部门按职责分工负责。 Each is found from its
 * keyword, looking back and ahead a bounded stretch, so the work is linear in the text.
 */
function scanRunningText(text: string, from: number, to: number, out: UnitHit[]): void {
	const slice = text.slice(from, to);
	if (!/牵头|责任单位|配合单位|分工负责/.test(slice)) { return; }
	const notes = out.slice().sort((a, b) => a.offset - b.offset);
	// Running text names people and unspecified sets too (由政府负责人牵头, 由一个部门牵头): only units count.
	const named = (list: string[]) => list.filter(n => normalizeUnitName(n) !== null);
	const push = (at: number, end: number, lead: string[], responsible: string[]) => {
		lead = named(lead);
		responsible = named(responsible);
		if (!insideSpans(notes, from + at) && valid(lead, responsible)) { out.push({ offset: from + at, end: from + end, lead, responsible }); }
	};
	// 由A牵头…
	for (let k = slice.indexOf('牵头'); k >= 0; k = slice.indexOf('牵头', k + 2)) {
		const window = Math.max(0, k - 62);
		const found = slice.slice(window, k).lastIndexOf('由');
		const by = found < 0 ? -1 : window + found;
		if (by < 0 || NOT_BY.test(slice.slice(Math.max(0, by - 1), by))) { continue; }
		const name = slice.slice(by + 1, k);
		// A bracketed second name may sit inside A: 由中央宣传部（国务院新闻办）牵头.
		if (name.length < 2 || CLAUSE_END.test(name.replace(/[（(][^（）()，。]{2,20}[）)]$/u, ''))) { continue; }
		const rest = AFTER_LEAD.exec(slice.slice(k + 2, k + 2 + 320));
		const lead = splitUnits(name);
		const others = rest ? (rest[1] ?? rest[2]) : undefined;
		push(by, k + 2 + (rest ? rest[0].length : 0), lead, others ? splitUnits(others).filter(u => !lead.includes(u)) : []);
	}
	// A为…牵头单位 / 责任单位 / 配合单位
	for (const m of slice.matchAll(/(牵头|责任|配合)(?:单位|部门)/gu)) {
		const k = m.index!;
		if (slice[k - 1] === '：' || slice[k - 1] === ':' || slice[k + m[0].length] === '：' || slice[k + m[0].length] === ':') { continue; }
		const before = slice.slice(Math.max(0, k - 36), k);
		const is = NAMED_AS.exec(before);
		if (!is) { continue; }
		const at = k - before.length + is.index;
		// 省林业局为…: a unit's name right before 为 (not 作为, 成为, 视为).
		if (!UNIT_END.test(slice.slice(Math.max(0, at - 4), at))) { continue; }
		const head = slice.slice(Math.max(0, at - 40), at);
		const cut = Math.max(...[...head.matchAll(/[，,。；;、：:（）()]/gu)].map(x => x.index! + 1), 0);
		const units = splitUnits(head.slice(cut));
		push(at - head.length + cut, k + m[0].length, m[1] === '牵头' ? units : [], m[1] === '牵头' ? [] : units);
	}
	// A、B等部门按职责分工负责。
	for (let k = slice.indexOf('按职责分工负责'); k >= 0; k = slice.indexOf('按职责分工负责', k + 7)) {
		if (!/^(?:[。；;]|$)/u.test(slice.slice(k + 7, k + 8))) { continue; }
		const head = slice.slice(Math.max(0, k - 200), k);
		const cut = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf(';'), head.lastIndexOf('，'), head.lastIndexOf(','), head.lastIndexOf('：'), head.lastIndexOf('）'), head.lastIndexOf(')')) + 1;
		push(k - head.length + cut, k + 7, [], splitUnits(head.slice(cut)));
	}
}

/** Lead and responsible units of one note's content (without its brackets), or null. */
export function parseUnitNote(content: string, convention: boolean): { lead: string[]; responsible: string[] } | null {
	// The note may carry the convention after a 。: 责任单位:科技厅,教育厅。列在首位的为牵头单位,下同
	const parts = content.split(/[。]/);
	let body = parts[0].trim();
	if (!body && parts.length > 1) { body = parts[1].trim(); }
	if (!body || body.length > 300) { return null; }
	let lead: string[] = [];
	let responsible: string[] = [];
	LABEL_RE.lastIndex = 0;
	const labels: { label: string; start: number; end: number }[] = [];
	for (let m = LABEL_RE.exec(body); m; m = LABEL_RE.exec(body)) {
		labels.push({ label: m[1], start: m.index, end: m.index + m[0].length });
	}
	if (labels.length) {
		if (labels[0].start > 0 && body.slice(0, labels[0].start).trim().length > 0) { return null; }
		for (let k = 0; k < labels.length; k++) {
			const seg = body.slice(labels[k].end, k + 1 < labels.length ? labels[k + 1].start : body.length);
			const units = splitUnits(seg);
			if (LEAD_LABEL.test(labels[k].label)) { lead.push(...units); } else { responsible.push(...units); }
		}
		if (!lead.length && convention && responsible.length) { lead = [responsible.shift()!]; }
		return valid(lead, responsible) ? { lead, responsible } : null;
	}
	const by = body.lastIndexOf('由');
	if (by >= 0 && by < body.length - 2) { body = body.slice(by + 1); }
	// A牵头,B、C配合 / A牵头
	const lm = /^(.{1,200}?)牵头(?:[,，;；、 \u3000]+(.*))?$/.exec(body);
	if (lm) {
		lead = splitUnits(lm[1]);
		responsible = lm[2] ? splitUnits(lm[2]) : [];
		return valid(lead, responsible) ? { lead, responsible } : null;
	}
	// A负责,B配合
	const fm = /^(.{1,200}?)负责[,，;；][ \u3000]*(.+?)(?:配合|参与|参加|协助)$/.exec(body);
	if (fm) {
		lead = splitUnits(fm[1]);
		responsible = splitUnits(fm[2]);
		return valid(lead, responsible) ? { lead, responsible } : null;
	}
	// A、B负责 (A、B等按职责分工负责)
	if (/负责$/.test(body)) {
		const units = splitUnits(body);
		// 列第一位者为牵头单位: the first unit leads, even when it is the only one.
		if (convention && units.length) { lead = [units.shift()!]; }
		responsible = units;
		return valid(lead, responsible) ? { lead, responsible } : null;
	}
	return null;
}

function valid(lead: string[], responsible: string[]): boolean {
	const all = [...lead, ...responsible];
	if (!all.length) { return false; }
	let unitLike = 0;
	for (const u of all) {
		if (u.length > 30 || /[。！？:：]/.test(u)) { return false; }
		if (UNIT_END.test(u) || UNIT_START.test(u)) { unitLike++; }
	}
	return unitLike * 2 >= all.length;
}

/** 省科技厅、省教育厅及省财政厅等 → [省科技厅, 省教育厅, 省财政厅]; 省经济和信息化委 stays whole. */
export function splitUnits(s: string): string[] {
	let body = s.trim().replace(/[,，;；、 \u3000]+$/, '');
	for (let k = 0; k < 2; k++) {
		body = body.replace(ROLE_TAIL, '').replace(ETC_TAIL, '').trim();
	}
	const out: string[] = [];
	for (const raw of elided(body.split(/[、，,；;/／]+/).map(r => r.trim()).filter(Boolean))) {
		// 银保监会等国务院相关部门及各地区: the named unit, then sets of unnamed ones.
		for (const piece of splitOnAnd(raw.replace(ETC_REST, ''))) {
			const u = piece.replace(/^(?:由|会同|联合)/, '').replace(ETC_REST, '').replace(ETC_TAIL, '').replace(ROLE_TAIL, '').replace(INLINE_ROLE, '').trim();
			if (u) { out.push(u); }
		}
	}
	return out;
}

/**
 * List items with an elided ending restored: 济南、青岛、烟台市政府 → 济南市政府, 青岛市政府,
 * 烟台市政府; 各区、市政府 → 各区市政府 (one set of governments).
 */
function elided(items: string[]): string[] {
	const out = items.slice();
	for (let i = 1; i < out.length; i++) {
		if (SET_LEVEL.test(out[i - 1]) && LEVEL_GOVERNMENT.test(out[i])) {
			out.splice(i - 1, 2, out[i - 1] + out[i]);
			i--;
			continue;
		}
		const end = PLACE_GOVERNMENT.exec(out[i]);
		if (!end) { continue; }
		for (let j = i - 1; j >= 0 && BARE_PLACE.test(out[j]) && !UNIT_END.test(out[j]) && !UNIT_START.test(out[j]); j--) { out[j] += end[1]; }
	}
	return out;
}

function splitOnAnd(s: string): string[] {
	const out: string[] = [];
	let start = 0;
	for (let i = 1; i < s.length - 1; i++) {
		// 省国资委有关市〔州〕人民政府: a unit, then an unspecified set (kept whole, 有关 and all);
		// but 国务院相关部门, 省政府有关单位 are one phrase (the body's own departments).
		if ((s.startsWith('有关', i) || s.startsWith('相关', i)) && i - start >= 3 && UNIT_END.test(s.slice(start, i)) && !OWN_DEPARTMENTS.test(s.slice(i + 2))) {
			out.push(s.slice(start, i));
			start = i;
			continue;
		}
		const w = AND_WORDS.find(a => s.startsWith(a, i));
		if (!w) { continue; }
		const left = s.slice(start, i);
		if (UNIT_END.test(left) && i + w.length < s.length) {
			out.push(left);
			start = i + w.length;
			i = start;
		}
	}
	out.push(s.slice(start));
	return out.filter(x => x.length > 0);
}
