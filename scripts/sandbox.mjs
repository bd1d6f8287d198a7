#!/usr/bin/env node
// `npm start`: build, then open the bundled samples/ in a real VS Code with this extension loaded.
//
//   * a desktop `code` binary on PATH  ->  code --extensionDevelopmentPath=<repo> <repo>/samples
//   * otherwise (or with --code-server) -> code-server (VS Code 1.100.3, from
//     `npm run setup:host`) on 127.0.0.1:$PORT (default: a free port), with the extension loaded
//     as a development extension through the workbench URL's `payload` parameter; prints the URL
//     and keeps running until Ctrl-C.
//
//   npm start [-- --code-server] [-- --no-build] [-- --fresh] [-- WORKSPACE]
// Env: PORT, PN_SANDBOX=code-server (same as --code-server), PN_VSCODE_HOST_CACHE.
// The code-server profile (settings, state) persists in .vscode-test/sandbox (--fresh resets it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = f => args.includes(f);
const workspace = path.resolve(args.find(a => !a.startsWith('--')) || path.join(ROOT, 'samples'));
const forceCodeServer = flag('--code-server') || process.env.PN_SANDBOX === 'code-server';

if (!fs.existsSync(workspace)) {
	console.error(`workspace not found: ${workspace}`);
	process.exit(2);
}

// ---------------------------------------------------------------- build
if (!flag('--no-build')) {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	if (pkg.scripts?.build) {
		console.error('[sandbox] npm run build');
		const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
		if (r.status !== 0) {
			console.error(`[sandbox] build failed (exit ${r.status})`);
			process.exit(r.status || 1);
		}
	}
}

// ---------------------------------------------------------------- desktop VS Code
function desktopCode() {
	if (forceCodeServer) return undefined;
	const probe = spawnSync(process.platform === 'win32' ? 'where' : 'sh', process.platform === 'win32' ? ['code'] : ['-c', 'command -v code'], { encoding: 'utf8' });
	const bin = probe.status === 0 ? probe.stdout.trim().split(/\r?\n/)[0] : '';
	return bin || undefined;
}

const code = desktopCode();
if (code) {
	console.error(`[sandbox] ${code} --extensionDevelopmentPath=${ROOT} ${workspace}`);
	const r = spawnSync(code, [`--extensionDevelopmentPath=${ROOT}`, workspace], { stdio: 'inherit', shell: process.platform === 'win32' });
	process.exit(r.status ?? 0);
}

// ---------------------------------------------------------------- code-server
const lib = await import('../test/host/lib.mjs');
// A fresh machine has no code-server yet: install it (npm registry and Debian packages only).
if (!fs.existsSync(lib.CODE_SERVER)) {
	console.error(`[sandbox] first run: installing the VS Code host (code-server) into ${lib.CACHE}.`);
	console.error('[sandbox] This takes about 3 minutes, once; every step prints its progress (bash scripts/setup-vscode-host.sh).');
	const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'setup-vscode-host.sh')], { cwd: ROOT, stdio: 'inherit' });
	if (r.status !== 0) {
		console.error(`[sandbox] setup failed (exit ${r.status})`);
		process.exit(1);
	}
}
const sandboxDir = path.join(ROOT, '.vscode-test', 'sandbox');
if (flag('--fresh')) fs.rmSync(sandboxDir, { recursive: true, force: true });

let port = process.env.PORT ? Number(process.env.PORT) : 0;
if (port && !(await lib.portIsFree(port))) {
	console.error(`[sandbox] port ${port} is in use (PORT); unset PORT for a free one`);
	process.exit(1);
}

let stopping = false;
async function stop(code = 0) {
	if (stopping) return;
	stopping = true;
	console.error('\n[sandbox] stopping code-server');
	await lib.killAll({ keepDirs: true });
	process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(0));

try {
	// A persistent profile; the user's real HOME is kept (git, ssh config and so on behave normally).
	const sb = lib.makeSandbox({ sandbox: sandboxDir, persistent: true, realHome: true, env: { PN_HOST_MODE: 'sandbox' } });
	console.error(`[sandbox] starting code-server on ${workspace} (a few seconds)…`);
	const cs = await lib.startCodeServer({ workspace, sandbox: sb, port: port || undefined });
	const payload = [
		['extensionDevelopmentPath', lib.remoteUri(cs.authority, ROOT)],
		['skipWelcome', 'true'],
		['skipReleaseNotes', 'true'],
	];
	const url = lib.workbenchUrl(cs.port, workspace, payload);
	console.log('\nOpen this URL in a browser on this machine (or forward the port):\n');
	console.log(`  ${url}\n`);
	console.log(`code-server ${cs.authority}, workspace ${workspace}, extension under development ${ROOT}`);
	console.log('After `npm run build` (or `npm run watch`), run "Developer: Reload Window" in the workbench.');
	console.log(`Log: ${cs.logFile}. Ctrl-C to stop.`);
	cs.proc.on('exit', (c, s) => {
		if (!stopping) {
			console.error(`[sandbox] code-server exited (${c ?? s}); see ${cs.logFile}`);
			stop(1);
		}
	});
	// Keep the event loop alive until a signal arrives.
	setInterval(() => { }, 1 << 30);
} catch (e) {
	console.error(`[sandbox] ${e?.message || e}`);
	await stop(1);
}
