// Targets: the quantities a document sets as goals. A quantity is a target when a goal verb
// governs it (达到, 突破, 培育 … before it in its clause, after it for a subject such as
// 2—3个城市达到, or carried over a list: 形成5个以上试点,30个左右场景), and it is none of:
// a baseline fact (a 发展基础 section, a past year earlier in its paragraph, 已/了/同比 before it),
// a means (发挥100亿元…资金: the blocker 发挥 governs it), a description (营业收入超100亿元的企业,
// 投资超50亿元项目, 等2个部分), an incentive's terms (给予最高500万元奖励) or a time frame (3年内建成).
// It is also decided by what the sentence does: a goal list's colon (主要预期目标是：) sets its
// verbless items, a share of a quota (50%指标) is one; a rule's condition (…的，应当), a scoring
// rule (积20分), a sentence opening on a span up to now (近四年…) and a section on the situation
// (…形势) state none.
// Deadlines come from the sentence, then the paragraph (never past the innermost heading: a scraped
// line can hold several sections), then the innermost section, then the opening text of each
// enclosing section (a plan's own (2018—2020年) included); weak anchors (今年, “十四五”期间) count in
// the sentence and paragraph only.
import type { Section, Span } from '../model';
import type { Comparator } from './types';
import type { QuantityHit } from './quantities';
import { verbAfter, verbBefore, type VerbHit } from './verbs';
import { isHan, lastStartingAtOrBefore } from './chars';
import { pieceIndexAt } from './clauses';
import { introEnd } from './sections';
import { MatchBefore } from '../text/matchBefore';

export interface Governing {
	verb: string;
	comparator: Comparator;
	offset: number;
	end: number;
	/** Carried over from an earlier item of a list, not written next to this quantity. */
	inherited: boolean;
	/** Written after the quantity (2—3个城市达到…). */
	after: boolean;
}

export interface AnalyzedQuantity {
	hit: QuantityHit;
	/** The goal verb governing it (own or carried over), null when none or blocked. */
	governing: Governing | null;
	/** What the next item of the same list inherits. */
	listGov: Governing | null;
	description: boolean;
	baseline: boolean;
	isTarget: boolean;
	/** A count of times per period (每年召开两次): recurring, so no year is its deadline. */
	recurring: boolean;
	/**
	 * Its clause sets it for every year (每年安排不少于1亿元): a recurring quota, dated only by its own
	 * sentence (到2025年，每年新增10万个) or the one year its document organizes, not by the lead of its
	 * section or a plan's span.
	 */
	yearly: boolean;
	clause: Span;
	sentence: Span;
}

/** A date a target can take its deadline from (a deadline, or a period's end). */
export interface Anchor extends Span {
	year: number;
	/** Dates a target but does not end a span of past facts before it (今年, “十四五”期间: also said of facts). */
	weak?: boolean;
}

export interface ParagraphContext {
	/** Sections holding an offset, outermost first. */
	pathAt(offset: number): Section[];
	/** Sorted spans of past dates (2017年 …) of the document. */
	pastDates: readonly Span[];
	/** Sorted deadline anchors of the document. */
	anchors: readonly Anchor[];
	/** The document lays down rules (条例, 办法, 规定, 细则): a cap on a time is a time limit, a change or excess without a duty grants. */
	rules?: boolean;
}

const CHINESE_AMOUNT = /^[一二两三四五六七八九十百千万亿零〇半]/;
/** A section that reviews the state of things (发展基础, 面临形势); not an agenda item that reports on it (通报国内外形势). */
const BASELINE_TITLE = /发展基础|基础环境|发展现状|现状|发展成就|主要成就|工作成效|取得成效|主要成效|工作回顾|回顾|发展形势|面临形势|形势分析|(?<!(?:通报|报告|介绍|讨论|研究)[^，,。；;]{0,4})形势$|基本情况|发展背景|进展情况|取得的成绩/;
const PAST_MARKER = /已经|已|曾|同比|截至|截止|目前|现有|当前|近年来|近[一二三四五六七八九十两0-9]{1,2}年(?!内)|过去[一二三四五六七八九十两0-9]{1,2}年|[一二三四五六七八九十两0-9]{1,2}年来|(?<![为除])了(?!解)/;
const CLAUSE_START_NOISE = /^(?:[0-9０-９]{1,3}[.．、]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|力争|争取|其中|全省|全市|本市|我省|我市|并|和|及|同时|进一步|基本|初步|形成|确保)+/;

function toGoverning(v: VerbHit, after: boolean): Governing | null {
	if (v.blocker) { return null; }
	return { verb: v.verb, comparator: v.comparator, offset: v.offset, end: v.end, inherited: false, after };
}

/** A governing that no verb writes, set at the quantity itself (a goal list, a record's retention, a frequency…). */
function implied(verb: string, comparator: Comparator, at: Span): Governing {
	return { verb, comparator, offset: at.offset, end: at.offset, inherited: false, after: false };
}

function inherit(g: Governing | null): Governing | null {
	return g ? { ...g, inherited: true } : null;
}

/** Decides, for each quantity of one paragraph (in order), whether it is a target. */
export function analyzeParagraph(text: string, paragraph: Span, hits: readonly QuantityHit[], clauses: readonly Span[], sentences: readonly Span[],
	ctx: ParagraphContext): AnalyzedQuantity[] {
	const out: AnalyzedQuantity[] = [];
	const wordBefore = new MatchBefore(text);
	let prevClauseIndex = -1;
	let prevClauseGov: Governing | null = null; // listGov of the last quantity of the previous clause holding quantities
	let prevInClause: AnalyzedQuantity | null = null;
	// Whether a clause names what an applicant asks for or holds, read once per clause (a clause can hold many caps).
	const applying = new Map<number, boolean>();
	const clauseApplies = (ci: number, clause: Span) => {
		let v = applying.get(ci);
		if (v === undefined) { v = APPLYING.test(text.slice(clause.offset, clause.end)); applying.set(ci, v); }
		return v;
	};
	for (const hit of hits) {
		const ci = pieceIndexAt(clauses, hit.offset);
		const si = pieceIndexAt(sentences, hit.offset);
		const clause = ci >= 0 ? clauses[ci] : { offset: hit.offset, end: hit.end };
		const sentence = si >= 0 ? sentences[si] : clause;
		if (ci !== prevClauseIndex) {
			// A list continues into this clause only from the clause right before it, in the same sentence.
			const prevLast = out.length ? out[out.length - 1] : null;
			prevClauseGov = prevLast && ci === prevClauseIndex + 1 && prevLast.sentence.offset === sentence.offset ? prevLast.listGov : null;
			prevInClause = null;
			prevClauseIndex = ci;
		}
		const lo = prevInClause ? prevInClause.hit.end : clause.offset;
		const found = verbBefore(text, lo, hit.offset);
		let plannedFunding: RegExpExecArray | null = null;
		let byStandard: RegExpExecArray | null = null;
		// 分期建设或者两个以上单位…: a verb that ends the other alternative governs nothing after 或者
		const before = found && /^[ \u3000]*(?:或者|或)[ \u3000]*$/u.test(text.slice(found.end, hit.offset)) ? null
			// 拟资助培育项目25～30项, 拟资助重点支持项目6～8项: the words after 拟资助 name the kind of project it funds
			: found && !PLANNED_FUNDING.has(found.verb) && (plannedFunding = PLANNED_FUNDING_NEAR.exec(text.slice(Math.max(lo, hit.offset - 14), found.offset))) !== null
				? { ...found, verb: plannedFunding[1], comparator: 'cultivate' as const, blocker: false }
			// 确保该家庭至少有一人就业: a bound before 有 sets a quota of what there is to be
			: found && found.blocker && found.verb === '有' && /(?:至少|最少|不少于)$/u.test(text.slice(Math.max(lo, found.offset - 3), found.offset))
				? { ...found, verb: '至少', comparator: 'atLeast' as const, blocker: false }
			// 至多有一个可设置为不可卸载: a cap before 有 sets the most there may be
			: found && found.blocker && found.verb === '有' && /(?:至多|最多|不超过)$/u.test(text.slice(Math.max(lo, found.offset - 3), found.offset))
				? { ...found, verb: '至多', comparator: 'atMost' as const, blocker: false }
			// 应当符合下列要求：…（二）有三名以上咨询人员: the least a list of duties requires one to have (a list of
			// conditions, 应当具备下列条件：, is left out by inTermsList)
			: found && found.blocker && found.verb === '有' && /^(?:以上|及以上)/.test(hit.qualifier ?? '') && inDutyList(text, hit.offset)
				? { ...found, comparator: 'atLeast' as const, blocker: false }
			// 教师每年至少1个月在企业实践, 检查人员至少2人: the scanner keeps 至少 in the amount; it is still the bound
			// that sets it, before anything carried over from the clause before
				: !found && hit.numberOffset > hit.offset && text.startsWith('至少', hit.offset)
					? { verb: '至少', comparator: 'atLeast' as const, offset: hit.offset, end: hit.offset + 2, blocker: false }
			// 用房按照总建筑面积的千分之二配置, 按每生每年600元的标准核定: the standard a provision is made by is the level it sets
					: (!found || (found.blocker && found.verb === '按照')) && (byStandard = BY_STANDARD.exec(text.slice(lo, hit.offset))) !== null
						&& PROVISION_AFTER.test(text.slice(hit.end, Math.min(clause.end, hit.end + 12)))
						? { verb: '按', comparator: 'reach' as const, offset: lo + byStandard.index, end: lo + byStandard.index + 1, blocker: false }
						: found;
		let governing: Governing | null = null;
		let decided = false;
		if (before) {
			governing = toGoverning(before, false);
			decided = true;
		} else if (prevInClause) {
			governing = inherit(prevInClause.listGov);
			decided = true;
		}
		// A clause that continues a list of the clause before it (形成5个以上试点,30个左右场景)
		// unless the quantity is the subject of a verb of its own that ends the clause (3至5个关键领域进入国家布局;
		// but 20家具备较强竞争力的…企业 is an item of the list before it).
		// (两名以上医师（其中至少有一名…）: a verb inside a bracketed note after it belongs to the note)
		const afterFound = decided ? null : verbAfter(text, hit.end, clause.end);
		const after = afterFound && insideOpenBracket(text.slice(hit.end, afterFound.offset)) ? null : afterFound;
		if (!decided && prevClauseGov && !hasBlockerBefore(text, clause.offset, hit.offset)
			&& !(after && !after.blocker && !text.slice(after.end, Math.min(clause.end, after.end + 60)).includes('的'))) {
			governing = inherit(prevClauseGov);
			decided = true;
		}
		// …5米远场识别率超过92%: the verb after governs the next quantity; this one only qualifies
		// (两个以上单位共同开发建设的住宅小区: a verb followed by 的 sits in a modifier, it sets nothing)
		if (!decided && after && !(after.end < clause.end && startsQuantity(text, after.end)) && text.charCodeAt(after.end) !== 0x7684 /* 的 */) {
			governing = toGoverning(after, true);
		}
		const path = ctx.pathAt(hit.offset);
		// a document of rules, or a section of one (三、工作规则: a 联席会议's meetings)
		const rules = ctx.rules === true || path.some(s => RULES_SECTION.test(s.title));
		// Amounts no written verb governs, set by what the sentence or its place does (the first that applies):
		if (!decided && !governing) {
			// 一、自主招生计划 / 三、…指标分配: an allocation states its amounts without a verb (福州三中100人).
			// 招生计划的50%指标直接分配到片区: a share of a quota is an allocation to meet
			if (/[%％]$/.test(hit.unit) && /^的?(?:指标|名额)/.test(text.slice(hit.end, hit.end + 3))) {
				governing = implied('', 'none', hit);
			// …主要预期目标是：地区生产总值增长5%，…，粮食产量1600亿斤以上: the items of a goal list introduced in its sentence
			} else if (endsClause(text, hit, clause)
				? path.some(s => QUOTA_TITLE.test(s.title)) || wordBefore.test(GOAL_LIST_LEAD, sentence.offset, sentence.end, hit.offset)
				: endsItem(text, hit, clause) && wordBefore.test(GOAL_LIST_LEAD, sentence.offset, sentence.end, hit.offset)) {
				governing = implied('', 'none', hit);
			// 应当由2名以上执法人员参加, 业主委员会由五人以上单数组成: the least staff a step or a body requires
			// (由十名以上代表联名，可以提出议案: the people a right needs is a condition of it)
			// (应当指派两名以上医师进行诊断, 应当组织两名以上医师复核: the staff a duty assigns to the act, the same bound)
			} else if (PERSON_UNIT.test(hit.unit) && /^(?:以上|及以上)/.test(hit.qualifier ?? '')
				&& (/由[ \u3000]*$/u.test(text.slice(Math.max(clause.offset, hit.offset - 2), hit.offset))
					|| (ASSIGNS_STAFF.test(text.slice(Math.max(clause.offset, hit.offset - 3), hit.offset))
						&& wordBefore.test(OBLIGATION, sentence.offset, sentence.end, hit.offset)))
				&& !RIGHT_AFTER.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 30)))) {
				governing = implied('由', 'atLeast', hit);
			// 考核指标：…仿真软件1套，关键技术3项以上: every amount after a call's indicator lead in its paragraph is one of its indicators
			} else if (wordBefore.test(INDICATOR_LEAD, paragraph.offset, paragraph.end, hit.offset)) {
				governing = implied('', 'none', hit);
			}
		}
		// 自记录生成之日起保存十年, 留存半年备查: how long a record is kept, written right after the verb, is a duty's level
		// (维护保养记录保存四年以上: whatever verb the record's name holds, 保养 or 培训)
		if (TIME_UNIT.test(hit.unit) && RETENTION_RIGHT_BEFORE.test(text.slice(Math.max(clause.offset, hit.offset - 4), hit.offset))) {
			governing = implied('保存', 'atLeast', hit);
		}
		// 每5年修订1次, 每年召开两次会议: a recurring quota the document sets (its count, and its period when written as an amount),
		// whatever an earlier item of the clause carries over or a verb after it governs (至少每2年组织1次: its own bound stays)
		const frequency = !(before && before.blocker) && (isFrequency(text, hit, clause)
			// 应当每半年将…报…备案, 应当每两年对…进行评估: the period of a duty that recurs is its frequency, with no count of times
			|| (TIME_UNIT.test(hit.unit) && text.charCodeAt(hit.offset - 1) === 0x6bcf /* 每 */
				&& RECURRING_DUTY_AFTER.test(text.slice(hit.end, Math.min(clause.end, hit.end + 40)))
				&& wordBefore.test(OBLIGATION, sentence.offset, sentence.end, hit.offset)));
		if (frequency && (!governing || governing.inherited || governing.after)) {
			governing = implied('每', 'atLeast', hit);
		}
		const description = isDescription(text, hit, prevInClause?.hit ?? null,
			governing !== null && governing.comparator === 'atLeast' && !governing.after && !governing.inherited)
			// 实现30户以上自然村移动信号全覆盖: the number scopes the coverage, the goal is the coverage
			|| (governing !== null && governing.verb === '实现' && !governing.after && isHan(text.charCodeAt(hit.end))
				&& clause.end - hit.end <= 60 && /覆盖$/.test(text.slice(hit.end, clause.end)))
			// 积分达到30分以上（包括30分）的新市民, 超过100万的城市: a threshold that picks out whom a rule is for
			// (实现80%以上的基层医疗机构…: a share the goal verb sets is the goal)
			// (覆盖70%的行政村: a share the verb sets is the goal)
			// (分辨率达到1pT的磁传感器, 效率不低于60%的脱硝设施: a performance the product the goal builds must reach)
			|| (governing !== null && !governing.after && !(SHARE_SETTERS.test(governing.verb) && /[%％]$/.test(hit.unit))
				&& !PERFORMANCE_BEFORE.test(text.slice(Math.max(clause.offset, governing.offset - 4), governing.offset))
				// (开展不少于一次的疏散演练: a least number of times of an activity is how often the work is done;
				// 违法不少于3次的单位 picks out whom the rule is for: a threshold)
				// (记录至少90秒的数据: a least duration of what a duty produces is its measure too)
				// (设立总规模不少于100亿元的专项基金: a least sum of the funds it names, as for 资金 and 经费)
				&& !(governing.comparator === 'atLeast' && ((hit.unit === '次' || TIME_UNIT.test(hit.unit)) ? !WHOM_AFTER.test(text.slice(hit.end, Math.min(clause.end, hit.end + 12)))
					: /元$/.test(hit.unit) && FUNDS_AFTER.test(text.slice(hit.end + 1, Math.min(clause.end, hit.end + 14)))))
				&& (THRESHOLD_OF.test(text.slice(hit.end, Math.min(clause.end, hit.end + 16)))
					// 超过估算百分之十且绝对额超过三千万元的项目: one of two thresholds joined by 且/或
					|| JOINED_THRESHOLD.test(text.slice(hit.end, Math.min(clause.end, hit.end + 24)))))
			// 按照开放类型分为无条件开放、有条件开放和非开放三类: the number of kinds a classification names
			|| (CLASS_UNIT.test(hit.unit) && wordBefore.test(CLASSIFIES, clause.offset, clause.end, hit.offset))
			// 城区人口100万至300万的城市…达到: a count that qualifies the subject of the verb after it (a share of it,
			// 90%的物种得到保护, stays a goal)
			|| (governing !== null && governing.after && !/[%％‰]/.test(hit.unit)
				&& THRESHOLD_OF.test(text.slice(hit.end, Math.min(clause.end, hit.end + 24)).replace(RANGE_TAIL, '')))
			// 省属煤矿、生产能力120万吨/年以上大型煤矿、高瓦斯煤矿…必须实现: one of the subjects the verb after applies to
			|| (governing !== null && governing.after && SUBJECT_IN_LIST.test(text.slice(hit.end, Math.min(clause.end, hit.end + 16))));
		const baseline = isBaseline(text, hit, clause, paragraph, path, ctx) || pastSentence(text, hit, sentence, ctx.anchors);
		const isTarget = governing !== null && !description && !baseline
			// 可以延长3个月, 可将50%以内的资金用于…: an amount a rule permits, not one it sets
			&& !wordBefore.test(PERMISSION, clause.offset, clause.end, hit.offset)
			// 选择不超过5个申请代码, 合作研究单位不得超过2个, 在研项目总数不得超过6个: a cap on what an applicant
			// may ask for or hold is a condition of applying, not a goal
			&& !(governing.comparator === 'atMost' && COUNT_UNIT.test(hit.unit) && clauseApplies(ci, clause))
			// 每年申报一次, 申请延续的次数不得超过两次: how often an applicant may apply is the procedure's schedule, not a duty's bound
			&& !(hit.unit === '次' && APPLY_TIMES.test(text.slice(Math.max(clause.offset, hit.offset - 14), hit.offset)))
			// 处造价百分之五以上百分之十以下的罚款: a penalty's terms
			&& !PENALTY.test(text.slice(hit.end, Math.min(clause.end, hit.end + 24)))
			// 本办法所称骨干企业，是指5个以上…: a definition states no goal
			&& !wordBefore.test(DEFINITION, sentence.offset, sentence.end, hit.offset)
			// 据中国信息通信研究院预计，到2020年…将达到64亿部以上: another body's forecast is no goal the document sets
			&& !wordBefore.test(OTHERS_FORECAST, sentence.offset, sentence.end, hit.offset)
			// (拟资助培育项目25～30项: the number of projects a call plans to fund is its own commitment)
			&& ((PLANNED_FUNDING.has(governing.verb) && !governing.inherited && !/元/.test(hit.unit)) || !isIncentive(text, hit, clause, sentence))
			&& !inCondition(text, clauses, ci, sentence)
			// 应当具备下列条件：（一）注册资本不少于30万元；: an item of a list of conditions is a threshold to qualify;
			// 约定奖励和报酬：（一）…提取不低于百分之七十的比例: an item of a list of an award's terms
			&& !inTermsList(text, hit.offset)
			// 女方增加产假30天, 年收入超过6万元: a rule requires a level by a bound (不低于, 不得超过) or by a modal of
			// duty (应当高于); a verb of change or excess without one grants or conditions
			// (应当同时符合下列要求：（一）…高于…一个百分点以上: the duty of a list's lead holds in each of its items)
			&& !(ctx.rules === true && RULE_GRANT.has(governing.comparator) && !wordBefore.test(OBLIGATION, sentence.offset, sentence.end, hit.offset)
				&& !inDutyList(text, hit.offset))
			// 3年内建成…, 实现24小时无人值守, 实施周期为5年: a time frame or a duration, not an amount to reach
			// (库存不低于10天用量, 保持三个月销量: days of use measure a stock to keep, not a time frame)
			// (留存半年备查: how long a record is kept is no time frame)
			// (履行不少于两年保修期义务, 记录至少90秒的数据: a least duration the duty keeps each time, unless the rule
			// grants it to others: 留出不少于三十日的适应调整期, 赋予不少于十年的使用权)
			&& !(TIME_UNIT.test(hit.unit) && !frequency && governing.verb !== '保存' && !STOCK_AFTER.test(text.slice(hit.end, hit.end + 6))
				&& (governing.after || governing.comparator === 'cultivate'
					|| (isHan(text.charCodeAt(hit.end)) && !(rules && governing.comparator === 'atLeast' && !governing.inherited
						&& /^[ \u3000]*$/u.test(text.slice(governing.end, hit.numberOffset)) && !GRANTS_TERM.test(text.slice(clause.offset, governing.offset))))))
			// 今后五年， / 三年内，: a clause that is only a span of time frames the goals after it
			&& !(TIME_UNIT.test(hit.unit) && !frequency && (clause.end - clause.offset) - (hit.end - hit.offset) <= 3
				&& /^(?:今后|未来|此后|再用|用|近)?$/u.test(text.slice(clause.offset, hit.offset)))
			// 不得超过45日, 最迟不超过4个小时: a time limit of a procedure, not a level to reach
			// (轮候时间控制在3至5年: outside rules, a duration brought down to a level is a reduction to achieve;
			// 公示期不少于5个工作日, 至少保存5个月: a least duration is one the duty must keep, a standing bound)
			// (更新周期不超过二年: the longest cycle of a recurring act is how often it is done)
			&& !(TIME_UNIT.test(hit.unit) && !frequency && governing.comparator === 'atMost' && (rules || governing.verb !== '控制在'))
			// 累计缴费年限不少于15年, 从业经历不少于3年: the history an applicant must have is a condition of eligibility
			// (受教育年限提高到11.7年: a level to raise it to is a goal; 进行过合计不少于240小时的测试: a bound on what has been
			// done, 过, is a history too)
			&& !(TIME_UNIT.test(hit.unit) && governing.comparator === 'atLeast' && !governing.after && !governing.inherited
				&& (ELIGIBILITY_MEASURE.test(text.slice(Math.max(clause.offset, governing.offset - 10), governing.offset))
					|| HISTORY_BEFORE.test(text.slice(Math.max(clause.offset, governing.offset - 8), governing.offset))))
			// 申请人从事相关工作不少于5年, 申请单位注册资本不少于500万元: a bound on the history or the capital of an
			// applicant, the sentence's subject, is a condition (申请人…参加孕情检查不少于3次 stays a duty's bound)
			&& !((governing.comparator === 'atLeast' || governing.comparator === 'atMost') && (TIME_UNIT.test(hit.unit) || /元$/.test(hit.unit))
				&& APPLICANT_SUBJECT.test(text.slice(sentence.offset, Math.min(hit.offset, sentence.offset + 24))))
			// 公布与施行的时间间隔不少于30日, 至少提前三十日通告: a least gap between two acts is a time limit too
			&& !(TIME_UNIT.test(hit.unit) && !frequency && GAP_BEFORE.test(text.slice(Math.max(clause.offset, governing.offset - 8), hit.offset)))
			// 保证法制机构必要的审核时间，一般不得少于5个工作日: the least time an authority has for its own act (to review,
			// to decide) is a procedural time limit (公示期, 征求意见时间: how long a duty exposes something, stay)
			&& !(TIME_UNIT.test(hit.unit) && !frequency && governing.comparator === 'atLeast'
				&& PROCEDURE_TIME_BEFORE.test(text.slice(Math.max(sentence.offset, governing.offset - 16), governing.offset)))
			// 超过60周岁, 不低于40分, 降至…线下40分: an age, a score or a grade is a condition, unless a level is set to reach
			&& !(CONDITION_UNIT.test(hit.unit) && governing.comparator !== 'reach' && governing.comparator !== 'increase')
			// 两个渠道, 三项制度: an amount in Chinese numerals counts as a goal only right after its verb (至少一所, 翻一番),
			// a share anywhere its verb governs it (占总课时一半以上)
			// (至少每季度公布一次: a count of times per period is written in Chinese numerals whatever bounds it)
			&& !(CHINESE_AMOUNT.test(hit.text) && !/翻|分之|^一半|半数/.test(hit.text) && !frequency
				&& (governing.inherited || governing.after || hit.offset - governing.end > 2));
		// (实施总投资约50亿元的重大项目20个: a size that qualifies the noun leaves its verb to the count after it)
		// (an action's verb only: a bound inside the qualifier, 人口不超过100万的城市, governs nothing after it)
		// (压缩…四个环节办理时限至3个工作日: the verb acts on what the parts make up, so it goes on to the amount after them)
		const listGov = description ? (prevInClause ? prevInClause.listGov
			: governing && (governing.comparator === 'cultivate' || isDivision(text, hit)) && !governing.after && !governing.inherited ? governing : null) : governing;
		const a: AnalyzedQuantity = { hit, governing, listGov, description, baseline, isTarget, recurring: governing !== null && governing.verb === '每', yearly: wordBefore.test(EVERY_YEAR, clause.offset, clause.end, hit.offset), clause, sentence };
		out.push(a);
		prevInClause = a;
	}
	return out;
}

/** 每年, 每学年, 每年度: a quota set for every year. */
const EVERY_YEAR = /每[ \u3000]*(?:学年|年度|年)/u;

/** The upper end of a range written with its own unit (100万至300万): skipped to see what the range qualifies. */
const RANGE_TAIL = /^(?:[至到~～]|[—–\-－]{1,2})[0-9０-９.．]+[万亿千百]?(?:[个家项人户元]|万人)?/;

/** 且绝对额超过三千万元的项目: a second threshold joined to the first, then the noun both qualify. */
const JOINED_THRESHOLD = /^(?:且|或者|或|并且)[^，,；;。的（）()]{0,10}?[0-9０-９一二两三四五六七八九十][^，,；;。（）()]{0,12}?的/u;
const CLASS_UNIT = /^(?:类|种|级|档|大类|部分|方面|个等级|个层次|个方面|个部分)$/u;
const CLASSIFIES = /(?:分为|分成|划分为|划为)/u;

/** A call for applications' own plan: the count after it is what it commits to fund. */
const PLANNED_FUNDING = new Set(['拟资助', '拟支持', '拟立项']);
const PLANNED_FUNDING_NEAR = /(拟(?:资助|支持|立项))[^，,；;。：:]*$/u;

/** 按 or 按照 earlier in the clause, no clause break between: the basis a provision is made by. */
const BY_STANDARD = /按(?:照)?[^，,；;。]{0,24}$/u;
/** A verb of provision right after the standard (…的比例安排, …的标准核定, 千分之二配置). */
const PROVISION_AFTER = /^(?:以上|左右)?(?:的(?:比例|标准))?[ \u3000]*(?:配置|配建|核定|安排|提取|计提|划拨|拨付|预留)/u;
const RETENTION_RIGHT_BEFORE = /(?:保存|留存|保管)[ \u3000]*$/u;

/**
 * A verb that grants or leaves a term to others (赋予, 给予, 留出, 准予, 享受, 延长): its least term is theirs, no duty's
 * bound (a permission, 可以, is left out by PERMISSION already).
 */
const GRANTS_TERM = /赋予|给予|留出|留有|准予|享受|享有|延长|延期/u;
/** A forecast another body makes (研究院预计, 据…机构预测), not the document's own expectation (预计全年…). */
const OTHERS_FORECAST = /(?:院|机构|中心|公司|协会|联盟|组织|专家|报告|咨询)[ \u3000]*(?:预计|预测|估计|测算)/u;
/** What a stock is counted in after a time unit: 10天用量, 三个月销量, 30天的消费量. */
const STOCK_AFTER = /^的?(?:用量|销量|消费量|需求量|供应量|使用量)/u;

/** A measure of performance a verb's bound applies to: 分辨率, 精度, 效率, 能效比, 信噪比. */
const PERFORMANCE_BEFORE = /(?:分辨率|识别率|准确率|精度|效率|能效比|信噪比)$/u;

/** Verbs that set a share of what follows it (实现80%以上的…, 覆盖70%的行政村), not a threshold. */
const SHARE_SETTERS = /^(?:实现|使|覆盖)$/u;

/** A size bound naming a kind of subject in a 、 list of subjects: 120万吨/年以上大型煤矿、 */
const SUBJECT_IN_LIST = /^(?:[/／][年月日])?(?:及以上|及以下|以上|以下)[\u4e00-\u9fa5]{1,10}[、和及]/u;

/** What follows a quantity that qualifies a noun: (包括30分)的… (not 的比例/标准: the rate itself, 不低于百分之十的比例安排). */
const THRESHOLD_OF = /^(?:[（(][^（）()]{0,10}[）)])?的(?!(?:目标|指标|比例|标准|幅度|增幅|增速)|[^，,；;。的]{0,12}?(?:资金|经费|公益金))/;

/** A colon that opens a list of goals or of the amounts the document sets: 主要预期目标是：, 具体指标：, 基准定额为： */
const GOAL_LIST_LEAD = /(?:目标|指标|定额)(?:任务)?(?:是|为|如下)?[ \u3000]*[：:]/;

/** The lead of a project's indicators in its paragraph: 考核指标：…, 技术指标：… */
const INDICATOR_LEAD = /(?:考核|技术|性能)指标[：:]/u;

/** Headings of a section that allocates amounts or sets limits: a quota list, a plan's figures, a breakdown of tasks, 发射功率限值. */
const QUOTA_TITLE = /计划$|指标|名额|配额|分配|任务分解|目标|限值/;

/** A fine, or a charge levied on whoever breaks a rule (租金按原标准的4倍计收, 加收滞纳金). */
const PENALTY = /罚款|罚金|计收|加收|滞纳金/u;
const DEFINITION = /所称|是指/u;

/** What an applicant names or holds in a call for projects (申请代码, 在研项目, 合作研究单位): a cap on it is a condition. */
const APPLYING = /申请人|申请代码|申报项目|申请项目|推荐项目|限项|限报|在研项目|合作研究单位|项目负责人/u;
/** An applicant's application before a count of times (not the authority's: 组织申报, 受理申请). */
const APPLY_TIMES = /(?<!组织|受理|审核|审查|开展)(?:申请|申报)[^，,；;。]{0,10}$/u;
/** Units that count things or people (a cap in them limits a number). */
const COUNT_UNIT = /^(?:个|项|家|人|名)$/u;
/** A verb of experience (进行过, 从事过, 参加过; not 超过, 通过, 经过) shortly before a bound: what has been done. */
const HISTORY_BEFORE = /(?<![超通经不越])过[^，,；;。]{0,6}$/u;
/** What an applicant has behind them, measured in years: 缴费年限, 工龄, 从业经历. */
const ELIGIBILITY_MEASURE = /(?:年限|工龄|经历|资历)[ \u3000]*(?:累计|连续)?[ \u3000]*(?:应当|应|须|需|必须)?[ \u3000]*$/u;
/** What a number of people may do together (联名, 提议, 可以…): a right, not a duty. */
const RIGHT_AFTER = /^[^。；;]{0,20}?(?:联名|提议|可以|可)/u;
/** A sentence whose subject is who applies (after a list or article marker): 申请人…, （二）申请单位…, 第五条 申请人…. */
const APPLICANT_SUBJECT = /^[\s\u3000]*(?:[0-9０-９]{1,2}[.．、]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|第[一二三四五六七八九十百零〇0-9０-９]{1,5}条)?[\s\u3000]*(?:申请人|申请单位|申报单位|申报人|申请者)/u;
/** Whom a count of times picks out: 违法不少于3次的单位, 迟到不少于三次的人员 (not 不少于一次的疏散演练). */
const WHOM_AFTER = /^的[^，,；;。的]{0,8}?(?:单位|企业|人员|个人|机构|组织|学校|项目|主体|经营者|当事人|人|者)(?![员])/u;
/** The time an authority has for its own act, then its bound (审核时间，一般不得少于, 审查期限不少于). */
const PROCEDURE_TIME_BEFORE = /(?:审核|审查|审批|审议|处理|办理|答复|评审|论证)(?:的)?(?:时间|期限|时限)[^。；;]{0,8}$/u;
/** A gap between two acts right before its bound: 时间间隔不少于, 提前三十日, 至少提前. */
const GAP_BEFORE = /(?:间隔|提前)[^，,；;。]{0,8}$/u;
/** Units that count people. */
const PERSON_UNIT = /^(?:人|名|位)$/u;
/** A verb that assigns staff to an act, right before their count: 指派, 委派, 选派, 组织, 安排. */
const ASSIGNS_STAFF = /(?:指派|委派|选派|派出|组织|安排|抽调)[ \u3000]*$/u;
/** A modal of permission (可以, 可将, 最高可按…), not 不可/许可/认可 or 可持续/可再生. */
const PERMISSION = /(?<![不许认宁])可(?:以|[将按从在享达提用缩延给获适])/u;

/** A period after 每 (每5年, 每半年…) that the clause goes on to count in times. */
const EVERY_PERIOD = /每[ \u3000]*(?:[0-9０-９一二两三四五六七八九十半]{1,3}[ \u3000]*个?)?(?:年度|学年|学期|季度|年|月|周|天|日)[^，,；;。]{0,10}$/u;
/** What a duty does again every period: reports, publishes, reviews, checks (报送, 公布, 评估, 检查 …). */
const RECURRING_DUTY_AFTER = /^[^，,；;。]{0,30}?(?:报送|报告|上报|报(?![名酬])|公布|公开|通报|更新|评估|检查|检验|检测|巡查|修订|清理|普查)/u;
/** The cycle of an act done again and again, then its bound: 更新周期不超过, 检定周期为, 轮训周期一般不超过. */
const RECURRING_CYCLE = /(?:更新|修订|修编|检定|校准|检验|评估|复审|复核|轮换|轮训|巡检|普查|体检)周期[^，,；;。0-9０-９]{0,6}$/u;
const TIMES_AFTER = /^[^，,；;。]{0,10}?[0-9０-９一二两三四五六七八九十]+[ \u3000]*次/u;

/** 每5年修订1次, 每年召开两次会议, 两年进行一次 after 每: a count of times per period, or the period a count of times follows. */
function isFrequency(text: string, q: QuantityHit, clause: Span): boolean {
	if (q.unit === '次') { return EVERY_PERIOD.test(text.slice(Math.max(clause.offset, q.offset - 20), q.offset)); }
	if (!TIME_UNIT.test(q.unit) || q.value === null) { return false; }
	// 每隔两年对规范性文件进行评估, 每间隔六个月报送: the interval names the frequency by itself
	if (/每间?隔[ \u3000]*$/u.test(text.slice(Math.max(clause.offset, q.offset - 4), q.offset))) { return true; }
	// 更新周期不超过二年, 检定周期为一年: the cycle of a recurring act (not 实施周期为5年, a span)
	if (RECURRING_CYCLE.test(text.slice(Math.max(clause.offset, q.offset - 16), q.offset))) { return true; }
	return text.charCodeAt(q.offset - 1) === 0x6bcf /* 每 */ && TIMES_AFTER.test(text.slice(q.end, Math.min(clause.end, q.end + 16)));
}

/** Nothing but a qualifier follows the quantity in its clause (…福州三中100人，). */
function endsClause(text: string, q: QuantityHit, clause: Span): boolean {
	return /^[\s\u3000]*(?:以内|以上|以下|左右)?[\s\u3000]*[。；;，,]?$/u.test(text.slice(q.end, clause.end));
}

/**
 * A rule's condition: the quantity's clause, or the clauses joined to it by 或者/并且, ends in 的
 * before the rule's consequence (建筑面积达到百分之五十以上，或者…已满两年的，应当召开…).
 */
function inCondition(text: string, clauses: readonly Span[], ci: number, sentence: Span): boolean {
	for (let k = ci; k >= 0 && k < clauses.length && k <= ci + 2 && clauses[k].offset < sentence.end; k++) {
		const c = clauses[k];
		if (k > ci && !/^(?:或者|或|并且|且|以及)/.test(text.slice(c.offset, c.offset + 2))) { return false; }
		if (text.charCodeAt(c.end - 1) === 0x7684 /* 的 */) { return true; }
	}
	return false;
}

/**
 * The lead of a list of conditions or cases: 应当具备下列条件：, 有下列情形之一的：, 符合以下资格：, and one that
 * names what meeting them grants (对符合下列条件的，发给预售许可证：).
 */
const CONDITION_LIST_LEAD = /(?:(?:下列|以下|如下)[^。；;：:]{0,6}(?:条件|情形|资格|资质)(?:之一)?(?:的)?(?:[，,][^。；;：:，,]{1,20})?|(?:申请|申报)材料[，,]?[^。；;：:，,]{0,4}包括)[ \u3000]*[：:]/gu;
/** A 。 that only ends one item before the next one (…30万元。\n（二）…, also across a page number — 10 —): the list goes on. */
const ITEM_END = /。(?=[\s\u3000]*(?:[—－-][ \u3000]*[0-9０-９]{1,3}[ \u3000]*[—－-][\s\u3000]*)?(?:[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}[.．、]))/gu;
/**
 * An article of a rule starts: 第五条 opening a line or following a 。 (a list never runs past it); not a
 * reference inside an item (按照本条例第十条第一项的规定).
 */
const ARTICLE_START = /(?:^|[\r\n。])[\s\u3000\u00a0]*第[一二三四五六七八九十百零〇0-9０-９]{1,5}条/u;

/** How far back the lead of a list of conditions or of application materials is looked for (its items can be long). */
const LIST_WINDOW = 1000;

/** The quantity is in an item of a list of conditions or of an incentive's terms; both look at the same text before it. */
function inTermsList(text: string, at: number): boolean {
	const window = text.slice(Math.max(0, at - LIST_WINDOW), at);
	// every list lead ends in a colon: without one, no regex needs to run over the window
	if (!window.includes('：') && !window.includes(':')) { return false; }
	return inConditionList(window) || inIncentiveList(window);
}

/** The window ends in an item of a list of conditions (or of the materials an application includes) whose lead is in it. */
function inConditionList(window: string): boolean {
	let leadEnd = -1;
	CONDITION_LIST_LEAD.lastIndex = 0;
	for (let m = CONDITION_LIST_LEAD.exec(window); m; m = CONDITION_LIST_LEAD.exec(window)) { leadEnd = m.index + m[0].length; }
	if (leadEnd < 0) { return false; }
	const items = window.slice(leadEnd);
	return itemsGoOn(items);
}

/** What follows a list's lead up to a quantity is still its items: no article starts, no 。 ends more than an item. */
function itemsGoOn(items: string): boolean {
	return !ARTICLE_START.test(items) && !items.replace(ITEM_END, '；').includes('。');
}

/** A colon right before the first item of a list: （一）, 1. */
const LIST_COLON = /[：:](?=[\s\u3000]*(?:[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}[.．、]))/gu;

/**
 * The window ends in an item of a list whose lead sets the terms of an incentive (按照以下标准…约定奖励和报酬：
 * （三）…每年从营业利润中提取不低于百分之五的比例): each item is a term of the award, not a goal.
 */
function inIncentiveList(window: string): boolean {
	const lead = listLeadIn(window);
	return lead !== null && INCENTIVE.test(withoutNotes(window.slice(lead.offset, lead.end)));
}

/** The lead sentence (up to its colon) of the list whose item the window ends in, as offsets in it; null when it ends in none. */
function listLeadIn(window: string): Span | null {
	let colon = -1;
	LIST_COLON.lastIndex = 0;
	for (let m = LIST_COLON.exec(window); m; m = LIST_COLON.exec(window)) { colon = m.index; }
	if (colon < 0 || !itemsGoOn(window.slice(colon + 1))) { return null; }
	const before = window.slice(0, colon);
	return { offset: Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1, end: colon };
}

/** The lead sentence of the list whose item holds `at` (应当同时符合下列要求：), or null when `at` is in no list item. */
export function listLeadAt(text: string, at: number): Span | null {
	const from = Math.max(0, at - LIST_WINDOW);
	const window = text.slice(from, at);
	if (!window.includes('：') && !window.includes(':')) { return null; }
	const lead = listLeadIn(window);
	return lead && { offset: from + lead.offset, end: from + lead.end };
}

/** The quantity is in an item of a list whose lead lays a duty on it (应当同时符合下列要求：). */
function inDutyList(text: string, at: number): boolean {
	const lead = listLeadAt(text, at);
	return lead !== null && OBLIGATION.test(text.slice(lead.offset, lead.end));
}

/** Nothing but a qualifier follows the quantity before the next item of a 、 list: 每生每年600元、每生每年800元. */
function endsItem(text: string, q: QuantityHit, clause: Span): boolean {
	return /^[\s\u3000]*(?:以内|以上|以下|左右)?[\s\u3000]*、/u.test(text.slice(q.end, Math.min(clause.end, q.end + 8)));
}

/** The text opens a bracket it does not close: what follows is inside a note. */
function insideOpenBracket(s: string): boolean {
	let depth = 0;
	for (const c of s) {
		if (c === '（' || c === '(') { depth++; } else if ((c === '）' || c === ')') && depth > 0) { depth--; }
	}
	return depth > 0;
}

function hasBlockerBefore(text: string, from: number, at: number): boolean {
	const v = verbBefore(text, from, at);
	return v !== null && v.blocker;
}

/** 三、工作规则 (or its title run on into the text on a one-line scrape: 工作规则联席会议原则上…). */
const RULES_SECTION = /规则$|^(?:工作|会议|议事)规则/u;
/** Comparators that in a rule grant or condition unless a modal of duty comes first: 增加产假, 超过6万元. */
const RULE_GRANT = new Set<Comparator>(['increase', 'exceed']);
/** A modal of duty (应当, 必须, 须, 确保), not 应 inside 相应/供应/应用/应急. */
const OBLIGATION = /应当|必须|须|确保|保证|(?<![相供响适对反效回呼顺])应(?![用急对聘届答])/u;
const TIME_UNIT = /^(?:年|个月|月|周|天|日|小时|个小时|个工作日|工作日|分钟|秒)$/;
/** Ages, scores and grades: 超过60周岁, 不低于40分, 3级以上 are conditions of eligibility, not levels to reach. */
const CONDITION_UNIT = /^(?:周岁|岁|分|级)$/;
const INCENTIVE = /给予|奖励|补助|资助|补贴|贴息|奖补|扶持资金/;
/** A scoring rule: 每获得1项积20分, 捐献积50分, 加3分: its amounts are the rule's terms. */
const SCORING = /[积加扣计记得][ \u3000]*[0-9０-９一二三四五六七八九十.．]+[ \u3000]*分/;

/**
 * A subsidy or award rule (给予最高500万元奖励, 按投入的30%予以资助, 收入首次达到2000万元的…给予):
 * its amounts are the terms of an incentive, not goals. Money and shares look at the sentence
 * (up to 120 characters around), counts at their clause.
 */
export function isIncentive(text: string, q: QuantityHit, clause: Span, sentence: Span): boolean {
	const inClause = withoutNotes(text.slice(Math.max(clause.offset, q.offset - 120), Math.min(clause.end, q.end + 120)));
	if (INCENTIVE.test(inClause) || SCORING.test(inClause)) { return true; }
	if (/元/.test(q.unit) && /最高|每家|每个|每项|单个|单项/.test(text.slice(Math.max(clause.offset, q.offset - 8), q.offset))) { return true; }
	if (/元|%|‰/.test(q.unit)) {
		const around = withoutNotes(text.slice(Math.max(sentence.offset, q.offset - 120), Math.min(sentence.end, q.end + 120)));
		return INCENTIVE.test(around);
	}
	return false;
}

/** Bracketed notes dropped: 住房保障率（含实物配置和货币补贴）达到70% names what is counted, it pays nothing. */
function withoutNotes(s: string): string {
	return s.replace(/[（(][^（）()]{0,30}[）)]/g, '');
}

function startsQuantity(text: string, at: number): boolean {
	let k = at;
	while (k < at + 3 && k < text.length && !/[0-9０-９]/.test(text[k])) {
		if (!/[ \u3000约近至少达到]/.test(text[k])) { return false; }
		k++;
	}
	return /[0-9０-９]/.test(text[k] ?? '');
}

/** 开展两个阶段工作, 2个维度均达合格, 实施四项重点任务: the parts something is divided into, not a level. */
function isDivision(text: string, q: QuantityHit): boolean {
	return DIVISION_UNIT.test(q.unit) && DIVISION_AFTER.test(text.slice(q.end, q.end + 4));
}

/** Units of a count of parts, and the parts after them: 两个阶段, 5个方面, 2个维度, 四项重点任务. */
const DIVISION_UNIT = /^(?:个|项)$/u;
const DIVISION_AFTER = /^(?:方面|阶段|维度|环节|层次|步骤|板块|重点任务)/u;
/** At least three short names joined by 、 (and 和/及), no figure among them, right before a count. */
const NAMES_BEFORE = /[^，,。；;：:0-9０-９、（()）\s等]{1,8}(?:[、和及][^，,。；;：:0-9０-９、（()）\s等]{1,8}){2,}$/u;
/** Funds named after a sum and its 的: 专项资金, 科技经费, 数字经济专项基金. */
const FUNDS_AFTER = /^[^，,；;。的]{0,10}?(?:资金|经费|基金)/u;
/** A short noun and a colon after the count: the list it counts follows (五项基本功能：…). */
const LIST_AFTER = /^[\u4e00-\u9fa5]{0,8}[：:]/u;
/** …之一 after the count: one of a set (三个重点领域示范试点工程之一). */
const ONE_OF = /^[^，,。；;：:]{0,16}之一/u;

/** 营业收入超100亿元的企业, 总规模1000亿元的基金群, 10个以上投资超100亿元项目 (`bounded`: a least bound sets it). */
export function isDescription(text: string, q: QuantityHit, prev: QuantityHit | null, bounded = false): boolean {
	const next = text.charCodeAt(q.end);
	// 基础建设、专项管理等2个部分, 制定如下11项标准: the size of a list just given or about to be
	// (…伦理等20项以上重点标准: a minimum or an approximate count after 等 sizes a goal, not the list)
	if (/(?:等|如下|下列)[ \u3000]?$/.test(text.slice(Math.max(0, q.offset - 3), q.offset)) && !/以上|左右/.test(q.qualifier ?? '')) { return true; }
	// 北京、天津、上海、重庆4个直辖市, …、西安11个城市: a count right after the names it counts, the noun of their kind after it
	// (服务中心、交易中心和党员群众服务中心100%接通: a share of the subjects listed is a goal; 在工业、农业、服务业等领域实施1—2项: no name)
	if (!q.qualifier && /^(?:个|家|所|座|条)$/u.test(q.unit) && isHan(next) && NAMES_BEFORE.test(text.slice(Math.max(0, q.offset - 40), q.offset))) { return true; }
	// 实现五项基本功能：…, 确定的三个重点领域…之一, 分为两个阶段: the size of a list that follows, a membership,
	// a division into parts
	// (数据存储时间不少于8年：…: a duration counts no list)
	if ((LIST_AFTER.test(text.slice(q.end, q.end + 12)) && !TIME_UNIT.test(q.unit)) || ONE_OF.test(text.slice(q.end, q.end + 20))
		|| /(?:分为|分成)[ \u3000]?$/.test(text.slice(Math.max(0, q.offset - 3), q.offset))
		|| isDivision(text, q)) { return true; }
	// (每生每年600元的标准: the rate itself, no description of something else)
	// (安排不少于5000万元的专项资金: a least bound sets the sum of the funds it names, it picks nothing out)
	if (/元$/.test(q.unit) && next === 0x7684 /* 的 */ && !/^的(?:比例|标准)/.test(text.slice(q.end, q.end + 3))
		&& !(bounded && FUNDS_AFTER.test(text.slice(q.end + 1, q.end + 14)))) { return true; }
	// (a time frame before it is no qualifier: 10年共部署约100个整装勘查区; nor an alternative: 每周一次或两次)
	// (5个方面20个标准: after the parts it is divided into, a count is counted per part, no qualifier)
	if (prev && !TIME_UNIT.test(prev.unit) && q.offset - prev.end <= 6 && isHan(next) && !/[、和及与或，,；;]/.test(text.slice(prev.end, q.offset))
		&& !(DIVISION_UNIT.test(prev.unit) && DIVISION_AFTER.test(text.slice(prev.end, q.offset)))
		&& !/^(?:以上|以下|左右|以内|的)/.test(text.slice(q.end, q.end + 2))) {
		return true;
	}
	return false;
}

/** A sentence that opens on a span up to now: 近四年, 过去五年, 五年来, 近年来, 2018年以来. */
const PAST_FRAME_START = /^(?:[^，,。；;]{0,8}?)(?:近|过去)[一二三四五六七八九十两几0-9]{1,2}年(?!内)|^[^，,。；;]{0,8}?(?:[一二三四五六七八九十两几0-9]{1,2}年来|多年来|近年来|以来)[，,]/;

/** Every figure of a sentence that opens on a span up to now is a fact, unless a deadline follows that frame. */
function pastSentence(text: string, q: QuantityHit, sentence: Span, anchors: readonly Anchor[]): boolean {
	const m = PAST_FRAME_START.exec(text.slice(sentence.offset, Math.min(q.offset, sentence.offset + 24)));
	if (!m) { return false; }
	const frameEnd = sentence.offset + m.index + m[0].length;
	let ai = lastStartingAtOrBefore(anchors, q.offset - 1);
	while (ai >= 0 && anchors[ai].weak && anchors[ai].offset >= frameEnd) { ai--; }
	return ai < 0 || anchors[ai].offset < frameEnd;
}

export function isBaseline(text: string, q: QuantityHit, clause: Span, paragraph: Span, path: readonly Section[], ctx: Pick<ParagraphContext, 'pastDates' | 'anchors'>): boolean {
	// The innermost section that names its role decides: a 目标 or 任务 section hung under a 现状 one (a heading
	// missed or numbered oddly) still sets goals.
	for (let k = path.length - 1; k >= 0; k--) {
		// (一、发展现状与目标: a heading that ends on the goals names the part that sets them)
		if (GOAL_ROLE_TITLE.test(path[k].title)) { break; }
		if (BASELINE_TITLE.test(path[k].title)) { return true; }
	}
	// A past year earlier in the paragraph, with no deadline after it: 2017年,…实现主营业务收入1.42万亿元
	const pi = lastStartingAtOrBefore(ctx.pastDates, q.offset - 1);
	if (pi >= 0 && ctx.pastDates[pi].offset >= paragraph.offset) {
		let ai = lastStartingAtOrBefore(ctx.anchors, q.offset - 1);
		while (ai >= 0 && ctx.anchors[ai].weak && ctx.anchors[ai].offset >= ctx.pastDates[pi].offset) { ai--; }
		if (ai < 0 || ctx.anchors[ai].offset < ctx.pastDates[pi].offset) { return true; }
	}
	const window = text.slice(Math.max(clause.offset, q.offset - 40), q.offset);
	const m = PAST_MARKER.exec(window);
	// 已安装终端的车辆应100%实现…: the marker only picks out what a requirement is for
	return m !== null && !SCOPE_THEN_DUTY.test(window.slice(m.index));
}

/** Headings of the parts that set the work: …发展目标, 主要指标, 重点任务. */
const GOAL_ROLE_TITLE = /(?:目标|指标|任务)$/;

/** …的 (a modifier) followed by a duty before the quantity: 已安装车载终端的车辆应. */
const SCOPE_THEN_DUTY = /^[^，,；;。]*?的[^，,；;。]*?(?:应当|应|须|必须|要)[^，,；;。]*$/;

/**
 * The deadline year of a target: the nearest deadline before it in its sentence (or after it in
 * its clause), else before it in its paragraph, else in its innermost section before it (not
 * inside a subsection), else in the opening text of each enclosing section, innermost first.
 */
export function resolveDeadline(anchors: readonly Anchor[], q: Span, clause: Span, sentence: Span, paragraph: Span, path: readonly Section[]): number | null {
	const lastIn = (from: number, to: number, skip?: (a: Anchor) => boolean): Anchor | null => {
		let i = lastStartingAtOrBefore(anchors, to - 1);
		for (let guard = 0; i >= 0 && anchors[i].offset >= from && guard < 64; i--, guard++) {
			if (!skip || !skip(anchors[i])) { return anchors[i]; }
		}
		return null;
	};
	// A scraped line can hold several sections: never look back past the innermost heading.
	const inner = path.length ? path[path.length - 1] : null;
	const floor = inner ? inner.offset : 0;
	let a = lastIn(Math.max(sentence.offset, floor), q.offset);
	if (a) { return a.year; }
	// the first anchor after q in its clause
	const ni = lastStartingAtOrBefore(anchors, q.end - 1) + 1;
	if (ni < anchors.length && anchors[ni].offset >= q.end && anchors[ni].offset < clause.end) { return anchors[ni].year; }
	a = lastIn(Math.max(paragraph.offset, floor), sentence.offset);
	if (a) { return a.year; }
	if (!inner) { return null; }
	// Beyond its paragraph, a weak anchor (明年3月底 of another measure) governs nothing.
	const inChild = (x: Anchor) => {
		const c = inner.children[lastStartingAtOrBefore(inner.children, x.offset)];
		return x.weak === true || (c !== undefined && x.offset < Math.max(c.end, c.offset + 1));
	};
	const isWeak = (x: Anchor) => x.weak === true;
	a = lastIn(inner.offset, paragraph.offset, inChild);
	if (a) { return a.year; }
	for (let k = path.length - 2; k >= 0; k--) {
		const s = path[k];
		a = lastIn(s.offset, Math.min(introEnd(s), q.offset), isWeak);
		if (a) { return a.year; }
	}
	return null;
}

/** The year of the last anchor inside `span` (a list's lead), or null. */
export function yearIn(anchors: readonly Anchor[], span: Span | null): number | null {
	if (!span) { return null; }
	const i = lastStartingAtOrBefore(anchors, span.end - 1);
	return i >= 0 && anchors[i].offset >= span.offset ? anchors[i].year : null;
}

export interface MetricContext {
	/** Clauses of the paragraph. */
	clauses?: readonly Span[];
	/** End of the previous quantity of the paragraph (-1 when none). */
	prevEnd?: number;
	/** Start of the next quantity of the paragraph that is not a description (Infinity when none). */
	nextStart?: number;
	/** Metric of the previous item when this one continues its list in the same clause. */
	listMetric?: string;
}

const LEADING_DATE = /^(?:到|至|于|在)?[0-9０-９]{4}[ \u3000]?年(?:[0-9０-９]{1,2}月)?(?:底前|底|末|前)?/;

/** What a target measures, best effort: 人工智能核心产业规模 (达到150亿元), 骨干企业 (培育10家以上骨干企业). */
export function metricOf(text: string, a: AnalyzedQuantity, m: MetricContext = {}): string {
	const q = a.hit, g = a.governing;
	const clauses = m.clauses ?? [];
	const clip = (s: string) => {
		s = s.replace(/[\s\u3000]+/g, '').replace(CLAUSE_START_NOISE, '').replace(/[“”"《》()（）]+/g, '')
			.replace(LEADING_DATE, '').replace(CLAUSE_START_NOISE, '')
			.replace(/^[、，,]+|[、，,]+$/g, '').replace(/(?:分别|的|和|及|与)+$/, '');
		return s.length > 20 ? s.slice(s.length - 20) : s;
	};
	const lastSegment = (s: string) => {
		const a = s.lastIndexOf('、'), b = s.lastIndexOf('其中');
		return a > b ? s.slice(a + 1) : b >= 0 ? s.slice(b + 2) : s;
	};
	// The noun after the quantity: 培育10家以上…的骨干企业 → 骨干企业; 3000户以上工业企业与… → 工业企业
	const nounAfter = () => {
		if (/^[、，,；;]/.test(text.slice(q.end, q.end + 1))) { return ''; }
		let limit = Math.min(a.clause.end, q.end + 60, m.nextStart ?? Infinity);
		const verb = verbAfter(text, q.end, limit);
		// …的领军企业 after the verb: the verb sits in a modifier, the noun comes after 的
		if (verb && !text.slice(verb.end, limit).includes('的')) { limit = verb.offset; }
		let e = q.end;
		while (e < limit && !(text[e] === '、' && /[0-9０-９约近]/.test(text[e + 1] ?? ''))) { e++; }
		let s = text.slice(q.end, e).replace(/^的/, '');
		const prep = s.search(/[与同]/);
		if (prep > 0) { s = s.slice(0, prep); }
		const de = s.lastIndexOf('的');
		s = de >= 0 ? s.slice(de + 1) : lastSegment(s);
		return clip(s);
	};
	const segStart = Math.max(a.clause.offset, m.prevEnd ?? -1);
	// The text before `to`, back to the clause start or the previous item of a list.
	const before = (to: number) => clip(lastSegment(text.slice(Math.max(segStart, to - 40), to)));
	// A clause that starts with its verb (…显著提升,达到15%以上): the clause before it names the measure.
	const previousClause = () => {
		const i = pieceIndexAt(clauses, a.clause.offset);
		return i > 0 ? clip(text.slice(Math.max(clauses[i - 1].offset, clauses[i - 1].end - 60), clauses[i - 1].end)) : '';
	};
	if (!g) { return nounAfter() || before(q.offset); }
	if (g.inherited) {
		return nounAfter() || before(q.offset) || m.listMetric || previousClause();
	}
	if (g.after) { return clip(text.slice(q.end, Math.min(g.offset, m.nextStart ?? Infinity)).replace(/^的/, '')) || before(q.offset) || nounAfter(); }
	if (g.comparator !== 'cultivate') {
		// 压缩…办理时限至3个工作日: the measure sits between the verb and 至
		const between = g.end < q.offset ? text.slice(g.end, q.offset) : '';
		if (/[至到][ \u3000]*$/.test(between)) {
			const measure = clip(lastSegment(between.replace(/[至到][ \u3000]*$/, '')));
			if (measure) { return measure; }
		}
		return before(g.offset) || previousClause() || nounAfter();
	}
	const between = g.end <= q.offset ? clip(text.slice(Math.max(g.end, segStart), q.offset)) : '';
	return (between.length >= 2 ? between : '') || nounAfter() || before(q.offset);
}

/** The target's range: the quantity, with its comparator when written right before it (突破1000亿元). */
const GENERIC_VERBS = new Set(['实现', '具备', '覆盖', '接通', '进入', '占', '居', '位居', '跃居', '保持']);

export function targetRange(text: string, a: AnalyzedQuantity): Span {
	const g = a.governing;
	if (g && !g.inherited && !g.after && g.comparator !== 'cultivate' && !GENERIC_VERBS.has(g.verb) && g.end <= a.hit.offset
		&& /^[ \u3000]*$/.test(text.slice(g.end, a.hit.offset))) {
		return { offset: g.offset, end: a.hit.end };
	}
	return { offset: a.hit.offset, end: a.hit.end };
}
