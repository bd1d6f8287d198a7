// Unit names as one spelling per body: 省发改委 = 省发展和改革委员会 → 省发展改革委, 科技厅 in a
// provincial notice → 省科技厅, 市政府 → 市人民政府. Names that name no one (有关部门, 各地区,
// 国务院相关部门) are not units and normalize to null. A user table (the
// `policyNotice.units.aliases` setting) is applied to the name as written and to the result.
import { BODY_ALIASES, NAME_ALIASES } from './aliases';

/** Maps a name (as written or as normalized) to the name to show. */
export type UnitAliases = Readonly<Record<string, string>>;

/** A normalizer: the name to show, or null when the text names no one in particular. */
export type UnitNormalizer = (name: string) => string | null;

/** Where a level ends: a body's name after it may be a variant (省|济南市|国家 + 发改委). */
const LEVEL_END = /(?:国家|省委|省|市委|市|自治区|区委|区|县委|县|州|盟|旗)$/u;

/** A name that already says its level or place (四川省科技厅, 国务院办公厅, 中央网信办). */
const HAS_LEVEL = /^(?:国家|国务院|中央|中共|全国)|^.{0,6}?(?:省|市|自治区|区|县|州|盟)/u;

/** Sets of unspecified bodies: 有关部门, 相关单位, 各地区, 省政府各部门, 专班成员单位, 有关高校, 一个部门, a bare 单位 or 企业. */
const UNSPECIFIED = /有关|相关|其他|其它|成员单位$|^(?:各地|各方|单位|部门|机构|地区|地方|企业)$|^一(?:个|家)|各[^、，,]{0,8}?(?:部门|单位|机构|地区|地方|方面)$/u;

/** People, not bodies: 政府负责人, 市政府主要负责同志, 分管副市长. */
const PERSON = /(?:负责人|负责同志|同志|市长|省长|县长|区长|主任|书记|局长|厅长|部长)$/u;

/** A second name in brackets at the end: 中央宣传部（国务院新闻办） → 中央宣传部. */
const SECOND_NAME = /^(.{2,}?(?:部|委|厅|局|办|署|院|会|行|室|中心|政府))[（(〔][^（）()〔〕]{2,20}[）)〕]$/u;

/** The name without blanks and stray punctuation around it. */
function clean(name: string): string {
	return name.replace(/[\s\u3000]+/gu, '').replace(/^[、，,；;：:。.]+|[、，,；;：:。.]+$/gu, '');
}

/** A body variant after the level prefix, with the prefix kept (shortest prefix first). */
function aliasBody(name: string): string {
	const whole = NAME_ALIASES[name] ?? BODY_ALIASES[name];
	if (whole) { return whole; }
	for (let i = 1; i < name.length - 1; i++) {
		const prefix = name.slice(0, i);
		if (!LEVEL_END.test(prefix)) { continue; }
		const body = BODY_ALIASES[name.slice(i)];
		if (body) { return prefix + body; }
	}
	return name;
}

/** The one spelling of a unit's name, without any user table; null when it names no one. */
export function normalizeUnitName(name: string): string | null {
	let n = clean(name);
	if (n.length < 2 || UNSPECIFIED.test(n) || PERSON.test(n)) { return null; }
	const second = SECOND_NAME.exec(n);
	if (second) { n = second[1]; }
	n = aliasBody(n);
	// 市政府, 各设区市政府, 省政府办公厅: the government's full name.
	n = n.replace(/(?<!人民)政府/gu, '人民政府');
	// A province's department named without its level (科技厅 in a Sichuan notice).
	if (n.endsWith('厅') && !HAS_LEVEL.test(n)) { n = '省' + n; }
	return n;
}

/** A normalizer applying `user` to the name as written and to the built-in result. */
export function createUnitNormalizer(user: UnitAliases = {}): UnitNormalizer {
	const mapped = (n: string) => (Object.prototype.hasOwnProperty.call(user, n) ? clean(user[n]) : undefined);
	return name => {
		const written = mapped(clean(name));
		if (written !== undefined) { return written || null; }
		const n = normalizeUnitName(name);
		if (n === null) { return null; }
		const result = mapped(n);
		return result === undefined ? n : result || null;
	};
}

/** `names` normalized, each once, in order; those naming no one left out. */
export function normalizeUnits(names: readonly string[], normalize: UnitNormalizer): string[] {
	const out = new Set<string>();
	for (const raw of names) {
		const n = normalize(raw);
		if (n) { out.add(n); }
	}
	return [...out];
}
