#!/usr/bin/env node
// Usage: node test/host/run-in-electron.js [integration | vsix [FILE.vsix] | all]   (npm run test:electron)
//
// The same extension-host suites as test/host/run-in-code-server.mjs, but in desktop VS Code
// (Electron) through @vscode/test-electron, for machines that can download VS Code from
// update.code.visualstudio.com (the offline dev box cannot; there use npm run test:integration).
//
//   integration  runTests({ extensionDevelopmentPath: <repo>,
//                           extensionTestsPath: out/test/integration/index.js,
//                           launchArgs: [samples/, '--disable-extensions'] })
//   vsix         installs FILE.vsix (default: runs `npm run package`, then takes the newest *.vsix
//                in the repo root, artifacts/ or dist/) with the
//                downloaded VS Code's CLI into a fresh --extensions-dir, then runs
//                out/test/vsix/index.js with the empty stub test/host/vsix-test-ext as the
//                development extension, so the INSTALLED extension is what gets exercised
//                (no --disable-extensions here: it would disable the installed .vsix).
//   all          integration, then vsix.
//
// Needs `npm run build` and `npm run compile` first. On Linux without $DISPLAY it re-runs itself
// under `xvfb-run -a` when available (apt-get install xvfb).
// Env: VSCODE_TEST_VERSION (default 1.100.3, the version the code-server host runs; or "stable",
//      "insiders"), VSCODE_TEST_CACHE (download dir, default <repo>/.vscode-test).
// Writes .test-results/electron-<suite>.json ({ suite, passed, failed, pending }) and ends with
// the line "N passed, N failed". Exit 0 only if every suite passed.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const RESULTS = path.join(ROOT, '.test-results');
const VERSION = process.env.VSCODE_TEST_VERSION || '1.100.3';
const CACHE = path.resolve(process.env.VSCODE_TEST_CACHE || path.join(ROOT, '.vscode-test'));

function usage(code) {
	console.error('usage: node test/host/run-in-electron.js [integration | vsix [FILE.vsix] | all]');
	process.exit(code);
}

function maybeReexecUnderXvfb() {
	if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.env.PN_UNDER_XVFB) {
		return false;
	}
	const probe = cp.spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' });
	if (probe.status !== 0) {
		console.error('[electron] WARNING: no $DISPLAY and no xvfb-run; VS Code (Electron) needs a display. Install xvfb or run under one.');
		return false;
	}
	console.error('[electron] no $DISPLAY: re-running under xvfb-run -a');
	const r = cp.spawnSync('xvfb-run', ['-a', process.execPath, __filename, ...process.argv.slice(2)], {
		stdio: 'inherit',
		env: { ...process.env, PN_UNDER_XVFB: '1' },
	});
	process.exit(r.status ?? 1);
}

function readSummary(file) {
	try {
		const s = JSON.parse(fs.readFileSync(file, 'utf8'));
		return { passed: Number(s.passed) || 0, failed: Number(s.failed) || 0, pending: Number(s.pending) || 0 };
	} catch {
		return undefined;
	}
}

function newestVsix() {
	const files = [ROOT, path.join(ROOT, 'artifacts'), path.join(ROOT, 'dist')]
		.flatMap(d => { try { return fs.readdirSync(d).filter(f => f.endsWith('.vsix')).map(f => path.join(d, f)); } catch { return []; } });
	files.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
	return files[0];
}

/** FILE.vsix from the command line, else `npm run package` and its newest output. */
function packagedVsix(vsixArg) {
	if (vsixArg) return path.resolve(vsixArg);
	console.error('[electron] npm run package');
	const r = cp.spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'package'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
	if (r.status !== 0) throw new Error(`npm run package exited with ${r.status}`);
	const vsix = newestVsix();
	if (!vsix) throw new Error('npm run package wrote no .vsix (looked in ./, artifacts/, dist/)');
	return vsix;
}

async function runSuite(name, fn) {
	fs.mkdirSync(RESULTS, { recursive: true });
	const out = path.join(RESULTS, `electron-${name}.json`);
	fs.rmSync(out, { force: true });
	let ok = false;
	let error;
	try {
		await fn(out);
		ok = true;
	} catch (e) {
		error = e;
		console.error(`[electron] ${name}: ${e && e.message || e}`);
	}
	let s = readSummary(out);
	if (!s) {
		s = { passed: 0, failed: 1, pending: 0, crashed: true, error: String(error && error.message || 'no summary written') };
	} else if (!ok && s.failed === 0) {
		s.failed = 1; // the run failed although no test did (e.g. VS Code crashed after mocha ended)
		s.crashed = true;
	}
	fs.writeFileSync(out, JSON.stringify({ suite: `electron-${name}`, ...s }, null, 2) + '\n');
	return { name, ...s };
}

async function main() {
	const [what = 'integration', vsixArg] = process.argv.slice(2);
	if (!['integration', 'vsix', 'all'].includes(what)) usage(2);
	maybeReexecUnderXvfb();
	const { runTests, downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath } = require('@vscode/test-electron');
	const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const extensionId = `${manifest.publisher}.${manifest.name}`;
	const workspace = path.join(ROOT, 'samples');

	console.error(`[electron] VS Code ${VERSION} (cache ${CACHE})`);
	const vscodeExecutablePath = await downloadAndUnzipVSCode({ version: VERSION, cachePath: CACHE });
	const results = [];

	if (what === 'integration' || what === 'all') {
		results.push(await runSuite('integration', out => runTests({
			vscodeExecutablePath,
			extensionDevelopmentPath: ROOT,
			extensionTestsPath: path.join(ROOT, 'out', 'test', 'integration', 'index.js'),
			launchArgs: [workspace, '--disable-extensions'],
			extensionTestsEnv: { PN_TEST_RESULTS: out, PN_HOST_MODE: 'dev', PN_HOST_EXTENSION_ID: extensionId },
		})));
	}

	if (what === 'vsix' || what === 'all') {
		results.push(await runSuite('vsix', async out => {
			const vsix = packagedVsix(vsixArg);
			if (!fs.existsSync(vsix)) throw new Error(`not found: ${vsix}`);
			// A fresh profile: only the .vsix is installed there.
			const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-electron-vsix-'));
			const extensionsDir = path.join(profile, 'extensions');
			const userDataDir = path.join(profile, 'user-data');
			try {
				const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath, { reuseMachineInstall: true });
				const install = cp.spawnSync(cli, [...cliArgs, `--extensions-dir=${extensionsDir}`, `--user-data-dir=${userDataDir}`, '--install-extension', vsix, '--force'], {
					encoding: 'utf8', stdio: 'inherit', shell: process.platform === 'win32',
				});
				if (install.status !== 0) throw new Error(`--install-extension ${vsix} failed (exit ${install.status})`);
				await runTests({
					vscodeExecutablePath,
					extensionDevelopmentPath: path.join(__dirname, 'vsix-test-ext'),
					extensionTestsPath: path.join(ROOT, 'out', 'test', 'vsix', 'index.js'),
					launchArgs: [workspace, `--extensions-dir=${extensionsDir}`, `--user-data-dir=${userDataDir}`],
					extensionTestsEnv: {
						PN_TEST_RESULTS: out, PN_HOST_MODE: 'vsix', PN_HOST_EXTENSION_ID: extensionId,
						PN_HOST_EXTENSIONS_DIR: extensionsDir, PN_HOST_VSIX: vsix,
					},
				});
			} finally {
				fs.rmSync(profile, { recursive: true, force: true });
			}
		}));
	}

	let passed = 0, failed = 0;
	for (const r of results) {
		console.log(`${`electron-${r.name}`.padEnd(22)} ${r.passed} passed, ${r.failed} failed${r.pending ? `, ${r.pending} pending` : ''}${r.crashed ? ' (run failed)' : ''}`);
		passed += r.passed;
		failed += r.failed;
	}
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed > 0 ? 1 : 0);
}

main().catch(e => {
	console.error(`[electron] ${e && e.stack || e}`);
	console.log('0 passed, 1 failed');
	process.exit(1);
});
