// What the related-targets hover lists for a task: the targets of the related tasks in other
// notices, a few per task so one task with many goals does not crowd out the other provinces,
// each with where it is set and by when; when none of them sets a target, the first tasks.
// Plain data: the editor only renders it (and links each row to its task).

/** A related task as the hover reads it (the editor's related item has these fields). */
export interface RelatedTargetSource {
	region: string;
	issuer: string;
	/** The notice's title. */
	document: string;
	/** The notice's year, or null. */
	year: number | null;
	path: string[];
	title: string;
	targets: readonly { text: string; metric: string; deadline: string | null }[];
}

export interface RelatedTargetRow<T> {
	/** The related task the target is in. */
	item: T;
	/** The region, else the issuer, else the notice's title. */
	where: string;
	/** The target's deadline, else the notice's year, else '—'. */
	year: string;
	text: string;
	metric: string;
	/** The task's own heading (the last of its path), else its title. */
	heading: string;
}

export interface RelatedTargets<T> {
	rows: RelatedTargetRow<T>[];
	/** When no row: the first related tasks, to say what was found. */
	tasks: { item: T; where: string; heading: string }[];
}

export interface RelatedTargetLimits {
	/** Targets listed per related task (default 3). */
	perTask?: number;
	/** Rows in all (default 12). */
	maxRows?: number;
	/** Tasks listed when no task sets a target (default 3). */
	fallbackTasks?: number;
}

export function relatedTargets<T extends RelatedTargetSource>(items: readonly T[], limits: RelatedTargetLimits = {}): RelatedTargets<T> {
	const perTask = limits.perTask ?? 3, maxRows = limits.maxRows ?? 12;
	const heading = (item: T) => item.path[item.path.length - 1] ?? item.title;
	const rows: RelatedTargetRow<T>[] = [];
	for (const item of items) {
		for (const t of item.targets.slice(0, perTask)) {
			if (rows.length >= maxRows) { break; }
			rows.push({ item, where: item.region || item.issuer || item.document, year: t.deadline ?? (item.year ? String(item.year) : '—'), text: t.text, metric: t.metric, heading: heading(item) });
		}
	}
	const tasks = rows.length ? [] : items.slice(0, limits.fallbackTasks ?? 3).map(item => ({ item, where: item.region || item.issuer, heading: heading(item) }));
	return { rows, tasks };
}
