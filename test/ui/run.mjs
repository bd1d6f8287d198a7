#!/usr/bin/env node
// UI checks: drive the real workbench headless, look at what a person would see, save
// screenshots under artifacts/screenshots/ and check the visible text. Each check file in
// test/ui/checks/ exports `checks`: [{ name, file, theme?, copy?, run(wb, ctx) }]. A check that
// writes beside its files (notes' sidecars) names them in `copy`: they are copied into a fresh
// workspace folder, removed afterwards, so the repository is never written to.
// Writes { suite: 'ui', passed, failed } to $PN_TEST_RESULTS when set; exit 1 on any failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Workbench } from './workbench.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const outDir = path.resolve(process.env.PN_SCREENSHOTS || path.join(root, 'artifacts', 'screenshots'));
const grep = process.env.PN_TEST_GREP ? new RegExp(process.env.PN_TEST_GREP) : null;

const checks = [];
for (const f of fs.readdirSync(path.join(here, 'checks')).filter(f => f.endsWith('.mjs')).sort()) {
	const mod = await import(pathToFileURL(path.join(here, 'checks', f)).href);
	checks.push(...mod.checks);
}

let passed = 0, failed = 0;
for (const check of checks) {
	if (grep && !grep.test(check.name)) { continue; }
	const started = Date.now();
	let wb;
	const scratch = check.copy ? fs.mkdtempSync(path.join(os.tmpdir(), 'pn-ui-ws-')) : null;
	try {
		for (const f of check.copy ?? []) { fs.copyFileSync(path.join(root, f), path.join(scratch, path.basename(f))); }
		const workspace = scratch ?? path.join(root, 'samples');
		wb = await Workbench.open({
			extDir: root, workspace, file: scratch ? path.join(scratch, path.basename(check.file)) : path.resolve(root, check.file),
			theme: check.theme, settings: check.settings,
		});
		await check.run(wb, { outDir, root, workspace, shot: (name, locator) => wb.shot(path.join(outDir, `${name}.png`), locator) });
		passed++;
		console.log(`  ✔ ${check.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
	} catch (e) {
		failed++;
		console.log(`  ✖ ${check.name}\n      ${String(e?.stack ?? e).split('\n').join('\n      ')}`);
		try { await wb?.shot(path.join(outDir, `failed-${check.name.replace(/[^\w-]+/g, '-')}.png`)); } catch { }
	} finally {
		await wb?.close();
		if (scratch) { fs.rmSync(scratch, { recursive: true, force: true }); }
	}
}
console.log(`\n  ui: ${passed} passing, ${failed} failing; screenshots in ${outDir}`);
if (process.env.PN_TEST_RESULTS) {
	fs.mkdirSync(path.dirname(process.env.PN_TEST_RESULTS), { recursive: true });
	fs.writeFileSync(process.env.PN_TEST_RESULTS, JSON.stringify({ suite: 'ui', passed, failed, pending: 0 }));
}
process.exit(failed ? 1 : 0);
