// Cross-reference engine benchmark: index build time and memory for the samples and for
// synthetic workspaces of 1,000 and 10,000 notices (made from the samples and the corpus
// policies: province names swapped, paragraphs shuffled, so none is an exact duplicate), warm
// reopen from the cache, one-file update, and query latency at 10,000 notices.
//   node --expose-gc out/bench/crossref.js [--workers N] [--sizes 1000,10000] [--json]
// Goals (issue 4): 1,000 notices cold < 10 s on 2 cores, warm < 1 s, one-file update < 100 ms,
// query < 20 ms at 10,000.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as path from 'node:path';
import { WorkspaceIndex } from '../src/core/index/workspaceIndex';
import { cacheSignature, readCacheRecordsInSlices, mergeCache, openWorkspace } from '../src/core/index/persistence';
import { fileCache } from '../src/core/io/cacheFile';
import { WorkerSegmenter } from '../src/core/segment/workerSegmenter';
import { segmenterSignature } from '../src/core/segment/resources';
import { baseFiles, mem, ms, pct, ROOT, workspace } from './synthetic';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const WORKERS = Number(opt('--workers', '1'));
const SIZES = opt('--sizes', '1000,10000').split(',').map(Number).filter(n => n > 0);
const JSON_OUT = args.includes('--json');

function workerPath(): string {
	// The worker compiled with this bench (tsc); the bundled one with --dist.
	const out = path.join(ROOT, 'out', 'src', 'core', 'segment', 'worker.js');
	return args.includes('--dist') || !fs.existsSync(out) ? path.join(ROOT, 'dist', 'segmenter-worker.js') : out;
}

async function main(): Promise<void> {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-bench-'));
	const sig = cacheSignature(segmenterSignature());
	const report: Record<string, unknown> = { cpus: os.cpus().length, workers: WORKERS, node: process.version };
	const log = (s: string) => { if (!JSON_OUT) { console.log(s); } };
	const bases = baseFiles();
	log(`crossref bench: ${bases.length} base notices, ${WORKERS} segmenter worker(s), ${os.cpus().length} cores, worker ${path.relative(ROOT, workerPath())}`);
	const seg = new WorkerSegmenter({ workerPath: workerPath(), workers: WORKERS, idleMs: 600_000 });
	try {
		// Worker start-up (dictionary load) is paid once, before any notice is indexed.
		let t = performance.now();
		await seg.segment(['人工智能']);
		report.workerStartMs = ms(performance.now() - t);
		log(`worker start (nodejieba load): ${report.workerStartMs} ms`);

		const samples = bases.filter(b => b.key.startsWith('samples/'));
		const m0 = mem();
		const sIdx = new WorkspaceIndex({ segmenter: seg });
		t = performance.now();
		const sStats = await sIdx.updateMany(samples);
		const m1 = mem();
		report.samples = { files: samples.length, tasks: sIdx.taskCount, coldMs: ms(performance.now() - t), analyzeMs: ms(sStats.analyzeMs), insertMs: ms(sStats.insertMs), heapMB: m1.heapMB - m0.heapMB };
		log(`samples: ${JSON.stringify(report.samples)}`);

		for (const n of SIZES) {
			const files = workspace(n, bases);
			let chars = 0;
			for (let i = 0; i < n; i++) { chars += files.text(i).length; }
			const cacheFile = path.join(tmp, `cache-${n}.bin`);
			const before = mem();
			let idx = new WorkspaceIndex({ segmenter: seg });
			t = performance.now();
			const cold = await openWorkspace(idx, fileCache(cacheFile), files, sig);
			const coldMs = performance.now() - t;
			const after = mem();
			const r: Record<string, unknown> = {
				notices: n, mchars: ms(chars / 1e6), tasks: idx.taskCount, terms: idx.termCount,
				coldMs: ms(coldMs), analyzeMs: ms(cold.update?.analyzeMs ?? 0), segmentWaitMs: ms(cold.update?.segmentWaitMs ?? 0), insertMs: ms(cold.update?.insertMs ?? 0), saveMs: ms(cold.saveMs),
				cacheMB: ms(fs.statSync(cacheFile).size / 1e6), indexHeapMB: after.heapMB - before.heapMB, rssMB: after.rssMB, peakRssMB: after.peakRssMB,
			};
			log(`${n} notices cold: ${(coldMs / 1000).toFixed(2)} s (${r.tasks} tasks, ${r.mchars} M chars; analyze ${r.analyzeMs} ms, waiting on segmenter ${r.segmentWaitMs} ms, insert ${r.insertMs} ms, cache write ${r.saveMs} ms, ${r.cacheMB} MB), index heap ≈ ${r.indexHeapMB} MB, rss ${r.rssMB} MB, peak rss ${r.peakRssMB} MB`);

			// One-file update: a notice edited (a paragraph changed), re-analyzed and re-segmented.
			const upd: number[] = [];
			for (let k = 0; k < 11; k++) {
				const i = (k * 37) % n;
				const f = { key: files.keys[i], text: files.text(i) };
				const edited = f.text.replace('。', `。新增内容第${k}项。`);
				t = performance.now();
				await idx.update(f.key, edited);
				upd.push(performance.now() - t);
			}
			r.updateMedianMs = ms(pct(upd.slice(1), 0.5));
			r.updateMaxMs = ms(Math.max(...upd.slice(1)));
			log(`${n} notices one-file update: median ${r.updateMedianMs} ms, max ${r.updateMaxMs} ms`);
			// The save the editor makes after those edits (into a copy: the warm reopen below reads the cold cache).
			const editedCache = `${cacheFile}.edited`;
			fs.copyFileSync(cacheFile, editedCache);
			t = performance.now();
			await fileCache(editedCache).update(current => mergeCache(current, idx.records(), sig, () => false));
			r.saveAfterEditMs = ms(performance.now() - t);
			fs.rmSync(editedCache, { force: true });
			log(`${n} notices cache save after those edits: ${r.saveAfterEditMs} ms`);

			// Query latency: 300 tasks spread over the workspace.
			const keys = idx.fileKeys();
			const lat: number[] = [];
			let results = 0;
			for (let k = 0; k < 300; k++) {
				const tasks = idx.tasksOf(keys[(k * 104729) % keys.length]);
				if (!tasks.length) { continue; }
				const q = tasks[(k * 31) % tasks.length];
				t = performance.now();
				results += idx.queryTask(q, { limit: 20 }).length;
				lat.push(performance.now() - t);
			}
			r.queryMedianMs = ms(pct(lat, 0.5));
			r.queryP95Ms = ms(pct(lat, 0.95));
			r.queryMaxMs = ms(Math.max(...lat));
			log(`${n} notices query (limit 20, ${lat.length} queries, ${(results / lat.length).toFixed(1)} results each): median ${r.queryMedianMs} ms, p95 ${r.queryP95Ms} ms, max ${r.queryMaxMs} ms`);
			// Warm reopen: a fresh index from the cache, every file's hash checked.
			idx = null as unknown as WorkspaceIndex; // the cold index goes before the warm one is built
			mem();
			const warmIdx = new WorkspaceIndex({ segmenter: seg });
			t = performance.now();
			const warm = await openWorkspace(warmIdx, fileCache(cacheFile), files, sig);
			r.warmMs = ms(performance.now() - t);
			r.warmReused = warm.reused;
			const mw = mem();
			r.warmHeapMB = mw.heapMB;
			r.peakRssMB = mw.peakRssMB;
			log(`${n} notices warm reopen: ${r.warmMs} ms (${warm.reused} from cache, ${warm.update ? warm.update.added : 0} segmented), heap ${r.warmHeapMB} MB, peak rss so far ${r.peakRssMB} MB`);
			// The editor reads the cache in slices on the extension host: the longest the event loop waited meanwhile.
			const data = fs.readFileSync(cacheFile);
			const lag = monitorEventLoopDelay({ resolution: 5 });
			lag.enable();
			t = performance.now();
			const sliced = await readCacheRecordsInSlices(data, sig);
			r.slicedReadMs = ms(performance.now() - t);
			lag.disable();
			r.slicedReadMaxStallMs = ms(lag.max / 1e6);
			log(`${n} notices cache read in slices (the editor's; a record is decoded when its file is taken): ${r.slicedReadMs} ms for ${sliced.records.length} files, longest event-loop stall ${r.slicedReadMaxStallMs} ms`);

			report[`n${n}`] = r;
		}
	} finally {
		seg.dispose();
		fs.rmSync(tmp, { recursive: true, force: true });
	}
	if (JSON_OUT) { console.log(JSON.stringify(report, null, 1)); }
}

void main().catch(e => { console.error(e); process.exitCode = 1; });
