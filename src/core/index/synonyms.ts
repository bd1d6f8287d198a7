// A small curated list of near synonyms of policy notices (智能/智慧, 引进/引培, 资金/财政/投入):
// a query term also looks for its synonyms, with a lower weight (RankOptions.synonymWeight).
// Only groups the judged set shows a gain for are kept (test/eval/README.md).

/** Each group's terms are near synonyms of each other. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
	['智能', '智慧'],
	['引进', '引培'],
	// Tried and left out (no gain on the tune queries): 资金/财政/投入, 资金/经费, 培训/培养 (−0.007 recall@10).
];

const BY_TERM = new Map<string, readonly string[]>();
for (const g of SYNONYM_GROUPS) {
	for (const t of g) { BY_TERM.set(t, g.filter(x => x !== t)); }
}

/** The near synonyms of `term` (not itself); empty when it has none. */
export function synonymsOf(term: string): readonly string[] {
	return BY_TERM.get(term) ?? [];
}
