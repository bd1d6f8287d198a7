// Semantic tokens: what the TextMate grammar cannot know lexically. A quantity that is a target
// gets `target`, the others `quantity`; dates get `date` with their kind as a modifier; 文号
// `docNumber`; the units of a responsibility note `unit` (`lead` for the lead units). Sorted and
// without overlaps; package.json maps them to TextMate scopes so every theme colours them.
import type { Analysis } from '../analysis';
import { LineIndex } from '../text/lineIndex';
import { lookupOf, SpanIndex } from './lookup';
import { TOKEN_MODIFIERS, TOKEN_TYPES, type NoticeToken, type TokenType } from './types';

const typeIndex = (t: TokenType) => TOKEN_TYPES.indexOf(t);
const modifierBit = (m: string) => {
	const i = (TOKEN_MODIFIERS as readonly string[]).indexOf(m);
	return i < 0 ? 0 : 1 << i;
};

/** Precedence when two annotations overlap (higher wins). */
const PRIORITY: Record<TokenType, number> = { date: 5, docNumber: 4, target: 3, quantity: 2, unit: 1 };

/** The tokens of an analysis (memoized as a stage). */
export function tokensOf(analysis: Analysis): SpanIndex<NoticeToken> {
	return analysis.stage('semanticTokens', a => new SpanIndex(computeTokens(a)));
}

function computeTokens(analysis: Analysis): NoticeToken[] {
	const text = analysis.text;
	const lookup = lookupOf(analysis);
	const raw: { t: NoticeToken; p: number }[] = [];
	const add = (offset: number, end: number, type: TokenType, modifiers = 0) => {
		if (end > offset) { raw.push({ t: { offset, end, type: typeIndex(type), modifiers }, p: PRIORITY[type] }); }
	};
	for (const t of lookup.targets.items) { add(t.offset, t.end, 'target'); }
	for (const q of lookup.quantities.items) { add(q.offset, q.end, 'quantity'); }
	for (const d of lookup.dates.items) {
		const lead = leadIn(text, d.offset);
		const taken = lead > 0 && (lookup.targets.containing(d.offset - lead).length > 0 || lookup.quantities.containing(d.offset - lead).length > 0);
		add(taken ? d.offset : d.offset - lead, d.end, 'date', modifierBit(d.kind));
	}
	for (const n of lookup.docNumbers.items) { add(n.offset, n.end, 'docNumber'); }
	for (const u of lookup.units.items) {
		// Each unit name as written inside the note; names the parser normalized are skipped.
		const note = text.slice(u.offset, u.end);
		let cursor = 0;
		const names: [string, number][] = [
			...u.lead.map((s): [string, number] => [s, modifierBit('lead')]),
			...u.responsible.map((s): [string, number] => [s, 0]),
		];
		const seen = new Set<string>();
		for (const [name, mods] of names) {
			if (!name || seen.has(name)) { continue; }
			seen.add(name);
			let at = note.indexOf(name, cursor);
			if (at < 0) { at = note.indexOf(name); }
			if (at < 0) { continue; }
			add(u.offset + at, u.offset + at + name.length, 'unit', mods);
			cursor = at + name.length;
		}
	}
	raw.sort((x, y) => x.t.offset - y.t.offset || y.p - x.p || (y.t.end - y.t.offset) - (x.t.end - x.t.offset));
	const out: NoticeToken[] = [];
	for (const { t, p } of raw) {
		const last = out[out.length - 1];
		if (last && t.offset < last.end) {
			// Overlap: keep the one of higher precedence (ties: the one already kept).
			if (p > PRIORITY[TOKEN_TYPES[last.type]]) { out[out.length - 1] = t; }
			continue;
		}
		out.push(t);
	}
	// A replaced token may now overlap its predecessor; drop such leftovers.
	return out.filter((t, i) => i === 0 || t.offset >= out[i - 1].end);
}

/**
 * Length of a 到 / 截至 / 截止到 written right before a date: the grammar colours it with the date,
 * so the date's token takes it too (到2022年 in one colour, not 到 green and 2022年 yellow).
 */
function leadIn(text: string, offset: number): number {
	const m = /(?:到|截至|截止到?)\s?$/.exec(text.slice(Math.max(0, offset - 4), offset));
	return m ? m[0].length : 0;
}

/** The line starts of an analysis's text (memoized as a stage). */
export function linesOf(analysis: Analysis): LineIndex {
	return analysis.stage('lines', a => new LineIndex(a.text));
}

/**
 * Tokens in the editor's wire format (LSP / vscode.SemanticTokens): five integers per token —
 * line delta, start delta, length, type, modifier bits — one token per line segment, since a
 * semantic token may not span lines.
 */
export function encodeTokens(text: string, lines: LineIndex, tokens: readonly NoticeToken[]): Uint32Array {
	const out: number[] = [];
	let prevLine = 0, prevChar = 0;
	const push = (line: number, from: number, to: number, t: NoticeToken) => {
		if (to <= from) { return; }
		out.push(line - prevLine, line === prevLine ? from - prevChar : from, to - from, t.type, t.modifiers);
		prevLine = line;
		prevChar = from;
	};
	for (const t of tokens) {
		const start = lines.position(t.offset), end = lines.position(t.end);
		for (let line = start.line; line <= end.line; line++) {
			const from = line === start.line ? start.character : 0;
			const to = line === end.line ? end.character : contentEnd(text, lines, line) - lines.offset(line, 0);
			push(line, from, to, t);
		}
	}
	return Uint32Array.from(out);
}

/** Where a line's text ends (before its \r\n, \n or \r). */
function contentEnd(text: string, lines: LineIndex, line: number): number {
	let end = line + 1 < lines.lineCount ? lines.offset(line + 1, 0) : text.length;
	while (end > lines.offset(line, 0) && (text.charCodeAt(end - 1) === 0x0a || text.charCodeAt(end - 1) === 0x0d)) { end--; }
	return end;
}
