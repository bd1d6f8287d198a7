// Responsible units of a task, from a parenthesized note: (牵头单位:A、B;责任单位:C、D),
// (A、B负责), (A牵头,B、C配合), and, where a document says 列在首位的为牵头单位, the first unit
// of each list is the lead. Parentheses are matched with one stack pass (depth and length
// bounded), so scanning is linear.
import type { Span } from '../model';

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
const UNIT_END = /(?:委|厅|局|办|部|院|会|府|单位|部门|中心|司|行|所|署|室|处|组|团|社|馆|站|区|市|县|州|校|机构|联盟|企业|集团|公司|法院|各地|地区|高校)$/;
const UNIT_START = /^(?:省|市|县|区|国家|国务院|中央|各|有关|相关|中国|全国|自治区|人民)/;
const AND_WORDS = ['以及', '及', '和', '与'];

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
	out.sort((a, b) => a.offset - b.offset);
	return out;
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
		if (convention && units.length > 1) { lead = [units.shift()!]; }
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
	for (const raw of body.split(/[、，,；;/／]+/)) {
		for (const piece of splitOnAnd(raw.trim())) {
			const u = piece.replace(/^(?:由|会同|联合)/, '').replace(ETC_TAIL, '').replace(ROLE_TAIL, '').trim();
			if (u) { out.push(u); }
		}
	}
	return out;
}

function splitOnAnd(s: string): string[] {
	const out: string[] = [];
	let start = 0;
	for (let i = 1; i < s.length - 1; i++) {
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
