// Finding a notice's title line and the plan it issues.
import type { Span } from '../model';
import { splitLines } from '../text/paragraphs';
import { squeezeBlanks } from '../text/blanks';
import { KIND_ALT } from './kinds';
/** 关于…的通知, …实施方案(2018—2020年), …条例. */
export const TITLE_RE = new RegExp(`(?:关于.{2,160}?的(?:${KIND_ALT})|(?:${KIND_ALT})(?:[（(][^（()）]{0,30}[）)])?)$`);
const SENTENCE_END = /[。，,；;：:、！？]$/;
/** …的通报国办函〔2018〕46号: a 文号 after the title's kind word (the issuer code cannot be told from the title by length). */
const KIND_THEN_DOC_NUMBER = new RegExp(`^.*(?:${KIND_ALT})(?=[ \\t\\u3000（(]*[\\u4e00-\\u9fa5]{1,12}[〔\\[［【(（][0-9０-９]{4}[〕\\]］】)）][0-9０-９]{1,5}号[)）]?$)`, 'u');
const DOC_NUMBER_AT_START = /^[\u4e00-\u9fa5]{1,12}[〔\[［【(（][0-9０-９]{4}[〕\]］】)）][0-9０-９]{1,5}号[ \t\u3000]*/u;
/** Lines that are never the title: links, site navigation, 文号, dates (not 2020年政府工作报告), ——subtitles, chapters, speakers. */
const NOT_TITLE = /^(?:下载|打印|关闭|分享|收藏|字号|返回)$|^(?:https?:|www\.)|\.(?:cn|com|gov|org)\b|首页|当前位置|您的位置|^第[一二三四五六七八九十百0-9]+[章节条编]|^[0-9０-９]{4}(?:[-.][0-9０-９]|年[0-9０-９一二三四五六七八九十〇○零]{1,2}月)|^[—－-]{2}|^附[ \u3000]*件[:：]|索\s*引\s*号|^返回(?:PC端|首页|顶部|列表)|^[\u4e00-\u9fa5]{1,12}[〔\[［【][0-9]{4}[〕\]］】][0-9]{1,5}号$/u;
/** 市长 马 军: a role and a name spelled out with spaces. */
const SPEAKER = /^[\u4e00-\u9fa5]{1,8}[ \t\u3000]+[\u4e00-\u9fa5](?:[ \t\u3000]+[\u4e00-\u9fa5]){1,3}$/u;
/** A piece of a title wrapped over lines: short Chinese text that is not a sentence. */
const FRAGMENT = /^[^。，,；;：:！？]{2,40}$/u;

/** The title within the first lines of text[from, to) (possibly wrapped over several lines), or null. */
export function findTitleLine(text: string, from: number, to: number, isRemnant: (line: Span) => boolean = () => false): Span | null {
	const lines = splitLines(text, from, to, 40).filter(l => l.end > l.offset && !isRemnant(l)).slice(0, 14);
	const lineText = (l: Span) => text.slice(l.offset, l.end);
	const usable = (l: Span) => { const s = lineText(l); return !NOT_TITLE.test(s) && !SPEAKER.test(s) && /[\u4e00-\u9fa5]/u.test(s); };
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		const s = lineText(l);
		if (s.length > 160 || s.includes('。') || !usable(l)) { continue; }
		const own = trimDocNumber(text, l);
		if (!TITLE_RE.test(squeezeBlanks(text.slice(own.offset, own.end)))) { continue; }
		// A title wrapped over lines: take the pieces above while the title is not complete yet.
		let start = i;
		while (start > 0 && i - start < 3 && !looksComplete(text.slice(lines[start].offset, own.end))) {
			const prev = lines[start - 1];
			if (!FRAGMENT.test(lineText(prev)) || !usable(prev) || /文件$/.test(lineText(prev))) { break; }
			start--;
		}
		// 广东省人民政府办公厅转发省教育厅等部门 / 关于…的通知: the issuing verb belongs to the title.
		if (start > 0 && i - start < 3 && /^关于/.test(lineText(lines[start]))) {
			const prev = lines[start - 1];
			if (FRAGMENT.test(lineText(prev)) && usable(prev) && /(?:转发|印发|批转)/.test(lineText(prev))) { start--; }
		}
		return { offset: start === i ? own.offset : lines[start].offset, end: own.end };
	}
	// A scrape that lost every line break: the title is the start of the one long line.
	const first = lines[0];
	if (!first) { return null; }
	const s = lineText(first);
	const glued = GLUED_TITLE.exec(s.slice(0, 200));
	if (glued) { return trimDocNumber(text, { offset: first.offset, end: first.offset + glued[1].length }); }
	// A short first line that is not a sentence, a salutation or a heading reads as the title.
	const firstUsable = lines.find(usable);
	if (!firstUsable) { return null; }
	const t = lineText(firstUsable);
	if (t.length >= 6 && t.length <= 80 && !SENTENCE_END.test(t) && !t.includes('。') && !/^[一二三四五六七八九十]+、|^[（(]|^[0-9]/.test(t) && balanced(t)) { return firstUsable; }
	return null;
}

const GLUED_TITLE = new RegExp(`^((?:[^。，；：]{0,40}?关于[^。；：]{2,120}?的|[^。，；：]{2,60}?)(?:${KIND_ALT}))(?=[\\u4e00-\\u9fa5]{1,12}[〔［【][0-9]{4}|各|[（(][0-9]{4})`, 'u');

/** Brackets and quotes pair up: a line cut out of a wrapped sentence (…《规划》（交规划) does not. */
function balanced(s: string): boolean {
	const count = (re: RegExp) => (s.match(re) ?? []).length;
	return count(/[（(]/g) === count(/[）)]/g) && count(/《/g) === count(/》/g) && count(/“/g) === count(/”/g);
}

/** A title that reads whole: it starts with 关于 (or an issuer and 关于) and its 《》 pair up. */
function looksComplete(s: string): boolean {
	const open = (s.match(/《/g) ?? []).length, close = (s.match(/》/g) ?? []).length;
	return open === close && /^[^。，]{0,30}?关于/.test(s);
}

/** A label or a page's chrome before the title on its line: 标题：…, 返回PC端…. */
const TITLE_LABEL = /^(?:(?:标\s*题|名\s*称|文件名称)(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]{2,})|返回PC端|返回首页[ \t\u3000]*)/u;

/** The line without a label, or a 文号 written before or after the title on the same line. */
function trimDocNumber(text: string, l: Span): Span {
	let s = text.slice(l.offset, l.end);
	let offset = l.offset, end = l.end;
	const label = TITLE_LABEL.exec(s);
	if (label && label[0].length < s.length - 4) { offset += label[0].length; s = s.slice(label[0].length); }
	const head = DOC_NUMBER_AT_START.exec(s);
	if (head && head[0].length < s.length - 4) { offset += head[0].length; s = s.slice(head[0].length); }
	const tail = KIND_THEN_DOC_NUMBER.exec(s);
	if (tail && tail[0].length > 4) { end = offset + tail[0].length; }
	return { offset, end };
}

/**
 * The plan a title issues: 关于印发X的通知 → X, 关于转发市科技局拟定的《X》的通知 → X,
 * …颁布X的决定 → X; else null.
 */
export function issuedPlanTitle(title: string): string | null {
	return issuedPlanTitles(title)[0] ?? null;
}

/** Every document a title issues: 关于印发《A》和《B》的通知 → [A, B]. */
export function issuedPlanTitles(title: string): string[] {
	const m = /(?:印发|转发|颁布|发布|公布|批转|修改)(.+?)的(?:通知|决定|函)/u.exec(title);
	if (!m) { return []; }
	const quoted = [...m[1].matchAll(/《([^《》]+)》/gu)].map(q => q[1].trim()).filter(q => q.length >= 4);
	if (quoted.length) { return quoted; }
	// 转发省教育厅等部门关于做好…的意见: the document's own title starts at 关于.
	const at = m[1].indexOf('关于');
	// 转发国土资源部等部门找矿突破战略行动纲要: the forwarded document's title starts after its issuers.
	const name = (at > 0 ? m[1].slice(at) : m[1].replace(/^[^《]*?(?:拟定|制定)的/u, '').replace(/^[^《]{2,40}?等(?:部门|单位)/u, '')).trim();
	return name.length >= 4 ? [name] : [];
}
