// The workspace's targets grouped by metric, as the editor keeps them: the catalog reads every
// notice with its normalized targets (in the analysis worker thread), and MetricGrouping
// (src/core/metrics/workspace.ts) groups them again, batched, whenever the catalog changes.
// Nothing is parsed here. Started on first need (the metric hover, the Compare Targets view),
// never on activation, and only in a trusted workspace.
import * as vscode from 'vscode';
import { MetricGrouping, type MetricFile, type MetricSnapshot } from '../../core/metrics/workspace';
import { log } from '../log';
import type { WorkspaceCatalog } from '../../core/workspace/catalog';
import { TrustGate } from './trustGate';

/** Catalog changes (a scan's end, a saved file) are batched this long before grouping again. */
export const REGROUP_DELAY_MS = 300;

export class MetricIndexService implements vscode.Disposable {
	private readonly grouping: MetricGrouping;
	private readonly trust: TrustGate;
	private readonly changed = new vscode.EventEmitter<void>();
	/** Fires after each regrouping (a new grouping, or the same one with the catalog's state changed) and when the start is done. */
	readonly onDidChange = this.changed.event;
	private starting: Promise<void> | undefined;
	/** The start is reading files the catalog had read without their targets. */
	private filling = false;
	private readonly disposables: vscode.Disposable[] = [];

	constructor(private readonly catalog: WorkspaceCatalog) {
		this.grouping = new MetricGrouping({ files: () => catalogFiles(catalog) }, {
			delayMs: REGROUP_DELAY_MS,
			onError: e => log().error(`metric grouping failed: ${(e as Error)?.stack ?? e}`),
		});
		const sub = this.grouping.onDidRegroup((s, fresh) => {
			if (fresh) { log().info(`metrics grouped: ${s.groups.length} metrics, ${s.targetCount} targets in ${s.fileCount} notices`); }
			this.changed.fire();
		});
		// Asked for in Restricted Mode: started once the workspace is trusted.
		this.trust = new TrustGate(vscode.workspace, () => {
			void this.start();
			this.changed.fire(); // Compare Targets leaves its Restricted Mode state now
		});
		const regroup = () => { if (this.starting) { this.grouping.changed(); } };
		this.disposables.push(
			{ dispose: () => sub.dispose() },
			this.trust,
			this.changed,
			catalog.onDidChange(regroup),
			catalog.onDidRemove(regroup),
		);
	}

	/** False in Restricted Mode: nothing is read until the workspace is trusted. */
	get isTrusted(): boolean { return this.trust.trusted; }
	get isStarted(): boolean { return !!this.starting; }
	/** The first grouping is not made yet, or the catalog is reading the workspace: more may come. */
	get isBuilding(): boolean { return !this.grouping.snapshot || this.filling || this.catalog.isScanning; }
	/** The latest grouping (undefined until the first is made). */
	get snapshot(): MetricSnapshot | undefined { return this.grouping.snapshot; }

	/** Starts (once): the catalog reads notices with their targets, then they are grouped. Resolves when the first grouping is made. */
	start(): Promise<void> {
		if (!this.trust.allow()) { return Promise.resolve(); }
		this.starting ??= this.build().catch(e => {
			log().error(`metric index failed: ${(e as Error)?.stack ?? e}`);
			this.starting = undefined;
		});
		return this.starting;
	}

	private async build(): Promise<void> {
		const t0 = performance.now();
		this.catalog.wantsMetrics = true;
		await this.catalog.ready();
		this.filling = true;
		try { await this.catalog.readMissingMetrics(); } finally { this.filling = false; }
		// A grouping tells the listeners itself; a failed one (logged) leaves them to hear the start is done.
		if (!this.grouping.regroup()) { this.changed.fire(); }
		log().info(`metric index ready in ${Math.round(performance.now() - t0)} ms`);
	}

	dispose(): void {
		this.grouping.dispose();
		this.disposables.forEach(d => d.dispose());
	}
}

/** The catalog's notices that have their targets, as MetricGrouping takes them. */
function catalogFiles(catalog: WorkspaceCatalog): MetricFile[] {
	const out: MetricFile[] = [];
	for (const e of catalog.notices()) {
		if (e.metrics) { out.push({ file: e.key, textHash: e.textHash, metrics: e.metrics }); }
	}
	return out;
}
