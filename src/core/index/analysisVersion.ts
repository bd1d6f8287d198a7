// Which analysis made a cached record. A record holds tasks as the parser and the annotators
// made them (paths, titles, targets, units), so a cache written by another version of them is
// not reused: an upgrade that reads a heading or a target differently re-analyses every file
// instead of serving the old answers until each file changes. A bundle carries the hash of
// its core sources (scripts/build.mjs defines it); compiled output (out/, the tests and the
// CLI run from it) hashes its own core files once.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

declare const __PN_ANALYSIS_HASH__: string | undefined;

let memo: string | undefined;

/** A short hash of the code that turns text into tasks. */
export function analysisFingerprint(): string {
	if (memo === undefined) {
		memo = typeof __PN_ANALYSIS_HASH__ === 'string' ? __PN_ANALYSIS_HASH__ : hashSources(path.join(__dirname, '..'), '.js');
	}
	return memo;
}

/** The sha1 (16 hex digits) of every file ending in `ext` below `dir`, by relative path in sorted order. */
export function hashSources(dir: string, ext: string): string {
	const files: string[] = [];
	const walk = (d: string) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) { walk(p); } else if (e.name.endsWith(ext)) { files.push(p); }
		}
	};
	walk(dir);
	const h = crypto.createHash('sha1');
	for (const f of files.map(f => path.relative(dir, f).split(path.sep).join('/')).sort()) {
		h.update(f).update('\0').update(fs.readFileSync(path.join(dir, f))).update('\0');
	}
	return h.digest('hex').slice(0, 16);
}
