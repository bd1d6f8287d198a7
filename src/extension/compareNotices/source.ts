// Where the Compare Two Notices panel gets its alignment from: the index the Related Tasks view
// uses (RelatedIndexService, each document indexed from the analysis worker, nothing parsed
// here) and the normalized targets the catalog read for the metric index (used only when they
// are of the text the index holds: an unsaved edit leaves the targets out, never misplaced).
import * as vscode from 'vscode';
import { alignNotices, type Alignment } from '../../core/compare/align';
import type { MetricTarget } from '../../core/metrics/types';
import type { WorkspaceCatalog } from '../../core/workspace/catalog';
import type { MetricIndexService } from '../workspace/metricIndex';
import type { RelatedIndexService } from '../workspace/relatedIndex';
import type { CompareNotice } from './messages';
import { withAbortSignal } from '../cancellation';
import { baseName } from '../uris';

export interface CompareSource {
	readonly isTrusted: boolean;
	/** The two documents aligned (each indexed first when the index lacks its text); undefined when cancelled or untrusted. */
	align(a: vscode.TextDocument, b: vscode.TextDocument, token: vscode.CancellationToken): Promise<{ alignment: Alignment; a: CompareNotice; b: CompareNotice } | undefined>;
	/** The workspace's notices (for the quick pick), once the catalog has read the workspace. */
	notices(): Promise<vscode.Uri[]>;
}

export function compareSource(related: RelatedIndexService, catalog: WorkspaceCatalog, metrics: MetricIndexService): CompareSource {
	return {
		get isTrusted() { return related.isTrusted; },
		notices: async () => {
			await catalog.ready();
			return catalog.notices().map(e => vscode.Uri.parse(e.key));
		},
		align: async (a, b, token) => {
			// taskAt indexes the document's current text (analysed in the worker) before answering.
			await related.taskAt(a, 0, token);
			await related.taskAt(b, 0, token);
			const index = related.workspaceIndex;
			if (!index || token.isCancellationRequested) { return undefined; }
			await metrics.start();
			if (token.isCancellationRequested) { return undefined; }
			const targetsOf = (key: string): MetricTarget[] => {
				const entry = catalog.entry(key);
				return entry?.metrics && entry.textHash === index.hashOf(key) ? entry.metrics.targets : [];
			};
			const ka = a.uri.toString(), kb = b.uri.toString();
			// In slices: two large dumps must not hold the extension host; a new comparison cancels this one.
			let alignment: Alignment;
			try {
				alignment = await withAbortSignal(token, signal => alignNotices(index, ka, kb, { targets: { a: targetsOf(ka), b: targetsOf(kb) } }, { signal }));
			} catch (e) {
				if (token.isCancellationRequested) { return undefined; }
				throw e;
			}
			const notice = (key: string): CompareNotice => {
				const meta = index.documentsOf(key)[0]?.meta;
				const fileName = baseName(key);
				return { file: key, fileName, label: meta?.city ?? meta?.province ?? meta?.issuer ?? '', title: meta?.planTitle || meta?.title || fileName };
			};
			return { alignment, a: notice(ka), b: notice(kb) };
		},
	};
}

