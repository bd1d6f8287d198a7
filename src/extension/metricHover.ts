// Hover on a target: the same metric in the other notices of the workspace — who set what value,
// by when — as a table whose values are in one unit (right-aligned, so they compare at a glance),
// each notice a link that opens the target. The notices' text in it is escaped (markdown.ts);
// the only trusted parts are the open-location and Compare Targets command links.
import * as vscode from 'vscode';
import { metricPeersTable, type MetricPeersTable } from '../core/metrics/index';
import { noticeLabel } from '../core/metrics/notices';
import type { DocumentAnalyses } from './analyses';
import { COMPARE_TARGETS_COMMAND } from './compare/messages';
import { LANGUAGE_ID } from './config';
import { guarded } from './log';
import { escapeMarkdown } from './markdown';
import { OPEN_LOCATION, openLocationLink } from './openLocation';
import type { MetricIndexService } from './workspace/metricIndex';
import { baseName } from './uris';

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
			if (token.isCancellationRequested || !target) { return undefined; }
			const md = metricPeersMarkdown(metricPeersTable(metrics.snapshot, file, target, { maxRows: MAX_ROWS, maxText: MAX_TEXT }), baseName);
			if (metrics.isBuilding) { md.appendMarkdown(`\n\n_${vscode.l10n.t('Still reading the notices of the workspace: more may follow.')}_`); }
			return new vscode.Hover(md, rangeOf(document, target));
		}),
	};
	return vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, provider);
}

function rangeOf(document: vscode.TextDocument, t: { offset: number; end: number }): vscode.Range {
	return new vscode.Range(document.positionAt(t.offset), document.positionAt(t.end));
}

/**
 * The hover's text: the metric and its unit, then the table's rows (this notice's marked), each
 * other notice a link that opens its target, and a link to Compare Targets for the rest.
 */
export function metricPeersMarkdown(table: MetricPeersTable, fileName: (uri: string) => string): vscode.MarkdownString {
	// No theme icons: a `$(…)` in a notice is text.
	const md = new vscode.MarkdownString('', false);
	md.supportHtml = false;
	md.isTrusted = { enabledCommands: [OPEN_LOCATION, COMPARE_TARGETS_COMMAND] };
	md.appendMarkdown(`**${escapeMarkdown(vscode.l10n.t('Same metric in other notices'))}** · ${escapeMarkdown(table.label)}（${escapeMarkdown(table.unit)}）\n\n`);
	if (!table.hasOthers) {
		md.appendMarkdown(escapeMarkdown(vscode.l10n.t('No other notice in the workspace sets this metric.')));
		return md;
	}
	const lines = [
		`| ${[vscode.l10n.t('Notice'), vscode.l10n.t('Target ({0})', table.unit), vscode.l10n.t('Deadline'), vscode.l10n.t('As written')].map(escapeMarkdown).join(' | ')} |`,
		'|:--|--:|:-:|:--|',
	];
	for (const r of table.rows) {
		const where = r.own
			? `**${escapeMarkdown(vscode.l10n.t('This notice'))}**`
			: `[${escapeMarkdown(noticeLabel(r.notice, fileName(r.file)))}](${openLocationLink(r.file, r.offset, r.end)})`;
		const value = escapeMarkdown(r.value);
		lines.push(`| ${where} | ${r.own ? `**${value}**` : value} | ${r.deadline ?? '—'} | ${escapeMarkdown(r.text)} |`);
	}
	md.appendMarkdown(lines.join('\n'));
	if (table.more > 0) { md.appendMarkdown(`\n\n[${escapeMarkdown(vscode.l10n.t('{0} more in Compare Targets', table.more))}](command:${COMPARE_TARGETS_COMMAND})`); }
	return md;
}

