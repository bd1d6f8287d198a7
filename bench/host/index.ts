// Runs inside the extension host (npm run bench): opens a sample, waits for activation and
// writes the extension's own activation timings to $PN_BENCH_OUT.
import * as fs from 'fs';
import { monitorEventLoopDelay } from 'perf_hooks';
import * as path from 'path';
import * as vscode from 'vscode';

interface Api {
	activationMs: number;
	codeLoadingMs: number;
	related: { start(): Promise<void>; isIndexing: boolean; workspaceIndex?: { taskCount: number } };
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
const rssMB = () => process.memoryUsage().rss / 1e6;

export async function run(): Promise<void> {
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
		const t1 = Date.now();
		let opened = true;
		try { await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(big)); } catch { opened = false; }
		await api.related.start();
		while (api.related.isIndexing) { await sleep(50); }
		h.disable();
		out.stallMaxMs = h.max / 1e6;
		out.stallP99Ms = h.percentile(99) / 1e6;
		out.stallRunMs = Date.now() - t1;
		out.stallOpened = opened ? 1 : 0;
		out.stallIndexedTasks = api.related.workspaceIndex?.taskCount ?? 0;
	}
	console.log(JSON.stringify(out));
	if (process.env.PN_BENCH_OUT) { fs.writeFileSync(process.env.PN_BENCH_OUT, JSON.stringify(out)); }
}
