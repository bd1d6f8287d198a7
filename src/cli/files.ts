// Finding the notice files below the roots the CLI is given.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Report } from './report';

const EXTENSIONS = new Set(['.txt', '.notice']);
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

/**
 * Every .txt/.notice file below the roots (or the roots themselves when they are not
 * folders; reading refuses what is not a regular file), sorted. A missing root is reported.
 */
export function collectFiles(roots: string[], report: Report): string[] {
	const out = new Set<string>();
	const walk = (dir: string) => {
		let entries: fs.Dirent[];
		try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
		for (const e of entries) {
			const p = path.join(dir, e.name);
			if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) { walk(p); } } else if (e.isFile() && EXTENSIONS.has(path.extname(e.name).toLowerCase())) { out.add(path.resolve(p)); }
		}
	};
	for (const root of roots) {
		let st: fs.Stats;
		try { st = fs.statSync(root); } catch { report.fail(`${root}: no such file or directory`); continue; }
		if (st.isDirectory()) { walk(root); } else { out.add(path.resolve(root)); }
	}
	return [...out].sort();
}
