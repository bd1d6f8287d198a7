// Command "New Notice…": pick one of six kinds (通知, 实施方案, 指导意见, 行动计划, 工作要点,
// 任务分工方案) and get an untitled policy-notice document with its GB/T 9704 template inserted as
// a snippet: Tab walks through 发文机关, 标题, 主送机关 and the headings; the date is today's.
import * as vscode from 'vscode';
import { message } from '../core/drafting/messages';
import { snippetText, TEMPLATES, type NoticeTemplate } from '../core/drafting/templates';
import type { Locale } from '../core/drafting/types';
import { LANGUAGE_ID, uiLocale } from './config';
import { log } from './log';

export function registerNewNotice(): vscode.Disposable {
	return vscode.commands.registerCommand('policyNotice.newNotice', newNotice);
}

/** Opens the new document; `id` (a template id such as `notice`) skips the quick pick. */
async function newNotice(id?: unknown): Promise<vscode.TextEditor | undefined> {
	try {
		const locale = uiLocale();
		const template = TEMPLATES.find(t => t.id === id) ?? await pick(locale);
		if (!template) { return undefined; }
		const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
		const editor = await vscode.window.showTextDocument(doc);
		await editor.insertSnippet(new vscode.SnippetString(snippetText(template)), new vscode.Position(0, 0));
		return editor;
	} catch (e) {
		log().error(`New Notice failed: ${(e as Error)?.stack ?? e}`);
		return undefined;
	}
}

async function pick(locale: Locale): Promise<NoticeTemplate | undefined> {
	const items = TEMPLATES.map(t => ({ label: t.label[locale], description: t.prefix.slice(1).join(' '), detail: t.description[locale], template: t }));
	const chosen = await vscode.window.showQuickPick(items, { placeHolder: message(locale, 'newNotice.pick'), matchOnDescription: true, matchOnDetail: true });
	return chosen?.template;
}
