// Metric phrases: the display form (noise around the measure removed) and the matching key
// (synonyms folded to one spelling). Both are plain string rewrites over a short phrase.

/** Leading words that say where, when or how strongly, not what is measured. */
const LEADING_NOISE = new RegExp('^(?:' + [
	'(?:到|至|于|在)?[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:底前|底|末|前)?', '力争', '争取', '确保', '努力', '其中', '累计', '总体上', '总体',
	'全省', '全市', '全区', '全县', '全国', '我省', '我市', '我区', '本市', '本省', '省内', '同时', '进一步', '基本', '初步', '逐步',
	'实现', '形成', '带动', '推动', '使', '将', '把', '并', '和', '及', '、', '，',
	// verbs the annotation's phrase may still hold (开通5G基站, 开展职业技能培训); 新增 lives on in the basis
	'开展', '开通', '建设', '建成', '新建', '新增', '新培育', '打造', '培育', '完成', '引进', '实施', '谋划推出', '推出',
].join('|') + ')+');

/** Trailing words of the clause that belong to the verb or the sentence, not the measure. */
const TRAILING_NOISE = /(?:分别|均|应当|应|要|须|必须|将|力争|总体|逐步|普遍|要求|按照|按|为|的|达|首次|仅|才|只)+$/;

/** Comparisons with a baseline: 比2005年, 较2010年, 比去年, 比上年 (the scope says it is a change). */
const BASELINE_REF = /(?:比|较)(?:[0-9０-９]{4}年|去年|上年|上一年|基期|“十[一二三四五]五”末?|十[一二三四五]五末?|[0-9０-９]{4}年末)(?:末|底)?(?:期间)?/g;

/** The measure as shown: brackets, blanks, quotes and noise removed. */
export function displayPhrase(raw: string): string {
	let s = raw.replace(/[\s\u3000]+/g, '')
		// 主要预期目标是：地区生产总值 → what follows the colon
		.replace(/^.*[：:]/, '')
		// 以大数据与新一代信息技术为代表的数字经济核心产业规模 → 数字经济核心产业规模
		.replace(/^.*?以[^，。；]{1,24}?为(?:代表|核心|重点|主体|引领)的/, '')
		.replace(/[“”"‘’'《》〈〉「」]/g, '')
		.replace(/[（(]([^（）()]{0,12})[）)]/g, (_m, inner: string) => (/^(?:全口径|不含.*|含.*|试行|暂行)$/.test(inner) ? '' : inner))
		.replace(/[（）()]/g, '')
		.replace(BASELINE_REF, '');
	for (let k = 0; k < 3; k++) {
		const before = s;
		s = s.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '');
		if (s === before) { break; }
	}
	return s;
}

/** One spelling for words that name the same measure, longest first within each rule. */
const SYNONYMS: [RegExp, string][] = [
	[/规模以上/g, '规上'],
	[/(?:地区|国内)生产总值|全省GDP|全市GDP|全区GDP/g, 'GDP'],
	[/软件和信息技术服务业|软件业务|软件产业/g, '软件业'],
	[/主营业务收入|营业收入|业务收入|销售收入|营收/g, '收入'],
	[/(产业|行业)(?:总产值|产值规模|产值)/g, '$1规模'],
	[/产值规模/g, '规模'],
	[/研究与试验发展|R&D|研发经费投入|研发投入|研发经费支出/g, '研发'],
	[/占比|比例|比率/g, '比重'],
	[/增加值占/g, '占'],
	// bandwidth offered to households (带宽接入能力, 接入服务能力) and a link's capacity (出省带宽能力)
	[/(?:宽带|带宽)?接入(?:服务)?能力/g, '接入带宽'],
	[/带宽能力/g, '带宽'],
	[/[的之等]/g, ''],
];

/** The matching key of a display phrase. */
export function metricKey(display: string): string {
	let s = display;
	for (const [re, to] of SYNONYMS) { s = s.replace(re, to); }
	return s;
}

/**
 * Words that change what is measured when one side has them and the other does not, or has
 * another of its group: 核心 vs 相关 产业规模, 省级 vs 市县级, 城镇 vs 农村, 常住 vs 户籍 …
 */
export const DISCRIMINATOR_GROUPS: readonly (readonly string[])[] = [
	['核心', '相关'],
	['国家级', '部委级', '省级', '市级', '县级', '市县级', '区级'],
	['城镇', '农村', '城市', '县城', '城乡', '乡村'],
	['户籍', '常住'],
	['增加值', '收入', '规模', '投资', '利润', '税收', '出口', '产量'],
];

/** Terms of the groups found in a key, each with its group index (longest term wins at a position). */
export function discriminators(key: string): Map<number, Set<string>> {
	const out = new Map<number, Set<string>>();
	DISCRIMINATOR_GROUPS.forEach((group, gi) => {
		for (const term of [...group].sort((a, b) => b.length - a.length)) {
			if (!key.includes(term)) { continue; }
			// 市县级 contains 县级; 城乡 is not 城镇: a shorter term inside a longer found one does not count
			if ([...(out.get(gi) ?? [])].some(t => t.includes(term))) { continue; }
			if (!out.has(gi)) { out.set(gi, new Set()); }
			out.get(gi)!.add(term);
		}
	});
	return out;
}
