// Two notices side by side: the tasks of notice A aligned one to one with those of notice B by
// the cross-reference ranking (each task of A queried against B's tasks only), a greedy
// maximum-weight matching above a least score, the tasks without a counterpart in text order,
// and for each aligned pair the differences of their targets (targetDiff.ts). Plain data,
// JSON-serializable: the CLI prints it, the editor's panel shows it.
import type { IndexedTask } from '../index/types';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { MetricMatcher } from '../metrics/match';
import type { MetricTarget } from '../metrics/types';
import { innermostHolding } from '../text/search';
import { targetDiffs, type TargetDiff } from './targetDiff';

/**
 * Least weight of an aligned pair (the mean of the two directions' ranking scores). Chosen on the
 * tune queries of test/eval/judgments.json (test/eval/align.ts: best F1 of the grade-3 pairs
 * found, 0.774 against 0.767 at 30 and 0.757 at 45); below it more pairs are only related tasks.
 */
export const DEFAULT_MIN_SCORE = 40;

/** Candidates of B per task of A that the matching may choose from. */
const CANDIDATES = 8;

export interface AlignOptions {
	minScore?: number;
	/** Normalized targets of each file (any order); without them no target differences are given. */
	targets?: { a: readonly MetricTarget[]; b: readonly MetricTarget[] };
}

/** A task as a side of the comparison shows it. */
export interface AlignedTask {
	file: string;
	offset: number;
	end: number;
	/** 0-based. */
	line: number;
	character: number;
	/** Headings from the outermost section to the task's own (marker and title). */
	path: string[];
	title: string;
	snippet: string;
}

export interface AlignedPair {
	a: AlignedTask;
	b: AlignedTask;
	/** The ranking score of B's task for A's (rounded to 3 decimals). */
	score: number;
	/** The pair's targets matched by metric, then those of one side only. */
	targets: TargetDiff[];
}

export interface Alignment {
	a: string;
	b: string;
	minScore: number;
	/** In A's text order. */
	pairs: AlignedPair[];
	/** Tasks of A without a counterpart in B, in text order. */
	onlyA: AlignedTask[];
	/** Tasks of B without a counterpart in A, in text order. */
	onlyB: AlignedTask[];
}

/** A candidate pair: task indexes into A's and B's task lists. */
interface Edge { i: number; j: number; score: number }

export function alignedTask(t: IndexedTask): AlignedTask {
	return {
		file: t.file, offset: t.offset, end: t.end, line: t.line, character: t.character,
		path: [...t.path, `${t.marker}${t.title}`], title: t.title, snippet: t.snippet,
	};
}

/** How the two directions' scores make a pair's weight (the evaluation compares them). */
export type PairScoring = 'forward' | 'mean' | 'min';

/** Work between two turns of the event loop while aligning (the editor's host runs this). */
const SLICE_MS = 8;

/** Gives the event loop a turn; a test or the CLI may pass its own. */
export type Pause = () => Promise<void>;
const nextTurn: Pause = () => new Promise(resolve => setTimeout(resolve, 0));

export interface AlignRun {
	/** Stops the alignment between two slices (it rejects with the signal's reason). */
	signal?: AbortSignal;
	pause?: Pause;
}

/**
 * Every candidate pair above `minScore`: each task of A queried against B's tasks and each task
 * of B against A's, the best CANDIDATES of each kept; a pair's weight combines the two
 * directions' scores (0 for a direction that did not find it). Queried in slices of SLICE_MS,
 * so two large dumps do not hold the event loop. Exported for the evaluation
 * (test/eval/align.ts), which sweeps the threshold.
 */
export async function candidatePairs(index: WorkspaceIndex, tasksA: readonly IndexedTask[], tasksB: readonly IndexedTask[], minScore: number, scoring: PairScoring = 'mean', run: AlignRun = {}): Promise<Edge[]> {
	const nA = tasksA.length, nB = tasksB.length;
	// Both maps are keyed i·nB + j (i in A, j in B), whichever direction found the pair.
	const forward = await directedScores(index, tasksA, tasksB, (i, j) => i * nB + j, run);
	const backward = scoring === 'forward' ? new Map<number, number>() : await directedScores(index, tasksB, tasksA, (j, i) => i * nB + j, run);
	const edges: Edge[] = [];
	for (const key of new Set([...forward.keys(), ...backward.keys()])) {
		const f = forward.get(key) ?? 0, b = backward.get(key) ?? 0;
		const score = scoring === 'forward' ? f : scoring === 'mean' ? (f + b) / 2 : Math.min(f, b);
		if (score >= minScore && score > 0 && nA > 0) { edges.push({ i: Math.floor(key / nB), j: key % nB, score: Math.round(score * 1000) / 1000 }); }
	}
	return edges;
}

/** `key(i, j)` → the score of `to[j]` for the query `from[i]`, the best CANDIDATES of each query. */
async function directedScores(index: WorkspaceIndex, from: readonly IndexedTask[], to: readonly IndexedTask[], key: (i: number, j: number) => number, run: AlignRun): Promise<Map<number, number>> {
	const file = to[0]?.file;
	const out = new Map<number, number>();
	if (file === undefined) { return out; }
	const at = new Map(to.map((t, j) => [t.id, j]));
	let sliceStart = performance.now();
	for (let i = 0; i < from.length; i++) {
		if (performance.now() - sliceStart > SLICE_MS) {
			await (run.pause ?? nextTurn)();
			run.signal?.throwIfAborted();
			sliceStart = performance.now();
		}
		for (const r of index.queryTask(from[i], { limit: CANDIDATES, onlyFile: file })) {
			const j = at.get(r.task.id);
			if (j !== undefined) { out.set(key(i, j), r.score); }
		}
	}
	return out;
}

/** Greedy maximum-weight one-to-one matching: the best pair first, each task used once; ties in text order. */
export function greedyMatch(edges: readonly Edge[]): Edge[] {
	const sorted = [...edges].sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
	const usedA = new Set<number>(), usedB = new Set<number>();
	const out: Edge[] = [];
	for (const e of sorted) {
		if (usedA.has(e.i) || usedB.has(e.j)) { continue; }
		usedA.add(e.i); usedB.add(e.j);
		out.push(e);
	}
	return out;
}

const byOffset = (x: IndexedTask, y: IndexedTask) => x.offset - y.offset;

/** Aligns the tasks of the indexed files `a` and `b` (index keys). A file the index lacks has no tasks. */
export async function alignNotices(index: WorkspaceIndex, a: string, b: string, options: AlignOptions = {}, run: AlignRun = {}): Promise<Alignment> {
	const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
	const tasksA = index.tasksOf(a).slice().sort(byOffset), tasksB = index.tasksOf(b).slice().sort(byOffset);
	const matched = greedyMatch(await candidatePairs(index, tasksA, tasksB, minScore, 'mean', run)).sort((x, y) => x.i - y.i);
	const targetsA = targetsByTask(tasksA, options.targets?.a ?? []), targetsB = targetsByTask(tasksB, options.targets?.b ?? []);
	const pairedA = new Set(matched.map(e => e.i)), pairedB = new Set(matched.map(e => e.j));
	// phrase bigrams weighed over both notices' targets, as the workspace grouping weighs them over all
	const matcher = new MetricMatcher([...options.targets?.a ?? [], ...options.targets?.b ?? []].map(t => t.normalized.key));
	return {
		a, b, minScore,
		pairs: matched.map(e => ({
			a: alignedTask(tasksA[e.i]), b: alignedTask(tasksB[e.j]), score: e.score,
			targets: targetDiffs(targetsA[e.i], targetsB[e.j], matcher),
		})),
		onlyA: tasksA.filter((_, i) => !pairedA.has(i)).map(alignedTask),
		onlyB: tasksB.filter((_, j) => !pairedB.has(j)).map(alignedTask),
	};
}

/** How far back from the last task starting before a target the innermost holder is looked for (tasks seldom nest). */
const NESTING_LOOKBACK = 8;

/** Each task's targets (`tasks` in text order): a target belongs to the innermost task whose range holds its start. */
export function targetsByTask(tasks: readonly IndexedTask[], targets: readonly MetricTarget[]): MetricTarget[][] {
	const out = tasks.map(() => [] as MetricTarget[]);
	for (const t of targets) {
		const k = innermostHolding(tasks, t.offset, NESTING_LOOKBACK, i => tasks[i].document === t.document);
		if (k >= 0) { out[k].push(t); }
	}
	for (const list of out) { list.sort((x, y) => x.offset - y.offset); }
	return out;
}
