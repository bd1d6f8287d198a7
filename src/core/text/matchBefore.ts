// "Does this word occur in the clause before the quantity?" asked for every quantity of a clause
// or sentence: a regex over text.slice(start, at) per quantity is quadratic when one clause holds
// thousands of quantities (a run of 到2020年达到30%以上、… with no stop: 400k characters took
// 3.8 s, 800k 14 s). Here each pattern is run once per span start and the answer is a comparison.

/**
 * Answers `re.test(text.slice(start, at))` for spans [start, end) and offsets `at` in them where a
 * quantity begins (a digit or a numeral), running `re` once per (pattern, start). The slice and
 * the span differ only in what follows `at`: a longer alternative (应当 for 应) or a lookahead
 * reading past it, neither of which a digit or a numeral continues for the word patterns of the
 * target rules (test/unit/text/matchBefore.test.ts checks them against the slice).
 */
export class MatchBefore {
	private readonly firstEnd = new Map<RegExp, Map<number, number>>();

	constructor(private readonly text: string) {}

	test(re: RegExp, start: number, end: number, at: number): boolean {
		let byStart = this.firstEnd.get(re);
		if (!byStart) { this.firstEnd.set(re, byStart = new Map()); }
		let first = byStart.get(start);
		if (first === undefined) {
			const m = re.exec(this.text.slice(start, end));
			first = m ? start + m.index + m[0].length : Infinity;
			byStart.set(start, first);
		}
		return first <= at;
	}
}
