// Index cache and housekeeping benchmark: cache size, save and load (checksums verified, every
// record validated) for synthetic workspaces cloned from the samples' real tokens, through the
// cache file (lock, merge, atomic write); and what an index holds after 3,000 edits of one
// notice against a fresh index of the same files.
//   node --expose-gc out/bench/cache.js [--sizes 1000,20000]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cacheSignature, deserializeFiles, mergeCache, rekey } from '../src/core/index/persistence';
import type { FileTokens } from '../src/core/index/types';
import { WorkspaceIndex } from '../src/core/index/workspaceIndex';
import { fileCache } from '../src/core/io/cacheFile';
import { InProcessSegmenter } from '../src/core/segment/segmenter';
import { FakeSegmenter, syntheticNotice } from '../test/unit/crossref/fixtures';

const args = process.argv.slice(2);
const at = args.indexOf('--sizes');
const SIZES = (at >= 0 ? args[at + 1] : '1000,20000').split(',').map(Number).filter(n => n > 0);
const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');
const SIG = cacheSignature('bench');

/** `n` files cloned from the samples' tokens, each under its own key and content hash. */
function workspace(base: FileTokens[], n: number): FileTokens[] {
	return Array.from({ length: n }, (_, i) => {
		const b = base[i % base.length];
		return { ...rekey(b, `file:///home/user/notices/${i}/${path.basename(b.key)}`), hash: i.toString(16).padStart(40, '0') };
	});
}

async function timed<T>(f: () => Promise<T> | T): Promise<[T, number]> {
	const t = performance.now();
	const v = await f();
	return [v, Math.round(performance.now() - t)];
}

async function main(): Promise<void> {
	const samples = new WorkspaceIndex({ segmenter: new InProcessSegmenter() });
	await samples.updateMany(fs.readdirSync(SAMPLES).sort().map(f => ({ key: `file:///home/user/notices/${f}`, text: fs.readFileSync(path.join(SAMPLES, f), 'utf8') })));
	const base = samples.snapshot();
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-bench-cache-'));
	console.log('index cache (files cloned from the samples\' tokens; save = merge + atomic write under the lock, load = read + verify + validate)');
	try {
		for (const n of SIZES) {
			const file = path.join(tmp, `cache-${n}.bin`);
			const io = fileCache(file);
			const files = workspace(base, n);
			const [, saveMs] = await timed(() => io.update(current => mergeCache(current, files, SIG, () => false)));
			const [back, loadMs] = await timed(async () => deserializeFiles(await io.read(), SIG));
			console.log(`  ${String(n).padStart(6)} files: ${(fs.statSync(file).size / 1e6).toFixed(1)} MB, save ${saveMs} ms, load ${loadMs} ms (${back.status}, ${back.files.length} files)`);
		}
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}

	const texts = (last: string) => Array.from({ length: 20 }, (_, i) => ({ key: `n/${i}.txt`, text: syntheticNotice(i, i === 0 ? last : '') }));
	const edited = new WorkspaceIndex({ segmenter: new FakeSegmenter(), annotate: null });
	await edited.updateMany(texts(''));
	for (let k = 0; k < 3000; k++) { await edited.update('n/0.txt', syntheticNotice(0, `，第${k}项`)); }
	const fresh = new WorkspaceIndex({ segmenter: new FakeSegmenter(), annotate: null });
	await fresh.updateMany(texts('，第2999项'));
	console.log('index after 3,000 edits of one of 20 notices, against a fresh index of the same files');
	const e = edited.footprint(), f = fresh.footprint();
	for (const k of Object.keys(f) as (keyof typeof f)[]) { console.log(`  ${k.padEnd(16)} ${String(e[k]).padStart(7)} ${String(f[k]).padStart(7)}`); }
}

void main().catch(e => { console.error(e); process.exitCode = 1; });
