// Hovers over annotations: a date's kind, ISO form and (deadlines, effective dates) the time from
// today; a target's metric, value, verb, deadline, task and responsible units; a 文号's issuer,
// year and number; a plain quantity; a responsibility note. Plain Markdown, never trusted;
// the document's text in it is escaped (../markdown.ts).
import * as vscode from 'vscode';
import { dayDistance } from '../../core/annotations/dayDistance';
import type { DateKind } from '../../core/annotations/types';
import type { HoverFacts } from '../../core/service';
import type { DocumentAnalyses } from '../analyses';
import { LANGUAGE_ID } from '../config';
import { guarded } from '../log';
import { escapeMarkdown } from '../markdown';

export function registerHover(analyses: DocumentAnalyses): vscode.Disposable {
	const provider: vscode.HoverProvider = {
		provideHover: (document, position, token) => guarded('hover', undefined, async () => {
			const hover = await analyses.call(document, 'getHover', document.offsetAt(position));
			if (!hover || token.isCancellationRequested) { return undefined; }
			const range = new vscode.Range(document.positionAt(hover.range.offset), document.positionAt(hover.range.end));
			return new vscode.Hover(hoverMarkdown(hover), range);
		}),
	};
	return vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, provider);
}

/** Markdown of a hover: a bold heading, then one bullet per fact. */
export function hoverMarkdown(facts: HoverFacts, now = new Date()): vscode.MarkdownString {
	const md = new vscode.MarkdownString('', false);
	md.isTrusted = false;
	md.supportHtml = false;
	const { title, text, lines } = content(facts, now);
	md.appendMarkdown(text ? `**${escapeMarkdown(title)}** · ${escapeMarkdown(text)}\n\n` : `**${escapeMarkdown(title)}**\n\n`);
	for (const l of lines) { md.appendMarkdown(`- ${escapeMarkdown(l)}\n`); }
	return md;
}

function content(f: HoverFacts, now: Date): { title: string; text: string; lines: string[] } {
	switch (f.kind) {
		case 'date': {
			const lines = [vscode.l10n.t('ISO date: {0}', f.iso)];
			if (f.dateKind === 'deadline' || f.dateKind === 'effective') {
				const rel = fromToday(f.iso, now);
				if (rel) { lines.push(vscode.l10n.t('From today: {0}', rel)); }
			}
			return { title: dateKindName(f.dateKind), text: f.text, lines };
		}
		case 'target': {
			const lines: string[] = [];
			if (f.metric) { lines.push(vscode.l10n.t('Metric: {0}', f.metric)); }
			lines.push(vscode.l10n.t('Value: {0}', f.value));
			if (f.verb) { lines.push(vscode.l10n.t('Verb: {0}', f.verb)); }
			lines.push(f.deadline ? vscode.l10n.t('Deadline: {0}', f.deadline) : vscode.l10n.t('No deadline stated'));
			if (f.section.length) { lines.push(vscode.l10n.t('Task: {0}', f.section.join(' › '))); }
			lines.push(...unitLines(f.lead, f.responsible));
			return { title: vscode.l10n.t('Target'), text: f.text, lines };
		}
		case 'docNumber':
			return {
				title: vscode.l10n.t('Document number'), text: f.text,
				lines: [vscode.l10n.t('Issuer: {0}', f.issuer), vscode.l10n.t('Year: {0}', f.year), vscode.l10n.t('Number: {0}', f.number)],
			};
		case 'quantity': {
			const lines = [vscode.l10n.t('Value: {0}', f.value)];
			if (f.verb) { lines.push(vscode.l10n.t('Verb: {0}', f.verb)); }
			return { title: vscode.l10n.t('Quantity (not a target)'), text: f.text, lines };
		}
		case 'unit':
			return { title: vscode.l10n.t('Responsibility note'), text: '', lines: unitLines(f.lead, f.responsible) };
	}
}

function unitLines(lead: readonly string[], responsible: readonly string[]): string[] {
	const lines: string[] = [];
	if (lead.length) { lines.push(vscode.l10n.t('Lead units: {0}', lead.join('、'))); }
	if (responsible.length) { lines.push(vscode.l10n.t('Responsible units: {0}', responsible.join('、'))); }
	return lines;
}

export function dateKindName(kind: DateKind): string {
	switch (kind) {
		case 'deadline': return vscode.l10n.t('Deadline');
		case 'period': return vscode.l10n.t('Period');
		case 'issued': return vscode.l10n.t('Issue date');
		case 'effective': return vscode.l10n.t('Effective date');
		case 'expiry': return vscode.l10n.t('Expiry date');
		case 'published': return vscode.l10n.t('Published');
		case 'reference': return vscode.l10n.t('Reference date');
		case 'past': return vscode.l10n.t('Baseline year');
	}
}

/** "in 3 days", "6 years ago (2,190 days)" for an ISO day (yyyy-mm-dd), in the UI language. */
export function fromToday(iso: string, now = new Date(), language = vscode.env.language): string | undefined {
	const d = dayDistance(iso, now);
	if (!d) { return undefined; }
	let rtf: Intl.RelativeTimeFormat;
	try { rtf = new Intl.RelativeTimeFormat(language || 'en', { numeric: 'auto' }); } catch { rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' }); }
	const said = rtf.format(d.amount, d.unit);
	if (d.unit === 'day') { return said; }
	let count: string;
	try { count = Math.abs(d.days).toLocaleString(language || 'en'); } catch { count = String(Math.abs(d.days)); }
	return vscode.l10n.t('{0} ({1} days)', said, count);
}
