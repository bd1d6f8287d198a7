// Positions in sample files for the UI checks.
import fs from 'node:fs';

/** 1-based line and column of the first occurrence of `needle` in a file. */
export function locate(file, needle) {
	const lines = fs.readFileSync(file, 'utf8').split('\n');
	for (let i = 0; i < lines.length; i++) {
		const c = lines[i].indexOf(needle);
		if (c >= 0) { return [i + 1, c + 1]; }
	}
	throw new Error(`${needle} not in ${file}`);
}
