// Kinds of document (通知, 意见, 实施方案, …): one home for the words and their classification.
// Two lists, on purpose: the kinds the metadata reports (DocKind, kindOf), and every word that
// ends a title (titles.ts and detect.ts find titles and self-references by them), which adds
// the long forms of a kind and kinds the metadata does not tell apart (要点, 通报, 章程 …).

/** The kinds DocumentMeta reports, for a title ending in one of them (or in a long form of one). */
const DOC_KINDS = [
	'通知', '意见', '指导意见', '实施意见', '实施方案', '行动计划', '行动方案', '工作方案', '方案',
	'规划', '纲要', '办法', '细则', '条例', '规定', '决定', '措施', '指南', '通告', '公告',
	'批复', '函', '报告', '计划',
] as const;

export type DocKind = typeof DOC_KINDS[number];

/** Long forms that end titles; each ends with the kind it is (实施细则 is a 细则). */
const LONG_FORMS = ['实施办法', '管理办法', '实施细则'];

/** Words that end titles but name no kind the metadata reports. */
const UNREPORTED_KINDS = ['要点', '技术要求', '建议', '若干措施', '意见书', '战略', '通报', '复函', '答复', '规范', '指引', '预案', '决议', '公报', '章程'];

/** Kinds that lay down rules (a 办法 a cover promulgates is the file's document: it takes its title). */
export const RULES_KIND_ALT = '条例|办法|规定|细则|规则|规范|规程';

/** Every word that ends a title. */
const TITLE_KIND_WORDS: readonly string[] = [...DOC_KINDS, ...LONG_FORMS, ...UNREPORTED_KINDS];

/** TITLE_KIND_WORDS as a regex alternation, longest first. */
export const KIND_ALT = TITLE_KIND_WORDS.slice().sort((a, b) => b.length - a.length).join('|');

/** DOC_KINDS longest first: 实施方案 before 方案, so a title gets the most specific kind it ends with. */
const BY_LENGTH: readonly DocKind[] = DOC_KINDS.slice().sort((a, b) => b.length - a.length);

/** Kind of document named at the end of a title (trailing years and brackets ignored). */
export function kindOf(title: string): DocKind | null {
	const t = title.replace(/[\s》」』"”’]+$/u, '').replace(/[（(][^（()）]*[)）]\s*$/u, '').replace(/[\s》」』"”’]+$/u, '');
	return BY_LENGTH.find(k => t.endsWith(k)) ?? null;
}
