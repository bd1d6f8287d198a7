// Splits a file into notices. Scraped dumps hold many notices, each `title / body / footer`,
// often twice over; ordinary files hold one. Remnants are set aside so no feature reads them.
import type { Footer, NoticeDocument, Remnant, Span } from '../model';
import { lineAround, splitParagraphs } from '../text/paragraphs';
import { inlineTemplates, isTemplateLine, matchFooter, subtractSpans } from './remnants';
import { findTitleLine } from './titles';
import { readingText } from '../text/blanks';

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
	let skipTo = -1;
	REMNANT_HINT.lastIndex = 0;
	for (let m = REMNANT_HINT.exec(text); m; m = REMNANT_HINT.exec(text)) {
		if (m.index < skipTo) { continue; }
		const line = lineAround(text, m.index);
		skipTo = lineEndAfter(text, m.index);
		if (line.end - line.offset > MAX_REMNANT_LINE) { continue; }
		const lineText = text.slice(line.offset, line.end);
		const footer = matchFooter(lineText, line);
		if (footer) { footers.push(footer); } else if (isTemplateLine(lineText)) { templates.push({ kind: 'template', offset: line.offset, end: line.end }); }
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
	const lines: Span[] = [...templates, ...footers];
	const inline = inlineTemplates(text, 0, text.length).filter(r => !lines.some(l => l.offset <= r.offset && r.end <= l.end));
	const holes = [...templates, ...inline].sort((a, b) => a.offset - b.offset);

	const documents: NoticeDocument[] = [];
	const fileRemnants: Remnant[] = [];
	const seen = new Map<string, number[]>();
	let t = 0;
	for (const seg of segments) {
		const own: Remnant[] = [];
		while (t < holes.length && holes[t].offset < seg.to) { own.push(holes[t++]); }
		const doc = buildDocument(text, seg.from, seg.to, seg.footer, own, documents.length);
		if (!doc) { fileRemnants.push(...own); continue; }
		markDuplicate(text, doc, documents, seen);
		documents.push(doc);
	}
	return { documents, remnants: fileRemnants };
}

/** Offset just past the line end after `offset` (or the text end). */
function lineEndAfter(text: string, offset: number): number {
	const nl = text.indexOf('\n', offset);
	return nl < 0 ? text.length : nl + 1;
}

function buildDocument(text: string, from: number, to: number, footer: Footer | null, lineTemplates: Remnant[], index: number): NoticeDocument | null {
	const remnants: Remnant[] = [...lineTemplates];
	if (footer) { remnants.push({ kind: 'footer', offset: footer.offset, end: footer.end }); }
	const titleLine = findTitleLine(text, from, to, line => lineTemplates.some(r => r.offset <= line.offset && line.end <= r.end));
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
		title: readingText(text.slice(titleSpan.offset, titleSpan.end)),
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

/** Exact duplicates: same title and same paragraphs. A hash finds candidates; the text decides. */
function markDuplicate(text: string, doc: NoticeDocument, earlier: NoticeDocument[], seen: Map<string, number[]>): void {
	const key = `${doc.title}\u0000${doc.paragraphs.length}\u0000${contentHash(text, doc)}`;
	const candidates = seen.get(key) ?? [];
	const same = candidates.find(i => sameContent(text, earlier[i], doc));
	if (same !== undefined) {
		doc.duplicateOf = earlier[same].duplicateOf ?? same;
		return;
	}
	candidates.push(doc.index);
	seen.set(key, candidates);
}

/** FNV-1a over each paragraph's length and up to 32 evenly spaced characters: cheap, and only a filter. */
function contentHash(text: string, doc: NoticeDocument): number {
	let h = 0x811c9dc5;
	for (const p of doc.paragraphs) {
		const n = p.end - p.offset;
		const step = Math.max(1, Math.floor(n / 32));
		h = Math.imul(h ^ n, 0x01000193);
		for (let i = p.offset; i < p.end; i += step) { h = Math.imul(h ^ text.charCodeAt(i), 0x01000193); }
	}
	return h >>> 0;
}

function sameContent(text: string, a: NoticeDocument, b: NoticeDocument): boolean {
	const pa = a.paragraphs, pb = b.paragraphs;
	if (pa.length !== pb.length) { return false; }
	if (!pa.length) { return true; }
	// Same layout relative to the first paragraph: one comparison of the whole run.
	const da = pa[0].offset, db = pb[0].offset;
	if (pa.every((p, i) => p.offset - da === pb[i].offset - db && p.end - da === pb[i].end - db)) {
		return text.startsWith(text.slice(da, pa[pa.length - 1].end), db);
	}
	return pa.every((p, i) => {
		const q = pb[i];
		return p.end - p.offset === q.end - q.offset && text.startsWith(text.slice(p.offset, p.end), q.offset);
	});
}
