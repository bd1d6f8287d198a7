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
//   waitfor:TEXT      wait until TEXT is visible         type:TEXT  type text into the focused element
//   shot:NAME         extra screenshot named NAME        hover:LINE:COL  hover the mouse over that text position
//   cmd:ID [JSONARGS] run any command by id, e.g. cmd:outline.collapse  or  cmd:editor.action.showHover
//                     (via test/host/helper-ext, installed only into the sandbox; the palette itself only
//                     matches titles, so ids typed there can pick the wrong command)
// Options: --theme NAME   color theme (default "Default Dark Modern"; env PN_HOST_THEME)
//          --size WxH     viewport (default 1600x1000; env PN_HOST_SIZE)
// Env: PN_VSCODE_HOST_CACHE, PN_HOST_TIMEOUT (s, default 240), PN_HOST_KEEP=1, PN_HOST_VERBOSE=1.
// Every wait is on a condition (the file recognized, the palette accepted, the cursor arrived, a
// hover shown); a step whose result needs more says so with waitfor:TEXT.
//          --plain        FILE is not a policy notice: do not wait for it to be recognized
// Exit 0 when every step ran and every screenshot was written; 1 otherwise (then 99-error.png).
// Adapted from the vscode-harness recipe's shoot.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { log, elapsed, keepSandbox } from './lib.mjs';
import { Workbench } from '../ui/workbench.mjs';

const USAGE = 'usage: node test/host/shoot.mjs [--theme NAME] [--size WxH] [--plain] EXT_DIR WORKSPACE FILE OUT_DIR [STEP ...]';
let theme = process.env.PN_HOST_THEME || 'Default Dark Modern';
let size = process.env.PN_HOST_SIZE || '1600x1000';
let plain = false;
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
		else if (positional.length < 4 && a === '--plain') plain = true;
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
const [W, H] = size.split('x').map(Number);

let wb, exitCode = 1, finishing = false;
const written = [];
const hardTimer = setTimeout(() => { log(`timeout after ${timeoutS}s`); finish(1); }, timeoutS * 1000);
async function finish(code) {
	if (finishing) return;
	finishing = true;
	clearTimeout(hardTimer);
	await wb?.close();
	if (wb?.cs && keepSandbox()) log(`sandbox kept: ${wb.cs.sandbox}`);
	log(`${code === 0 ? 'OK' : 'FAILED'}: ${written.length} screenshots in ${outDir} (total ${elapsed()})`);
	process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => finish(130));

const slug = s => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'step';
let shotNo = 2;

async function shot(name, locator) {
	const f = path.join(outDir, `${name}.png`);
	await wb.shot(f, locator);
	written.push(f);
}

try {
	log(`theme "${theme}", viewport ${W}x${H}`);
	wb = await Workbench.open({ extDir, workspace, file, theme, size: [W, H], expectNotice: !plain });
	if (process.env.PN_HOST_VERBOSE === '1') wb.page.on('console', m => log(`[console.${m.type()}] ${m.text()}`));
	log('workbench up, file open');
	await wb.page.keyboard.press('Control+Home');
	await shot('01-editor');

	const outline = wb.outlinePane();
	try {
		await wb.showOutline();
	} catch {
		log('WARNING: Outline view shows no symbols (no DocumentSymbolProvider result?)');
	}
	await shot('02-outline');
	try { await shot('02-outline-pane', outline); } catch (e) { log(`outline pane screenshot failed: ${e.message}`); }
	// Give focus back to the editor for the following steps.
	await wb.focusEditor();
	await wb.page.keyboard.press('Control+Home');

	for (const step of steps) {
		let m;
		if ((m = /^goto:(\d+)(?::(\d+))?$/.exec(step))) {
			await wb.goto(+m[1], m[2] ? +m[2] : 1);
		} else if ((m = /^hover:(\d+):(\d+)$/.exec(step))) {
			await wb.hoverAt(+m[1], +m[2]);
			await wb.hoverText();
		} else if ((m = /^cmd:(\S+)(?:\s+(.+))?$/s.exec(step))) {
			// Any command by id (optional JSON args) through the helper extension's input box.
			await wb.command(m[1], m[2] === undefined ? undefined : JSON.parse(m[2]));
		} else if ((m = /^key:(.+)$/.exec(step))) {
			await wb.page.keyboard.press(m[1]);
		} else if ((m = /^type:(.*)$/s.exec(step))) {
			await wb.page.keyboard.type(m[1]);
		} else if ((m = /^waitfor:(.+)$/s.exec(step))) {
			await wb.waitForText(m[1]);
			continue;
		} else if ((m = /^shot:(.+)$/.exec(step))) {
			await shot(`${String(++shotNo).padStart(2, '0')}-${slug(m[1])}`);
			continue;
		} else {
			log(`palette "${step}" -> "${await wb.palette(step)}"`);
		}
		await shot(`${String(++shotNo).padStart(2, '0')}-${slug(step)}`);
	}
	exitCode = 0;
} catch (e) {
	log(`error: ${e?.stack || e}`);
	try { if (wb?.page) await shot('99-error'); } catch { }
}
await finish(exitCode);
