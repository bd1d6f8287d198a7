// Whether two normalized targets measure the same thing. Evidence, in order: the kind of figure
// (scope), the kind of quantity (unit family), level vs increment, words that change the measure
// when only one side has them (核心/相关, 省级/市县级, 城镇/农村 …), then how much of the two
// phrases is shared (character bigrams, weighted by how rare each is among the phrases compared).
import type { MetricScope, NormalizedTarget } from './types';
import { discriminators } from './phrase';
import { domainIn } from './context';

export interface MatchOptions {
	/** Least weighted bigram overlap (Dice) for two phrases to name the same measure. */
	threshold: number;
}

export const DEFAULT_MATCH: MatchOptions = { threshold: 0.65 };

export interface MatchResult {
	same: boolean;
	/** Phrase similarity in [0, 1] (1 for equal keys); 0 when ruled out before comparing phrases. */
	score: number;
	/** Why they differ, or `key` / `contained` / `similar` when they match. */
	reason: 'key' | 'contained' | 'similar' | 'scope' | 'unit' | 'basis' | 'discriminator' | 'head' | 'part' | 'dissimilar';
}

/** Scopes whose values do not add up over parts (rates, shares, per-capita values). */
const INTENSIVE = new Set<MetricScope>(['share', 'growth', 'perCapita']);

export function bigrams(key: string): string[] {
	const chars = [...key];
	if (chars.length < 2) { return chars; }
	const out: string[] = [];
	for (let i = 0; i + 1 < chars.length; i++) { out.push(chars[i] + chars[i + 1]); }
	return out;
}

/** The head of a key: its last two characters. Keys of different heads never match. */
export function headOf(key: string): string {
	return key.slice(-2);
}

interface KeyFacts { bigrams: Set<string>; domain: string; discriminators: Map<number, Set<string>> }

/** Compares metrics; bigram weights come from the phrases it is built over (rare bigrams count more). */
export class MetricMatcher {
	private readonly df = new Map<string, number>();
	private readonly n: number;
	private readonly facts = new Map<string, KeyFacts>();

	constructor(keys: Iterable<string> = [], readonly options: MatchOptions = DEFAULT_MATCH) {
		let n = 0;
		for (const k of new Set(keys)) {
			n++;
			for (const g of new Set(bigrams(k))) { this.df.set(g, (this.df.get(g) ?? 0) + 1); }
		}
		this.n = n;
	}

	/** Inverse document frequency of a bigram among the phrases (1 for all when built over none). */
	weight(g: string): number {
		if (this.n === 0) { return 1; }
		return Math.log(1 + this.n / (1 + (this.df.get(g) ?? 0)));
	}

	private factsOf(key: string): KeyFacts {
		let f = this.facts.get(key);
		if (!f) {
			f = { bigrams: new Set(bigrams(key)), domain: domainIn(key), discriminators: discriminators(key) };
			this.facts.set(key, f);
		}
		return f;
	}

	/** Weighted Dice overlap of the two keys' bigram sets. */
	similarity(a: string, b: string): number {
		if (a === b) { return 1; }
		const A = this.factsOf(a).bigrams, B = this.factsOf(b).bigrams;
		let shared = 0, total = 0;
		for (const g of A) { const w = this.weight(g); total += w; if (B.has(g)) { shared += w; } }
		for (const g of B) { total += this.weight(g); }
		return total > 0 ? (2 * shared) / total : 0;
	}

	compare(a: NormalizedTarget, b: NormalizedTarget): MatchResult {
		if (a.scope !== b.scope) { return { same: false, score: 0, reason: 'scope' }; }
		if (a.family !== b.family || (a.family === 'other' && a.unit !== b.unit)) { return { same: false, score: 0, reason: 'unit' }; }
		if ((a.basis === 'level' && b.basis === 'increment') || (a.basis === 'increment' && b.basis === 'level')) {
			return { same: false, score: 0, reason: 'basis' };
		}
		if (a.key === b.key) { return { same: true, score: 1, reason: 'key' }; }
		// the head noun (…企业 vs …项目, 数控化率 vs 普及率) must agree
		if (headOf(a.key) !== headOf(b.key)) { return { same: false, score: 0, reason: 'head' }; }
		if (conflictingFacts(this.factsOf(a.key), this.factsOf(b.key))) { return { same: false, score: 0, reason: 'discriminator' }; }
		const [short, long] = a.key.length <= b.key.length ? [a.key, b.key] : [b.key, a.key];
		if (short.length >= 4 && long.endsWith(short)) {
			// a rate of part of the population is still that rate (电力装备制造业重点企业关键工序数控化率);
			// an amount of part of it is another amount (化工行业智能制造标准), unless the part is a place or a period
			const prefix = long.slice(0, long.length - short.length);
			const same = INTENSIVE.has(a.scope) || /[区省市县内]$/.test(prefix);
			return { same, score: same ? 1 : 0, reason: same ? 'contained' : 'part' };
		}
		const score = this.similarity(a.key, b.key);
		return score >= this.options.threshold ? { same: true, score, reason: 'similar' } : { same: false, score, reason: 'dissimilar' };
	}

	same(a: NormalizedTarget, b: NormalizedTarget): boolean {
		return this.compare(a, b).same;
	}
}

function conflictingFacts(a: Pick<KeyFacts, 'domain' | 'discriminators'>, b: Pick<KeyFacts, 'domain' | 'discriminators'>): boolean {
	// two named fields (人工智能 vs 虚拟现实, 工业互联网 vs 产业互联网)
	if (a.domain && b.domain && a.domain !== b.domain) { return true; }
	const da = a.discriminators, db = b.discriminators;
	for (const g of new Set([...da.keys(), ...db.keys()])) {
		const x = da.get(g), y = db.get(g);
		if (!x || !y) { return true; }
		if (x.size !== y.size || [...x].some(t => !y.has(t))) { return true; }
	}
	return false;
}
