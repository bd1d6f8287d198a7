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
	const lines: string[] = [];
	for (const item of items) {
		for (const t of item.targets.slice(0, PER_TASK)) {
			if (lines.length >= MAX_LINES) { break; }
			const year = t.deadline ?? (item.year ? String(item.year) : '—');
			const where = escapeMarkdown(item.region || item.issuer || item.document);
			lines.push(`- ${where} · ${escapeMarkdown(year)} · **${escapeMarkdown(t.text)}**${t.metric ? ` ${escapeMarkdown(t.metric)}` : ''} — [${escapeMarkdown(item.path[item.path.length - 1] ?? item.title)}](${openLocationLink(item.uri, item.offset, item.end)})`);
		}
	}
	if (lines.length) {
		md.appendMarkdown(lines.join('\n'));
	} else {
		md.appendMarkdown(vscode.l10n.t('The related tasks in other notices set no quantified targets.'));
		const first = items.slice(0, 3).map(i => `[${escapeMarkdown(i.region || i.issuer)} ${escapeMarkdown(i.path[i.path.length - 1] ?? i.title)}](${openLocationLink(i.uri, i.offset, i.end)})`);
		if (first.length) { md.appendMarkdown(`\n\n${vscode.l10n.t('Related tasks')}: ${first.join(' · ')}`); }
	}
	return md;
}
