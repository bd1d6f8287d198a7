// Semantic tokens: what the TextMate grammar cannot know lexically. A quantity that is a target
// gets `target`, the others `quantity`; dates get `date` with their kind as a modifier
// (deadline, period, issued, effective, expiry, published, reference, past); 文号 `docNumber`; the units
// of a responsibility note `unit` (`lead` for the lead units). package.json maps these to
// TextMate scopes (`semanticTokenScopes`) so every theme colours targets and deadlines.
import * as vscode from 'vscode';
import type { Analysis } from '../../core/analysis';
import type { DocumentAnalyses } from '../analyses';
import { LANGUAGE_ID } from '../config';
import { guarded } from '../log';
import { lookupOf, SpanIndex } from './lookup';

export const TOKEN_TYPES = ['target', 'quantity', 'date', 'docNumber', 'unit'] as const;
export const TOKEN_MODIFIERS = ['deadline', 'period', 'issued', 'effective', 'expiry', 'published', 'reference', 'past', 'lead'] as const;
export type TokenType = typeof TOKEN_TYPES[number];
export type TokenModifier = typeof TOKEN_MODIFIERS[number];

export const legend = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

/** One token over text offsets [offset, end); may span lines (split when encoded). */
export interface OffsetToken {
	offset: number;
	end: number;
	type: number;
	modifiers: number;
}

const typeIndex = (t: TokenType) => TOKEN_TYPES.indexOf(t);
const modifierBit = (m: string) => {
	const i = (TOKEN_MODIFIERS as readonly string[]).indexOf(m);
	return i < 0 ? 0 : 1 << i;
};

/** Precedence when two annotations overlap (higher wins). */
const PRIORITY: Record<TokenType, number> = { date: 5, docNumber: 4, target: 3, quantity: 2, unit: 1 };

/** The tokens of an analysis, sorted and without overlaps (memoized as a stage). */
export function tokensOf(analysis: Analysis): SpanIndex<OffsetToken> {
	return analysis.stage('semanticTokens', a => new SpanIndex(computeTokens(a)));
}

function computeTokens(analysis: Analysis): OffsetToken[] {
	const text = analysis.text;
	const lookup = lookupOf(analysis);
	const raw: { t: OffsetToken; p: number }[] = [];
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
	const out: OffsetToken[] = [];
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

/** Encodes tokens as VS Code wants them: one per line segment, UTF-16 columns. */
export function encode(document: vscode.TextDocument, tokens: readonly OffsetToken[], token?: vscode.CancellationToken): vscode.SemanticTokens | undefined {
	const builder = new vscode.SemanticTokensBuilder(legend);
	for (const t of tokens) {
		if (token?.isCancellationRequested) { return undefined; }
		const start = document.positionAt(t.offset), end = document.positionAt(t.end);
		if (start.line === end.line) {
			if (end.character > start.character) { builder.push(start.line, start.character, end.character - start.character, t.type, t.modifiers); }
			continue;
		}
		for (let line = start.line; line <= end.line; line++) {
			const from = line === start.line ? start.character : 0;
			const to = line === end.line ? end.character : document.lineAt(line).range.end.character;
			if (to > from) { builder.push(line, from, to - from, t.type, t.modifiers); }
		}
	}
	return builder.build();
}

export function registerSemanticTokens(analyses: DocumentAnalyses): vscode.Disposable {
	const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
	const full: vscode.DocumentSemanticTokensProvider = {
		provideDocumentSemanticTokens: (document, token) => guarded('semantic tokens', undefined, () => {
			const tokens = tokensOf(analyses.get(document));
			return encode(document, tokens.items, token);
		}),
	};
	const range: vscode.DocumentRangeSemanticTokensProvider = {
		provideDocumentRangeSemanticTokens: (document, r, token) => guarded('semantic tokens (range)', undefined, () => {
			const tokens = tokensOf(analyses.get(document));
			return encode(document, tokens.overlapping(document.offsetAt(r.start), document.offsetAt(r.end)), token);
		}),
	};
	return vscode.Disposable.from(
		vscode.languages.registerDocumentSemanticTokensProvider(selector, full, legend),
		vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, range, legend),
	);
}
