// annex-missing / annex-unlisted: the 附件说明 of the cover letter (`附件：1.… 2.…`) against the
// attachments that follow (`附件1`, `附件2`). Attachments are often separate files, so a list
// with no attachment in the text at all is not reported; only one that the text half includes.
import type { Section, Span } from '../../model';
import { matchMarker } from '../../outline/markers';
import { walkSections } from '../../parse';
import { SIGNATURE_DATE } from '../../text/signature';
import type { RuleContext } from '../context';

export interface AnnexList {
	/** The 附件说明 paragraph. */
	span: Span;
	/** Entry spans by number (1-based); a single unnumbered entry is number 1. */
	entries: Map<number, Span>;
}

const ENTRY = /^[0-9０-９]{1,2}[.．、，,]/;

/** The 附件说明 of a document: the first 附件 paragraph before the attachments that is not one. */
export function findAnnexList(text: string, paragraphs: readonly Span[], annexes: readonly Section[]): AnnexList | null {
	const heads = new Set(annexes.map(a => a.offset));
	const firstAnnex = annexes.length ? annexes[0].offset : Infinity;
	for (let i = 0; i < paragraphs.length; i++) {
		const p = paragraphs[i];
		if (p.offset >= firstAnnex) { break; }
		if (heads.has(p.offset)) { continue; }
		const m = matchMarker(text, p.offset, p.end);
		if (!m || m.family !== 'annex' || m.number !== 0 || text[m.markerEnd - 1] !== '：' && text[m.markerEnd - 1] !== ':') { continue; }
		const entries = new Map<number, Span>();
		const rest = text.slice(m.titleStart, p.end);
		let k = i + 1;
		if (ENTRY.test(rest)) {
			entries.set(1, { offset: m.titleStart, end: p.end });
		} else if (rest.trim()) {
			entries.set(1, { offset: m.titleStart, end: p.end });
			return { span: p, entries };
		}
		// The entries that follow: 2.… 3.… (or 1.… when 附件： stands alone), each short.
		for (let n = entries.size + 1; k < paragraphs.length; k++, n++) {
			const q = paragraphs[k];
			const c = matchMarker(text, q.offset, q.end);
			if (!c || c.family !== 'arabicDot' || c.number !== n || q.end - q.offset > 80) { break; }
			entries.set(n, q);
		}
		return entries.size ? { span: p, entries } : null;
	}
	return null;
}

export function checkAnnexes(ctx: RuleContext): void {
	const { text, doc } = ctx;
	const all: Section[] = [];
	walkSections(doc.sections, s => { if (s.kind === 'annex') { all.push(s); } });
	// `附件：名称` before another 附件 is the 附件说明, even where the outline took it for a heading.
	const annexes = all.filter((a, i) => !(i < all.length - 1 && a.number === 0 && a.title && /^[ \u3000]*[：:]/.test(text.slice(a.offset + a.marker.length))));
	if (!annexes.length) { return; }
	const list = findAnnexList(text, doc.paragraphs, annexes);
	const present = new Set(annexes.map(a => a.number || 1));
	if (list) {
		for (const [n, span] of list.entries) {
			if (!present.has(n)) { ctx.report('annex-missing', span, 'annex-missing', [n]); }
		}
		for (const a of annexes) {
			if (!list.entries.has(a.number || 1)) { ctx.report('annex-unlisted', headingSpan(a), 'annex-unlisted', [a.number || '']); }
		}
		return;
	}
	// No 附件说明: reported only for a cover letter whose attachments follow its signature date
	// (not the appendices of a document it issues, after that document's headings).
	const first = annexes[0].offset;
	const signature = doc.paragraphs.filter(p => p.offset < first && p.end - p.offset <= 20 && SIGNATURE_DATE.test(text.slice(p.offset, p.end))).pop();
	if (!signature) { return; }
	let headed = false;
	walkSections(doc.sections, s => { if (s.kind !== 'annex' && s.offset > signature.end && s.offset < first) { headed = true; } });
	if (headed) { return; }
	for (const a of annexes) { ctx.report('annex-unlisted', headingSpan(a), 'annex-unlisted', [a.number || '']); }
}

function headingSpan(a: Section): Span {
	return { offset: a.offset, end: a.heading.end > a.offset ? a.heading.end : a.offset + a.marker.length };
}
