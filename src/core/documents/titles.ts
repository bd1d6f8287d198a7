// Finding a notice's title line and the plan it issues.
import type { Span } from '../model';
import { splitLines } from '../text/paragraphs';

/** Kinds of 公文 and policy documents, as the last words of a title. */
export const DOC_KINDS = ['通知', '意见', '指导意见', '实施意见', '方案', '实施方案', '工作方案', '行动方案', '行动计划', '计划', '规划', '办法', '实施办法', '管理办法', '决定', '条例', '规定', '实施细则', '细则', '纲要', '指南', '通告', '公告', '批复', '函', '报告', '要点', '措施', '若干措施', '意见书', '战略'];

const KIND_ALT = DOC_KINDS.slice().sort((a, b) => b.length - a.length).join('|');
/** 关于…的通知, …实施方案(2018—2020年), …条例. */
export const TITLE_RE = new RegExp(`(?:关于.{2,160}?的(?:${KIND_ALT})|(?:${KIND_ALT})(?:[（(][^（()）]{0,30}[）)])?)$`);
const SENTENCE_END = /[。，,；;：:、！？]$/;

/** The title line within the first lines of text[from, to), or null. */
export function findTitleLine(text: string, from: number, to: number, isRemnant: (line: Span) => boolean = () => false): Span | null {
	const lines = splitLines(text, from, to, 24).filter(l => l.end > l.offset && !isRemnant(l)).slice(0, 8);
	for (const l of lines.slice(0, 6)) {
		const s = text.slice(l.offset, l.end);
		if (s.length <= 160 && TITLE_RE.test(s.trim()) && !s.includes('。')) { return l; }
	}
	const first = lines[0];
	if (!first) { return null; }
	const s = text.slice(first.offset, first.end);
	// A short first line that is not a sentence, a salutation or a heading reads as the title.
	if (s.length <= 80 && !SENTENCE_END.test(s) && !s.includes('。') && !/^[一二三四五六七八九十]+、|^[（(]|^[0-9]/.test(s)) { return first; }
	return null;
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
	const m = /(?:印发|转发|颁布|发布|公布|批转)(.+?)的(?:通知|决定|函)/u.exec(title);
	if (!m) { return []; }
	const quoted = [...m[1].matchAll(/《([^《》]+)》/gu)].map(q => q[1].trim()).filter(q => q.length >= 4);
	if (quoted.length) { return quoted; }
	const name = m[1].replace(/^[^《]*?(?:拟定|制定)的/u, '').trim();
	return name.length >= 4 ? [name] : [];
}
