// Typed access to the extension's settings (all under `policyNotice.`).
import * as vscode from 'vscode';

export const LANGUAGE_ID = 'policy-notice';
export const SECTION = 'policyNotice';

export interface Config {
	autoDetect: boolean;
	include: string[];
	exclude: string[];
	maxFiles: number;
	decorateTargets: boolean;
	segmenterIdleSeconds: number;
	relatedLimit: number;
}

export function readConfig(scope?: vscode.ConfigurationScope): Config {
	const c = vscode.workspace.getConfiguration(SECTION, scope);
	return {
		autoDetect: c.get<boolean>('autoDetect', true),
		include: c.get<string[]>('index.include', ['**/*.txt', '**/*.notice']),
		exclude: c.get<string[]>('index.exclude', ['**/node_modules/**', '**/.git/**']),
		maxFiles: c.get<number>('index.maxFiles', 20000),
		decorateTargets: c.get<boolean>('decorations.targets', false),
		segmenterIdleSeconds: c.get<number>('segmenter.idleSeconds', 120),
		relatedLimit: c.get<number>('related.limit', 20),
	};
}

export function affectsConfig(e: vscode.ConfigurationChangeEvent, key: string): boolean {
	return e.affectsConfiguration(`${SECTION}.${key}`);
}
