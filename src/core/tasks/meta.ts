// Document metadata for tasks: title, issuer, province or city, date and kind of document,
// read from the title, the signature (issuer line + date line) and the web footer.
import type { NoticeDocument } from '../model';
import type { DocumentMeta } from './types';
import { kindOf } from '../documents/kinds';
import { issuedPlanTitle } from '../documents/titles';
import { ISSUED_DATE_LINE, ISSUER_END } from '../text/signature';

export const PROVINCES = [
	'北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省',
	'浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省',
	'四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '台湾省', '内蒙古自治区', '广西壮族自治区',
	'西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区', '香港特别行政区', '澳门特别行政区',
];

/** Short forms (`甘肃`, `内蒙古`, `广西`) → the full name. */
const SHORT = new Map<string, string>();
for (const p of PROVINCES) {
	const short = p.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
	SHORT.set(short, p);
}

/** Sub-provincial cities and provincial capitals, with their province. */
const CITIES: Record<string, string> = {
	济南: '山东省', 青岛: '山东省', 烟台: '山东省', 潍坊: '山东省', 淄博: '山东省', 威海: '山东省', 济宁: '山东省',
	临沂: '山东省', 日照: '山东省', 东营: '山东省', 德州: '山东省', 聊城: '山东省', 泰安: '山东省', 枣庄: '山东省',
	菏泽: '山东省', 滨州: '山东省', 广州: '广东省', 深圳: '广东省', 杭州: '浙江省', 宁波: '浙江省', 南京: '江苏省',
	苏州: '江苏省', 无锡: '江苏省', 武汉: '湖北省', 成都: '四川省', 西安: '陕西省', 沈阳: '辽宁省', 大连: '辽宁省',
	长春: '吉林省', 哈尔滨: '黑龙江省', 厦门: '福建省', 福州: '福建省', 合肥: '安徽省', 郑州: '河南省', 长沙: '湖南省',
	南昌: '江西省', 石家庄: '河北省', 太原: '山西省', 呼和浩特: '内蒙古自治区', 兰州: '甘肃省', 西宁: '青海省',
	银川: '宁夏回族自治区', 乌鲁木齐: '新疆维吾尔自治区', 拉萨: '西藏自治区', 昆明: '云南省', 贵阳: '贵州省',
	南宁: '广西壮族自治区', 海口: '海南省',
};

/** The province (and city) a name starts with: 济南市人民政府 → 山东省, 济南市; 甘肃 → 甘肃省. */
function placeOf(s: string | null | undefined): { province: string | null; city: string | null } {
	if (!s) { return { province: null, city: null }; }
	for (const p of PROVINCES) {
		if (s.startsWith(p)) { return { province: p, city: null }; }
	}
	for (const [c, p] of Object.entries(CITIES)) {
		if (s.startsWith(c)) { return { province: p, city: c + '市' }; }
	}
	for (const [short, p] of SHORT) {
		if (s.startsWith(short)) { return { province: p, city: null }; }
	}
	return { province: null, city: null };
}

function isoDate(y: string, m: string, d: string): string {
	return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * Issuer line and date line of the signature: an organization followed by a date paragraph
 * (an issue-date line, Arabic digits); else the first date paragraph alone.
 */
function signature(doc: NoticeDocument, text: string): { issuer: string | null; date: string | null } {
	const pars = doc.paragraphs.map(p => text.slice(p.offset, p.end).trim());
	let date: string | null = null;
	for (let i = 0; i < pars.length; i++) {
		const m = ISSUED_DATE_LINE.exec(pars[i]);
		if (!m) { continue; }
		const d = isoDate(m[1], m[2], m[3]);
		const prev = i > 0 ? pars[i - 1].replace(/\s+/g, '') : '';
		if (prev.length >= 3 && prev.length <= 40 && ISSUER_END.test(prev)) { return { issuer: prev, date: d }; }
		date ??= d;
	}
	return { issuer: null, date };
}

export function documentMeta(doc: NoticeDocument, text: string): DocumentMeta {
	const plan = doc.sections.find(s => s.kind === 'plan');
	const planTitle = plan?.title || issuedPlanTitle(doc.title) || null;
	const title = doc.title || planTitle || '';
	const sig = signature(doc, text);
	let issuer: string | null = null;
	const m = /^(.{2,60}?)关于/u.exec(doc.title);
	if (m && ISSUER_END.test(m[1].replace(/\s+/g, ''))) { issuer = m[1].trim(); }
	issuer ??= sig.issuer ?? doc.footer?.publisher ?? null;
	let place = placeOf(issuer);
	if (!place.province) { place = placeOf(title); }
	if (!place.province && sig.issuer) { place = placeOf(sig.issuer); }
	if (!place.province && doc.footer?.publisher) { place = placeOf(doc.footer.publisher); }
	const form = doc.title ? kindOf(doc.title) : null;
	const kind = (planTitle ? kindOf(planTitle) : null) ?? form;
	return {
		title, planTitle, issuer,
		province: place.province, city: place.city,
		date: sig.date ?? doc.footer?.date ?? null,
		kind, form,
	};
}
