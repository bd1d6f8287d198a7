// Web-page chrome around a copied notice: the site's metadata fields (索引号, 发布时间, 文章来源,
// 发文字号 … each with a colon), its toolbars (打印 / 关闭, 【字体：大 中 小】, 内容纠错) and browser
// hints (启用JavaScript, 分辨率…浏览器). A file that has them is a copy of a web page, not a draft.

/** A field of a site's metadata block, written with its colon; blanks inside are removed first (索 引 号:). */
const META_FIELD = /(?:索引号|信息索取号|发布机构|发文机关|发布时间|发布日期|发文日期|成文日期|信息提供日期|生成日期|公报期号|文章来源|信息来源|来源|投稿|浏览次数|点击数|点击|阅读次数|访问次数|主题分类|分类|公开方式|公开范围|公开时限|发文字号|文号|名称|作者|责任编辑|时间)[:：]/gu;
/** A field that only a site's metadata block opens a line with. */
const META_LINE_START = /^(?:索引号|信息索取号|发布机构|发布时间|发布日期|信息提供日期|公报期号|文章来源|信息来源|浏览次数|点击数|阅读次数|公开方式|公开范围|发文字号)[:：]/u;
/** A toolbar or a browser hint. */
const TOOLBAR = /打印本页|关闭窗口|内容纠错|【字体|字体[:：]?[（(【]?大.{0,3}中.{0,3}小|启用JavaScript|ActiveX|分辨率.{0,20}浏览器|^(?:上一篇|下一篇)[:：]/u;
/** Longer lines are text (a whole notice scraped onto one line can hold a 来源： of its own). */
const MAX_LINE = 200;

/**
 * How sure a line (blanks removed) is page chrome: 2 for two metadata fields or a toolbar, 1 for a
 * line that opens with a field only a site's block opens with (a draft could have one such field:
 * 发布时间：____), 0 for text.
 */
export function pageChromeWeight(line: string): 0 | 1 | 2 {
	const s = line.replace(/[\s\u00a0\u3000]+/gu, '');
	if (!s || s.length > MAX_LINE) { return 0; }
	if (TOOLBAR.test(s) || (s.includes('打印') && s.includes('关闭') && s.length <= 40)) { return 2; }
	const fields = s.match(META_FIELD);
	return fields !== null && fields.length >= 2 ? 2 : META_LINE_START.test(s) ? 1 : 0;
}

/** The text holds a web page's chrome: a line of two fields or a toolbar, or two lines that open with a field. */
export function hasPageChrome(text: string): boolean {
	let weight = 0;
	for (let at = 0; at < text.length && weight < 2;) {
		let end = text.indexOf('\n', at);
		if (end < 0) { end = text.length; }
		if (end - at <= MAX_LINE * 3) { weight += pageChromeWeight(text.slice(at, end)); }
		at = end + 1;
	}
	return weight >= 2;
}
