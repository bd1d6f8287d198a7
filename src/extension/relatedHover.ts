// Hover on a task heading or a target: the targets of the related tasks in other notices
// (region, year, value, task), each a link that opens it. The other notices' text in it is
// escaped (markdown.ts); the only trusted part is the open-location command of the links.
import * as vscode from 'vscode';
import type { DocumentAnalyses } from './analyses';
import { LANGUAGE_ID } from './config';
import { guarded } from './log';
import { escapeMarkdown } from './markdown';
import { OPEN_LOCATION, openLocationLink } from './openLocation';
import type { RelatedItem } from './related/types';
import { relatedTargets } from '../core/index/relatedTargets';
import type { RelatedIndexService } from './workspace/relatedIndex';

const RELATED_TASKS = 8;
const MAX_LINES = 12;
/** Targets shown per related task, so one task with many goals does not crowd out the other provinces. */
const PER_TASK = 3;

export function registerRelatedHover(analyses: DocumentAnalyses, service: RelatedIndexService): vscode.Disposable {
	const provider: vscode.HoverProvider = {
		provideHover: (document, position, token) => guarded('related hover', undefined, async () => {
			// Restricted Mode: no workspace index, so nothing to add (the Related Tasks view says why).
			if (!service.isTrusted) { return undefined; }
			const offset = document.offsetAt(position);
			const range = await analyses.call(document, 'getRelatedAnchor', offset);
			if (!range) { return undefined; }
			const hoverRange = new vscode.Range(document.positionAt(range.offset), document.positionAt(range.end));
			if (!service.isStarted) {
				service.start().catch(() => undefined);
				return new vscode.Hover(new vscode.MarkdownString(vscode.l10n.t('Related provincial targets: building the workspace index…')), hoverRange);
			}
			const result = await service.related(document, offset, RELATED_TASKS, token);
			if (token.isCancellationRequested || !result.query) { return undefined; }
			const md = relatedTargetsMarkdown(result.results);
			if (result.state === 'indexing') { md.appendMarkdown(`\n\n_${vscode.l10n.t('Indexing {0}/{1}: more may follow.', result.progress?.done ?? 0, result.progress?.total ?? 0)}_`); }
			return new vscode.Hover(md, hoverRange);
		}),
	};
	return vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, provider);
}

export function relatedTargetsMarkdown(items: readonly RelatedItem[]): vscode.MarkdownString {
	// No theme icons: a `$(…)` in a notice is text.
	const md = new vscode.MarkdownString('', false);
	md.supportHtml = false;
	md.isTrusted = { enabledCommands: [OPEN_LOCATION] };
	md.appendMarkdown(`**${vscode.l10n.t('Related provincial targets')}**\n\n`);
	const { rows, tasks } = relatedTargets(items, { perTask: PER_TASK, maxRows: MAX_LINES });
	const link = (item: RelatedItem, text: string) => `[${escapeMarkdown(text)}](${openLocationLink(item.uri, item.offset, item.end)})`;
	if (rows.length) {
		md.appendMarkdown(rows.map(r => `- ${escapeMarkdown(r.where)} · ${escapeMarkdown(r.year)} · **${escapeMarkdown(r.text)}**${r.metric ? ` ${escapeMarkdown(r.metric)}` : ''} — ${link(r.item, r.heading)}`).join('\n'));
	} else {
		md.appendMarkdown(vscode.l10n.t('The related tasks in other notices set no quantified targets.'));
		if (tasks.length) { md.appendMarkdown(`\n\n${vscode.l10n.t('Related tasks')}: ${tasks.map(t => link(t.item, `${t.where} ${t.heading}`)).join(' · ')}`); }
	}
	return md;
}
