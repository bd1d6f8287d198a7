#!/usr/bin/env node
// The body of `npm test`. Runs, in order:
//   build        npm run build               (if package.json has it)
//   compile      npm run compile             (tsc -p . into a fresh out/)
//   unit         mocha out/test/unit --recursive           (plain Node)
//   integration  out/test/integration in a real VS Code     (test/host/run-in-code-server.mjs, workspace samples/)
//   vsix         npm run package -> .vsix, installed into a real VS Code, suite out/test/vsix
//                (if out/test/vsix/index.js exists)
//   grammar      vscode-tmgrammar-test 'test/grammar/**/*.test.txt'  (if any exist)
//   ui           node test/ui/run.mjs                      (if it exists; writes $PN_TEST_RESULTS)
// Each suite leaves { suite, passed, failed, ... } in .test-results/<suite>.json. A suite (or a
// build step) that cannot run or crashes counts as 1 failed. The output ends with one line per
// suite and then exactly one line "N passed, N failed" (totals); the exit code is non-zero if
// anything failed.
//
//   node scripts/test-all.mjs [--only unit,integration,...] [--skip vsix,ui,...]
// Env: PN_TEST_SKIP=vsix,ui (same as --skip); every other variable reaches the suites (and the
// extension host), e.g. PN_HOST_TIMEOUT, PN_HOST_KEEP=1, PN_TEST_GREP.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, '.test-results');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const scripts = pkg.scripts || {};
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const T0 = Date.now();

// ------------------------------------------------------------------ options
const argv = process.argv.slice(2);
const listArg = name => {
	const i = argv.findIndex(a => a === name || a.startsWith(`${name}=`));
	if (i < 0) return undefined;
	const v = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
	return new Set((v || '').split(',').map(s => s.trim()).filter(Boolean));
};
const only = listArg('--only');
const skip = new Set([...(listArg('--skip') || []), ...(process.env.PN_TEST_SKIP || '').split(',').map(s => s.trim()).filter(Boolean)]);
const wanted = name => (!only || only.has(name)) && !skip.has(name);

// ------------------------------------------------------------------ helpers
const secs = ms => `${(ms / 1000).toFixed(1)}s`;
function banner(text) {
	console.log(`\n=== ${text} ${'='.repeat(Math.max(3, 74 - text.length))}`);
}

/** Run a command with inherited stdio; resolves { code, ms }. Never rejects. */
function run(cmd, args, { env = {}, cwd = ROOT } = {}) {
	const t = Date.now();
	console.log(`$ ${[cmd, ...args].map(a => (/[\s'"*]/.test(a) ? `'${a}'` : a)).join(' ')}`);
	return new Promise(resolve => {
		let child;
		try {
			child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' });
		} catch (e) {
			console.log(`cannot start ${cmd}: ${e.message}`);
			resolve({ code: 127, ms: Date.now() - t });
			return;
		}
		child.on('error', e => { console.log(`cannot start ${cmd}: ${e.message}`); resolve({ code: 127, ms: Date.now() - t }); });
		child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), signal, ms: Date.now() - t }));
	});
}

/** All files under dir (recursively) whose name ends with suffix. */
function findFiles(dir, suffix) {
	const out = [];
	const walk = d => {
		let entries;
		try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
		for (const e of entries) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) { if (e.name !== 'node_modules') walk(p); }
			else if (e.name.endsWith(suffix)) out.push(p);
		}
	};
	walk(dir);
	return out.sort();
}

function resultFile(suite) { return path.join(RESULTS, `${suite}.json`); }

function readSummary(file) {
	try {
		const s = JSON.parse(fs.readFileSync(file, 'utf8'));
		if (typeof s.passed !== 'number' || typeof s.failed !== 'number') return undefined;
		return s;
	} catch {
		return undefined;
	}
}

const results = []; // { suite, passed, failed, pending, status, note, ms }

/** Record a suite's outcome: counts from its summary file, corrected by the exit code. */
function record(suite, { code, ms, note }) {
	const file = resultFile(suite);
	const s = readSummary(file);
	const r = { suite, passed: 0, failed: 0, pending: 0, status: 'ok', note: note || '', ms };
	if (s) {
		r.passed = s.passed;
		r.failed = s.failed;
		r.pending = s.pending || 0;
	}
	if (code !== 0) {
		if (!s) {
			r.failed = 1;
			r.status = 'crashed';
			r.note = r.note || `exit ${code}, no summary written`;
		} else if (r.failed === 0) {
			r.failed = 1;
			r.status = 'crashed';
			r.note = r.note || `exit ${code} although no test failed`;
		} else {
			r.status = 'failed';
		}
	} else if (!s) {
		r.status = 'crashed';
		r.failed = 1;
		r.note = r.note || 'exit 0 but no summary written';
	} else if (r.failed > 0) {
		r.status = 'failed';
	}
	fs.writeFileSync(file, JSON.stringify({ ...(s || {}), suite, passed: r.passed, failed: r.failed, pending: r.pending, status: r.status, ...(r.note ? { note: r.note } : {}), durationMs: ms }, null, 2) + '\n');
	results.push(r);
	return r;
}

/** A suite that could not run at all counts as 1 failed. */
function recordFailure(suite, note, ms = 0) {
	fs.writeFileSync(resultFile(suite), JSON.stringify({ suite, passed: 0, failed: 1, pending: 0, status: 'crashed', note, durationMs: ms }, null, 2) + '\n');
	results.push({ suite, passed: 0, failed: 1, pending: 0, status: 'crashed', note, ms });
}

function recordSkip(suite, note) {
	if (note !== 'not selected') console.log(`skipped: ${note}`);
	fs.rmSync(resultFile(suite), { force: true });
	results.push({ suite, passed: 0, failed: 0, pending: 0, status: 'skipped', note, ms: 0 });
}

/** A build step: not counted when it succeeds, 1 failed when it does not. */
async function step(name, cmd, args) {
	banner(name);
	const r = await run(cmd, args);
	if (r.code !== 0) {
		recordFailure(name, `${[cmd, ...args].join(' ')} exited with ${r.code}`, r.ms);
	} else {
		fs.rmSync(resultFile(name), { force: true });
		results.push({ suite: name, passed: 0, failed: 0, pending: 0, status: 'ok', note: 'build step', ms: r.ms, step: true });
	}
	return r.code === 0;
}

async function suite(name, fn) {
	if (!wanted(name)) {
		recordSkip(name, 'not selected');
		return;
	}
	banner(name);
	fs.rmSync(resultFile(name), { force: true });
	const t = Date.now();
	try {
		await fn(resultFile(name));
	} catch (e) {
		console.log(`${name}: ${e?.stack || e}`);
		recordFailure(name, `runner error: ${e?.message || e}`, Date.now() - t);
	}
}

// ------------------------------------------------------------------ steps
fs.mkdirSync(RESULTS, { recursive: true });
const hostRunner = path.join(ROOT, 'test', 'host', 'run-in-code-server.mjs');
const samples = path.join(ROOT, 'samples');

if (wanted('build')) {
	if (scripts.build) await step('build', NPM, ['run', 'build']);
	else recordSkip('build', 'no "build" script');
}
if (wanted('compile')) {
	// tsc never deletes outputs of removed sources: start from an empty out/ so no stale
	// *.test.js keeps running.
	fs.rmSync(path.join(ROOT, 'out'), { recursive: true, force: true });
	if (scripts.compile) await step('compile', NPM, ['run', 'compile']);
	else await step('compile', process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);
}

await suite('unit', async out => {
	const dir = path.join(ROOT, 'out', 'test', 'unit');
	if (findFiles(dir, '.js').length === 0) {
		recordSkip('unit', 'no compiled tests in out/test/unit');
		return;
	}
	// Timeouts (30 s, .mocharc.json, also for `npx mocha`) guard against hangs, not speed, which
	// npm run bench measures: mocha's 2 s default failed a corpus-wide test once on a loaded CI machine.
	const r = await run(process.execPath, [
		'--enable-source-maps',
		path.join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'),
		'out/test/unit', '--recursive',
		'--reporter', path.join(ROOT, 'test', 'support', 'summary-reporter.js'),
	], { env: { PN_TEST_RESULTS: out, PN_TEST_SUITE: 'unit' } });
	record('unit', r);
});

await suite('integration', async out => {
	const entry = path.join(ROOT, 'out', 'test', 'integration', 'index.js');
	if (!fs.existsSync(entry)) {
		recordFailure('integration', 'out/test/integration/index.js missing (compile failed?)');
		return;
	}
	const r = await run(process.execPath, [hostRunner, ROOT, entry, samples], { env: { PN_TEST_RESULTS: out, PN_TEST_SUITE: 'integration' } });
	record('integration', r);
});

await suite('vsix', async out => {
	const entry = path.join(ROOT, 'out', 'test', 'vsix', 'index.js');
	if (!fs.existsSync(entry)) {
		recordSkip('vsix', 'no out/test/vsix/index.js');
		return;
	}
	if (!scripts.package) {
		recordFailure('vsix', 'package.json has no "package" script to build the .vsix');
		return;
	}
	const before = Date.now() - 1000;
	const p = await run(NPM, ['run', 'package']);
	if (p.code !== 0) {
		recordFailure('vsix', `npm run package exited with ${p.code}`, p.ms);
		return;
	}
	// The newest .vsix written by the package step (repo root, artifacts/ or dist/).
	const candidates = [ROOT, path.join(ROOT, 'artifacts'), path.join(ROOT, 'dist')]
		.flatMap(d => { try { return fs.readdirSync(d).filter(f => f.endsWith('.vsix')).map(f => path.join(d, f)); } catch { return []; } })
		.map(f => ({ f, m: fs.statSync(f).mtimeMs }))
		.filter(x => x.m >= before)
		.sort((a, b) => b.m - a.m);
	if (!candidates.length) {
		recordFailure('vsix', 'npm run package wrote no new .vsix (looked in ./, artifacts/, dist/)', p.ms);
		return;
	}
	const vsix = candidates[0].f;
	console.log(`packaged ${path.relative(ROOT, vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KB)`);
	const r = await run(process.execPath, [hostRunner, ROOT, entry, samples, '--install-vsix', vsix], { env: { PN_TEST_RESULTS: out, PN_TEST_SUITE: 'vsix' } });
	record('vsix', { ...r, ms: r.ms + p.ms });
});

await suite('grammar', async out => {
	const files = findFiles(path.join(ROOT, 'test', 'grammar'), '.test.txt');
	if (files.length === 0) {
		recordSkip('grammar', 'no test/grammar/**/*.test.txt');
		return;
	}
	const xunitDir = path.join(RESULTS, 'grammar-xunit');
	fs.rmSync(xunitDir, { recursive: true, force: true });
	const r = await run(process.execPath, [
		path.join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js'),
		'--xunit-report', xunitDir,
		'test/grammar/**/*.test.txt',
	]);
	// One xunit file per test file; one <testcase> per source line with assertions.
	let passed = 0, failed = 0;
	for (const f of findFiles(xunitDir, '.xml')) {
		const xml = fs.readFileSync(f, 'utf8');
		for (const m of xml.matchAll(/<testcase\b[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)) {
			if (/<(failure|error)\b/.test(m[2] || '')) failed++; else passed++;
		}
	}
	fs.writeFileSync(out, JSON.stringify({ suite: 'grammar', passed, failed, pending: 0, files: files.length }, null, 2) + '\n');
	record('grammar', r);
});

await suite('ui', async out => {
	const ui = path.join(ROOT, 'test', 'ui', 'run.mjs');
	if (!fs.existsSync(ui)) {
		recordSkip('ui', 'no test/ui/run.mjs');
		return;
	}
	const r = await run(process.execPath, [ui], { env: { PN_TEST_RESULTS: out, PN_TEST_SUITE: 'ui' } });
	record('ui', r);
});

// ------------------------------------------------------------------ summary
let passed = 0, failed = 0;
const lines = [];
for (const r of results) {
	passed += r.passed;
	failed += r.failed;
	let what;
	if (r.step) what = `ok (${secs(r.ms)})`;
	else if (r.status === 'skipped') what = `skipped (${r.note})`;
	else what = `${r.passed} passed, ${r.failed} failed${r.pending ? `, ${r.pending} pending` : ''}${r.status === 'crashed' ? ` [${r.note}]` : ''} (${secs(r.ms)})`;
	lines.push(`${r.suite.padEnd(12)} ${what}`);
}
fs.writeFileSync(path.join(RESULTS, 'summary.json'), JSON.stringify({ passed, failed, durationMs: Date.now() - T0, suites: results }, null, 2) + '\n');
banner(`summary (${secs(Date.now() - T0)})`);
for (const l of lines) console.log(l);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
