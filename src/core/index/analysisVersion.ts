// Which analysis made a cached record. A record holds tasks as the parser and the annotators
// made them (paths, titles, targets, units), so a cache written by another version of them is
// not reused: an upgrade that reads a heading or a target differently re-analyses every file
// instead of serving the old answers until each file changes. The fingerprint is the hash of the
// core sources (src/core/**/*.ts): a production bundle carries it (scripts/build.mjs computes it
// with hashSources below); anything run from the repository (out/, a watch build) hashes the
// sources it finds there, so the CLI from out/ and the bundled one share a cache.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

declare const __PN_ANALYSIS_HASH__: string | undefined;

let memo: string | undefined;

/** A short hash of the code that turns text into tasks. */
export function analysisFingerprint(): string {
	memo ??= typeof __PN_ANALYSIS_HASH__ === 'string' ? __PN_ANALYSIS_HASH__ : hashOwnSources();
	return memo;
}

/** The core sources above this module (a checkout: out/src/core/index, dist/), else the compiled files beside it. */
function hashOwnSources(): string {
	for (let dir = __dirname, i = 0; i < 6; i++, dir = path.dirname(dir)) {
		if (fs.existsSync(path.join(dir, 'src', 'core', 'index', 'analysisVersion.ts'))) { return hashSources(path.join(dir, 'src', 'core'), '.ts'); }
	}
	return hashSources(path.join(__dirname, '..'), '.js');
}

/** The sha1 (16 hex digits) of every file ending in `ext` below `dir`, by relative path in sorted order; throws when there is none. */
export function hashSources(dir: string, ext: string): string {
	const files: string[] = [];
	const walk = (d: string) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) { walk(p); } else if (e.name.endsWith(ext)) { files.push(p); }
		}
	};
	walk(dir);
	if (!files.length) { throw new Error(`no ${ext} file below ${dir} to fingerprint the analysis with`); }
	const h = crypto.createHash('sha1');
	for (const f of files.map(f => path.relative(dir, f).split(path.sep).join('/')).sort()) {
		h.update(f).update('\0').update(fs.readFileSync(path.join(dir, f))).update('\0');
	}
	return h.digest('hex').slice(0, 16);
}
