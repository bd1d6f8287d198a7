// Where tests find the repository's samples and the shared corpus, wherever they are compiled to.
import * as fs from 'node:fs';
import * as path from 'node:path';

function findRoot(from: string): string {
	let dir = from;
	while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'samples'))) {
		const up = path.dirname(dir);
		if (up === dir) { throw new Error(`repository root not found above ${from}`); }
		dir = up;
	}
	return dir;
}

export const REPO = findRoot(__dirname);
export const SAMPLES = path.join(REPO, 'samples');
export const FIXTURES = path.join(REPO, 'test', 'fixtures');
/** The shared corpus lives beside the repository (../shared/corpus). */
export const CORPUS = process.env.PN_CORPUS ?? path.resolve(REPO, '..', 'shared', 'corpus');

export function readSample(name: string): string {
	return fs.readFileSync(path.join(SAMPLES, `${name}.txt`), 'utf8');
}

export function sampleNames(): string[] {
	return fs.readdirSync(SAMPLES).filter(f => f.endsWith('.txt')).map(f => f.replace(/\.txt$/, '')).sort();
}

export function corpusFiles(dir: string): string[] {
	const d = path.join(CORPUS, dir);
	return fs.readdirSync(d).filter(f => f.endsWith('.txt')).sort().map(f => path.join(d, f));
}
