// Where the domain user dictionary and the stop list live: `resources/` at the package root,
// found from this module wherever it was compiled or bundled to (out/src/core/segment, dist/).
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const USER_DICT = 'userdict.utf8';
export const STOP_WORDS = 'stopwords.txt';

let cached: string | null | undefined;

/** The `resources` folder holding the user dictionary, or null when it cannot be found. */
export function resourcesDir(from: string = __dirname): string | null {
	if (from === __dirname && cached !== undefined) { return cached; }
	let dir = from;
	let found: string | null = null;
	for (let i = 0; i < 8; i++) {
		const cand = path.join(dir, 'resources');
		if (fs.existsSync(path.join(cand, USER_DICT))) { found = cand; break; }
		const up = path.dirname(dir);
		if (up === dir) { break; }
		dir = up;
	}
	if (from === __dirname) { cached = found; }
	return found;
}

export function resourcePath(name: string): string | null {
	const dir = resourcesDir();
	return dir ? path.join(dir, name) : null;
}

/** Bump when normalization or filtering of tokens changes. */
export const ANALYZER_VERSION = 1;

/**
 * What segmentation depends on, as a short hash: the analyzer version and the contents of the
 * user dictionary and the stop list. The index cache is keyed by it.
 */
export function segmenterSignature(paths: { userDict?: string; stopWords?: string } = {}): string {
	const h = crypto.createHash('sha1');
	h.update(`a${ANALYZER_VERSION}\n`);
	for (const p of [paths.userDict ?? resourcePath(USER_DICT), paths.stopWords ?? resourcePath(STOP_WORDS)]) {
		try { h.update(p ? fs.readFileSync(p) : ''); } catch { h.update('missing'); }
		h.update('\n');
	}
	return h.digest('hex').slice(0, 16);
}
