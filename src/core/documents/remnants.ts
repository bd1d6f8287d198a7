// Web-page remnants in scraped dumps: footers (`2018-05-29青海省政府办公厅    阅读: {{ h4836155}}`),
// bare templates (`{{el.src}}    阅读: {{ el.hitcount}}`) and inline `{{…}}` placeholders.
import type { Footer, Remnant, Span } from '../model';

const FOOTER = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})\s*(.{0,60}?)\s*(?:阅读|浏览|点击)(?:次数|量)?[:：]\s*(?:\{\{[^{}]{0,80}\}\}|[0-9]+)\s*$/;
const TEMPLATE_LINE = /^(?:\s*(?:\{\{[^{}]{0,80}\}\}|(?:阅读|浏览|点击)(?:次数|量)?[:：]))+\s*$/;
const INLINE_TEMPLATE = /\{\{[^{}\n]{0,80}\}\}/g;

export function matchFooter(lineText: string, line: Span): Footer | null {
	const m = FOOTER.exec(lineText);
	if (!m) { return null; }
	const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
	return { offset: line.offset, end: line.end, date, publisher: m[4].trim() || null };
}

export function isTemplateLine(lineText: string): boolean {
	return lineText.length > 0 && TEMPLATE_LINE.test(lineText);
}

/** Inline `{{…}}` placeholders inside text[from, to). */
export function inlineTemplates(text: string, from: number, to: number): Remnant[] {
	const out: Remnant[] = [];
	INLINE_TEMPLATE.lastIndex = from;
	for (let m = INLINE_TEMPLATE.exec(text); m && m.index + m[0].length <= to; m = INLINE_TEMPLATE.exec(text)) {
		out.push({ kind: 'template', offset: m.index, end: m.index + m[0].length });
	}
	return out;
}

/** Paragraphs minus remnant spans (a paragraph that straddles a remnant is cut around it). */
export function subtractSpans(paragraphs: Span[], holes: readonly Span[], text: string): Span[] {
	if (!holes.length) { return paragraphs; }
	const out: Span[] = [];
	let h = 0;
	for (const p of paragraphs) {
		let start = p.offset;
		while (h < holes.length && holes[h].end <= start) { h++; }
		let k = h;
		while (k < holes.length && holes[k].offset < p.end) {
			if (holes[k].offset > start) { pushTrimmed(out, text, start, holes[k].offset); }
			start = Math.max(start, holes[k].end);
			k++;
		}
		if (start < p.end) { pushTrimmed(out, text, start, p.end); }
	}
	return out;
}

function pushTrimmed(out: Span[], text: string, offset: number, end: number): void {
	while (offset < end && /\s|\u3000/.test(text[offset])) { offset++; }
	while (end > offset && /\s|\u3000/.test(text[end - 1])) { end--; }
	if (end > offset) { out.push({ offset, end }); }
}
