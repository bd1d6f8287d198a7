// The background indexing's bookkeeping: the files waiting to be segmented (the indexer's queue,
// indexer.ts) and a start that is retried after a failure (the workspace's lifecycle, src/core/workspace/relatedIndex.ts).

/**
 * Files waiting to be segmented, by key: a file that changes again replaces its pending entry
 * (keeping its place), so the queue never holds more than one entry per file.
 */
export class PendingFiles<T> {
	private readonly items = new Map<string, T>();

	get size(): number { return this.items.size; }

	/** Queues `item` under `key`; true when the key was not pending yet. */
	set(key: string, item: T): boolean {
		const fresh = !this.items.has(key);
		this.items.set(key, item);
		return fresh;
	}

	/** Takes up to `n` entries, the longest waiting first. */
	take(n: number): T[] {
		const out: T[] = [];
		for (const [key, item] of this.items) {
			if (out.length >= n) { break; }
			out.push(item);
			this.items.delete(key);
		}
		return out;
	}

	clear(): void { this.items.clear(); }
}

/**
 * A start that runs once, yet is not remembered when it fails (the next start tries again)
 * or after reset() (a cancel: the next start picks up what was left).
 */
export class RunOnce {
	private run: Promise<void> | undefined;

	/** The start running or done, if any. */
	get current(): Promise<void> | undefined { return this.run; }

	/** The current start, else a new one made by `begin`. */
	start(begin: () => Promise<void>): Promise<void> {
		return this.run ?? this.restart(begin);
	}

	/** A new start made by `begin`, whatever ran before. */
	restart(begin: () => Promise<void>): Promise<void> {
		const run = begin();
		this.run = run;
		run.catch(() => { if (this.run === run) { this.run = undefined; } });
		return run;
	}

	reset(): void { this.run = undefined; }
}
