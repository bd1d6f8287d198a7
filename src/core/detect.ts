// Is this text a policy notice? A weighted score over the features a reader uses: a 公文
// title, a salutation, the numbered hierarchy, a 文号, a signature date and policy wording.
import type { Detection, FileModel, MarkerFamily } from './model';
import { walkSections } from './parse';
import { KIND_ALT } from './documents/kinds';
import { TITLE_RE } from './documents/titles';
import { SIGNATURE_DATE } from './text/signature';

const NOTICE_THRESHOLD = 4;

const ISSUER = /(?:人民政府|办公厅|办公室|委员会|人大常委会|[部局厅委署院](?!门))/;
const SALUTATION = /^各[^。\n]{1,120}[:：]$|^[^。\n]{2,60}(?:人民政府|各部门|各单位|委员会|办公厅|厅|局|委)[^。\n]{0,60}[:：]$/;
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}[〔\[［【(（][0-9]{4}[〕\]］】)）][0-9]{1,4}号/;
const WORDING = ['贯彻落实', '各地区、各部门', '各地、各部门', '通知如下', '印发给你们', '请认真贯彻', '牵头单位', '责任单位', '指导思想', '基本原则', '保障措施', '组织领导', '本条例', '本办法', '起施行', '总体要求', '重点任务'];

/** A document naming itself by its kind: 本办法, 本条例, 本审评要点, 本方案. */
const SELF_REFERENCE = new RegExp(`本(?:${KIND_ALT}|审评要点|指导原则|规则|标准)(?:所称|自|由|适用|是|中|的|规定|要求)`, 'u');

/** The 附件说明 of a 公文 (GB/T 9704 §7.3.5): 附件：1.《…》 or 附件：《…》. */
const ANNEX_NOTE = /^附[ \u3000]*件[:：][ \u3000]*(?:[1１][.．、]|《)/u;

const POLICY_VERBS = /推进|加强|完善|健全|落实|推动|加快|支持|鼓励|强化|建立|实施|统筹|规范|引导|促进|提升/g;
const POLICY_VERBS_MIN = 3;

/** GB/T 1.1's provision verbs (应/宜/不得…): dense in requirements and rules, read over a text long enough to tell. */
const PROVISION_VERBS = /应当|应|宜|不得|必须|须/g;
const PROVISION_MIN_CHARS = 500;
const PROVISION_DENSITY = 15;

export function detectNotice(model: FileModel): Detection {
	const { text } = model;
	const reasons: string[] = [];
	let score = 0;
	const add = (points: number, reason: string) => { score += points; reasons.push(reason); };

	const titled = model.documents.find(d => TITLE_RE.test(d.title));
	if (titled) {
		// A title with a colon (高三政治复习笔记：政府工作报告) or one reporting an issuance without 关于
		// (十三部门联合印发促进家居消费若干措施, a news headline) only names a kind.
		add(/关于/.test(titled.title) ? 3 : /[:：]|印发|出台/.test(titled.title) ? 1 : 2, `title:${titled.title.slice(0, 40)}`);
		if (ISSUER.test(titled.title)) { add(1, 'issuer-in-title'); }
	}

	const counts = new Map<MarkerFamily, number>();
	let salutation = false, signature = false, annexNote = false;
	for (const doc of model.documents) {
		if (doc.duplicateOf !== null) { continue; }
		walkSections(doc.sections, s => counts.set(s.family, (counts.get(s.family) ?? 0) + 1));
		for (const p of doc.paragraphs.slice(0, 6)) {
			if (p.end - p.offset <= 200 && SALUTATION.test(text.slice(p.offset, p.end))) { salutation = true; }
		}
		for (const p of doc.paragraphs) {
			if (p.end - p.offset <= 20 && SIGNATURE_DATE.test(text.slice(p.offset, p.end))) { signature = true; }
			if (p.end - p.offset <= 200 && ANNEX_NOTE.test(text.slice(p.offset, Math.min(p.end, p.offset + 12)))) { annexNote = true; }
		}
	}
	if (salutation) { add(2, 'salutation'); }
	const cn = counts.get('cnComma') ?? 0, paren = counts.get('cnParen') ?? 0;
	const articles = (counts.get('article') ?? 0) + (counts.get('chapter') ?? 0);
	if (cn >= 2) { add(2, `markers:一、×${cn}`); }
	// A framework or standard numbers its hierarchy 1. / 1.1 / 1.1.1 instead of 一、/（一）.
	const decimal = counts.get('decimal') ?? 0;
	if (cn < 2 && decimal >= 6) { add(2, `markers:1.1×${decimal}`); }
	if (paren >= 2) { add(1, `markers:（一）×${paren}`); }
	if (articles >= 3) { add(articles >= 10 ? 3 : 2, `markers:第X条×${articles}`); }
	if (cn >= 3 && paren + (counts.get('arabicDot') ?? 0) >= 3) { add(1, 'hierarchy-depth'); }
	const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
	if (DOC_NUMBER.test(sample)) { add(1.5, 'doc-number'); }
	if (signature) { add(1.5, 'signature-date'); }
	if (annexNote) { add(1, 'annex-note'); }
	let wording = 0;
	for (const w of WORDING) { if (sample.includes(w)) { wording += 0.5; } }
	if (wording > 0) { add(Math.min(wording, 2.5), `wording:${wording * 2}`); }
	if (SELF_REFERENCE.test(sample)) { add(1, 'self-reference'); }
	// Policy verbs are dense in policy prose and rare elsewhere.
	const verbs = (sample.match(POLICY_VERBS) ?? []).length;
	const density = sample.length ? (verbs * 1000) / sample.length : 0;
	// (one or two in a short text are chance: 加快脚步 in a diary)
	if (verbs >= POLICY_VERBS_MIN && density >= 3) { add(density >= 6 ? 2 : 1, `policy-verbs:${density.toFixed(1)}/1000`); }
	if (sample.length >= PROVISION_MIN_CHARS) {
		const provisions = ((sample.match(PROVISION_VERBS) ?? []).length * 1000) / sample.length;
		// (in a body numbered 一、/第X条, as requirements and rules are, also where the title line is lost)
		if (provisions >= PROVISION_DENSITY) { add(cn >= 3 || articles >= 3 ? 2 : 1, `provisions:${provisions.toFixed(1)}/1000`); }
	}
	return { isNotice: score >= NOTICE_THRESHOLD, score, reasons };
}
