// What a regulation's history note says about a date: adopted at a meeting, approved, promulgated
// by an order, or revised (…会议通过 / …令第131号发布 / 根据…《关于修改…的决定》第一次修正). The
// classification (dates.ts) reads these on the text after the date (`post`, up to ~100 characters)
// and the text before it (`pre`); every pattern is anchored and bounded, so each test is linear.
import type { RawDate } from './dates';

const ORDINAL = '(?:第[一二三四五六七八九十]{1,3}次)?';
/** Not `…通过的《…》`: that names another document. */
const NOT_NAMING = '(?![^。，,；;]{0,2}的)';

/**
 * A meeting that adopted, approved or revised the document, after its date: 2011年9月21日国务院第173次
 * 常务会议通过, …常务委员会第二十三次会议第一次修订.
 */
const ADOPTED_POST = new RegExp(`^[^。，,；;《]{0,40}(?:会议|常委会)(?:审议|讨论)?${ORDINAL}(?:修订|修正|修改)?(?:通过|批准|修订|修正|修改)${NOT_NAMING}`);
/**
 * A revision: …会议修订, …会议《关于修改〈…〉的决定》第一次修正, …会议通过的《…的决定》修正, and by an
 * order (…市政府令第105号修改, 第二次修改: rules of a government are revised by its orders).
 */
const REVISED_POST = new RegExp(`^[^。，,；;《]{0,40}(?:《[^》]{0,80}》${ORDINAL}(?:修订|修正|修改)|${ORDINAL}(?:修订|修正)|(?:令[（(]?第?[0-9０-９一二三四五六七八九十百零〇]+号[)）]?|第[0-9０-９一二三四五六七八九十百零〇]+号令)?${ORDINAL}修改)(?!的)`);
/** 1993年10月7日中华人民共和国国务院令第131号发布, …部第24号令公布: promulgated by an order. */
export const PROMULGATED_POST = /^[^。，,；;《]{0,30}(?:令[（(]?第?[0-9０-９一二三四五六七八九十百零〇]+号[)）]?|第[0-9０-９一二三四五六七八九十百零〇]+号令)(?:发布|公布)(?!的)/;

/** …第三十二次会议于2012年7月29日审议通过: the meeting is named before the date. */
const ADOPTED_AFTER_MEETING = new RegExp(`^(?:审议|修订)*(?:通过|批准)${NOT_NAMING}`);

/** Adopted or approved by the meeting its text names, after or before the date. */
export function isAdoption(r: RawDate): boolean {
	return ADOPTED_POST.test(r.post) || (/会议于?$/.test(r.pre) && ADOPTED_AFTER_MEETING.test(r.post));
}

/**
 * A revision on that day: …修订/修正 after the date, or 根据2001年9月23日《国务院关于修改〈…〉的决定》.
 * A limit is no revision day (于2016年4月30日前将修改意见反馈).
 */
export function isRevision(r: RawDate): boolean {
	return isRevisedBy(r) || (r.suffix === '' && REVISED_POST.test(r.post))
		|| (r.suffix === '' && ADOPTED_POST.test(r.post) && /修订|修正|修改/.test(ADOPTED_POST.exec(r.post)![0]));
}

/** 根据2001年9月23日《国务院关于修改〈…〉的决定》: revised by the decision named after the date. */
export function isRevisedBy(r: RawDate): boolean {
	return /根据$/.test(r.pre) && /^《[^》]{0,80}(?:修改|修正|修订)/.test(r.post);
}

/** Dated in a regulation's history: adopted, approved, promulgated or revised on that date. */
export function isHistoryEntry(r: RawDate): boolean {
	return isAdoption(r) || isRevision(r) || PROMULGATED_POST.test(r.post)
		|| (r.alone && /(?:通过|修订|修正|批准|公布|发布)/.test(r.post));
}
