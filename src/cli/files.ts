// Finding the notice files below the roots the CLI is given, as the editor's index would find
// them (src/core/index/scope.ts), each root taken as a workspace folder: its include / exclude
// globs are --include / --exclude when given, else the folder's own .vscode/settings.json
// (policyNotice.index.include / .exclude), else the settings' defaults. User settings are not
// read: a folder's files do not change with who runs the command.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc, printParseErrorCode, stripComments, type ParseError } from 'jsonc-parser';
import { DEFAULT_INDEX_EXCLUDE, DEFAULT_INDEX_INCLUDE, indexScope, type IndexScope } from '../core/index/scope';
import type { Report } from './report';

/** The command line's globs: each replaces its setting (as a setting replaces its default). */
export interface ScopeFlags {
	include?: readonly string[];
	exclude?: readonly string[];
}

/** The flags of a parsed command line. */
export function scopeFlags(values: Record<string, unknown>): ScopeFlags {
	const list = (v: unknown) => Array.isArray(v) && v.length ? v as string[] : undefined;
	return { include: list(values.include), exclude: list(values.exclude) };
}

/**
 * The files below the roots that each root's scope includes (or the roots themselves when they
 * are not folders; reading refuses what is not a regular file), sorted. A missing root is reported.
 */
export function collectFiles(roots: string[], report: Report, flags: ScopeFlags = {}): string[] {
	const out = new Set<string>();
	for (const root of roots) {
		let st: fs.Stats;
		try { st = fs.statSync(root); } catch { report.fail(`${root}: no such file or directory`); continue; }
		if (st.isDirectory()) { addFilesBelow(root, folderScope(root, flags, report), out); } else { out.add(path.resolve(root)); }
	}
	return [...out].sort();
}

/** Adds the files below `folder` that `scope` includes to `out`; a folder an exclude names is not walked. */
export function addFilesBelow(folder: string, scope: IndexScope, out: Set<string>): void {
	const walk = (dir: string) => {
		let entries: fs.Dirent[];
		try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
		for (const e of entries) {
			const p = path.join(dir, e.name);
			const rel = path.relative(folder, p).split(path.sep).join('/');
			if (e.isDirectory()) {
				if (!scope.excludesFolder(rel)) { walk(p); }
			} else if (e.isFile() && scope.includesFile(rel)) {
				out.add(path.resolve(p));
			}
		}
	};
	walk(folder);
}

const SETTING = { include: 'policyNotice.index.include', exclude: 'policyNotice.index.exclude' } as const;

/** A folder's include / exclude: the flags, else its .vscode/settings.json, else the defaults. */
export function folderScope(folder: string, flags: ScopeFlags, report: Report): IndexScope {
	const needed = !flags.include || !flags.exclude;
	const settings = needed ? folderSettings(folder, report) : {};
	return indexScope(
		flags.include ?? globsSetting(settings, 'include', folder, report) ?? DEFAULT_INDEX_INCLUDE,
		flags.exclude ?? globsSetting(settings, 'exclude', folder, report) ?? DEFAULT_INDEX_EXCLUDE,
	);
}

/**
 * The folder's workspace settings, read as VS Code reads them: JSON with comments and trailing
 * commas; an empty file is no settings; after a syntax error the settings read before it still
 * apply (with a warning). {} when it has none.
 */
function folderSettings(folder: string, report: Report): Record<string, unknown> {
	const file = path.join(folder, '.vscode', 'settings.json');
	let text: string;
	try { text = fs.readFileSync(file, 'utf8'); } catch { return {}; }
	if (!stripComments(text).trim()) { return {}; }
	const errors: ParseError[] = [];
	const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
	const isObject = !!value && typeof value === 'object' && !Array.isArray(value);
	if (errors.length) {
		const why = `${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}`;
		report.warn(`${file}: ${why}; ${isObject ? 'the settings before it apply' : 'not read, the default include / exclude apply'}`);
	} else if (!isObject) {
		report.warn(`${file}: not an object; the default include / exclude apply`);
	}
	return isObject ? value as Record<string, unknown> : {};
}

function globsSetting(settings: Record<string, unknown>, which: keyof typeof SETTING, folder: string, report: Report): readonly string[] | undefined {
	const v = settings[SETTING[which]];
	if (v === undefined) { return undefined; }
	if (Array.isArray(v) && v.every(g => typeof g === 'string')) { return v; }
	report.warn(`${path.join(folder, '.vscode', 'settings.json')}: ${SETTING[which]} is not a list of globs; its default applies`);
	return undefined;
}
