// Shared helpers of the project's real-VS-Code launchers (run-in-code-server.mjs, shoot.mjs,
// scripts/sandbox.mjs): start code-server (the real VS Code 1.100.3 server + web workbench) on
// 127.0.0.1 in a throwaway sandbox, drive it with headless Debian Chromium via playwright-core,
// and clean up every process we started, by pid.
//
// Adapted from the vscode-harness recipe; self-contained (the install comes from
// scripts/setup-vscode-host.sh into $PN_VSCODE_HOST_CACHE). See test/host/README.md.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = path.resolve(HERE, '..', '..');
export const CACHE = path.resolve(process.env.PN_VSCODE_HOST_CACHE || path.join(os.homedir(), '.cache', 'policy-notice-vscode-host'));
export const CODE_SERVER = path.join(CACHE, 'node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.PN_HOST_CHROMIUM || '/usr/bin/chromium';
const SETUP_HINT = 'run `npm run setup:host` (bash scripts/setup-vscode-host.sh) first';

const t0 = Date.now();
export const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
export const log = (...a) => console.error(`[host ${elapsed()}]`, ...a);

/** How often the launcher looks again at a condition it waits on (a server's health, our processes gone). */
const POLL_MS = 100;

/**
 * Evaluates `probe` now and every POLL_MS until it returns something truthy (resolves with it) or
 * `deadline` (a Date.now() value) has passed (resolves with undefined). A probe that throws ends the wait.
 */
async function pollUntil(probe, deadline) {
	for (;;) {
		const v = await probe();
		if (v) return v;
		if (Date.now() > deadline) return undefined;
		await new Promise(r => setTimeout(r, POLL_MS));
	}
}

export function loadPlaywright() {
	const req = createRequire(path.join(CACHE, 'node_modules', 'noop.js'));
	try {
		return req('playwright-core');
	} catch (e) {
		throw new Error(`playwright-core not found under ${CACHE}/node_modules; ${SETUP_HINT} (${e.message})`);
	}
}

export function checkInstall({ browser = true } = {}) {
	for (const f of browser ? [CODE_SERVER, CHROMIUM] : [CODE_SERVER]) {
		if (!fs.existsSync(f)) {
			throw new Error(`missing ${f}; ${SETUP_HINT}`);
		}
	}
}

export async function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

export async function portIsFree(port) {
	return new Promise(resolve => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', () => resolve(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
}

function httpStatus(url) {
	return new Promise(resolve => {
		const req = http.get(url, res => { res.resume(); resolve(res.statusCode); });
		req.on('error', () => resolve(0));
		req.setTimeout(2000, () => { req.destroy(); resolve(0); });
	});
}

/** Absolute path -> the vscode-remote URI the web workbench uses for files on the code-server host. */
export function remoteUri(authority, absPath) {
	const p = path.resolve(absPath).split(path.sep).map(encodeURIComponent).join('/');
	return `vscode-remote://${authority}${p}`;
}

/**
 * Workbench URL: ?folder=<abs path> (or ?workspace=<abs path> for a .code-workspace file)
 * &payload=<JSON [[key, value], ...]>. The payload is a Map on the workbench side, so each key
 * counts once (only ONE extensionDevelopmentPath can be passed this way).
 */
export function workbenchUrl(port, folder, payload) {
	const kind = folder.endsWith('.code-workspace') ? 'workspace' : 'folder';
	let url = `http://127.0.0.1:${port}/?${kind}=${encodeURIComponent(path.resolve(folder))}`;
	if (payload && payload.length) {
		url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
	}
	return url;
}

export const DEFAULT_SETTINGS = {
	'workbench.startupEditor': 'none',
	'workbench.tips.enabled': false,
	'workbench.enableExperiments': false,
	'workbench.welcomePage.walkthroughs.openOnInstall': false,
	'telemetry.telemetryLevel': 'off',
	'update.mode': 'none',
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'extensions.ignoreRecommendations': true,
	'security.workspace.trust.enabled': false,
	'git.enabled': false,
	'chat.commandCenter.enabled': false,
	'window.commandCenter': false,
	'files.hotExit': 'off',
};

/**
 * Create (or reuse) a sandbox dir holding user-data, extensions, XDG dirs, TMPDIR and HOME for
 * code-server and the extension host. `persistent: true` keeps it (npm start); otherwise it is
 * removed by killAll() unless PN_HOST_KEEP=1.
 * Returns { sandbox, dirs, env } where env is what code-server (and the extension host) get.
 */
export function makeSandbox({ sandbox, settings = {}, env = {}, persistent = false, realHome = process.env.PN_HOST_REAL_HOME === '1', preinstall = [] } = {}) {
	sandbox = sandbox || fs.mkdtempSync(path.join(os.tmpdir(), 'pn-host-run-'));
	fs.mkdirSync(sandbox, { recursive: true });
	trackedMarkers.push(sandbox);
	if (!persistent && !keepSandbox()) trackedDirs.push(sandbox); // removed by killAll(), even if startup fails
	const dirs = {};
	for (const d of ['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'tmp', 'home']) {
		dirs[d] = path.join(sandbox, d);
		fs.mkdirSync(dirs[d], { recursive: true });
	}
	// User settings (stored server-side in user-data/User/settings.json). A persistent sandbox
	// keeps what the user changed and only fills in missing defaults.
	const userDir = path.join(dirs['user-data'], 'User');
	fs.mkdirSync(userDir, { recursive: true });
	const settingsFile = path.join(userDir, 'settings.json');
	let current = {};
	if (persistent && fs.existsSync(settingsFile)) {
		try { current = JSON.parse(fs.readFileSync(settingsFile, 'utf8')); } catch { current = {}; }
	}
	fs.writeFileSync(settingsFile, JSON.stringify({ ...DEFAULT_SETTINGS, ...settings, ...current }, null, 2));
	// Pre-seed extension folders: on first start VS Code scans the extensions dir and registers
	// what it finds, so e.g. the screenshot helper becomes an ordinary installed extension.
	for (const dir of preinstall) {
		const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
		fs.cpSync(dir, path.join(dirs['extensions'], `${pkg.publisher}.${pkg.name}-${pkg.version}`), { recursive: true });
	}
	const childEnv = {
		...process.env,
		XDG_CONFIG_HOME: dirs['xdg-config'],
		XDG_DATA_HOME: dirs['xdg-data'],
		XDG_CACHE_HOME: dirs['xdg-cache'],
		// The VS Code server / extension host put IPC sockets and temp dirs in os.tmpdir().
		TMPDIR: dirs['tmp'],
		...(realHome ? {} : { HOME: dirs['home'] }),
		// An empty gallery config disables the extension marketplace (open-vsx) entirely.
		EXTENSIONS_GALLERY: '{}',
		CS_DISABLE_FILE_DOWNLOADS: '1',
		// Tests can find the sandbox's extensions dir (the .vsix test checks the install location).
		PN_HOST_SANDBOX: sandbox,
		PN_HOST_EXTENSIONS_DIR: dirs['extensions'],
		...env,
	};
	return { sandbox, dirs, env: childEnv };
}

/** Common code-server flags for a sandbox. */
function sandboxArgs(sb) {
	return [
		'--user-data-dir', sb.dirs['user-data'],
		'--extensions-dir', sb.dirs['extensions'],
	];
}

/**
 * Install a .vsix into the sandbox's extensions dir with the real VS Code CLI code path:
 *   code-server --install-extension FILE --extensions-dir DIR --user-data-dir DIR
 * Works offline: installing from a file needs no gallery unless the manifest declares
 * extensionDependencies / extensionPack (those would fail, as the gallery is disabled).
 * Resolves to the CLI output; rejects on a non-zero exit.
 */
export async function installVsix(sb, vsix, { timeoutMs = 120_000 } = {}) {
	checkInstall({ browser: false });
	const args = [CODE_SERVER, ...sandboxArgs(sb), '--install-extension', path.resolve(vsix), '--force'];
	log(`code-server --install-extension ${path.resolve(vsix)} --extensions-dir ${sb.dirs['extensions']}`);
	const proc = spawn(process.execPath, args, { env: sb.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	track(proc.pid);
	let out = '';
	proc.stdout.on('data', d => { out += d; });
	proc.stderr.on('data', d => { out += d; });
	const code = await new Promise(resolve => {
		const timer = setTimeout(() => { try { process.kill(-proc.pid, 'SIGKILL'); } catch { } resolve('timeout'); }, timeoutMs);
		proc.on('exit', c => { clearTimeout(timer); resolve(c); });
	});
	out = out.trim();
	if (code !== 0 || !/successfully installed/i.test(out)) {
		throw new Error(`--install-extension failed (exit ${code}):\n${out}`);
	}
	log(out.split('\n').filter(Boolean).pop());
	return out;
}

/** The folders of installed (non-builtin) extensions in a sandbox: [{ id, version, location }]. */
export function installedExtensions(sb) {
	const list = [];
	for (const d of fs.readdirSync(sb.dirs['extensions'], { withFileTypes: true })) {
		if (!d.isDirectory() || d.name.startsWith('.')) continue;
		try {
			const pkg = JSON.parse(fs.readFileSync(path.join(sb.dirs['extensions'], d.name, 'package.json'), 'utf8'));
			list.push({ id: `${pkg.publisher}.${pkg.name}`.toLowerCase(), version: pkg.version, location: path.join(sb.dirs['extensions'], d.name) });
		} catch { /* not an extension */ }
	}
	return list;
}

/**
 * Start code-server for a sandbox (see makeSandbox) on 127.0.0.1:port (free port by default).
 * Returns { port, authority, proc, sandbox, dirs, logFile }.
 */
export async function startCodeServer({ workspace, sandbox: sb, port, host = '127.0.0.1', readyTimeoutMs = 60_000 }) {
	checkInstall({ browser: false });
	const configFile = path.join(sb.sandbox, 'config.yaml');
	fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
	port = port || await freePort();
	const args = [
		CODE_SERVER,
		'--config', configFile,
		'--auth', 'none',
		'--bind-addr', `${host}:${port}`,
		...sandboxArgs(sb),
		'--disable-telemetry',
		'--disable-update-check',
		'--disable-workspace-trust',
		'--disable-getting-started-override',
		'--disable-proxy',
		'--ignore-last-opened',
		path.resolve(workspace),
	];
	const logFile = path.join(sb.sandbox, 'code-server.log');
	const out = fs.openSync(logFile, 'a');
	const proc = spawn(process.execPath, args, {
		detached: true, // own process group, so stray children can be found and killed by pid
		stdio: ['ignore', out, out],
		env: sb.env,
	});
	fs.closeSync(out);
	track(proc.pid);
	startWatchdog(proc.pid, trackedDirs.includes(sb.sandbox) ? sb.sandbox : null);
	log(`code-server pid ${proc.pid} on ${host}:${port} (sandbox ${sb.sandbox})`);

	const deadline = Date.now() + readyTimeoutMs;
	let exited = null;
	proc.on('exit', (code, sig) => { exited = `exit ${code} ${sig ?? ''}`; });
	const healthy = await pollUntil(async () => {
		if (exited) {
			throw new Error(`code-server exited early (${exited}); see ${logFile}:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
		}
		return await httpStatus(`http://127.0.0.1:${port}/healthz`) === 200;
	}, deadline);
	if (!healthy) {
		throw new Error(`code-server not ready after ${readyTimeoutMs / 1000}s; see ${logFile}`);
	}
	log('code-server ready');
	return { port, authority: `127.0.0.1:${port}`, proc, sandbox: sb.sandbox, dirs: sb.dirs, logFile };
}

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
	// Debian's build still starts chrome_crashpad_handler (it re-parents to init); killAll
	// finds it by our throwaway path in its command line.
	'--disable-breakpad',
	'--disable-crash-reporter',
	// Nothing but loopback may resolve: no traffic leaves 127.0.0.1.
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/**
 * Headless Debian Chromium through playwright-core (launchServer gives us the browser pid).
 * Everything the browser writes stays in one throwaway dir under `parent` (the run sandbox).
 */
export async function launchBrowser({ width = 1600, height = 1000, parent = os.tmpdir() } = {}) {
	checkInstall();
	const { chromium } = loadPlaywright();
	const base = fs.mkdtempSync(path.join(parent, 'pn-host-chromium-'));
	trackedDirs.push(base);
	trackedMarkers.push(base);
	const home = path.join(base, 'home');
	const tmp = path.join(base, 'tmp');
	fs.mkdirSync(home);
	fs.mkdirSync(tmp);
	const savedTmp = process.env.TMPDIR;
	process.env.TMPDIR = tmp; // playwright calls os.tmpdir() while launching
	let server;
	try {
		server = await chromium.launchServer({
			executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
			// Our own signal handlers clean up (playwright's would exit before killAll runs).
			handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
			env: { ...process.env, TMPDIR: tmp, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
		});
	} finally {
		if (savedTmp === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = savedTmp;
	}
	const bpid = server.process()?.pid;
	if (bpid) track(bpid);
	const browser = await chromium.connect(server.wsEndpoint());
	const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
	log(`chromium pid ${bpid} version ${browser.version()}`);
	return { server, browser, context };
}

export async function closeBrowser(b) {
	if (!b) return;
	try { await b.browser.close(); } catch { }
	try { await b.server.close(); } catch { }
}

// ---------------------------------------------------------------- cleanup by pid
/**
 * code-server runs in its own process group. If this launcher is killed with SIGKILL and cannot
 * clean up, a tiny detached watchdog notices (polls our pid), terminates that process group and
 * removes the sandbox. Normal cleanup kills the watchdog too.
 */
function startWatchdog(groupPid, sandbox) {
	const code = `
const [me, group] = process.argv.slice(1, 3).map(Number);
const sandbox = process.argv[3];
const alive = p => { try { process.kill(p, 0); return true; } catch { return false; } };
setInterval(() => {
	if (alive(me)) return;
	try { process.kill(-group, 'SIGTERM'); } catch {}
	setTimeout(() => {
		try { process.kill(-group, 'SIGKILL'); } catch {}
		if (sandbox) { try { require('fs').rmSync(sandbox, { recursive: true, force: true }); } catch {} }
		process.exit(0);
	}, 3000);
}, 1000);`;
	const w = spawn(process.execPath, ['-e', code, String(process.pid), String(groupPid), sandbox || ''], { detached: true, stdio: 'ignore' });
	w.unref();
	track(w.pid);
}

const trackedPids = new Set();
const trackedDirs = [];
const trackedMarkers = []; // unique paths: a process whose command line contains one is ours
export function track(pid) { trackedPids.add(pid); }

function procTable() {
	const rows = [];
	for (const d of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(d)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
			const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			let cmd = '';
			if (trackedMarkers.length) {
				try { cmd = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8'); } catch { }
			}
			rows.push({ pid: +d, ppid: +rest[1], pgid: +rest[2], cmd });
		} catch { /* gone */ }
	}
	return rows;
}

/** Our descendants, anything still in the process group of a tracked pid, or naming our sandbox. */
function ourProcesses() {
	const rows = procTable();
	const mine = new Set();
	const roots = new Set([process.pid, ...trackedPids]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const r of rows) {
			if (r.pid === process.pid || mine.has(r.pid)) continue;
			if (roots.has(r.ppid) || mine.has(r.ppid) || trackedPids.has(r.pgid) || trackedMarkers.some(m => r.cmd.includes(m))) {
				mine.add(r.pid);
				grew = true;
			}
		}
	}
	for (const p of trackedPids) if (rows.some(r => r.pid === p)) mine.add(p);
	return [...mine];
}

export async function killAll({ keepDirs = false } = {}) {
	for (const p of ourProcesses()) { try { process.kill(p, 'SIGTERM'); } catch { } }
	await pollUntil(() => ourProcesses().length === 0, Date.now() + 5000);
	for (const p of ourProcesses()) { try { process.kill(p, 'SIGKILL'); } catch { } }
	if (!keepDirs) {
		for (const d of trackedDirs) { try { fs.rmSync(d, { recursive: true, force: true }); } catch { } }
	}
	const left = ourProcesses();
	if (left.length) log(`WARNING: processes still alive after cleanup: ${left.join(' ')}`);
}

export function keepSandbox() { return process.env.PN_HOST_KEEP === '1'; }
