// Bundles the extension, the CLI, the analysis worker thread and the segmenter worker with esbuild.
// `vscode` is provided by the host; `nodejieba` is a native addon loaded at run time
// (and only inside the worker), so both stay external.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

// The hash of the core sources, which the index cache is keyed by, computed by the core's own
// hashSources (src/core/index/analysisVersion.ts, bundled here on the fly). A watch build leaves it
// out: the bundle then hashes the sources of the checkout it runs from, after every edit.
function analysisHash() {
	const out = esbuild.buildSync({ entryPoints: ['src/core/index/analysisVersion.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent' });
	const mod = { exports: {} };
	new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
	return mod.exports.hashSources('src/core', '.ts');
}

const common = {
	define: watch ? {} : { __PN_ANALYSIS_HASH__: JSON.stringify(analysisHash()) },
	bundle: true,
	platform: 'node',
	target: 'node20',
	format: 'cjs',
	sourcemap: !production,
	minify: production,
	external: ['vscode', 'nodejieba'],
	// ES module entries first: jsonc-parser's `main` is a UMD build whose require() calls esbuild
	// cannot follow (the bundle then fails at run time with "Cannot find module './impl/format'").
	mainFields: ['module', 'main'],
	logLevel: 'info',
};

// Every module of the extension that writes `import * as vscode from 'vscode'` would get its own
// copy of the API object's ~200 properties (esbuild's __toESM per importer): about 40 copies on
// activation. Routed through one module that re-exports it, the API object is copied once.
const vscodeOnce = {
	name: 'vscode-once',
	setup(build) {
		build.onResolve({ filter: /^vscode$/ }, args => args.namespace === 'vscode-once'
			? { path: 'vscode', external: true }
			: { path: 'vscode', namespace: 'vscode-once' });
		build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: 'export * from "vscode";', loader: 'js' }));
	},
};

const entries = [
	// Banner and footer mark the bundle's evaluation, so the benchmark can report code loading.
	{ entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', plugins: [vscodeOnce], banner: { js: 'var __pnLoadStart = performance.now();' }, footer: { js: 'var __pnLoadEnd = performance.now();' } },
	{ entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
	{ entryPoints: ['src/core/service/worker/main.ts'], outfile: 'dist/analysis-worker.js' },
];
if (fs.existsSync('src/core/segment/worker.ts')) {
	entries.push({ entryPoints: ['src/core/segment/worker.ts'], outfile: 'dist/segmenter-worker.js' });
}

if (watch) {
	const contexts = await Promise.all(entries.map(e => esbuild.context({ ...common, ...e })));
	await Promise.all(contexts.map(c => c.watch()));
	console.log('[watch] build started');
} else {
	await Promise.all(entries.map(e => esbuild.build({ ...common, ...e })));
	fs.chmodSync('dist/cli.js', 0o755);
}
