// Hovers over annotations: a date's kind, ISO form and (deadlines, effective dates) the time from
// today; a target's metric, value, verb, deadline, task and responsible units; a 文号's issuer,
// year and number; a plain quantity; a responsibility note. Plain Markdown, never trusted;
// the document's text in it is escaped (../markdown.ts).
import * as vscode from 'vscode';
import type { DateKind, DateMention, DocNumber, Quantity, Target, UnitAssignment } from '../../core/annotations/types';
import type { DocumentAnalyses } from '../analyses';
import { LANGUAGE_ID } from '../config';
import { guarded } from '../log';
import { escapeMarkdown } from '../markdown';
import { lookupOf, type AnnotationLookup, type Hit } from './lookup';

export function registerHover(analyses: DocumentAnalyses): vscode.Disposable {
	const provider: vscode.HoverProvider = {
		provideHover: (document, position, token) => guarded('hover', undefined, () => {
			const analysis = analyses.get(document);
			if (token.isCancellationRequested) { return undefined; }
			const lookup = lookupOf(analysis);
			const hit = lookup.at(document.offsetAt(position));
			if (!hit) { return undefined; }
			const md = hoverMarkdown(hit, lookup);
			const range = new vscode.Range(document.positionAt(hit.span.offset), document.positionAt(hit.span.end));
			return new vscode.Hover(md, range);
		}),
	};
	return vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, provider);
}

/** Markdown of a hover: a bold heading, then one bullet per fact. */
export function hoverMarkdown(hit: Hit, lookup: AnnotationLookup, now = new Date()): vscode.MarkdownString {
	const md = new vscode.MarkdownString('', false);
	md.isTrusted = false;
	md.supportHtml = false;
	const { title, text, lines } = content(hit, lookup, now);
	md.appendMarkdown(text ? `**${escapeMarkdown(title)}** · ${escapeMarkdown(text)}\n\n` : `**${escapeMarkdown(title)}**\n\n`);
	for (const l of lines) { md.appendMarkdown(`- ${escapeMarkdown(l)}\n`); }
	return md;
}

function content(hit: Hit, lookup: AnnotationLookup, now: Date): { title: string; text: string; lines: string[] } {
	switch (hit.kind) {
		case 'date': return dateContent(hit.date, now);
		case 'target': return targetContent(hit.target, lookup);
		case 'docNumber': return docNumberContent(hit.docNumber);
		case 'quantity': return quantityContent(hit.quantity);
		case 'unit': return unitContent(hit.unit);
	}
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

function dateContent(d: DateMention, now: Date): { title: string; text: string; lines: string[] } {
	const lines = [vscode.l10n.t('ISO date: {0}', d.iso)];
	if (d.kind === 'deadline' || d.kind === 'effective') {
		const rel = fromToday(d.iso, now);
		if (rel) { lines.push(vscode.l10n.t('From today: {0}', rel)); }
	}
	return { title: dateKindName(d.kind), text: d.text, lines };
}

function targetContent(t: Target, lookup: AnnotationLookup): { title: string; text: string; lines: string[] } {
	const q = t.quantity;
	const lines: string[] = [];
	if (t.metric) { lines.push(vscode.l10n.t('Metric: {0}', t.metric)); }
	lines.push(vscode.l10n.t('Value: {0}', formatValue(q)));
	if (q.verb) { lines.push(vscode.l10n.t('Verb: {0}', q.verb)); }
	lines.push(t.deadline ? vscode.l10n.t('Deadline: {0}', t.deadline) : vscode.l10n.t('No deadline stated'));
	if (t.section.length) { lines.push(vscode.l10n.t('Task: {0}', t.section.join(' › '))); }
	const units = lookup.unitsFor(t);
	if (units.lead.length) { lines.push(vscode.l10n.t('Lead units: {0}', units.lead.join('、'))); }
	if (units.responsible.length) { lines.push(vscode.l10n.t('Responsible units: {0}', units.responsible.join('、'))); }
	return { title: vscode.l10n.t('Target'), text: t.text, lines };
}

function docNumberContent(n: DocNumber): { title: string; text: string; lines: string[] } {
	return {
		title: vscode.l10n.t('Document number'), text: n.text,
		lines: [vscode.l10n.t('Issuer: {0}', n.issuer), vscode.l10n.t('Year: {0}', n.year), vscode.l10n.t('Number: {0}', n.number)],
	};
}

function quantityContent(q: Quantity): { title: string; text: string; lines: string[] } {
	const lines = [vscode.l10n.t('Value: {0}', formatValue(q))];
	if (q.verb) { lines.push(vscode.l10n.t('Verb: {0}', q.verb)); }
	return { title: vscode.l10n.t('Quantity (not a target)'), text: q.text, lines };
}

function unitContent(u: UnitAssignment): { title: string; text: string; lines: string[] } {
	const lines: string[] = [];
	if (u.lead.length) { lines.push(vscode.l10n.t('Lead units: {0}', u.lead.join('、'))); }
	if (u.responsible.length) { lines.push(vscode.l10n.t('Responsible units: {0}', u.responsible.join('、'))); }
	return { title: vscode.l10n.t('Responsibility note'), text: '', lines };
}

/** 1200亿元, 30万家以上, 3–5个; the text as written when the value could not be folded. */
export function formatValue(q: Quantity): string {
	if (q.value === null || !Number.isFinite(q.value)) { return q.text; }
	const range = q.valueMax !== null && q.valueMax !== q.value ? `${q.value}–${q.valueMax}` : `${q.value}`;
	return `${range}${q.unit}${q.qualifier}`;
}

const DAY = 86_400_000;

/** "in 3 days", "6 years ago (2,190 days)" for an ISO day (yyyy-mm-dd), in the UI language. */
export function fromToday(iso: string, now = new Date(), language = vscode.env.language): string | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) { return undefined; }
	const target = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
	const days = Math.round((target - today) / DAY);
	let rtf: Intl.RelativeTimeFormat;
	try { rtf = new Intl.RelativeTimeFormat(language || 'en', { numeric: 'auto' }); } catch { rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' }); }
	const abs = Math.abs(days);
	if (abs < 45) { return rtf.format(days, 'day'); }
	const coarse = abs < 730 ? rtf.format(Math.round(days / 30.44), 'month') : rtf.format(Math.round(days / 365.25), 'year');
	let count: string;
	try { count = abs.toLocaleString(language || 'en'); } catch { count = String(abs); }
	return vscode.l10n.t('{0} ({1} days)', coarse, count);
}
