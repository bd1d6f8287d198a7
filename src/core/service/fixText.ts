// The fixes a user names, applied to a whole text (`policy-notice fix`): each rule's edits from
// the language service, combined where they do not overlap, pass after pass until nothing changes
// (a renumbering can make a marker fix possible, and the other way round).
import { applyEdits, combineEdits, type HouseStyle, type TextEdit } from '../drafting';
import { createNoticeService, type NoticeService, type NoticeTextDocument, type ServiceLogger } from './index';

export const FIX_RULES = ['renumber', 'markers', 'punctuation'] as const;
export type FixRule = typeof FIX_RULES[number];

/** Passes at most: a fix of one pass can make another possible. */
const MAX_PASSES = 4;

export interface FixedText {
	text: string;
	/** Edits applied per rule (a rule whose edits were all applied; one overlapped by another waits for the next pass). */
	counts: Partial<Record<FixRule, number>>;
}

/**
 * `text` with the `rules` applied (in FIX_RULES order when they overlap); a scraped dump is fixed
 * too: the file is the user's. Each call asks a service of its own, so no analysis of another
 * text under the same URI and version is ever taken for this one.
 */
export function fixText(uri: string, text: string, rules: readonly FixRule[], houseStyle: HouseStyle, logger?: ServiceLogger): FixedText {
	const service = createNoticeService(logger ? { logger } : {});
	const counts: Partial<Record<FixRule, number>> = {};
	const ordered = FIX_RULES.filter(r => rules.includes(r));
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const current = text;
		const document: NoticeTextDocument = { uri, version: pass, getText: () => current };
		const groups = ordered.flatMap(rule => editsOf(service, document, rule, houseStyle).map(edits => ({ rule, edits })));
		const combined = combineEdits(groups.map(g => g.edits));
		if (!combined.length) { break; }
		const taken = new Set(combined);
		for (const g of groups) {
			if (g.edits.length && g.edits.every(e => taken.has(e))) { counts[g.rule] = (counts[g.rule] ?? 0) + g.edits.length; }
		}
		text = applyEdits(text, combined);
	}
	return { text, counts };
}

/** The edit groups of one rule over the current text; each group is one change that stands alone. */
function editsOf(service: NoticeService, document: NoticeTextDocument, rule: FixRule, houseStyle: HouseStyle): TextEdit[][] {
	const all = { offset: 0, end: 0 };
	switch (rule) {
		case 'renumber': {
			const found = service.getDiagnostics(document, { includeScraped: true, rules: { 'numbering-gap': 'warning', 'numbering-repeat': 'warning' } });
			const heads = [...new Set(found.flatMap(d => (d.code === 'numbering-gap' || d.code === 'numbering-repeat') && d.data?.section !== undefined ? [d.data.section] : []))];
			return heads.map(at => service.getEdits(document, 'renumber', { offset: at, end: at }).edits);
		}
		case 'markers': return [service.getEdits(document, 'normalizeMarkers', all, { houseStyle }).edits];
		case 'punctuation': return [service.getEdits(document, 'fullWidth', all).edits];
	}
}
