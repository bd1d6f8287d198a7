// doc-number-format: GB/T 9704-2012 §7.2.4 writes a 文号 as 国办发〔2015〕41号: the year in full in
// 〔〕, Arabic digits, no 第 and no leading zeros before the number, no blanks.
import type { Span } from '../../model';
import { scanDocNumbers } from '../../annotations/docNumbers';
import { toHalfWidth } from '../../text/width';
import type { RuleContext } from '../context';
import type { MessageId } from '../messages';

/** A 文号 with a two-digit year (国发[98]5号): the issuer code must end like one. */
const SHORT_YEAR = /([\u4e00-\u9fa5]{1,10}[发函字办])[〔[［(（【]([0-9０-９]{2})[〕\]］)）】]第?([0-9０-９]{1,5})号/g;

export interface DocNumberProblem extends Span {
	written: string;
	wanted: string;
	problems: MessageId[];
}

/** 文号 not in the GB/T 9704 form in text[from, to), with what each should read. */
export function docNumberProblems(text: string, from: number, to: number): DocNumberProblem[] {
	const out: DocNumberProblem[] = [];
	for (const hit of scanDocNumbers(text, from, to)) {
		const at = hit.offset + hit.issuer.length;
		const written = text.slice(at, hit.end);
		const wanted = `〔${hit.year}〕${hit.number}号`;
		if (written === wanted) { continue; }
		const problems: MessageId[] = [];
		if (written[0] !== '〔' || !written.includes('〕')) { problems.push('docnum.brackets'); }
		if (/[０-９]/.test(written)) { problems.push('docnum.digits'); }
		if (/[\s\u3000]/u.test(written)) { problems.push('docnum.blanks'); }
		if (written.includes('第')) { problems.push('docnum.di'); }
		if (/[〕\]］)）】]\s*第?\s*[0０]/u.test(written)) { problems.push('docnum.padding'); }
		if (!problems.length) { continue; }
		out.push({ offset: at, end: hit.end, written, wanted, problems });
	}
	const slice = text.slice(from, to);
	SHORT_YEAR.lastIndex = 0;
	for (let m = SHORT_YEAR.exec(slice); m; m = SHORT_YEAR.exec(slice)) {
		const at = from + m.index + m[1].length;
		const yy = Number(toHalfWidth(m[2]));
		const wanted = `〔${yy <= 40 ? 2000 + yy : 1900 + yy}〕${Number(toHalfWidth(m[3]))}号`;
		out.push({ offset: at, end: from + m.index + m[0].length, written: m[0].slice(m[1].length), wanted, problems: ['docnum.shortYear'] });
	}
	return out.sort((a, b) => a.offset - b.offset);
}

export function checkDocNumbers(ctx: RuleContext): void {
	const { text, doc } = ctx;
	for (const p of [doc.titleSpan, ...doc.paragraphs]) {
		if (p.end <= p.offset) { continue; }
		for (const d of docNumberProblems(text, p.offset, p.end)) {
			const why = d.problems.map(id => ctx.msg(id)).join(ctx.locale === 'zh-cn' ? '；' : '; ');
			ctx.report('doc-number-format', d, 'doc-number-format', [d.written, why, d.wanted], { edits: [{ offset: d.offset, end: d.end, newText: d.wanted }] });
		}
	}
}
