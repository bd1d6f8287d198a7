// The metric data of one file as the workspace keeps it: its normalized targets (those of a
// repeated document left out) and, for each document that sets one, who issued it and where —
// what the hover and the Compare Targets view name a notice by. Plain data: it is made in the
// analysis worker thread and crosses to the extension host as a message.
import type { Analysis } from '../analysis';
import { coreError, type ErrorSink } from '../errors';
import type { NoticeDocument } from '../model';
import { documentMeta } from '../tasks/meta';
import { metricTargets } from './index';
import type { MetricTarget } from './types';

/** A document of a file, as a column of the comparison names it. */
export interface MetricNotice {
	/** Index of the document in FileModel.documents. */
	document: number;
	/** The plan the notice issues, else the notice's own title (may be ''). */
	title: string;
	/** City or province (`济南市`, `天津市`), or ''. */
	region: string;
	/** Issuing body as written, or ''. */
	issuer: string;
	/** Year of the signature (or the web footer's date), or null. */
	year: number | null;
}

export interface FileMetrics {
	/** The documents that set at least one target, by index. */
	notices: MetricNotice[];
	/** The normalized targets, in file order. */
	targets: MetricTarget[];
}

/** The metric data of an analysis; a document whose metadata cannot be read keeps its title only (the error goes to `onError`). */
export function fileMetrics(analysis: Analysis, onError: ErrorSink = analysis.report): FileMetrics {
	const documents = analysis.model.documents;
	const targets = metricTargets(analysis, onError).filter(t => documents[t.document]?.duplicateOf === null);
	const used = [...new Set(targets.map(t => t.document))].sort((a, b) => a - b);
	return { notices: used.map(i => metricNotice(documents[i], analysis.text, onError)), targets };
}

function metricNotice(doc: NoticeDocument, text: string, onError: ErrorSink): MetricNotice {
	try {
		const m = documentMeta(doc, text);
		return {
			document: doc.index, title: m.planTitle || m.title || '', region: m.city ?? m.province ?? '', issuer: m.issuer ?? '',
			year: m.date ? Number(m.date.slice(0, 4)) : null,
		};
	} catch (e) {
		onError(coreError('tasks', e, doc.index));
		return { document: doc.index, title: doc.title, region: '', issuer: '', year: null };
	}
}

/** How a notice is named where space is short: its region, else its issuer, else its title, else `fallback` (the file name). */
export function noticeLabel(n: Pick<MetricNotice, 'region' | 'issuer' | 'title'> | undefined, fallback: string): string {
	return n?.region || n?.issuer || n?.title || fallback;
}
