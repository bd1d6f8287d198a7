// The workspace index as the editor builds it, end to end: the core's catalog (each file's bytes
// decoded and analysed in the analysis worker thread) feeding the index's lifecycle (segmented in
// worker processes, cores − 1 by default, inserted on this thread), over a synthetic workspace in
// memory. crossref.ts measures the index alone (analysis on its own thread); this is what a
// person waits for: cold (no cache), and warm (a second window with the index cache and the
// catalog's store the first wrote: each file hashed, none analysed or segmented again).
//   node --expose-gc out/bench/pipeline.js [--sizes 1000,10000] [--no-store] [--json]
// (--no-store: the catalog keeps no summaries between sessions, as before 2026-12-01: a warm
// start analyses every file again.)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cacheSignature } from '../src/core/index/persistence';
import { fileCache } from '../src/core/io/cacheFile';
import { segmenterSignature } from '../src/core/segment/resources';
import { segmenterProcesses, WorkerSegmenter } from '../src/core/segment/workerSegmenter';
import { AnalysisWorker } from '../src/core/service/worker/client';
import { WorkspaceCatalog, type CatalogFileSystem } from '../src/core/workspace/catalog';
import { WorkspaceRelatedIndex } from '../src/core/workspace/relatedIndex';
import { baseFiles, mem, ms, ROOT, workspace } from './synthetic';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const SIZES = opt('--sizes', '1000,10000').split(',').map(Number).filter(n => n > 0);
const JSON_OUT = args.includes('--json');
const NO_STORE = args.includes('--no-store');
const ANALYSIS_WORKER = path.join(ROOT, 'out', 'src', 'core', 'service', 'worker', 'main.js');
const SEGMENTER_WORKER = path.join(ROOT, 'out', 'src', 'core', 'segment', 'worker.js');

/** The synthetic workspace as the catalog reads it (no watcher: nothing changes). */
function memoryFiles(files: ReturnType<typeof workspace>): CatalogFileSystem {
	return {
		findFiles: async () => [...files.keys],
		size: async () => 0, // (every synthetic notice is far under the scan limit; its text is made when read)
		readFile: async key => new TextEncoder().encode(files.read(key)),
		decodingFor: () => ({ decoding: { encoding: 'utf-8' } }),
		watch: () => ({ dispose: () => undefined }),
	};
}

/** A catalog and an index over `files`, as one editor window makes them. */
function window(files: ReturnType<typeof workspace>, cacheFile: string, storeFile: string) {
	const quiet = { info: () => undefined, warn: (m: string) => console.error(`warn: ${m}`), error: (m: string) => console.error(`error: ${m}`) };
	const catalog = new WorkspaceCatalog({
		files: memoryFiles(files),
		summarizer: new AnalysisWorker({ workerPath: ANALYSIS_WORKER }),
		logger: quiet,
		store: NO_STORE ? undefined : fileCache(storeFile),
		saveDelayMs: 3_600_000, // saved by the bench, not by a timer
	});
	const related = new WorkspaceRelatedIndex({
		catalog,
		createSegmenter: () => new WorkerSegmenter({ workerPath: SEGMENTER_WORKER, workers: segmenterProcesses(0), idleMs: 600_000 }),
		cache: fileCache(cacheFile),
		signature: cacheSignature(segmenterSignature()),
		logger: quiet,
		saveDelayMs: 3_600_000, // saved by the bench, not by a timer
	});
	return { catalog, related, dispose: () => { related.dispose(); catalog.dispose(); } };
}

/** Builds (or reopens) the index of one window; its time, the longest stall of this thread, and the CPU of this process (its threads included). */
async function build(files: ReturnType<typeof workspace>, cacheFile: string, storeFile: string) {
	const w = window(files, cacheFile, storeFile);
	const lag = monitorEventLoopDelay({ resolution: 10 });
	const cpu0 = process.cpuUsage();
	lag.enable();
	const t = performance.now();
	await w.related.start();
	const wallMs = performance.now() - t;
	lag.disable();
	const cpu = process.cpuUsage(cpu0);
	const s = performance.now();
	await w.related.save();
	await w.catalog.save();
	return {
		w, wallMs, saveMs: performance.now() - s, maxStallMs: lag.max / 1e6,
		cpuMs: (cpu.user + cpu.system) / 1000, files: w.related.index!.fileCount, tasks: w.related.index!.taskCount,
	};
}

async function main(): Promise<void> {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-bench-pipeline-'));
	const log = (s: string) => { if (!JSON_OUT) { console.log(s); } };
	const report: Record<string, unknown> = { cpus: os.cpus().length, segmenterProcesses: segmenterProcesses(0), node: process.version };
	log(`editor pipeline bench${NO_STORE ? ' (--no-store)' : ''}: catalog (analysis worker thread) → index (${segmenterProcesses(0)} segmenter process(es), insert on this thread), ${os.cpus().length} cores`);
	const bases = baseFiles();
	try {
		for (const n of SIZES) {
			const files = workspace(n, bases);
			const cacheFile = path.join(tmp, `cache-${n}.bin`), storeFile = path.join(tmp, `catalog-${n}.bin`);
			mem();
			const cold = await build(files, cacheFile, storeFile);
			const afterCold = mem();
			cold.w.dispose();
			const warm = await build(files, cacheFile, storeFile);
			const afterWarm = mem();
			warm.w.dispose();
			const r = {
				notices: n, coldFiles: cold.files, tasks: cold.tasks,
				coldMs: ms(cold.wallMs), coldCpuMs: ms(cold.cpuMs), coldMaxStallMs: ms(cold.maxStallMs), saveMs: ms(cold.saveMs),
				warmMs: ms(warm.wallMs), warmCpuMs: ms(warm.cpuMs), warmMaxStallMs: ms(warm.maxStallMs), warmFiles: warm.files,
				cacheMB: ms(fs.statSync(cacheFile).size / 1e6), catalogStoreMB: NO_STORE ? 0 : ms(fs.statSync(storeFile).size / 1e6), rssAfterColdMB: afterCold.rssMB, rssAfterWarmMB: afterWarm.rssMB, peakRssMB: afterWarm.peakRssMB,
			};
			report[String(n)] = r;
			log(`${n} notices, cold: ${(r.coldMs / 1000).toFixed(2)} s (${r.coldFiles} files, ${r.tasks} tasks; CPU of this process and its threads ${(r.coldCpuMs / 1000).toFixed(1)} s; longest stall of this thread ${r.coldMaxStallMs} ms; index cache and catalog store written in ${r.saveMs} ms, ${r.cacheMB} + ${r.catalogStoreMB} MB)`);
			log(`${n} notices, warm reopen: ${(r.warmMs / 1000).toFixed(2)} s (${r.warmFiles} files; CPU ${(r.warmCpuMs / 1000).toFixed(1)} s; longest stall ${r.warmMaxStallMs} ms)`);
			log(`${n} notices, memory: rss after cold ${r.rssAfterColdMB} MB, after warm ${r.rssAfterWarmMB} MB, peak ${r.peakRssMB} MB (this process, the analysis thread included; the segmenter processes apart)`);
		}
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
	if (JSON_OUT) { console.log(JSON.stringify(report, null, 1)); }
}

main().then(() => process.exit(0), e => { console.error(e); process.exit(1); });
