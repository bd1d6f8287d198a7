// Pseudo-relevance feedback: the query is searched again with the terms its best results share
// most (weighted by idf and their share of each result), so a counterpart worded differently
// from the query but like its first hits is found (RankOptions.feedbackTerms).
import type { TermBag } from './bags';

/** What the expansion reads of a result: its terms with weighted frequencies and its length. */
export type FeedbackSource = Pick<TermBag, 'uni' | 'uw' | 'len'>;

/**
 * The query's terms plus the `n` terms (not already in the query) with the highest
 * Σ over `top` of (frequency / length) × idf, each with frequency `weight` × its score / the best
 * score. Term ids ascending, as a bag's.
 */
export function expandTerms(uni: Int32Array, uw: Float32Array, top: readonly FeedbackSource[], idf: (id: number) => number, n: number, weight: number): { uni: Int32Array; uw: Float32Array } {
	if (n <= 0 || !top.length) { return { uni, uw }; }
	const have = new Set(uni);
	const score = new Map<number, number>();
	for (const rec of top) {
		const len = Math.max(rec.len, 1);
		for (let i = 0; i < rec.uni.length; i++) {
			const id = rec.uni[i];
			if (have.has(id)) { continue; }
			score.set(id, (score.get(id) ?? 0) + rec.uw[i] / len * idf(id));
		}
	}
	const picked = [...score.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, n);
	if (!picked.length) { return { uni, uw }; }
	const best = picked[0][1];
	const pairs: [number, number][] = Array.from(uni, (id, i) => [id, uw[i]]);
	for (const [id, s] of picked) { pairs.push([id, weight * s / best]); }
	pairs.sort((a, b) => a[0] - b[0]);
	return { uni: Int32Array.from(pairs, p => p[0]), uw: Float32Array.from(pairs, p => p[1]) };
}
