#!/usr/bin/env node
// Usage: node test/host/shoot.mjs [--theme NAME] [--size WxH] EXT_DIR WORKSPACE FILE OUT_DIR [STEP ...]
//
// Opens FILE in the real VS Code 1.100.3 workbench (code-server, headless Chromium) with the
// extension at EXT_DIR loaded as a development extension, then writes screenshots:
//   OUT_DIR/01-editor.png        the workbench with FILE in the editor
//   OUT_DIR/02-outline.png       after "Focus on Outline View" (Outline expanded)
//   OUT_DIR/02-outline-pane.png  just the Outline pane
//   OUT_DIR/NN-<slug>.png        one per extra STEP, taken after the step ran
// A STEP is a command-palette entry, typed into F1 and accepted with Enter, e.g.
//   "Sample Symbols: Show Side Panel"   "Show or Focus Hover"
// or one of these pseudo-steps:
//   goto:LINE[:COL]   move the cursor (Ctrl+G)           key:KEY    press a key (e.g. key:Escape)
//   wait:MS           sleep                              type:TEXT  type text into the focused element
//   shot:NAME         extra screenshot named NAME        hover:LINE:COL  hover the mouse over that text position
//   cmd:ID [JSONARGS] run any command by id, e.g. cmd:outline.collapse  or  cmd:editor.action.showHover
//                     (via test/host/helper-ext, installed only into the sandbox; the palette itself only
//                     matches titles, so ids typed there can pick the wrong command)
// Options: --theme NAME   color theme (default "Default Dark Modern"; env PN_HOST_THEME)
//          --size WxH     viewport (default 1600x1000; env PN_HOST_SIZE)
// Env: PN_VSCODE_HOST_CACHE, PN_HOST_TIMEOUT (s, default 240), PN_HOST_KEEP=1, PN_HOST_VERBOSE=1,
//      PN_HOST_SETTLE_MS (wait after each step, default 1500).
// Exit 0 when every step ran and every screenshot was written; 1 otherwise (then 99-error.png).
// Adapted from the vscode-harness recipe's shoot.mjs.
import fs from 'node:fs';
import path from 'node:path';
import {
	HERE, makeSandbox, startCodeServer, launchBrowser, closeBrowser, killAll, remoteUri, workbenchUrl, log, elapsed, keepSandbox,
} from './lib.mjs';

const USAGE = 'usage: node test/host/shoot.mjs [--theme NAME] [--size WxH] EXT_DIR WORKSPACE FILE OUT_DIR [STEP ...]';
let theme = process.env.PN_HOST_THEME || 'Default Dark Modern';
let size = process.env.PN_HOST_SIZE || '1600x1000';
const positional = [];
{
	const argv = process.argv.slice(2);
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		// Options are only recognised before the first STEP (steps may start with "--").
		if (positional.length < 4 && a === '--theme') theme = argv[++i];
		else if (positional.length < 4 && a.startsWith('--theme=')) theme = a.slice(8);
		else if (positional.length < 4 && a === '--size') size = argv[++i];
		else if (positional.length < 4 && a.startsWith('--size=')) size = a.slice(7);
		else positional.push(a);
	}
}
const [extArg, wsArg, fileArg, outArg, ...steps] = positional;
if (!extArg || !wsArg || !fileArg || !outArg || !theme || !/^\d+x\d+$/.test(size || '')) {
	console.error(USAGE);
	process.exit(2);
}
const extDir = path.resolve(extArg);
const workspace = path.resolve(wsArg);
const file = path.isAbsolute(fileArg) ? fileArg : (fs.existsSync(path.resolve(fileArg)) ? path.resolve(fileArg) : path.join(workspace, fileArg));
const outDir = path.resolve(outArg);
for (const [what, p] of [['EXT_DIR/package.json', path.join(extDir, 'package.json')], ['WORKSPACE', workspace], ['FILE', file]]) {
	if (!fs.existsSync(p)) {
		console.error(`${what} not found: ${p}`);
		process.exit(2);
	}
}
fs.mkdirSync(outDir, { recursive: true });
const timeoutS = Number(process.env.PN_HOST_TIMEOUT || 240);
const settleMs = Number(process.env.PN_HOST_SETTLE_MS || 1500);
const [W, H] = size.split('x').map(Number);
const verbose = process.env.PN_HOST_VERBOSE === '1';

let cs, br, exitCode = 1, finishing = false;
const written = [];
const hardTimer = setTimeout(() => { log(`timeout after ${timeoutS}s`); finish(1); }, timeoutS * 1000);
async function finish(code) {
	if (finishing) return;
	finishing = true;
	clearTimeout(hardTimer);
	await closeBrowser(br);
	await killAll();
	if (cs && keepSandbox()) log(`sandbox kept: ${cs.sandbox}`);
	log(`${code === 0 ? 'OK' : 'FAILED'}: ${written.length} screenshots in ${outDir} (total ${elapsed()})`);
	process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => finish(130));

const slug = s => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'step';
let shotNo = 2;

async function shot(page, name, locator) {
	const f = path.join(outDir, `${name}.png`);
	if (locator) await locator.screenshot({ path: f });
	else await page.screenshot({ path: f });
	written.push(f);
	log(`wrote ${f}`);
}

async function runPalette(page, text) {
	await page.keyboard.press('Escape');
	await page.keyboard.press('F1');
	const input = page.locator('.quick-input-widget .quick-input-box input');
	await input.waitFor({ state: 'visible', timeout: 10_000 });
	await input.fill(`>${text}`);
	// Wait until the list shows a matching entry, then accept the first (best) match.
	const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first();
	await row.waitFor({ state: 'visible', timeout: 10_000 });
	await page.waitForTimeout(300);
	const label = (await row.getAttribute('aria-label')) || (await row.innerText()).split('\n')[0];
	log(`palette "${text}" -> "${label}"`);
	await page.keyboard.press('Enter');
}

/** Client-area coordinates of (1-based) LINE:COL in the active editor, using Monaco's DOM. */
async function positionOf(page, line, col) {
	return page.evaluate(([line, col]) => {
		const ed = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
		if (!ed) return null;
		const lines = [...ed.querySelectorAll('.view-line')];
		// view-line elements are absolutely positioned; pick the one whose top matches.
		const lh = parseFloat(getComputedStyle(lines[0]).height) || 19;
		const target = lines.find(l => Math.round(parseFloat(l.style.top) / lh) + 1 === line) || lines[line - 1];
		if (!target) return null;
		const range = document.createRange();
		const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
		let remaining = col - 1, node;
		while ((node = walker.nextNode())) {
			if (remaining <= node.length) { range.setStart(node, Math.min(remaining, node.length)); range.setEnd(node, Math.min(remaining + 1, node.length)); break; }
			remaining -= node.length;
		}
		const r = range.getBoundingClientRect();
		return { x: r.left + Math.max(r.width, 2) / 2, y: r.top + r.height / 2 };
	}, [line, col]);
}

try {
	const sb = makeSandbox({
		preinstall: [path.join(HERE, 'helper-ext')],
		settings: { 'outline.collapseItems': 'alwaysExpand', 'editor.hover.delay': 300, 'workbench.colorTheme': theme },
	});
	cs = await startCodeServer({ workspace, sandbox: sb });
	log(`theme "${theme}", viewport ${W}x${H}`);
	br = await launchBrowser({ width: W, height: H, parent: cs.sandbox });
	const page = await br.context.newPage();
	page.on('pageerror', e => log(`page error: ${e.message}`));
	if (verbose) page.on('console', m => log(`[console.${m.type()}] ${m.text()}`));

	const payload = [
		['extensionDevelopmentPath', remoteUri(cs.authority, extDir)],
		['openFile', remoteUri(cs.authority, file)],
		['skipWelcome', 'true'],
		['skipReleaseNotes', 'true'],
	];
	const url = workbenchUrl(cs.port, workspace, payload);
	await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
	await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
	const base = path.basename(file);
	await page.locator(`.tabs-container .tab[aria-label*="${base}"]`).first().waitFor({ timeout: 60_000 });
	await page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line').first().waitFor({ timeout: 30_000 });
	log('workbench up, file open');
	await page.waitForTimeout(settleMs + 1500); // let extensions activate, tokenization settle
	await page.locator('.editor-group-container.active .monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('Control+Home');
	await page.waitForTimeout(300);
	await shot(page, '01-editor');

	await runPalette(page, 'Explorer: Focus on Outline View');
	const outline = page.locator('.pane:has(.pane-header[aria-label^="Outline"])').first();
	try {
		await outline.locator('.monaco-list-row').first().waitFor({ timeout: 20_000 });
	} catch {
		log('WARNING: Outline view shows no symbols (no DocumentSymbolProvider result?)');
	}
	await page.waitForTimeout(settleMs);
	await shot(page, '02-outline');
	try { await shot(page, '02-outline-pane', outline); } catch (e) { log(`outline pane screenshot failed: ${e.message}`); }
	// Give focus back to the editor for the following steps.
	await page.locator('.editor-group-container.active .monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('Control+Home');

	for (const step of steps) {
		let m;
		if ((m = /^goto:(\d+)(?::(\d+))?$/.exec(step))) {
			await page.keyboard.press('Escape');
			await page.keyboard.press('Control+g');
			const input = page.locator('.quick-input-widget .quick-input-box input');
			await input.waitFor({ state: 'visible', timeout: 10_000 });
			await input.fill(`:${m[1]}${m[2] ? ':' + m[2] : ''}`);
			await page.waitForTimeout(200);
			await page.keyboard.press('Enter');
		} else if ((m = /^hover:(\d+):(\d+)$/.exec(step))) {
			const pos = await positionOf(page, +m[1], +m[2]);
			if (!pos) throw new Error(`cannot locate ${step} in the editor`);
			await page.mouse.move(pos.x - 3, pos.y);
			await page.mouse.move(pos.x, pos.y, { steps: 3 });
		} else if ((m = /^cmd:(.+)$/s.exec(step))) {
			// Any command by id (optional JSON args) through the helper extension's input box.
			await runPalette(page, 'PN Host: Execute Command by ID');
			const input = page.locator('.quick-input-widget .quick-input-box input');
			await page.waitForFunction(() => {
				const i = document.querySelector('.quick-input-widget .quick-input-box input');
				return i && i.offsetParent && !i.value.startsWith('>');
			}, null, { timeout: 10_000 });
			await input.fill(m[1]);
			await page.keyboard.press('Enter');
		} else if ((m = /^key:(.+)$/.exec(step))) {
			await page.keyboard.press(m[1]);
		} else if ((m = /^type:(.*)$/s.exec(step))) {
			await page.keyboard.type(m[1]);
		} else if ((m = /^wait:(\d+)$/.exec(step))) {
			await page.waitForTimeout(+m[1]);
			continue;
		} else if ((m = /^shot:(.+)$/.exec(step))) {
			await shot(page, `${String(++shotNo).padStart(2, '0')}-${slug(m[1])}`);
			continue;
		} else {
			await runPalette(page, step);
		}
		await page.waitForTimeout(settleMs);
		await shot(page, `${String(++shotNo).padStart(2, '0')}-${slug(step)}`);
	}
	exitCode = 0;
} catch (e) {
	log(`error: ${e?.stack || e}`);
	try {
		const page = br?.context.pages()[0];
		if (page) await shot(page, '99-error');
	} catch { }
}
await finish(exitCode);
