// The verbs and comparators that govern a quantity (达到, 突破, 不低于, 降低, 年均增长, 培育 …) and
// the words that block them (支持, 依托, 发挥 …: a quantity after those describes what is used,
// not what is aimed at). Lookups walk a bounded window character by character, so they cost
// O(window) whatever the input.
import type { Comparator } from './types';
import { isBlank } from './chars';

export interface VerbHit {
	verb: string;
	comparator: Comparator;
	offset: number;
	end: number;
	/** A blocking word (支持, 依托 …): the quantity is not governed by a goal verb. */
	blocker: boolean;
}

const LEXICON: [string, Comparator][] = [
	// annual growth
	['年均增速超过', 'annualGrowth'], ['年均增速达到', 'annualGrowth'], ['年均增长率达到', 'annualGrowth'],
	['年均增长率超过', 'annualGrowth'], ['年均增速保持在', 'annualGrowth'], ['年均增长率保持在', 'annualGrowth'],
	['年均分别增长', 'annualGrowth'], ['年均增长', 'annualGrowth'], ['年均增速', 'annualGrowth'], ['年均提高', 'annualGrowth'],
	['年均递增', 'annualGrowth'], ['年均增幅', 'annualGrowth'], ['年均增加', 'annualGrowth'], ['年均提升', 'annualGrowth'],
	['年增长', 'annualGrowth'], ['年均', 'annualGrowth'],
	// bounds
	['不低于', 'atLeast'], ['不少于', 'atLeast'], ['至少', 'atLeast'], ['不小于', 'atLeast'], ['不得少于', 'atLeast'], ['不得低于', 'atLeast'],
	['不应少于', 'atLeast'], ['不短于', 'atLeast'], ['不得短于', 'atLeast'], ['不应短于', 'atLeast'], ['不长于', 'atMost'], ['不得长于', 'atMost'], ['不应低于', 'atLeast'], ['不能少于', 'atLeast'], ['不能低于', 'atLeast'], ['不能超过', 'atMost'], ['不能高于', 'atMost'], ['不得超过', 'atMost'], ['不得高于', 'atMost'], ['不应超过', 'atMost'],
	['不超过', 'atMost'], ['不高于', 'atMost'], ['不多于', 'atMost'], ['低于', 'atMost'], ['少于', 'atMost'], ['控制在', 'atMost'],
	['≥', 'atLeast'], ['≧', 'atLeast'], ['>=', 'atLeast'], ['≤', 'atMost'], ['≦', 'atMost'], ['<=', 'atMost'],
	['>', 'exceed'], ['＞', 'exceed'], ['<', 'atMost'], ['＜', 'atMost'],
	// 分辨率优于0.1μm: a performance at least as good as the value, whichever way the measure runs
	['优于', 'reach'],
	['保持在', 'keep'], ['稳定在', 'keep'], ['维持在', 'keep'], ['保持', 'keep'], ['涨幅', 'keep'],
	['突破', 'breakthrough'],
	['超过', 'exceed'], ['超', 'exceed'], ['高于', 'exceed'], ['大于', 'exceed'], ['多于', 'exceed'], ['逾', 'exceed'],
	['达到', 'reach'], ['达', 'reach'], ['提高到', 'reach'], ['提高至', 'reach'], ['提升到', 'reach'], ['提升至', 'reach'],
	['增加到', 'reach'], ['增加至', 'reach'], ['增长到', 'reach'], ['增长至', 'reach'], ['扩大到', 'reach'], ['扩大至', 'reach'],
	// 使95%以上的自然生态系统…: a share the work is to bring about (right before it only)
	['使', 'reach'],
	['上升到', 'reach'], ['上升至', 'reach'], ['实现', 'reach'], ['占', 'reach'], ['进入', 'reach'], ['具备', 'reach'],
	['覆盖', 'reach'], ['接通', 'reach'], ['跃居', 'reach'], ['位居', 'reach'], ['居', 'reach'],
	['降至', 'reduce'], ['降到', 'reduce'], ['降低到', 'reduce'], ['降低至', 'reduce'], ['下降到', 'reduce'], ['下降至', 'reduce'],
	['减少到', 'reduce'], ['减少至', 'reduce'], ['压缩到', 'reduce'], ['压缩至', 'reduce'], ['缩短到', 'reduce'], ['缩短至', 'reduce'],
	['降低', 'reduce'], ['下降', 'reduce'], ['减少', 'reduce'], ['压缩', 'reduce'], ['缩短', 'reduce'], ['削减', 'reduce'],
	['减轻', 'reduce'], ['压减', 'reduce'], ['节约', 'reduce'],
	['提高', 'increase'], ['提升', 'increase'], ['增加', 'increase'], ['增长', 'increase'], ['扩大', 'increase'], ['上升', 'increase'],
	['增速', 'increase'], ['增幅', 'increase'], ['翻', 'increase'],
	// goals that create or gather something countable
	['培育', 'cultivate'], ['建设完成', 'cultivate'], ['建设', 'cultivate'], ['建成', 'cultivate'], ['打造', 'cultivate'],
	['引进', 'cultivate'], ['引入', 'cultivate'], ['新建', 'cultivate'], ['新增', 'cultivate'], ['创建', 'cultivate'],
	['组建', 'cultivate'], ['搭建', 'cultivate'], ['形成', 'cultivate'], ['带动', 'cultivate'], ['完成', 'cultivate'],
	['研发', 'cultivate'], ['研制', 'cultivate'], ['获得', 'cultivate'], ['认定', 'cultivate'], ['扶持', 'cultivate'],
	['孵化', 'cultivate'], ['设立', 'cultivate'], ['建立', 'cultivate'], ['汇聚', 'cultivate'], ['开发', 'cultivate'],
	['部署', 'cultivate'], ['推广', 'cultivate'], ['实施', 'cultivate'], ['推动', 'cultivate'], ['吸引', 'cultivate'],
	['开放', 'cultivate'], ['发布', 'cultivate'], ['制定', 'cultivate'], ['制修订', 'cultivate'], ['出台', 'cultivate'],
	['主导', 'cultivate'], ['培养', 'cultivate'], ['引育', 'cultivate'], ['做大做强', 'cultivate'], ['做强', 'cultivate'],
	['壮大', 'cultivate'], ['优化整合', 'cultivate'], ['整合', 'cultivate'], ['推出', 'cultivate'], ['遴选', 'cultivate'],
	['选树', 'cultivate'], ['安排', 'cultivate'], ['办好', 'cultivate'], ['新发现', 'cultivate'], ['优选', 'cultivate'], ['树立', 'cultivate'], ['申建', 'cultivate'], ['投入', 'cultivate'], ['投资', 'cultivate'],
	['改造', 'cultivate'], ['培训', 'cultivate'], ['招引', 'cultivate'], ['开展', 'cultivate'], ['举办', 'cultivate'],
	['创造', 'cultivate'], ['安置', 'cultivate'], ['聚集', 'cultivate'], ['集聚', 'cultivate'], ['新开', 'cultivate'],
	['培育认定', 'cultivate'], ['建', 'cultivate'],
	// the actions a plan or a work report sets amounts for: 转化重大科技成果700项以上, 布局重大攻关项目120项以上,
	// 提质升级优质学位9万个, 淘汰落后产能200万吨, 争取中央资金10亿元, 运行县级服务中心72个
	['转化', 'cultivate'], ['布局', 'cultivate'], ['升级', 'cultivate'],
	['淘汰', 'cultivate'], ['关闭', 'cultivate'], ['化解', 'cultivate'], ['治理', 'cultivate'], ['整治', 'cultivate'],
	['造林', 'cultivate'], ['开工', 'cultivate'], ['提供', 'cultivate'], ['吸纳', 'cultivate'],
	['争取', 'cultivate'], ['力争', 'cultivate'], ['争创', 'cultivate'], ['筹集', 'cultivate'], ['惠及', 'cultivate'],
	['接待', 'cultivate'], ['改扩建', 'cultivate'], ['新改建', 'cultivate'], ['运行', 'cultivate'],
	// a share reaching a state, written after it (90%的国家重点保护物种得到保护): only ever after the quantity
	['得到', 'reach'],
	// quotas of an admissions or recruitment plan (面向片区外招收50名普通生)
	// a quota an authority fixes (核定行政编制20名, 按100人核定公用经费)
	['核定', 'cultivate'],
	// the staff or equipment a duty provides (配备两条及以上传输通道, 配备专职人员3名)
	['配备', 'cultivate'],
	['招收', 'cultivate'], ['招录', 'cultivate'], ['启动', 'cultivate'], ['选择', 'cultivate'], ['确定', 'cultivate'], ['录取', 'cultivate'], ['招聘', 'cultivate'],
	// the projects a call for applications plans to fund (拟资助培育项目25～30项): its own committed resources
	['拟资助', 'cultivate'], ['拟支持', 'cultivate'], ['拟立项', 'cultivate'],
];

/** Words after which a quantity is a means or a fact, not a goal. */
const BLOCKERS = [
	'支持', '依托', '发挥', '围绕', '利用', '按照', '根据', '面向', '针对', '结合', '通过', '鼓励', '引导', '基于', '依据',
	'对标', '参照', '包括', '涉及', '拥有', '入围', '承担', '经过', '用好', '借助', '聚焦', '瞄准', '对接', '依靠', '立足',
	'凭借', '相当于', '列入', '纳入', '排名', '获批', '成为', '属于', '有', '统筹', '使用', '采用', '以',
	// 连续工作满1年, 年满60周岁: a length reached is a condition of eligibility
	'满',
	// 标准确定为55元: a rate fixed by the rule, not an amount to reach
	'确定为',
	// 每人收取资料费100元: a fee charged, not a goal
	'收取', '缴纳', '交纳',
];

/** Words that govern only a quantity before them (得到100万元 is money received, not a goal). */
const AFTER_ONLY = new Set(['得到']);

/** Words that only count right next to the quantity (超500亿元, 达5000TB, 占…的20%). */
const ADJACENT_ONLY = new Set(['超', '达', '逾', '居', '翻', '建', '有', '年均', '占', '≥', '≧', '>=', '≤', '≦', '<=', '>', '＞', '<', '＜', '以', '满', '使']);

interface Entry { word: string; comparator: Comparator; blocker: boolean }

const BY_LAST = new Map<number, Entry[]>();
const BY_FIRST = new Map<number, Entry[]>();
for (const [word, comparator] of LEXICON) { add({ word, comparator, blocker: false }); }
for (const word of BLOCKERS) { add({ word, comparator: 'none', blocker: true }); }
for (const list of [...BY_LAST.values(), ...BY_FIRST.values()]) { list.sort((a, b) => b.word.length - a.word.length); }

function add(e: Entry): void {
	const last = e.word.charCodeAt(e.word.length - 1), first = e.word.charCodeAt(0);
	if (!BY_LAST.has(last)) { BY_LAST.set(last, []); }
	BY_LAST.get(last)!.push(e);
	if (!BY_FIRST.has(first)) { BY_FIRST.set(first, []); }
	BY_FIRST.get(first)!.push(e);
}

const MAX_WINDOW = 40;

/** Words that are nouns or other words, not the verbs they contain (建设 in 建设项目 stays a verb). */
const NOT_VERB_BEFORE: Record<string, RegExp> = {
	'居': /[民住家]$/, '建': /[新创组搭修扩在重筹共]$/, '有': /[所具拥没享占含]$/, '占': /[独]$/,
	'投资': /[的总]$/, '投入': /[的总]$/, '实施': /[的]$/, '开放': /[对]$/,
};
const NOT_VERB_AFTER: Record<string, RegExp> = {
	'实施': /^[方细]/, '建设': /^[单主期]/, '投资': /^[者额方]/, '开发': /^[区商者]/, '发布': /^会/, '改造': /^[的]/,
	'形成': /^[的]/, '居': /^[民住家]/, '有': /^[关效力序]/, '建': /^[设成立筑]/, '整合': /^[的]/,
	'研发': /^[中机投经费人团基平]/, '聚集': /^区/, '集聚': /^区/, '孵化': /^[器基]/, '培训': /^[基中机]/,
	'设立': /^登/, '开展': /^的/, '部署': /^的/, '核定': /^[的后]/,
};

function accept(text: string, e: Entry, s: number): boolean {
	const before = NOT_VERB_BEFORE[e.word];
	if (before && s > 0 && before.test(text[s - 1])) { return false; }
	const after = NOT_VERB_AFTER[e.word];
	if (after && after.test(text.slice(s + e.word.length, s + e.word.length + 1))) { return false; }
	return true;
}

/**
 * The nearest verb, comparator or blocker ending before `at` and starting at or after `from`
 * (at most 40 characters back).
 */
export function verbBefore(text: string, from: number, at: number): VerbHit | null {
	const lo = Math.max(from, at - MAX_WINDOW, 0);
	// blanks directly before the quantity do not break adjacency (降低 30%)
	let adj = at;
	while (adj > lo && isBlank(text.charCodeAt(adj - 1))) { adj--; }
	for (let p = at - 1; p >= lo; p--) {
		const list = BY_LAST.get(text.charCodeAt(p));
		if (!list) { continue; }
		for (const e of list) {
			const s = p - e.word.length + 1;
			if (s < lo || !text.startsWith(e.word, s)) { continue; }
			if (ADJACENT_ONLY.has(e.word) && p + 1 !== adj && !(e.word === '占' && sharesAfter(text, p + 1, adj, at))) { continue; }
			if (AFTER_ONLY.has(e.word) || !accept(text, e, s)) { continue; }
			return { verb: e.word, comparator: e.comparator, offset: s, end: p + 1, blocker: e.blocker };
		}
	}
	return null;
}

/**
 * 占 governs a share across the whole it is taken of: 占全省的30%, 占总课时一半以上, 占专业课教师总数超过一半
 * (the last one already has its own verb). `from` is right after 占, `adj` where the quantity's blanks start.
 */
function sharesAfter(text: string, from: number, adj: number, at: number): boolean {
	if (text.charCodeAt(adj - 1) === 0x7684 /* 的 */) { return true; }
	return adj - from <= 12 && /^(?:[0-9０-９.．]+[%％‰]|[一二三四五六七八九十百千]+分之|一半|半数)/.test(text.slice(at, at + 6))
		&& !/[，,；;。：:、]/.test(text.slice(from, adj));
}

/** The first verb or blocker starting in [at, to) (at most 30 characters ahead). */
export function verbAfter(text: string, at: number, to: number): VerbHit | null {
	const hi = Math.min(to, at + 30, text.length);
	for (let p = at; p < hi; p++) {
		const list = BY_FIRST.get(text.charCodeAt(p));
		if (!list) { continue; }
		for (const e of list) {
			if (p + e.word.length > hi || !text.startsWith(e.word, p)) { continue; }
			if (ADJACENT_ONLY.has(e.word)) { continue; }
			if (!accept(text, e, p)) { continue; }
			return { verb: e.word, comparator: e.comparator, offset: p, end: p + e.word.length, blocker: e.blocker };
		}
	}
	return null;
}
