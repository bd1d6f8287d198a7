// Finding a notice's title line and the plan it issues.
import type { NoticeDocument, Span } from '../model';
import { splitLines } from '../text/paragraphs';
import { squeezeBlanks } from '../text/blanks';
import { normalizeForMatch } from '../text/normalize';
import { KIND_ALT, RULES_KIND_ALT } from './kinds';
/** 2021年…揭榜挂帅申报指南, 2019年度项目申报指南, …专项项目申报的通知: a call for projects. */
const CALL_FOR_PROJECTS = /(?:申报|项目|揭榜)指南|项目申报|揭榜挂帅/u;

/** A call for projects names the year it calls in; what the projects are to reach comes later. */
export function isCallForProjects(title: string): boolean { return CALL_FOR_PROJECTS.test(title); }

/** A subtitle after a title's kind word: …申报指南--人工智能医疗器械方向. */
export const SUBTITLE = '(?:(?:--|——|－－)[^。，,；;：:—-]{2,30})?';
/** 关于…的通知, …实施方案(2018—2020年), …条例, …申报指南--某某方向. */
export const TITLE_RE = new RegExp(`(?:关于.{2,160}?的(?:${KIND_ALT})|(?:${KIND_ALT})(?:[（(][^（()）]{0,30}[）)])?)${SUBTITLE}$`);
const SENTENCE_END = /[。，,；;：:、！？]$/;
/** …的通报国办函〔2018〕46号: a 文号 after the title's kind word (the issuer code cannot be told from the title by length). */
const KIND_THEN_DOC_NUMBER = new RegExp(`^.*(?:${KIND_ALT})(?=[ \\t\\u3000（(]*[\\u4e00-\\u9fa5]{1,12}[〔\\[［【(（][0-9０-９]{4}[〕\\]］】)）][0-9０-９]{1,5}号[)）]?$)`, 'u');
const DOC_NUMBER_AT_START = /^[\u4e00-\u9fa5]{1,12}[〔\[［【(（][0-9０-９]{4}[〕\]］】)）][0-9０-９]{1,5}号[ \t\u3000]*/u;
/** Lines that are never the title: links, site navigation, 文号, dates (not 2020年政府工作报告), ——subtitles, chapters, speakers. */
const NOT_TITLE = /^(?:下载|打印|关闭|分享|收藏|字号|返回)$|^浏览字体|^跳转到|【[ \u3000]*大[ \u3000]*中[ \u3000]*小[ \u3000]*】|^(?:https?:|www\.)|\.(?:cn|com|gov|org)\b|首页|当前位置|您的位置|^第[一二三四五六七八九十百0-9]+[章节条编]|^[0-9０-９]{4}(?:[-.][0-9０-９]|年[0-9０-９一二三四五六七八九十〇○零]{1,2}月)|^[—－-]{2}|^附[ \u3000]*件[:：]|索\s*引\s*号|^返回(?:PC端|首页|顶部|列表)|^[\u4e00-\u9fa5]{1,12}[〔\[［【][0-9]{4}[〕\]］】][0-9]{1,5}号$/u;
/** 市长 马 军: a role and a name spelled out with spaces; 国家发展和改革委员会主任 何立峰: an office's head and a name. */
const SPEAKER = /^[\u4e00-\u9fa5]{1,8}[ \t\u3000]+[\u4e00-\u9fa5](?:[ \t\u3000]+[\u4e00-\u9fa5]){1,3}$|(?:主任|部长|市长|省长|区长|县长|总理|主席|局长|厅长|署长|行长|书记|秘书长)[ \t\u3000]+[\u4e00-\u9fa5]{2,4}$/u;
/** 四、保障措施, （一）…: a heading, never the title. */
const HEADING_START = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])/u;
/** A piece of a title wrapped over lines: short Chinese text that is not a sentence. */
const FRAGMENT = /^[^。，,；;：:！？]{2,40}$/u;
/** A full date in Arabic or Chinese numerals: 2014年10月23日, 二〇一四年十月二十三日. */
const FULL_DATE = '(?:[0-9０-９〇○零一二三四五六七八九][ \\u3000]?){4}年[ \\u3000]?[0-9０-９一二三四五六七八九十]{1,2}[ \\u3000]?月[ \\u3000]?[0-9０-９一二三四五六七八九十]{1,3}[ \\u3000]?日';
/** A line that ends with a signature date (中山市人民政府办公室　2014年10月23日): a cover's signature, not a piece of the title below it. */
const SIGNED_LINE = new RegExp(`${FULL_DATE}$`, 'u');
/** A line that is only a full date (the signature's: 　　2022年9月20日). */
const DATE_LINE = new RegExp(`^[ \\t\\u3000]*${FULL_DATE}[ \\t\\u3000]*$`, 'u');
/** Lines looked at for the title, not counting the short ones of a page's menus (首页, 设为首页, 手机版). */
const TITLE_WINDOW = 14;
const BREADCRUMB = /^(?:当前位置|您的位置|您现在的位置)/u;
const MENU_ITEM = 6;

/** The title within the first lines of text[from, to) (possibly wrapped over several lines), or null. */
export function findTitleLine(text: string, from: number, to: number, isRemnant: (line: Span) => boolean = () => false): Span | null {
	const all = splitLines(text, from, to, 80).filter(l => l.end > l.offset && !isRemnant(l));
	const lineText = (l: Span) => text.slice(l.offset, l.end);
	const usable = (l: Span) => { const s = lineText(l); return !NOT_TITLE.test(s) && !SPEAKER.test(s) && !HEADING_START.test(s) && /[\u4e00-\u9fa5]/u.test(s); };
	// A page's content starts after its breadcrumb (当前位置：首页 > 正文), below the menus.
	const crumb = all.findIndex(l => BREADCRUMB.test(lineText(l)));
	const afterCrumb = crumb >= 0 ? titleAmong(titleWindow(all.slice(crumb + 1)), text, usable) : null;
	if (afterCrumb) { return afterCrumb; }
	const lines = titleWindow(all);
	const found = titleAmong(lines, text, usable);
	if (found) { return found; }
	return promulgatedTitleLine(text, from, to) ?? untitledLine(lines, text, usable);
}

/** An order's first sentence: 《X》已经…通过，现予公布. */
const ORDER_PROMULGATES = /《([^《》]{4,80})》(?:已经|已|业经)[^。]{0,80}?(?:现予|予以)(?:公布|发布)/u;
/** How far into a page the order is looked for, and how far after it X's own title line. */
const ORDER_WINDOW = 600;
const ORDER_TO_TITLE = 1500;

/**
 * A page that opens with the order promulgating X (国务院令第475号 《X》已经…通过，现予公布 … 总理 / date)
 * and has no title line above it: X's own title line after the order is the title, spaced out
 * or wrapped as it may be (防治…损害 / 海 洋 环 境 管 理 条 例), never X quoted in 《》.
 */
function promulgatedTitleLine(text: string, from: number, to: number): Span | null {
	const m = ORDER_PROMULGATES.exec(text.slice(from, Math.min(to, from + ORDER_WINDOW)));
	if (!m || !TITLE_RE.test(m[1])) { return null; }
	const key = normalizeForMatch(m[1]);
	const after = from + m.index + m[0].length;
	const limit = Math.min(to, after + ORDER_TO_TITLE);
	const window = text.slice(after, limit);
	for (let w = window.indexOf(m[1][0]); w >= 0; w = window.indexOf(m[1][0], w + 1)) {
		const at = after + w;
		if (text[at - 1] === '《') { continue; }
		const end = spreadMatchEnd(text, at, limit, key);
		if (end > 0) { return { offset: at, end }; }
	}
	return null;
}

/** Where `key` (normalized) ends when text[at, limit) starts with it, blanks and line breaks skipped; else -1. */
function spreadMatchEnd(text: string, at: number, limit: number, key: string): number {
	let i = at, j = 0;
	while (j < key.length && i < limit) {
		const c = normalizeForMatch(text[i++]);
		if (!c || /\s/u.test(text[i - 1])) { continue; }
		if (c !== key[j]) { return -1; }
		j++;
	}
	return j === key.length ? i : -1;
}

/** The first line of `lines` that reads as a title (with the pieces of a title wrapped above it), or null. */
function titleAmong(lines: readonly Span[], text: string, usable: (l: Span) => boolean): Span | null {
	const lineText = (l: Span) => text.slice(l.offset, l.end);
	const menu = (k: number) => k >= 0 && k < lines.length && lines[k].end - lines[k].offset <= MENU_ITEM;
	let sentenceSeen = false;
	let signedAt = -1;
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		const s = lineText(l);
		// A date on its own line after sentences of the body signs the letter: what follows it is
		// the title only of rules the letter names in 《》 (the file is the 办法 a cover or an order
		// issues) or of what it promulgates by name as an order does (《X》已经…，现予公布); not of an
		// attachment (具体要点附后) nor of a plan a notice issues (制定了《X》，现印发你们: the title is
		// the notice's, lost with its title line).
		if (sentenceSeen && DATE_LINE.test(s)) { signedAt = l.end; }
		if (s.includes('。')) { sentenceSeen = true; }
		if (s.length > 160 || s.includes('。') || !usable(l)) { continue; }
		if (signedAt >= 0 && !promulgatedBefore(text, lines[0].offset, signedAt, s)) { continue; }
		// 规划计划 among 政策法规, 统计数据: a menu's entry.
		if (menu(i) && (menu(i - 1) || menu(i + 1))) { continue; }
		const own = trimDocNumber(text, l);
		if (!TITLE_RE.test(squeezeBlanks(text.slice(own.offset, own.end)))) { continue; }
		// A title wrapped over lines: take the pieces above while the title is not complete yet.
		let start = i;
		while (start > 0 && i - start < 3 && !looksComplete(text.slice(lines[start].offset, own.end))) {
			const prev = lines[start - 1];
			if (!FRAGMENT.test(lineText(prev)) || !usable(prev) || /文件$/.test(lineText(prev)) || SIGNED_LINE.test(lineText(prev))) { break; }
			start--;
		}
		// 广东省人民政府办公厅转发省教育厅等部门 / 关于…的通知: the issuing verb belongs to the title.
		if (start > 0 && i - start < 3 && /^关于/.test(lineText(lines[start]))) {
			const prev = lines[start - 1];
			if (FRAGMENT.test(lineText(prev)) && usable(prev) && /(?:转发|印发|批转)/.test(lineText(prev))) { start--; }
		}
		if (start === i) { return ownTitleBelow(lines[i + 1], text, own) ?? wrappedTail(lines[i + 1], text, own) ?? qualifierBelow(lines[i + 1], text, own) ?? own; }
		return { offset: lines[start].offset, end: own.end };
	}
	return null;
}

/** Where no line reads as a title: the start of a one-line scrape, or a short first line, or null. */
function untitledLine(lines: readonly Span[], text: string, usable: (l: Span) => boolean): Span | null {
	const lineText = (l: Span) => text.slice(l.offset, l.end);
	// A scrape that lost every line break: the title is the start of the one long line.
	const first = lines[0];
	if (!first) { return null; }
	const s = lineText(first);
	// (Its first line may be a piece: 国务院关于印发国家环境保护 / “十一五”规划的通知国发〔2007〕37号各省…)
	const second = lines[1];
	const twoLines = second && second.offset - first.end <= 12 && /关于/.test(s) && FRAGMENT.test(s) && !TITLE_RE.test(s) ? text.slice(first.offset, second.end) : s;
	const glued = GLUED_TITLE.exec(twoLines.slice(0, 200));
	// …是《X规划》（交规划发〔2011〕…: a sentence cut inside its brackets is no title.
	if (glued && balanced(glued[1])) { return trimDocNumber(text, { offset: first.offset, end: first.offset + glued[1].length }); }
	// A short first line that is not a sentence, a salutation or a heading reads as the title.
	const firstUsable = lines.find(usable);
	if (!firstUsable) { return null; }
	const t = lineText(firstUsable);
	// (Not a sentence cut by a hard wrap: 智能检测装备作为智能制造的核心装备，是“工业六基”.)
	if (t.length >= 6 && t.length <= 80 && !/[。，,；;：:]/.test(t) && !SENTENCE_END.test(t) && !/^[（(]|^[0-9]/.test(t) && balanced(t)) { return firstUsable; }
	return null;
}

const GLUED_TITLE = new RegExp(`^((?:[^。，；：]{0,40}?关于[^。；：]{2,120}?的|[^。，；：]{2,60}?)(?:${KIND_ALT}))(?=[\\u4e00-\\u9fa5]{1,12}[〔［【][0-9]{4}|各|[（(][0-9]{4})`, 'u');

/** The letter in text[from, to) names the line's document in 《》 (its title without a bracketed tail): as rules, or as its subject (《X》已经/经…). */
function promulgatedBefore(text: string, from: number, to: number, line: string): boolean {
	const name = squeezeBlanks(line).replace(/[（(][^（）()]*[）)]?$/u, '');
	if (name.length < 4) { return false; }
	const letter = squeezeBlanks(text.slice(from, to));
	for (let at = letter.indexOf(`《${name}`); at >= 0; at = letter.indexOf(`《${name}`, at + 1)) {
		if (RULES_END.test(name) || /^[^《》]{0,12}》(?:已经|已|业经|经)/u.test(letter.slice(at + name.length + 1))) { return true; }
	}
	return false;
}
const RULES_END = new RegExp(`(?:${RULES_KIND_ALT})$`, 'u');

/** The first lines, up to TITLE_WINDOW of them longer than a menu item. */
function titleWindow(lines: readonly Span[]): Span[] {
	const out: Span[] = [];
	let counted = 0;
	for (const l of lines) {
		if (counted >= TITLE_WINDOW) { break; }
		out.push(l);
		if (l.end - l.offset > MENU_ITEM) { counted++; }
	}
	return out;
}

/**
 * 2020年国务院政府工作报告 / 政府工作报告: the line right below the title, repeating its end, is the
 * document's own title line, the one above a collection's or a site's label for it.
 */
function ownTitleBelow(next: Span | undefined, text: string, title: Span): Span | null {
	if (!next) { return null; }
	const key = squeezeBlanks(text.slice(title.offset, title.end));
	const s = squeezeBlanks(text.slice(next.offset, next.end));
	return s.length >= 4 && s.length < key.length && key.endsWith(s) && TITLE_RE.test(s) ? next : null;
}

/**
 * 关于印发《某某三年行动计划 / （2018—2020年）》的通知: a title that reads whole at a kind word but leaves a 《 or a
 * bracket open goes on to the next line when that line closes it.
 */
function wrappedTail(next: Span | undefined, text: string, title: Span): Span | null {
	const head = text.slice(title.offset, title.end);
	if (!next || balanced(head)) { return null; }
	const tail = text.slice(next.offset, next.end);
	const joined = squeezeBlanks(head + tail);
	return FRAGMENT.test(tail) && balanced(joined) && TITLE_RE.test(joined) ? { offset: title.offset, end: next.end } : null;
}

/**
 * A title's qualifier a line of its own: `（试行）`, `（2013年修订）`, an edition `（2021 版）` (a draft's
 * `（征求意见稿）` after it is its state, not its title).
 */
const QUALIFIER_LINE = /^[（(](?:试行|暂行|[0-9０-９]{4}年?版|[0-9０-９]{4}年(?:修订|修正))[）)](?<draft>[（(](?:征求意见稿|送审稿|讨论稿|草案)[）)])?$/u;

/** 某某管理办法 / （试行）: the qualifier on the line below belongs to the title. */
function qualifierBelow(next: Span | undefined, text: string, title: Span): Span | null {
	if (!next) { return null; }
	const line = text.slice(next.offset, next.end);
	const m = QUALIFIER_LINE.exec(squeezeBlanks(line));
	if (!m) { return null; }
	return { offset: title.offset, end: m.groups?.draft ? next.offset + line.search(/[）)]/u) + 1 : next.end };
}

/** 中办、国办印发《关于…的指导意见》: a news headline; the document's title is the name it quotes. */
const HEADLINE = /^[^《》。，；：]{2,30}?(?:印发|发布|出台|公布|转发)《([^《》]+)》$/u;

/** The title as the document names itself: a news headline's quoted name, else the title line as it reads. */
export function ownTitle(titleLine: string): string {
	const m = HEADLINE.exec(titleLine);
	return m && TITLE_RE.test(m[1]) ? m[1] : titleLine;
}

/** Brackets and quotes pair up: a line cut out of a wrapped sentence (…《规划》（交规划) does not. */
export function balanced(s: string): boolean {
	const count = (re: RegExp) => (s.match(re) ?? []).length;
	return count(/[（(]/g) === count(/[）)]/g) && count(/《/g) === count(/》/g) && count(/“/g) === count(/”/g);
}

/** A title that reads whole: it starts with 关于 (or an issuer and 关于) or 印发, and its 《》 pair up. */
function looksComplete(s: string): boolean {
	const open = (s.match(/《/g) ?? []).length, close = (s.match(/》/g) ?? []).length;
	// (印发X的通知 without 关于, as some offices title them, reads whole too.)
	return open === close && /^[^。，]{0,30}?关于|^(?:印发|转发|批转)/.test(s);
}

/** A label or a page's chrome before the title on its line: 标题：…, 返回PC端…; a bullet or markdown mark (■ …, # …, **…**). */
const TITLE_LABEL = /^(?:[■□●◆◇▲★☆#＃*＊]+[ \t\u3000]*|(?:标\s*题|名\s*称|文件名称|信息名称)(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]{2,})|返回PC端|返回首页[ \t\u3000]*)/u;

/** The line without a label, or a 文号 written before or after the title on the same line. */
function trimDocNumber(text: string, l: Span): Span {
	let s = text.slice(l.offset, l.end);
	let offset = l.offset, end = l.end;
	const label = TITLE_LABEL.exec(s);
	if (label && label[0].length < s.length - 4) { offset += label[0].length; s = s.slice(label[0].length); }
	const mark = /[ \t\u3000]*(?:\*\*|#+)$/u.exec(s);
	if (mark && mark.index > 4) { end -= mark[0].length; s = s.slice(0, mark.index); }
	const head = DOC_NUMBER_AT_START.exec(s);
	if (head && head[0].length < s.length - 4) { offset += head[0].length; s = s.slice(head[0].length); }
	const tail = KIND_THEN_DOC_NUMBER.exec(s);
	if (tail && tail[0].length > 4) { end = offset + tail[0].length; }
	return { offset, end };
}

/**
 * The documents a notice issues, each of which opens a `plan` node of the outline where its own
 * title line comes: those its title names (issuedPlanTitles), and the document itself when a
 * cover (a 政府令, a notice that lost its title) promulgates it by name: `《X办法》已经…通过，现予公布`.
 */
export function issuedDocumentTitles(text: string, doc: IssuingDocument): string[] {
	// A notice that lost its title line still issues what its cover names (制定了《X》，现印发你们).
	if (!doc.title) { return coverIssuedTitles(text, doc); }
	const promulgated = promulgation(text, doc) ? [doc.title] : [];
	const named = issuedPlanTitles(doc.title);
	// Several documents named in the cover only (…拟定的X配套实施细则的通知: 《A》、《B》、《C》…现转发给你们).
	const listed = named.length ? coverListedTitles(text, doc).filter(t => !named.some(n => normalizeForMatch(n) === normalizeForMatch(t))) : [];
	return [...promulgated, ...named, ...(listed.length >= 2 ? listed : [])];
}

/** The titles a cover quotes in 《》 and promulgates (《X》…现予发布 / 现印发你们). */
function coverIssuedTitles(text: string, doc: IssuingDocument): string[] {
	const cover = text.slice(doc.body.offset, Math.min(doc.body.end, doc.body.offset + COVER_LENGTH));
	const out: string[] = [];
	for (const m of cover.matchAll(/《([^《》]{4,80})》/gu)) {
		const after = cover.slice(m.index + m[0].length, m.index + m[0].length + 120);
		if (TITLE_RE.test(m[1]) && PROMULGATION.test(after) && !out.includes(m[1])) { out.push(m[1]); }
	}
	return out;
}

/** 《A》、《B》和《C》，已经…同意，现转发给你们: the documents a cover's sentence issues, as a list of two or more. */
const COVER_LIST = /((?:《[^《》]{4,80}》[、，,和及与]?){2,})[^。《》]{0,30}?(?:印发|转发|发布|公布)给你们/gu;

function coverListedTitles(text: string, doc: IssuingDocument): string[] {
	const from = doc.body.offset;
	const cover = text.slice(from, Math.min(doc.body.end, from + COVER_LENGTH));
	COVER_LIST.lastIndex = 0;
	const m = COVER_LIST.exec(cover);
	if (!m) { return []; }
	const names = [...m[1].matchAll(/《([^《》]+)》/gu)].map(q => q[1].trim());
	return names.every(n => TITLE_RE.test(n)) ? names : [];
}

/**
 * The paragraphs the outline reads: the document's, and its title line too when the cover that
 * promulgates it stands above it (令 / 《X》…现予公布 / signature / X / 第一章): there the title
 * line opens the promulgated document, as it does when the page has a title of its own first.
 */
export function outlineParagraphs(text: string, doc: IssuingDocument): Span[] {
	if (promulgation(text, doc) !== 'above') { return doc.paragraphs; }
	const at = doc.paragraphs.findIndex(p => p.offset >= doc.titleSpan.end);
	const cut = at < 0 ? doc.paragraphs.length : at;
	return [...doc.paragraphs.slice(0, cut), { offset: doc.titleSpan.offset, end: doc.titleSpan.end }, ...doc.paragraphs.slice(cut)];
}

export type IssuingDocument = Pick<NoticeDocument, 'title' | 'titleSpan' | 'body' | 'paragraphs'>;

/**
 * After 《X》: 已经…通过，现予公布 / 现予发布 / 现印发给你们 / (现将《X》)印发给你们; or the next sentence
 * of the cover (特制定《X》。经市政府同意，现予印发).
 */
const PROMULGATION = /^(?:[^。]{0,80}?(?:现予|予以|现)|[^。]{0,12}?|。[^。]{0,30}?(?:现予|予以|现))(?:公布|发布|印发)/u;
/** 《X办法（试行）》 promulgates X办法 whose （试行） the title line wrapped to the next. */
const TRIAL_NOTE = /^[(][^()]{1,8}[)]$/;
/** How far around the title a cover's promulgation sentence is looked for. */
const COVER_LENGTH = 2000;

/** Where a sentence quoting the title in 《》 (nested 〈〉 allowed) promulgates it: above the title line, below it, or nowhere. */
function promulgation(text: string, doc: IssuingDocument): 'above' | 'below' | null {
	const key = normalizeForMatch(doc.title);
	if (key.length < 4) { return null; }
	const from = Math.max(doc.paragraphs[0]?.offset ?? doc.titleSpan.offset, doc.titleSpan.offset - COVER_LENGTH);
	const to = Math.min(doc.body.end, doc.body.offset + COVER_LENGTH);
	// Searched within the window only: an indexOf past it would read the rest of the file for every
	// document of a dump (1,000 notices with no 《 took 0.5 s, 4,000 took 5.9 s).
	const window = text.slice(from, to);
	for (let w = window.indexOf('《'); w >= 0; w = window.indexOf('《', w + 1)) {
		const at = from + w;
		let depth = 0, close = -1;
		for (let i = at; i < to && i - at <= 2 * doc.title.length + 20; i++) {
			if (text[i] === '《') { depth++; } else if (text[i] === '》' && --depth === 0) { close = i; break; }
		}
		const quoted = close < 0 ? '' : normalizeForMatch(text.slice(at, close + 1));
		if (quoted !== key && !(quoted.startsWith(key) && TRIAL_NOTE.test(quoted.slice(key.length)))) { continue; }
		if (PROMULGATION.test(text.slice(close + 1, close + 120))) { return at < doc.titleSpan.offset ? 'above' : 'below'; }
	}
	return null;
}

/**
 * The plan a title issues: 关于印发X的通知 → X, 关于转发市科技局拟定的《X》的通知 → X,
 * …颁布X的决定 → X, 批转发展改革委关于X意见的紧急通知 → 关于X意见; else null.
 */
export function issuedPlanTitle(title: string): string | null {
	return issuedPlanTitles(title)[0] ?? null;
}

/** Every document a title issues: 关于印发《A》和《B》的通知 → [A, B]. */
export function issuedPlanTitles(title: string): string[] {
	// (…意见的紧急通知 / …的补充通知: the cover's kind word may be qualified.)
	const m = /(?:印发|转发|颁布|发布|公布|批转|修改)(.+?)的(?:紧急|补充)?(?:通知|决定|函)/u.exec(title);
	if (!m) { return []; }
	const quoted = [...m[1].matchAll(/《([^《》]+)》/gu)].map(q => q[1].trim()).filter(q => q.length >= 4);
	if (quoted.length) { return quoted; }
	// 转发省教育厅等部门关于做好…的意见: the document's own title starts at 关于.
	const at = m[1].indexOf('关于');
	// 转发国土资源部等部门找矿突破战略行动纲要: the forwarded document's title starts after its issuers.
	const name = (at > 0 ? m[1].slice(at) : m[1].replace(/^[^《]*?(?:拟定|制定)的/u, '').replace(/^[^《]{2,40}?等(?:部门|单位)/u, '')).trim();
	return name.length >= 4 ? [name] : [];
}
