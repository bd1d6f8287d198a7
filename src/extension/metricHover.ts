// Hover on a target: the same metric in the other notices of the workspace — who set what value,
// by when — as a table whose values are in one unit (right-aligned, so they compare at a glance),
// each notice a link that opens the target. The notices' text in it is escaped (markdown.ts);
// the only trusted parts are the open-location and Compare Targets command links.
import * as vscode from 'vscode';
import { formatValue, metricLabel, type MetricPeers, type MetricTarget } from '../core/metrics/index';
import { noticeLabel } from '../core/metrics/notices';
import type { MetricSnapshot } from '../core/metrics/workspace';
import type { DocumentAnalyses } from './analyses';
import { COMPARE_TARGETS_COMMAND } from './compare/messages';
import { LANGUAGE_ID } from './config';
import { guarded } from './log';
import { escapeMarkdown } from './markdown';
import { OPEN_LOCATION, openLocationLink } from './openLocation';
import type { MetricIndexService } from './workspace/metricIndex';

/** Rows of other notices shown; the rest are counted, with a link to the Compare Targets view. */
const MAX_ROWS = 12;
/** A target's written text is cut to this many characters in its column. */
const MAX_TEXT = 24;

export function registerMetricHover(analyses: DocumentAnalyses, metrics: MetricIndexService): vscode.Disposable {
	const provider: vscode.HoverProvider = {
		provideHover: (document, position, token) => guarded('metric hover', undefined, async () => {
			// Restricted Mode: the workspace is not read, so there is nothing to compare with.
			if (!metrics.isTrusted) { return undefined; }
			const offset = document.offsetAt(position);
			const file = document.uri.toString();
			const target = await analyses.call(document, 'getMetricTarget', offset);
			if (!metrics.isStarted || !metrics.snapshot) {
				metrics.start().catch(() => undefined);
				if (!target) { return undefined; }
				return new vscode.Hover(new vscode.MarkdownString(vscode.l10n.t('Same metric in other notices: reading the notices of the workspace…')), rangeOf(document, target));
			}
			const snapshot = metrics.snapshot;
			const peers = target && (snapshot.peersOf(file, target) ?? alone(file, target));
			if (token.isCancellationRequested || !peers) { return undefined; }
			const md = metricPeersMarkdown(peers, snapshot, baseName);
			if (metrics.isBuilding) { md.appendMarkdown(`\n\n_${vscode.l10n.t('Still reading the notices of the workspace: more may follow.')}_`); }
			return new vscode.Hover(md, rangeOf(document, peers.self.target));
		}),
	};
	return vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, provider);
}

/** A target whose metric no grouped notice has (an unsaved new one): its own group of one. */
function alone(file: string, target: MetricTarget): MetricPeers {
	const n = target.normalized;
	const self = { file, target };
	return {
		group: { metric: n.metric, label: metricLabel(n.metric, n.scope, n.basis === 'increment'), unit: n.unit, factor: 1, family: n.family, scope: n.scope, members: [self] },
		self, others: [],
	};
}

function rangeOf(document: vscode.TextDocument, t: { offset: number; end: number }): vscode.Range {
	return new vscode.Range(document.positionAt(t.offset), document.positionAt(t.end));
}

/**
 * The hover's text: the metric and its unit, then one row per notice (this one marked) with the
 * value as the notice bounds it, the deadline and the target as written; highest value first.
 */
export function metricPeersMarkdown(peers: MetricPeers, snapshot: Pick<MetricSnapshot, 'notice'>, fileName: (uri: string) => string): vscode.MarkdownString {
	const { group } = peers;
	// No theme icons: a `$(…)` in a notice is text.
	const md = new vscode.MarkdownString('', false);
	md.supportHtml = false;
	md.isTrusted = { enabledCommands: [OPEN_LOCATION, COMPARE_TARGETS_COMMAND] };
	md.appendMarkdown(`**${escapeMarkdown(vscode.l10n.t('Same metric in other notices'))}** · ${escapeMarkdown(group.label)}（${escapeMarkdown(group.unit)}）\n\n`);
	if (!peers.others.length) {
		md.appendMarkdown(escapeMarkdown(vscode.l10n.t('No other notice in the workspace sets this metric.')));
		return md;
	}
	const rows = [{ ...peers.self, own: true }, ...peers.others.map(m => ({ ...m, own: false }))]
		.sort((a, b) => b.target.normalized.value - a.target.normalized.value || (a.own ? -1 : b.own ? 1 : 0));
	const shown = rows.filter(r => r.own).concat(rows.filter(r => !r.own).slice(0, MAX_ROWS));
	const lines = [
		`| ${[vscode.l10n.t('Notice'), vscode.l10n.t('Target ({0})', group.unit), vscode.l10n.t('Deadline'), vscode.l10n.t('As written')].map(escapeMarkdown).join(' | ')} |`,
		'|:--|--:|:-:|:--|',
	];
	for (const r of rows.filter(x => shown.includes(x))) {
		const t = r.target;
		const name = escapeMarkdown(noticeLabel(snapshot.notice(r.file, t.document), fileName(r.file)));
		const where = r.own ? `**${escapeMarkdown(vscode.l10n.t('This notice'))}**` : `[${name}](${openLocationLink(r.file, t.offset, t.end)})`;
		const value = escapeMarkdown(formatValue({ unit: '', factor: group.factor }, t));
		const deadline = t.normalized.deadline === null ? '—' : String(t.normalized.deadline);
		const text = t.text.length > MAX_TEXT ? `${t.text.slice(0, MAX_TEXT)}…` : t.text;
		lines.push(`| ${where} | ${r.own ? `**${value}**` : value} | ${deadline} | ${escapeMarkdown(text)} |`);
	}
	md.appendMarkdown(lines.join('\n'));
	const rest = peers.others.length - (shown.length - 1);
	if (rest > 0) { md.appendMarkdown(`\n\n[${escapeMarkdown(vscode.l10n.t('{0} more in Compare Targets', rest))}](command:${COMPARE_TARGETS_COMMAND})`); }
	return md;
}

function baseName(uri: string): string {
	try { return decodeURIComponent(vscode.Uri.parse(uri).path.replace(/^.*\//, '')); } catch { return uri; }
}
