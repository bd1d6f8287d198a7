// Typed access to the extension's settings (all under `policyNotice.`).
import * as vscode from 'vscode';
import { houseStyleFrom, levelsFromSettings, RULES } from '../core/drafting';
import type { DraftingOptions, Locale } from '../core/service';
import { DEFAULT_INDEX_EXCLUDE, DEFAULT_INDEX_INCLUDE } from '../core/index/scope';

export const LANGUAGE_ID = 'policy-notice';
export const SECTION = 'policyNotice';

export interface Config {
	autoDetect: boolean;
	include: string[];
	exclude: string[];
	maxFiles: number;
	decorateTargets: boolean;
	segmenterIdleSeconds: number;
	/** 0: the default (processor cores − 1, at least 1). */
	segmenterProcesses: number;
	relatedLimit: number;
}

export function readConfig(scope?: vscode.ConfigurationScope): Config {
	const c = vscode.workspace.getConfiguration(SECTION, scope);
	return {
		autoDetect: c.get<boolean>('autoDetect', true),
		include: c.get<string[]>('index.include', [...DEFAULT_INDEX_INCLUDE]),
		exclude: c.get<string[]>('index.exclude', [...DEFAULT_INDEX_EXCLUDE]),
		maxFiles: c.get<number>('index.maxFiles', 20000),
		decorateTargets: c.get<boolean>('decorations.targets', false),
		segmenterIdleSeconds: c.get<number>('segmenter.idleSeconds', 120),
		segmenterProcesses: c.get<number>('segmenter.processes', 0),
		relatedLimit: c.get<number>('related.limit', 20),
	};
}

export function affectsConfig(e: vscode.ConfigurationChangeEvent, key: string): boolean {
	return e.affectsConfiguration(`${SECTION}.${key}`);
}

/** The drafting messages' locale for the UI language (Chinese for any zh-*, else English). */
export function uiLocale(): Locale {
	return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** The drafting aids' options for a document (its folder's and language's settings), in the UI language. */
export function readDraftingOptions(scope?: vscode.ConfigurationScope): DraftingOptions {
	const c = vscode.workspace.getConfiguration(SECTION, scope);
	const levels: Record<string, unknown> = {};
	for (const r of RULES) { levels[r.setting] = c.get(`diagnostics.${r.setting}`); }
	return {
		locale: uiLocale(),
		includeScraped: c.get<boolean>('diagnostics.includeScraped', false),
		rules: levelsFromSettings(levels),
		houseStyle: houseStyleFrom(c.get<Record<string, unknown>>('drafting.markerStyle')),
	};
}

/** `policyNotice.drafting.continueNumbering`: Enter after a numbered line writes the next marker. */
export function continueNumbering(scope?: vscode.ConfigurationScope): boolean {
	return vscode.workspace.getConfiguration(SECTION, scope).get<boolean>('drafting.continueNumbering', true);
}
