// Web-page chrome around a copied notice: the site's metadata fields (索引号, 发布时间, 文章来源,
// 发文字号 … each with a colon), its toolbars (打印 / 关闭, 【字体：大 中 小】, 内容纠错) and browser
// hints (启用JavaScript, 分辨率…浏览器). A file that has them is a copy of a web page, not a draft.
import { BLANK_CLASS, squeezeBlanks } from './blanks';
import { nextLineStart } from './paragraphs';

/** Names of fields only a site's metadata block has. */
const SITE_FIELDS = ['索引号', '信息索取号', '发布机构', '发布时间', '发布日期', '发文日期', '信息提供日期', '生成日期', '公报期号', '文章来源', '信息来源',
	'投稿', '浏览次数', '点击数', '阅读次数', '访问次数', '主题分类', '公开方式', '公开范围', '公开时限', '发文字号', '责任编辑'];
/** Names a draft's own form can have too (项目名称：, 申报时间：): chrome only beside a site field. */
const COMMON_FIELDS = ['名称', '时间', '来源', '分类', '作者', '文号', '点击', '发文机关', '成文日期'];
/** A field name (blanks allowed between its characters: 索 引 号) with its colon, at the line's start or after a blank. */
const fieldPattern = (names: string[]) => new RegExp(`(?:^|[${BLANK_CLASS}])(?:${names.map(n => [...n].join(`[${BLANK_CLASS}]?`)).join('|')})[${BLANK_CLASS}]?[:：]`, 'gu');
const SITE_FIELD = fieldPattern(SITE_FIELDS);
const ANY_FIELD = fieldPattern([...SITE_FIELDS, ...COMMON_FIELDS]);
/** A toolbar or a browser hint (blanks removed first). */
const TOOLBAR = /打印本页|关闭窗口|内容纠错|【字体|字体[:：]?[（(【]?大.{0,3}中.{0,3}小|启用JavaScript|ActiveX|分辨率.{0,20}浏览器|^(?:上一篇|下一篇)[:：]|^[^，。,.；;\u4e00-\u9fa5]{0,6}打印[^，。,.\u4e00-\u9fa5]{0,4}关闭[^，。,.\u4e00-\u9fa5]{0,4}$/u;
/** Longer lines are text (a whole notice scraped onto one line can hold a 来源： of its own). */
const MAX_LINE = 200;

/**
 * How sure a line is page chrome: 2 for two metadata fields, one of them a site's, or a toolbar;
 * 1 for a line that opens with a site field alone (a draft could have one such field: 发布时间：____);
 * 0 for text.
 */
export function pageChromeWeight(line: string): 0 | 1 | 2 {
	const t = line.trim();
	if (!t || t.length > MAX_LINE) { return 0; }
	if (TOOLBAR.test(squeezeBlanks(t))) { return 2; }
	const site = t.match(SITE_FIELD)?.length ?? 0;
	if (!site) { return 0; }
	return (t.match(ANY_FIELD)?.length ?? 0) >= 2 ? 2 : 1;
}

/** The text holds a web page's chrome: a line of two fields or a toolbar, or two lines that open with a site field. */
export function hasPageChrome(text: string): boolean {
	let weight = 0;
	for (let at = 0; at < text.length && weight < 2;) {
		const next = nextLineStart(text, at);
		if (next - at <= MAX_LINE * 3) { weight += pageChromeWeight(text.slice(at, next)); }
		at = next;
	}
	return weight >= 2;
}
