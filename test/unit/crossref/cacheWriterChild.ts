// A process writing the index cache, for the two-processes test of cacheFile.test.ts:
//   node cacheWriterChild.js FILE PREFIX FIRST COUNT
// writes COUNT tiny files under PREFIX/, one update each, merging with whatever another
// process wrote meanwhile. Mocha loads this file too: then it only exports.
import { cacheSignature, mergeCache } from '../../../src/core/index/persistence';
import type { FileTokens } from '../../../src/core/index/types';
import { fileCache } from '../../../src/core/io/cacheFile';
import { tinyFileTokens } from './fixtures';

export const WRITER_SIGNATURE = cacheSignature('two-writers');

export async function writeFiles(file: string, prefix: string, first: number, count: number): Promise<void> {
	const io = fileCache(file);
	const mine: FileTokens[] = [];
	for (let i = 0; i < count; i++) {
		mine.push(tinyFileTokens(`${prefix}/${i}.txt`, first + i));
		await io.update(current => mergeCache(current, mine, WRITER_SIGNATURE, key => !key.startsWith(`${prefix}/`)));
	}
}

if (require.main === module) {
	const [file, prefix, first, count] = process.argv.slice(2);
	writeFiles(file, prefix, Number(first), Number(count)).then(
		() => process.exit(0),
		e => { process.stderr.write(`${(e as Error)?.stack ?? e}\n`); process.exit(1); },
	);
}
