// Finding the notice files below the roots the CLI is given: the files the editor's index would
// read with its default include/exclude settings (src/core/index/scope.ts), each root taken as a
// workspace folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { indexScope, type IndexScope } from '../core/index/scope';
import type { Report } from './report';

/**
 * The files below the roots that `scope` includes (or the roots themselves when they are not
 * folders; reading refuses what is not a regular file), sorted. A missing root is reported.
 */
export function collectFiles(roots: string[], report: Report, scope: IndexScope = indexScope()): string[] {
	const out = new Set<string>();
	const walk = (root: string, dir: string) => {
		let entries: fs.Dirent[];
		try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
		for (const e of entries) {
			const p = path.join(dir, e.name);
			const rel = path.relative(root, p).split(path.sep).join('/');
			if (e.isDirectory()) {
				if (!scope.excludesFolder(rel)) { walk(root, p); }
			} else if (e.isFile() && scope.includesFile(rel)) {
				out.add(path.resolve(p));
			}
		}
	};
	for (const root of roots) {
		let st: fs.Stats;
		try { st = fs.statSync(root); } catch { report.fail(`${root}: no such file or directory`); continue; }
		if (st.isDirectory()) { walk(root, root); } else { out.add(path.resolve(root)); }
	}
	return [...out].sort();
}
