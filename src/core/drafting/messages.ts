// Every text the drafting aids show, in one table: Simplified Chinese and English, with {0}-style
// placeholders. The editor and the CLI pass the locale; nothing here reads the environment.
import type { Locale } from './types';

const MESSAGES = {
	// Diagnostics.
	'numbering-gap': { 'zh-cn': '编号从{0}跳到{1}，此处应为{2}。', en: 'Numbering skips from {0} to {1}: expected {2}.' },
	'numbering-start': { 'zh-cn': '编号从{0}开始，应从{1}开始。', en: 'Numbering starts at {0}: expected {1}.' },
	'numbering-back': { 'zh-cn': '编号{1}排在{0}之后，此处应为{2}。', en: 'Numbering goes back from {0} to {1}: expected {2}.' },
	'numbering-repeat': { 'zh-cn': '编号{0}与上一个同级编号重复。', en: '{0} repeats the number of the heading before it.' },
	'family-order': { 'zh-cn': '{0}与{1}处于同一层级且排在其后：{0}一级应高于{1}一级（一、（一）1.（1））。', en: '{0} follows {1} at the same level: a {0} heading ranks above a {1} heading (一、 （一） 1. （1））.' },
	'marker-style-mixed': { 'zh-cn': '序号“{0}”与同级序号的写法（“{1}”）不一致。', en: 'Marker “{0}” is written unlike its siblings (“{1}”).' },
	'marker-brackets': { 'zh-cn': '序号“{0}”的括号为半角或不成对，应为“{1}”。', en: 'Marker “{0}” has half-width or unmatched brackets: write “{1}”.' },
	'heading-empty': { 'zh-cn': '标题“{0}”缺少标题文字。', en: 'Heading “{0}” has no title.' },
	'heading-ending': { 'zh-cn': '标题{0}，而同级标题{1}。', en: 'The heading ends {0}, its siblings end {1}.' },
	'half-width-punctuation': { 'zh-cn': '中文文本中使用了半角“{0}”，应为“{1}”。', en: 'Half-width “{0}” in Chinese text: use “{1}”.' },
	'doc-number-format': { 'zh-cn': '发文字号“{0}”不符合 GB/T 9704（{1}），应为“{2}”。', en: 'Document number “{0}” does not follow GB/T 9704 ({1}): write “{2}”.' },
	'annex-missing': { 'zh-cn': '附件说明列出了附件{0}，但正文后没有该附件。', en: 'The 附件说明 lists 附件{0}, but the document has no such attachment.' },
	'annex-unlisted': { 'zh-cn': '附件{0}未列入附件说明。', en: '附件{0} is not listed in the 附件说明.' },
	'duplicate-document': { 'zh-cn': '本篇与文件中第 {0} 篇通知重复。', en: 'This notice repeats notice {0} of the file.' },
	'body-missing': { 'zh-cn': '正文只有文件名“{0}”：正文内容没有复制进来。', en: 'The body is only a file name (“{0}”): the text was never copied.' },

	// Parts of messages.
	'ending.period': { 'zh-cn': '以“。”结尾', en: 'with “。”' },
	'ending.colon': { 'zh-cn': '以“：”结尾', en: 'with “：”' },
	'ending.semicolon': { 'zh-cn': '以“；”结尾', en: 'with “；”' },
	'ending.none': { 'zh-cn': '不带标点', en: 'without punctuation' },
	'docnum.brackets': { 'zh-cn': '年份应使用六角括号“〔〕”', en: 'the year goes in 〔〕' },
	'docnum.digits': { 'zh-cn': '应使用半角阿拉伯数字', en: 'half-width Arabic digits' },
	'docnum.blanks': { 'zh-cn': '不应含空格', en: 'no blanks' },
	'docnum.di': { 'zh-cn': '顺序号前不加“第”字', en: 'no 第 before the number' },
	'docnum.padding': { 'zh-cn': '顺序号不编虚位', en: 'no leading zeros' },
	'docnum.shortYear': { 'zh-cn': '年份应标全称', en: 'the year in full' },

	// Code actions.
	'action.renumber': { 'zh-cn': '重新编号同级标题（{0}…）', en: 'Renumber the sibling headings ({0} …)' },
	'action.useMarker': { 'zh-cn': '将“{0}”改为“{1}”', en: 'Change “{0}” to “{1}”' },
	'action.groupStyle': { 'zh-cn': '统一同级序号写法为“{0}”', en: 'Write every sibling marker like “{0}”' },
	'action.fullWidth': { 'zh-cn': '改为全角“{0}”', en: 'Use full-width “{0}”' },
	'action.fullWidthDocument': { 'zh-cn': '将全文中文语境下的半角标点改为全角', en: 'Convert half-width punctuation in Chinese text to full-width (document)' },
	'action.fullWidthSelection': { 'zh-cn': '将选中文本中文语境下的半角标点改为全角', en: 'Convert half-width punctuation in Chinese text to full-width (selection)' },
	'action.normalizeMarkers': { 'zh-cn': '按规范统一标题序号（{0}）', en: 'Normalize heading markers to the house style ({0})' },
	'action.promote': { 'zh-cn': '将“{0}”升一级', en: 'Promote “{0}” one level' },
	'action.demote': { 'zh-cn': '将“{0}”降一级', en: 'Demote “{0}” one level' },
	'action.moveUp': { 'zh-cn': '将“{0}”连同正文上移', en: 'Move “{0}” up with its body' },
	'action.moveDown': { 'zh-cn': '将“{0}”连同正文下移', en: 'Move “{0}” down with its body' },
	'action.addEnding': { 'zh-cn': '在标题后加“{0}”', en: 'Add “{0}” after the heading' },
	'action.removeEnding': { 'zh-cn': '删去标题后的“{0}”', en: 'Remove “{0}” after the heading' },

	// Settings.
	'setting.includeScraped': { 'zh-cn': '对网页抓取的合集（一个文件中有多篇通知，带网页残留，或带网站的发布信息栏、工具栏）也给出起草检查结果。', en: 'Report drafting problems on scraped dumps too (several notices in one file, web-page remnants, or a web page\'s metadata lines and toolbar).' },
	'setting.markerStyle': { 'zh-cn': '“统一标题序号”使用的各级序号写法，以序号为1的写法表示，如 `{"arabicDot": "1．"}`；默认按 GB/T 9704：一、（一）1.（1）①。', en: 'How “Normalize heading markers” writes each level, as the marker of number 1, e.g. `{"arabicDot": "1．"}`; default GB/T 9704: 一、 （一） 1. （1） ①.' },

	// The New Notice… command.
	'newNotice.pick': { 'zh-cn': '选择要起草的公文种类', en: 'Choose the kind of notice to draft' },

	// Rule descriptions (settings).
	'rule.numbering-gap': { 'zh-cn': '同级编号有跳号（如（一）（二）（四））。', en: 'A gap in a family\'s numbering (（一） （二） （四））.' },
	'rule.numbering-repeat': { 'zh-cn': '同级编号重复（如（三）（三））。', en: 'A repeated number among siblings (（三） （三））.' },
	'rule.family-order': { 'zh-cn': '层级顺序颠倒（如“1.”之下出现“（一）”）。', en: 'A family out of order (（一） under 1.).' },
	'rule.marker-style-mixed': { 'zh-cn': '同级序号写法不一（如“1.”与“1、”混用）。', en: 'Mixed marker styles among siblings (1. and 1、).' },
	'rule.marker-brackets': { 'zh-cn': '序号括号为半角或不成对（如“(一)”“（一)”）。', en: 'Half-width or unmatched brackets in a marker ((一), （一)).' },
	'rule.heading-empty': { 'zh-cn': '标题只有序号、没有标题文字。', en: 'A heading with a marker and no title.' },
	'rule.heading-ending': { 'zh-cn': '标题末尾标点与同级标题不一致。', en: 'A heading ending differently from its siblings (with or without 。).' },
	'rule.half-width-punctuation': { 'zh-cn': '中文文本中的半角标点（, ; : ? ! ( )）。', en: 'Half-width punctuation in Chinese text (, ; : ? ! ( )).' },
	'rule.doc-number-format': { 'zh-cn': '发文字号格式不符合 GB/T 9704（应为“国办发〔2015〕41号”）。', en: 'A 文号 not in the GB/T 9704 form (国办发〔2015〕41号).' },
	'rule.annex-missing': { 'zh-cn': '附件说明列出的附件在文中缺失。', en: 'An 附件 listed in the 附件说明 but missing from the document.' },
	'rule.annex-unlisted': { 'zh-cn': '文中的附件未列入附件说明。', en: 'An 附件 in the document but not in the 附件说明.' },
	'rule.duplicate-document': { 'zh-cn': '同一文件中重复出现的通知（网页抓取）。', en: 'A notice repeated in the same file (web scrapes).' },
	'rule.body-missing': { 'zh-cn': '正文只有一个文件名（如“….PDF”）。', en: 'A body that is only a file name (….PDF).' },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageId = keyof typeof MESSAGES;

/** The message in `locale` with {0}, {1}… replaced by `args`. */
export function message(locale: Locale, id: MessageId, ...args: (string | number)[]): string {
	const entry: Record<Locale, string> = MESSAGES[id];
	return (entry[locale] ?? entry.en).replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

