// Splits a file into notices. Scraped dumps hold many notices, each `title / body / footer`,
// often twice over; ordinary files hold one. Remnants are set aside so no feature reads them.
import type { Footer, NoticeDocument, Remnant, Span } from '../model';
import { splitLines, splitParagraphs } from '../text/paragraphs';
import { inlineTemplates, isTemplateLine, matchFooter, subtractSpans } from './remnants';
import { findTitleLine } from './titles';

export interface SplitResult {
	documents: NoticeDocument[];
	remnants: Remnant[];
}

const MISSING_BODY = /^[^\s\u3000]{1,240}\.(?:pdf|docx?|wps|ofd|xlsx?|zip|rar|ceb|caj)$/i;

export function splitDocuments(text: string): SplitResult {
	const lines = splitLines(text);
	const fileRemnants: Remnant[] = [];
	// Segments end at footers; lines that are only templates are remnants wherever they are.
	const segments: { from: number; to: number; footer: Footer | null; templates: Remnant[] }[] = [];
	let segStart = -1;
	let templates: Remnant[] = [];
	for (const line of lines) {
		if (line.end === line.offset) { continue; }
		const lineText = text.slice(line.offset, Math.min(line.end, line.offset + 400));
		const footer = line.end - line.offset <= 400 ? matchFooter(lineText, line) : null;
		if (footer) {
			segments.push({ from: segStart < 0 ? footer.offset : segStart, to: footer.offset, footer, templates });
			segStart = -1;
			templates = [];
			continue;
		}
		if (line.end - line.offset <= 400 && isTemplateLine(lineText)) {
			templates.push({ kind: 'template', offset: line.offset, end: line.end });
			continue;
		}
		if (segStart < 0) { segStart = line.offset; }
	}
	if (segStart >= 0) {
		segments.push({ from: segStart, to: text.length, footer: null, templates });
	} else {
		fileRemnants.push(...templates);
	}
	if (segments.length === 0) {
		segments.push({ from: 0, to: text.length, footer: null, templates: [] });
	}

	const documents: NoticeDocument[] = [];
	const seen = new Map<string, number>();
	for (const seg of segments) {
		const doc = buildDocument(text, seg.from, seg.to, seg.footer, seg.templates, documents.length);
		if (!doc) { continue; }
		const key = duplicateKey(text, doc);
		const first = seen.get(key);
		if (first !== undefined) { doc.duplicateOf = first; } else { seen.set(key, doc.index); }
		documents.push(doc);
	}
	return { documents, remnants: fileRemnants };
}

function buildDocument(text: string, from: number, to: number, footer: Footer | null, lineTemplates: Remnant[], index: number): NoticeDocument | null {
	const remnants: Remnant[] = [...lineTemplates, ...inlineTemplates(text, from, to)].sort((a, b) => a.offset - b.offset);
	if (footer) { remnants.push({ kind: 'footer', offset: footer.offset, end: footer.end }); }
	const titleLine = findTitleLine(text, from, to);
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
		title: text.slice(titleSpan.offset, titleSpan.end).replace(/[\s\u3000]+/g, ' ').trim(),
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

function duplicateKey(text: string, doc: NoticeDocument): string {
	let key = doc.title + '\u0000';
	for (const p of doc.paragraphs) { key += text.slice(p.offset, p.end) + '\u0001'; }
	return key;
}
