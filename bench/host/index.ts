// Runs inside the extension host (npm run bench): opens a sample, waits for activation and
// writes the extension's own activation timings to $PN_BENCH_OUT.
import * as fs from 'fs';
import * as inspector from 'inspector';
import { monitorEventLoopDelay } from 'perf_hooks';
import * as path from 'path';
import * as vscode from 'vscode';

interface Api {
	activationMs: number;
	codeLoadingMs: number;
	related: { start(): Promise<void>; isIndexing: boolean; workspaceIndex?: { taskCount: number } };
	sliceWatch: { longestMs: number };
}

/** Starts the V8 CPU profiler of this extension host; the returned function stops it and gives the profile. */
async function startProfile(): Promise<() => Promise<object>> {
	const session = new inspector.Session();
	session.connect();
	const post = (method: string, params?: object) => new Promise<{ profile?: object }>((resolve, reject) => session.post(method, params ?? {}, (e, r) => e ? reject(e) : resolve(r as { profile?: object })));
	await post('Profiler.enable');
	await post('Profiler.start');
	return async () => { const r = await post('Profiler.stop'); session.disconnect(); return r.profile ?? {}; };
}

interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
	samples: number[];
	timeDeltas: number[];
}

/**
 * The most a sample counts for. The profiler samples about every millisecond; a longer gap between
 * two samples is time it did not see the thread run (the OS ran something else: on a two-core
 * machine the workbench, the browser and the segmenter compete), which is no code's own cost.
 */
const SEEN_MS = 10;

/**
 * From a CPU profile: the longest run of busy samples (the event loop blocked), the most time
 * our bundle (`script`) took within one such run, and our longest unbroken slice, each sample
 * counted for at most SEEN_MS; and the longest gap between two samples inside our code.
 */
function ownShare(p: CpuProfile, script: string): { busyMaxMs: number; ownMaxMs: number; ownSliceMaxMs: number; ownUnseenMaxMs: number } {
	const byId = new Map(p.nodes.map(n => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of p.nodes) { for (const c of n.children ?? []) { parent.set(c, n.id); } }
	const mine = new Map<number, boolean>();
	const isMine = (id: number): boolean => {
		let v = mine.get(id);
		if (v === undefined) {
			const n = byId.get(id)!;
			const up = parent.get(id);
			v = n.callFrame.url.endsWith(script) || (up !== undefined && isMine(up));
			mine.set(id, v);
		}
		return v;
	};
	let busy = 0, own = 0, slice = 0, busyMax = 0, ownMax = 0, sliceMax = 0, unseenMax = 0;
	for (let i = 0; i < p.samples.length; i++) {
		const id = p.samples[i], gap = (p.timeDeltas[i + 1] ?? 0) / 1000, dt = Math.min(gap, SEEN_MS);
		if (byId.get(id)!.callFrame.functionName === '(idle)') { busy = own = slice = 0; continue; }
		busy += dt;
		if (isMine(id)) { own += dt; slice += dt; unseenMax = Math.max(unseenMax, gap - dt); } else { slice = 0; }
		busyMax = Math.max(busyMax, busy);
		ownMax = Math.max(ownMax, own);
		sliceMax = Math.max(sliceMax, slice);
	}
	return { busyMaxMs: busyMax, ownMaxMs: ownMax, ownSliceMaxMs: sliceMax, ownUnseenMaxMs: unseenMax };
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
const rssMB = () => process.memoryUsage().rss / 1e6;

/**
 * The control of the stall figure: the same big file opened in an extension host without this
 * extension (the launcher's empty development extension), so what remains is VS Code's own cost of
 * opening it (reading, decoding and sending the document to the extension host).
 */
async function controlStall(name: string): Promise<Record<string, number>> {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) { throw new Error('no workspace'); }
	if (vscode.extensions.getExtension('policy-notice.policy-notice')) { throw new Error('the control must run without the extension'); }
	const open = async (file: string) => vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(folder.uri.fsPath, file))));
	// As the measured run does: a small notice open first and the host's start-up over.
	await open('gansu.txt');
	await quiet();
	const h = monitorEventLoopDelay({ resolution: 10 });
	h.enable();
	const t1 = Date.now();
	let opened = true;
	try { await open(name); } catch { opened = false; }
	await quiet(); // whatever VS Code does after the open is counted too
	h.disable();
	return { controlStallMaxMs: h.max / 1e6, controlStallP99Ms: h.percentile(99) / 1e6, controlRunMs: Date.now() - t1, controlOpened: opened ? 1 : 0 };
}

/** Until the event loop has not waited 50 ms at once for two seconds. */
async function quiet(): Promise<void> {
	const tick = monitorEventLoopDelay({ resolution: 10 });
	tick.enable();
	let since = Date.now();
	while (Date.now() - since < 2000) {
		await sleep(100);
		if (tick.max > 50e6) { since = Date.now(); }
		tick.reset();
	}
	tick.disable();
}

export async function run(): Promise<void> {
	if (process.env.PN_BENCH_STALL_CONTROL) {
		const out = await controlStall(process.env.PN_BENCH_STALL_CONTROL);
		console.log(JSON.stringify(out));
		if (process.env.PN_BENCH_OUT) { fs.writeFileSync(process.env.PN_BENCH_OUT, JSON.stringify(out)); }
		return;
	}
	const ext = vscode.extensions.getExtension<Api>('policy-notice.policy-notice');
	if (!ext) { throw new Error('extension not found'); }
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) { throw new Error('no workspace'); }
	const t0 = Date.now();
	const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(folder.uri.fsPath, 'gansu.txt')));
	await vscode.window.showTextDocument(doc);
	while (!ext.isActive) {
		if (Date.now() - t0 > 30_000) { throw new Error('not activated'); }
		await new Promise(r => setTimeout(r, 20));
	}
	const api = ext.exports;
	const baselineMB = rssMB();
	const out: Record<string, number> = { activationMs: api.activationMs, codeLoadingMs: api.codeLoadingMs, extensionHostRssMB: baselineMB };
	if (process.env.PN_BENCH_MEMORY === '1') {
		// Memory around the segmenter: index the samples, then let the worker idle out
		// (policyNotice.segmenter.idleSeconds is set low for this run).
		const t0 = Date.now();
		await api.related.start();
		while (api.related.isIndexing) { await sleep(50); }
		out.indexSamplesMs = Date.now() - t0;
		out.rssIndexedMB = rssMB();
		const idle = vscode.workspace.getConfiguration('policyNotice').get<number>('segmenter.idleSeconds', 120);
		await sleep((idle + 3) * 1000);
		out.rssAfterIdleMB = rssMB();
		out.baselineMB = baselineMB;
	}
	if (process.env.PN_BENCH_STALL) {
		// The longest event-loop stall of this extension host while a big notice (the file named by
		// PN_BENCH_STALL, in the workspace) is opened and the workspace index reads it.
		const big = vscode.Uri.file(path.join(folder.uri.fsPath, process.env.PN_BENCH_STALL));
		const h = monitorEventLoopDelay({ resolution: 10 });
		h.enable();
		// Profiled throughout: the profile tells the extension's own share of each stall from
		// VS Code's (its document sync and the serialization of every provider's answer).
		const profile = await startProfile();
		api.sliceWatch.longestMs = 0;
		const t1 = Date.now();
		let opened = true;
		try { await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(big)); } catch { opened = false; }
		await api.related.start();
		while (api.related.isIndexing) { await sleep(50); }
		h.disable();
		const cpu = await profile() as CpuProfile;
		if (process.env.PN_BENCH_PROFILE) { fs.writeFileSync(process.env.PN_BENCH_PROFILE, JSON.stringify(cpu)); }
		const own = ownShare(cpu, 'extension.js');
		out.stallBusyMaxMs = own.busyMaxMs;
		out.stallOwnMaxMs = own.ownMaxMs;
		out.stallOwnSliceMaxMs = own.ownSliceMaxMs;
		out.stallOwnUnseenMaxMs = own.ownUnseenMaxMs;
		// (the profile's runs of our samples join slices that nothing else came between; this is one slice)
		out.stallSlicedMaxMs = api.sliceWatch.longestMs;
		out.stallMaxMs = h.max / 1e6;
		out.stallP99Ms = h.percentile(99) / 1e6;
		out.stallRunMs = Date.now() - t1;
		out.stallOpened = opened ? 1 : 0;
		out.stallIndexedTasks = api.related.workspaceIndex?.taskCount ?? 0;
	}
	console.log(JSON.stringify(out));
	if (process.env.PN_BENCH_OUT) { fs.writeFileSync(process.env.PN_BENCH_OUT, JSON.stringify(out)); }
}
