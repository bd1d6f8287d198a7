// Splits a file into notices. Scraped dumps hold many notices, each `title / body / footer`,
// often twice over; ordinary files hold one. Remnants are set aside so no feature reads them.
import type { Footer, NoticeDocument, Remnant, Span } from '../model';
import { lineAround, nextLineStart, splitParagraphs } from '../text/paragraphs';
import { inlineTemplates, isTemplateLine, matchFooter, subtractSpans } from './remnants';
import { findTitleLine, ownTitle } from './titles';
import { readingText } from '../text/blanks';
import { lastStartingAtOrBefore } from '../text/search';
import { DuplicateFinder } from './duplicates';

export interface SplitResult {
	documents: NoticeDocument[];
	remnants: Remnant[];
}

const MISSING_BODY = /^[^\s\u3000]{1,240}\.(?:pdf|docx?|wps|ofd|xlsx?|zip|rar|ceb|caj)$/i;

/** Lines that may be remnants contain one of these; only those lines are examined. */
const REMNANT_HINT = /阅读|浏览|点击|\{\{/g;
const MAX_REMNANT_LINE = 400;

export function splitDocuments(text: string): SplitResult {
	// 1. Footers and template lines, found from their hints (no pass over every line).
	const footers: Footer[] = [];
	const templates: Remnant[] = [];
	const remnantLines: Span[] = []; // both, in text order
	let skipTo = -1;
	REMNANT_HINT.lastIndex = 0;
	for (let m = REMNANT_HINT.exec(text); m; m = REMNANT_HINT.exec(text)) {
		if (m.index < skipTo) { continue; }
		const line = lineAround(text, m.index);
		skipTo = nextLineStart(text, m.index);
		if (line.end - line.offset > MAX_REMNANT_LINE) { continue; }
		const lineText = text.slice(line.offset, line.end);
		const footer = matchFooter(lineText, line);
		if (footer) {
			footers.push(footer);
			remnantLines.push(footer);
		} else if (isTemplateLine(lineText)) {
			const template: Remnant = { kind: 'template', offset: line.offset, end: line.end };
			templates.push(template);
			remnantLines.push(template);
		}
	}
	// 2. Segments end at footers: title / body / footer, once per notice.
	const segments: { from: number; to: number; footer: Footer | null }[] = [];
	let from = 0;
	for (const f of footers) {
		segments.push({ from, to: f.offset, footer: f });
		from = f.end;
	}
	segments.push({ from, to: text.length, footer: null });

	// Inline {{…}} placeholders outside template lines, found in one pass.
	const inline = outsideSpans(inlineTemplates(text, 0, text.length), remnantLines);
	const holes = mergeByOffset(templates, inline);

	const documents: NoticeDocument[] = [];
	const fileRemnants: Remnant[] = [];
	const duplicates = new DuplicateFinder(text, documents);
	let t = 0;
	for (const seg of segments) {
		const own: Remnant[] = [];
		while (t < holes.length && holes[t].offset < seg.to) { own.push(holes[t++]); }
		const doc = buildDocument(text, seg.from, seg.to, seg.footer, own, documents.length);
		if (!doc) { fileRemnants.push(...own); continue; }
		duplicates.mark(doc);
		documents.push(doc);
	}
	return { documents, remnants: fileRemnants };
}

/** The spans of `inner` (sorted) not inside one of `lines` (sorted, disjoint): one sweep. */
function outsideSpans<T extends Span>(inner: T[], lines: readonly Span[]): T[] {
	let j = 0;
	return inner.filter(r => {
		while (j + 1 < lines.length && lines[j + 1].offset <= r.offset) { j++; }
		const l = lines[j];
		return !(l && l.offset <= r.offset && r.end <= l.end);
	});
}

/** Two lists sorted by offset, merged (for equal offsets, `a`'s first, as a stable sort would). */
function mergeByOffset<T extends Span>(a: readonly T[], b: readonly T[]): T[] {
	const out: T[] = [];
	let i = 0, j = 0;
	while (i < a.length || j < b.length) {
		out.push(j >= b.length || (i < a.length && a[i].offset <= b[j].offset) ? a[i++] : b[j++]);
	}
	return out;
}

/** Whether `line` lies inside one of `holes` (sorted, disjoint): the last one starting at or before it. */
function insideHole(holes: readonly Span[], line: Span): boolean {
	const at = lastStartingAtOrBefore(holes, line.offset);
	return at >= 0 && line.end <= holes[at].end;
}

function buildDocument(text: string, from: number, to: number, footer: Footer | null, lineTemplates: Remnant[], index: number): NoticeDocument | null {
	const remnants: Remnant[] = [...lineTemplates];
	if (footer) { remnants.push({ kind: 'footer', offset: footer.offset, end: footer.end }); }
	const titleLine = findTitleLine(text, from, to, line => insideHole(lineTemplates, line));
	const titleSpan: Span = titleLine ?? { offset: from, end: from };
	const bodyStart = titleLine ? titleLine.end : from;
	// Header lines above the title (发文机关标志, 文号) are read too; the title is not a paragraph.
	const head = titleLine ? splitParagraphs(text, from, titleLine.offset) : [];
	const paragraphs = subtractSpans([...head, ...splitParagraphs(text, bodyStart, to)], remnants.filter(r => r.kind === 'template'), text);
	if (!titleLine && paragraphs.length === 0) { return null; }
	const lastEnd = paragraphs.length ? paragraphs[paragraphs.length - 1].end : titleSpan.end;
	const firstBody = paragraphs.find(p => p.offset >= bodyStart);
	const body: Span = { offset: firstBody ? firstBody.offset : bodyStart, end: Math.max(lastEnd, firstBody ? firstBody.offset : bodyStart) };
	const bodyParas = paragraphs.filter(p => p.offset >= bodyStart);
	const only = bodyParas.length === 1 ? text.slice(bodyParas[0].offset, bodyParas[0].end) : '';
	const bodyMissing = bodyParas.length === 0 || MISSING_BODY.test(only);
	const docStart = Math.min(titleSpan.offset, paragraphs.length ? paragraphs[0].offset : titleSpan.offset);
	return {
		index,
		title: ownTitle(readingText(text.slice(titleSpan.offset, titleSpan.end))),
		titleSpan,
		body,
		footer,
		duplicateOf: null,
		bodyMissing,
		missingFile: bodyMissing && only ? only : null,
		paragraphs,
		remnants,
		sections: [],
		offset: docStart,
		end: footer ? footer.end : Math.max(lastEnd, titleSpan.end),
	};
}
