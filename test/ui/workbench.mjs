// Drives one real VS Code workbench (code-server + headless Chromium) for the UI checks:
// open a file, run palette commands, move the cursor, hover, read what the workbench shows
// (Outline rows, breadcrumbs, hover text, webview text) and take screenshots.
import fs from 'node:fs';
import path from 'node:path';
import {
	HERE, makeSandbox, startCodeServer, launchBrowser, closeBrowser, killAll, remoteUri, workbenchUrl, log,
} from '../host/lib.mjs';

export class Workbench {
	static async open({ extDir, workspace, file, theme = 'Default Dark Modern', size = [1600, 1000], settings = {} }) {
		const wb = new Workbench();
		const sb = makeSandbox({
			preinstall: [path.join(HERE, 'helper-ext')],
			settings: { 'outline.collapseItems': 'alwaysExpand', 'editor.hover.delay': 300, 'workbench.colorTheme': theme, 'breadcrumbs.enabled': true, ...settings },
		});
		wb.cs = await startCodeServer({ workspace, sandbox: sb });
		wb.br = await launchBrowser({ width: size[0], height: size[1], parent: wb.cs.sandbox });
		wb.page = await wb.br.context.newPage();
		wb.page.on('pageerror', e => log(`page error: ${e.message}`));
		const payload = [
			['extensionDevelopmentPath', remoteUri(wb.cs.authority, extDir)],
			['openFile', remoteUri(wb.cs.authority, file)],
			['skipWelcome', 'true'],
			['skipReleaseNotes', 'true'],
		];
		await wb.page.goto(workbenchUrl(wb.cs.port, workspace, payload), { waitUntil: 'domcontentloaded', timeout: 60_000 });
		await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
		await wb.page.locator(`.tabs-container .tab[aria-label*="${path.basename(file)}"]`).first().waitFor({ timeout: 60_000 });
		await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line').first().waitFor({ timeout: 30_000 });
		await wb.page.waitForTimeout(2500); // activation, detection, tokenization
		await wb.focusEditor();
		return wb;
	}

	async focusEditor() {
		await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
	}

	async palette(text) {
		const page = this.page;
		await page.keyboard.press('Escape');
		await page.keyboard.press('F1');
		const input = page.locator('.quick-input-widget .quick-input-box input');
		await input.waitFor({ state: 'visible', timeout: 10_000 });
		await input.fill(`>${text}`);
		await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().waitFor({ state: 'visible', timeout: 10_000 });
		await page.waitForTimeout(300);
		await page.keyboard.press('Enter');
		await page.waitForTimeout(800);
	}

	/** Runs a command by id through the helper extension. */
	async command(id, args) {
		await this.palette('PN Host: Execute Command by ID');
		const page = this.page;
		await page.waitForFunction(() => {
			const i = document.querySelector('.quick-input-widget .quick-input-box input');
			return i && i.offsetParent && !i.value.startsWith('>');
		}, null, { timeout: 10_000 });
		await page.locator('.quick-input-widget .quick-input-box input').fill(args === undefined ? id : `${id} ${JSON.stringify(args)}`);
		await page.keyboard.press('Enter');
		await page.waitForTimeout(1000);
	}

	/** Moves the cursor to 1-based line:column. */
	async goto(line, column) {
		const page = this.page;
		await page.keyboard.press('Escape');
		await page.keyboard.press('Control+g');
		const input = page.locator('.quick-input-widget .quick-input-box input');
		await input.waitFor({ state: 'visible', timeout: 10_000 });
		await input.fill(`:${line}:${column}`);
		await page.waitForTimeout(200);
		await page.keyboard.press('Enter');
		await page.waitForTimeout(800);
	}

	/** Collapses the explorer's folder pane so the Outline gets the height. */
	async showOutline() {
		await this.palette('Explorer: Focus on Outline View');
		const folders = this.page.locator('.explorer-viewlet .pane-header').first();
		if ((await folders.getAttribute('aria-expanded')) === 'true') { await folders.click(); }
		await this.outlinePane().locator('.monaco-list-row').first().waitFor({ timeout: 20_000 });
		await this.page.waitForTimeout(800);
	}

	outlinePane() { return this.page.locator('.pane:has(.pane-header[aria-label^="Outline"])').first(); }

	/** Labels of the Outline rows currently rendered (the list is virtualized: visible rows only). */
	async outlineLabels() {
		return this.outlinePane().locator('.monaco-list-row').evaluateAll(rows => rows.map(r => (r.querySelector('.label-name')?.textContent ?? r.getAttribute('aria-label') ?? '').trim()));
	}

	async breadcrumbs() {
		return this.page.locator('.editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item').evaluateAll(items => items.map(i => i.textContent.trim()).filter(Boolean));
	}

	async hoverText() {
		const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
		await hover.waitFor({ state: 'visible', timeout: 10_000 });
		return hover.innerText();
	}

	/** Text of the first webview frame whose document contains `marker` (webviews are nested iframes). */
	async webviewText(marker, timeoutMs = 20_000) {
		const until = Date.now() + timeoutMs;
		while (Date.now() < until) {
			for (const frame of this.page.frames()) {
				try {
					const text = await frame.evaluate(() => document.body?.innerText ?? '');
					if (text.includes(marker)) { return text; }
				} catch { /* frame detached */ }
			}
			await this.page.waitForTimeout(500);
		}
		throw new Error(`no webview shows "${marker}"`);
	}

	async shot(file, locator) {
		fs.mkdirSync(path.dirname(file), { recursive: true });
		if (locator) { await locator.screenshot({ path: file }); } else { await this.page.screenshot({ path: file }); }
		log(`wrote ${file}`);
	}

	async close() {
		await closeBrowser(this.br);
		await killAll();
	}
}
