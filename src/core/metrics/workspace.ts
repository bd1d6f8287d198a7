// The metrics of the workspace, grouped: what the metric hover and the Compare Targets view read.
// The catalog hands over each file's metric data (made in the analysis worker); this groups them
// (groupByMetric), again after the files change — a burst of changes gives one regrouping, and
// files whose content did not change do not cause one. Nothing here parses. Pure: the timer is
// passed in, so the debounce is unit-tested with a hand-driven clock.
import { groupByMetric, type GroupMember, type MetricGroup } from './group';
import { MetricLookup, type MetricPeers } from './lookup';
import { headOf, MetricMatcher, type MatchOptions } from './match';
import type { FileMetrics, MetricNotice } from './notices';
import type { MetricTarget, NormalizedTarget } from './types';

export interface MetricFile {
	/** The file's key (the editor's URI string). */
	file: string;
	/** What the file's content is known by (a hash); without it, the metrics object itself is. */
	textHash?: string;
	metrics: FileMetrics;
}

/** Where the files come from (the workspace catalog): every file that has metric data now. */
export interface MetricSource {
	files(): Iterable<MetricFile>;
}

export interface Scheduler {
	set(run: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

export const realScheduler: Scheduler = {
	set: (run, ms) => setTimeout(run, ms),
	clear: handle => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** One grouping of the workspace; never changes once made. */
export class MetricSnapshot {
	readonly groups: MetricGroup[];
	private readonly lookup: MetricLookup;
	private readonly notices = new Map<string, Map<number, MetricNotice>>();
	private matcher: MetricMatcher | undefined;
	private bySlot: Map<string, MetricGroup[]> | undefined;
	readonly fileCount: number;
	readonly targetCount: number;

	/** `generation` counts the groupings made (the first is 1). */
	constructor(files: readonly MetricFile[], readonly generation: number, private readonly options?: MatchOptions) {
		this.groups = groupByMetric(files.map(f => ({ file: f.file, targets: f.metrics.targets })), options);
		this.lookup = new MetricLookup(this.groups);
		for (const f of files) { this.notices.set(f.file, new Map(f.metrics.notices.map(n => [n.document, n]))); }
		this.fileCount = files.length;
		this.targetCount = files.reduce((n, f) => n + f.metrics.targets.length, 0);
	}

	/** The document `document` of `file` as a notice (region, issuer, title, year). */
	notice(file: string, document: number): MetricNotice | undefined {
		return this.notices.get(file)?.get(document);
	}

	/** The grouped target of `file` whose range holds `offset` (end inclusive), with the same metric in the other files. */
	peersAt(file: string, offset: number): MetricPeers | undefined {
		return this.lookup.at(file, offset);
	}

	/**
	 * The same metric in the other files for a target of `file` that may not be in the grouping
	 * (the text of an editor with unsaved changes): its own group when the grouping has it at
	 * the same place with the same metric, else the group it would join — one whose every
	 * metric matches it (as groupByMetric decides), the closest when several do.
	 */
	peersOf(file: string, target: MetricTarget): MetricPeers | undefined {
		const here = this.lookup.at(file, target.offset);
		if (here && here.self.target.offset === target.offset && sameMeasure(here.self.target.normalized, target.normalized)) {
			return { ...here, self: { file, target } };
		}
		const n = target.normalized;
		this.matcher ??= new MetricMatcher(this.groups.flatMap(g => g.members.map(m => m.target.normalized.key)), this.options);
		let best: MetricGroup | undefined, bestScore = -1;
		for (const group of this.slots().get(slotOf(n)) ?? []) {
			let worst = Infinity;
			for (const other of distinctMeasures(group.members)) {
				const r = this.matcher.compare(n, other);
				if (!r.same) { worst = -1; break; }
				worst = Math.min(worst, r.score);
			}
			if (worst > bestScore) { bestScore = worst; best = group; }
		}
		if (!best) { return undefined; }
		return { group: best, self: { file, target }, others: best.members.filter(m => m.file !== file) };
	}

	private slots(): Map<string, MetricGroup[]> {
		if (!this.bySlot) {
			this.bySlot = new Map();
			for (const g of this.groups) {
				for (const slot of new Set(g.members.map(m => slotOf(m.target.normalized)))) {
					let list = this.bySlot.get(slot);
					if (!list) { list = []; this.bySlot.set(slot, list); }
					list.push(g);
				}
			}
		}
		return this.bySlot;
	}
}

/** Metrics can only match with the same head, scope and unit family (as groupByMetric indexes them). */
function slotOf(n: NormalizedTarget): string {
	return `${headOf(n.key)}\u0000${n.scope}\u0000${n.family}`;
}

function sameMeasure(a: NormalizedTarget, b: NormalizedTarget): boolean {
	return a.key === b.key && a.scope === b.scope && a.family === b.family && a.basis === b.basis && a.unit === b.unit;
}

/** One normalized target per distinct measure of a group's members. */
function distinctMeasures(members: readonly GroupMember[]): NormalizedTarget[] {
	const seen = new Map<string, NormalizedTarget>();
	for (const m of members) {
		const n = m.target.normalized;
		const id = `${n.key}\u0000${n.scope}\u0000${n.family}\u0000${n.basis}\u0000${n.unit}`;
		if (!seen.has(id)) { seen.set(id, n); }
	}
	return [...seen.values()];
}

export interface MetricGroupingOptions {
	/** Changes are batched this long (from the first change of a burst), then grouped once. */
	delayMs: number;
	scheduler?: Scheduler;
	match?: MatchOptions;
	/** A grouping or a listener that failed (the previous grouping stays). */
	onError: (e: unknown) => void;
}

/** The grouping of a source's files, made again (batched) after the source says it changed. */
export class MetricGrouping {
	private current: MetricSnapshot | undefined;
	/** What each file was known by when last grouped. */
	private grouped = new Map<string, string | FileMetrics>();
	private timer: unknown;
	private generation = 0;
	private readonly listeners = new Set<(s: MetricSnapshot, fresh: boolean) => void>();
	private readonly scheduler: Scheduler;
	private disposed = false;

	constructor(private readonly source: MetricSource, private readonly options: MetricGroupingOptions) {
		this.scheduler = options.scheduler ?? realScheduler;
	}

	/** The last grouping, or undefined before the first. */
	get snapshot(): MetricSnapshot | undefined { return this.current; }

	/** A regrouping is scheduled. */
	get isPending(): boolean { return this.timer !== undefined; }

	/** The source changed: regroup once the batch delay has passed (changes meanwhile join this regrouping). */
	changed(): void {
		if (this.disposed || this.timer !== undefined) { return; }
		this.timer = this.scheduler.set(() => {
			this.timer = undefined;
			this.regroup();
		}, this.options.delayMs);
	}

	/**
	 * Groups now when the files differ from those last grouped (a scheduled regrouping is done
	 * now); the listeners hear the grouping either way (the source's state may have changed).
	 */
	regroup(): MetricSnapshot | undefined {
		if (this.timer !== undefined) { this.scheduler.clear(this.timer); this.timer = undefined; }
		if (this.disposed) { return this.current; }
		const files = [...this.source.files()];
		const known = new Map(files.map(f => [f.file, f.textHash ?? f.metrics] as const));
		const same = !!this.current && known.size === this.grouped.size && [...known].every(([k, v]) => this.grouped.get(k) === v);
		if (!same) {
			try {
				this.current = new MetricSnapshot(files, this.generation + 1, this.options.match);
				this.generation++;
				this.grouped = known;
			} catch (e) {
				this.options.onError(e);
				return this.current;
			}
		}
		const current = this.current;
		if (!current) { return undefined; }
		for (const listener of [...this.listeners]) {
			try { listener(current, !same); } catch (e) { this.options.onError(e); }
		}
		return current;
	}

	/** `listener` hears each regrouping: the grouping, and whether it is a new one. */
	onDidRegroup(listener: (s: MetricSnapshot, fresh: boolean) => void): { dispose(): void } {
		this.listeners.add(listener);
		return { dispose: () => { this.listeners.delete(listener); } };
	}

	dispose(): void {
		this.disposed = true;
		if (this.timer !== undefined) { this.scheduler.clear(this.timer); this.timer = undefined; }
		this.listeners.clear();
	}
}
