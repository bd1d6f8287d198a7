#!/usr/bin/env node
// Usage: node test/host/run-in-code-server.mjs EXT_DIR TESTS_MODULE WORKSPACE [--install-vsix FILE]
//
// Runs a compiled mocha entry (a module exporting run(): Promise<void>, the @vscode/test-electron
// convention) inside the REAL remote extension host of VS Code 1.100.3 (code-server 4.100.3),
// driven by headless Chromium. Prints the extension host's console (mocha output) on stdout,
// launcher progress on stderr, and exits 0 only if the tests passed.
//
// Default ("dev") mode: EXT_DIR is loaded as the extension under development
//   (payload extensionDevelopmentPath=EXT_DIR), like `code --extensionDevelopmentPath`.
// --install-vsix FILE: FILE is installed into the sandbox's extensions dir with
//   `code-server --install-extension FILE --extensions-dir ...` (offline), and the development
//   extension is the empty stub test/host/vsix-test-ext, so the code under test is the INSTALLED
//   .vsix, not EXT_DIR. EXT_DIR's package.json only names the extension id that must be installed.
//
// The extension host sees (besides the launcher's whole environment):
//   PN_HOST_MODE=dev|vsix, PN_HOST_EXTENSION_ID=<publisher.name of EXT_DIR>,
//   PN_HOST_EXTENSIONS_DIR=<sandbox extensions dir>, PN_HOST_VSIX=<FILE> (vsix mode).
// Env: PN_VSCODE_HOST_CACHE, PN_HOST_TIMEOUT (seconds, default 300), PN_HOST_KEEP=1 (keep the
//      sandbox: code-server.log, user-data/logs), PN_HOST_VERBOSE=1 (workbench + browser console),
//      PN_HOST_DISABLE_EXTENSIONS=0 (dev mode passes disableExtensions by default, like the
//      test-electron launcher's --disable-extensions).
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import {
	HERE, makeSandbox, installVsix, installedExtensions, startCodeServer, launchBrowser, closeBrowser, killAll,
	remoteUri, workbenchUrl, log, elapsed, keepSandbox,
} from './lib.mjs';

const USAGE = 'usage: node test/host/run-in-code-server.mjs EXT_DIR TESTS_MODULE WORKSPACE [--install-vsix FILE]';
const positional = [];
let vsixArg;
for (let i = 2; i < process.argv.length; i++) {
	const a = process.argv[i];
	if (a === '--install-vsix') vsixArg = process.argv[++i];
	else if (a.startsWith('--install-vsix=')) vsixArg = a.slice('--install-vsix='.length);
	else if (a === '-h' || a === '--help') { console.error(USAGE); process.exit(0); }
	else positional.push(a);
}
const [extArg, testsArg, wsArg] = positional;
if (!extArg || !testsArg || !wsArg || positional.length > 3 || (process.argv.includes('--install-vsix') && !vsixArg)) {
	console.error(USAGE);
	process.exit(2);
}
const extDir = path.resolve(extArg);
let testsModule = path.resolve(testsArg);
const workspace = path.resolve(wsArg);
const vsix = vsixArg ? path.resolve(vsixArg) : undefined;
if (fs.existsSync(testsModule) && fs.statSync(testsModule).isDirectory()) {
	testsModule = path.join(testsModule, 'index.js');
}
const checks = [['EXT_DIR/package.json', path.join(extDir, 'package.json')], ['TESTS_MODULE', testsModule], ['WORKSPACE', workspace]];
if (vsix) checks.push(['--install-vsix FILE', vsix]);
for (const [what, p] of checks) {
	if (!fs.existsSync(p)) {
		console.error(`${what} not found: ${p}`);
		process.exit(2);
	}
}
const manifest = JSON.parse(fs.readFileSync(path.join(extDir, 'package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;
const mode = vsix ? 'vsix' : 'dev';
const devPath = vsix ? path.join(HERE, 'vsix-test-ext') : extDir;
const timeoutS = Number(process.env.PN_HOST_TIMEOUT || 300);
const verbose = process.env.PN_HOST_VERBOSE === '1';
const disableExtensions = mode === 'dev' && process.env.PN_HOST_DISABLE_EXTENSIONS !== '0';

// Log lines of the workbench itself (not of the extension host) that reach codeAutomationLog;
// shown only with PN_HOST_VERBOSE=1. Everything else (mocha, console.* of tests/extension) is printed.
const WORKBENCH_NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin extensions|\[Service Worker\]|ChatSessionStore:|Updating additional builtin extensions cache|Extension host test runner|Started local extension host|\[(LocalProcess|Remote|LocalWebWorker)\]|Settings Sync:|\[perf\]|Extension host \(Remote\))/;

let result = { code: 1, reason: 'not finished' };
let cs, br, sb;
const hardTimer = setTimeout(() => {
	result = { code: 1, reason: `timeout after ${timeoutS}s (PN_HOST_TIMEOUT)` };
	finish();
}, timeoutS * 1000);

let finishing = false;
async function finish() {
	if (finishing) return;
	finishing = true;
	clearTimeout(hardTimer);
	await closeBrowser(br);
	await killAll();
	if (sb && keepSandbox()) log(`sandbox kept: ${sb.sandbox} (code-server.log, user-data/logs)`);
	log(`${result.code === 0 ? 'PASS' : 'FAIL'} (${result.reason}) total ${elapsed()}`);
	process.exit(result.code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(sig, () => { result = { code: 130, reason: sig }; finish(); });
}

try {
	sb = makeSandbox({
		env: {
			PN_HOST_MODE: mode,
			PN_HOST_EXTENSION_ID: extensionId,
			...(vsix ? { PN_HOST_VSIX: vsix } : {}),
		},
	});
	if (vsix) {
		await installVsix(sb, vsix);
		const installed = installedExtensions(sb);
		const mine = installed.find(e => e.id === extensionId.toLowerCase());
		if (!mine) {
			throw new Error(`${path.basename(vsix)} did not install ${extensionId}; extensions dir has: ${installed.map(e => e.id).join(', ') || '(nothing)'}`);
		}
		log(`installed ${mine.id}@${mine.version} at ${mine.location}`);
	}
	cs = await startCodeServer({ workspace, sandbox: sb });
	br = await launchBrowser({ parent: cs.sandbox });
	const page = await br.context.newPage();

	let exitResolve;
	const exited = new Promise(r => { exitResolve = r; });
	// VS Code's web workbench calls these globals when they exist (IAutomatedWindow):
	// codeAutomationLog for every log line while extension tests run (including the extension
	// host console, i.e. mocha's output), codeAutomationExit(code) when the test runner is done.
	await page.exposeFunction('codeAutomationLog', (type, args) => {
		// args = [format, ...rest] exactly as console.log was called in the extension host.
		const text = util.format(...(Array.isArray(args) ? args : [args]));
		if (WORKBENCH_NOISE.test(text)) {
			if (verbose) console.error(`[workbench ${type}] ${text}`);
		} else {
			console.log(text); // stdout, to keep the order with mocha's output
		}
	});
	await page.exposeFunction('codeAutomationExit', (code) => {
		exitResolve(code);
	});
	page.on('pageerror', e => log(`page error: ${e.message}`));
	if (verbose) {
		page.on('console', m => log(`[console.${m.type()}] ${m.text()}`));
	}

	const payload = [
		['extensionDevelopmentPath', remoteUri(cs.authority, devPath)],
		['extensionTestsPath', remoteUri(cs.authority, testsModule)],
		['skipWelcome', 'true'],
		['skipReleaseNotes', 'true'],
		...(disableExtensions ? [['disableExtensions', 'true']] : []),
	];
	const url = workbenchUrl(cs.port, workspace, payload);
	log(`mode ${mode}: extensionDevelopmentPath=${devPath}${vsix ? ` (stub; testing the installed ${path.basename(vsix)})` : ''}`);
	log(`open ${url}`);
	await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
	const code = await exited;
	log(`extension host test runner finished with exit code ${code}`);
	result = { code: code === 0 ? 0 : 1, reason: `runner exit code ${code}` };
} catch (e) {
	result = { code: 1, reason: `launcher error: ${e?.stack || e}` };
}
await finish();
