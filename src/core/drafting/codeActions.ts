// The code actions at a range: quick fixes for the diagnostics there, refactorings of the heading
// there (promote, demote, move, renumber) and source actions (markers in the house style,
// full-width punctuation). Each action's edits are one undo step.
import type { FileModel, Span } from '../model';
import { message } from './messages';
import type { CodeAction, Diagnostic, HouseStyle, Locale, RuleCode, TextEdit } from './types';
import { DEFAULT_HOUSE_STYLE, LADDER, houseMarker } from './markerText';
import { headingAt, sectionStartingAt } from './locate';
import { renumberSiblings } from './fixes/renumber';
import { normalizeMarkers } from './fixes/normalize';
import { toFullWidthPunctuation } from './fixes/punctuation';
import { demoteSection, promoteSection } from './fixes/level';
import { moveSection } from './fixes/move';
import { majorityShape, restyled } from './fixes/markerStyle';
import { groupOf } from './siblings';

export interface CodeActionOptions {
	locale?: Locale;
	houseStyle?: HouseStyle;
}

export function codeActions(model: FileModel, range: Span, diagnostics: readonly Diagnostic[], options: CodeActionOptions = {}): CodeAction[] {
	const locale = options.locale ?? 'zh-cn';
	const style = options.houseStyle ?? DEFAULT_HOUSE_STYLE;
	const t = (id: Parameters<typeof message>[1], ...args: (string | number)[]) => message(locale, id, ...args);
	const out: CodeAction[] = [];
	const add = (title: string, kind: CodeAction['kind'], edits: TextEdit[], codes: RuleCode[], isPreferred = false) => {
		// One entry per action: a renumber offered as a quick fix is not offered again as a refactoring.
		if (!edits.length || out.some(a => a.title === title)) { return; }
		out.push(isPreferred ? { title, kind, edits, diagnosticCodes: codes, isPreferred } : { title, kind, edits, diagnosticCodes: codes });
	};
	const text = model.text;

	for (const d of diagnostics) {
		if (d.end < range.offset || d.offset > range.end) { continue; }
		const edits = d.data?.edits ?? [];
		switch (d.code) {
			case 'numbering-gap':
			case 'numbering-repeat': {
				const at = d.data?.section;
				const s = at === undefined ? null : sectionStartingAt(model, at);
				if (s) { add(t('action.renumber', s.section.marker), 'quickfix', renumberSiblings(model, at!), [d.code], true); }
				break;
			}
			case 'marker-style-mixed': {
				add(t('action.useMarker', text.slice(d.offset, d.end), edits[0]?.newText ?? ''), 'quickfix', edits, [d.code], true);
				const s = d.data?.section === undefined ? null : sectionStartingAt(model, d.data.section);
				const g = s && groupOf(s.doc, s.section);
				if (g) {
					const { example } = majorityShape(g.sections);
					const all = g.sections.flatMap(x => {
						const m = restyled(x, example);
						return m && m !== x.marker ? [{ offset: x.offset, end: x.offset + x.marker.length, newText: m }] : [];
					});
					add(t('action.groupStyle', example.marker), 'quickfix', all, [d.code]);
				}
				break;
			}
			case 'marker-brackets':
			case 'doc-number-format':
				add(t('action.useMarker', text.slice(d.offset, d.end), applyWithin(text, d, edits)), 'quickfix', edits, [d.code], true);
				break;
			case 'half-width-punctuation':
				add(t('action.fullWidth', edits.map(e => e.newText).join(' ')), 'quickfix', edits, [d.code], true);
				add(t('action.fullWidthDocument'), 'source', toFullWidthPunctuation(model), [d.code]);
				break;
			case 'heading-ending':
				if (edits.length) {
					const e = edits[0];
					add(e.newText ? t('action.addEnding', e.newText) : t('action.removeEnding', text.slice(e.offset, e.end)), 'quickfix', edits, [d.code], true);
				}
				break;
			default:
				break;
		}
	}

	const heading = headingAt(model, range.offset);
	if (heading && heading.section.number > 0) {
		const at = heading.section.offset;
		const name = heading.section.marker;
		add(t('action.promote', name), 'refactor', promoteSection(model, at, style), []);
		add(t('action.demote', name), 'refactor', demoteSection(model, at, style), []);
		add(t('action.moveUp', name), 'refactor', moveSection(model, at, 'up'), []);
		add(t('action.moveDown', name), 'refactor', moveSection(model, at, 'down'), []);
		add(t('action.renumber', name), 'refactor', renumberSiblings(model, at), []);
	}
	const styleName = LADDER.map(f => houseMarker(style, f, 1)).join(' ');
	add(t('action.normalizeMarkers', styleName), 'source', normalizeMarkers(model, style), []);
	if (range.end > range.offset) { add(t('action.fullWidthSelection'), 'source', toFullWidthPunctuation(model, range), []); }
	add(t('action.fullWidthDocument'), 'source', toFullWidthPunctuation(model), []);
	return out;
}

/** The diagnostic's text with its own edits applied (what a quick fix will leave there). */
function applyWithin(text: string, d: Span, edits: readonly TextEdit[]): string {
	let s = text.slice(d.offset, d.end);
	for (const e of [...edits].sort((a, b) => b.offset - a.offset)) {
		if (e.offset < d.offset || e.end > d.end) { continue; }
		s = s.slice(0, e.offset - d.offset) + e.newText + s.slice(e.end - d.offset);
	}
	return s;
}
