// Drives one real VS Code workbench (code-server + headless Chromium) for the UI checks:
// open a file, run palette commands, move the cursor, hover, read what the workbench shows
// (Outline rows, breadcrumbs, hover text, webview text) and take screenshots.
import fs from 'node:fs';
import path from 'node:path';
import {
	HERE, makeSandbox, startCodeServer, launchBrowser, closeBrowser, killAll, remoteUri, workbenchUrl, log,
} from '../host/lib.mjs';

/** How often a wait re-reads its condition. */
const POLL_MS = 100;

/**
 * Polls `probe` until it returns something truthy, and returns it; throws naming `what` after
 * `timeoutMs`. Every wait of the UI checks and the screenshot tool is one of these (or a
 * Playwright wait on a selector or a function): on a condition, never a fixed delay.
 */
export async function until(probe, what, timeoutMs = 15_000) {
	const deadline = Date.now() + timeoutMs;
	let lastError = null;
	for (;;) {
		try {
			const v = await probe();
			if (v) { return v; }
		} catch (e) { lastError = e; } // a frame detached or the DOM moved under the probe: read again
		if (Date.now() > deadline) { throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${lastError.message.split('\n')[0]})` : ''}`); }
		await new Promise(resolve => setTimeout(resolve, POLL_MS));
	}
}

const LANGUAGE_NAME = /Policy Notice|政策通知/;

export class Workbench {
	static async open({ extDir, workspace, file, theme = 'Default Dark Modern', size = [1600, 1000], settings = {}, expectNotice = true }) {
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
		// The extension has activated and recognized the file when the status bar names its language.
		if (expectNotice) { await until(async () => LANGUAGE_NAME.test(await wb.statusText('status.editor.mode')), 'the file to be recognized as a policy notice', 60_000); }
		await wb.focusEditor();
		return wb;
	}

	/** Text of a status bar entry by its id (`status.editor.mode`, `status.editor.selection`). */
	async statusText(id) {
		const item = this.page.locator(`[id="${id}"]`).first();
		return (await item.count()) ? item.innerText() : '';
	}

	/** Gives the active editor the keyboard focus (a click that does not wait for the view to be still). */
	async focusEditor() {
		const editor = '.editor-group-container.active .monaco-editor';
		const focused = () => this.page.evaluate(() => !!document.activeElement?.closest('.editor-group-container .monaco-editor'));
		// A click that lands while a view or the palette is still taking focus can be lost: click
		// again until the editor has it, and after a few tries use the keyboard (Ctrl+1).
		let tries = 0;
		await until(async () => {
			if (await focused()) { return true; }
			if (++tries % 4 === 0) { await this.page.keyboard.press('Control+1'); } else { await this.page.locator(`${editor} .view-lines`).click({ position: { x: 5, y: 5 }, force: true }); }
			return focused();
		}, 'the editor to have focus', 20_000);
	}

	async palette(text) {
		const page = this.page;
		const first = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first();
		// Opened again if a focus change still in flight closes it before the text is matched
		// (nothing has run yet, so trying again is safe).
		await until(async () => {
			await page.keyboard.press('Escape');
			await page.keyboard.press('F1');
			const input = page.locator('.quick-input-widget .quick-input-box input');
			await input.waitFor({ state: 'visible', timeout: 5_000 });
			await input.fill(`>${text}`, { timeout: 5_000 });
			// The list has filtered for the text when its first row shows highlighted matches.
			await first.waitFor({ state: 'visible', timeout: 5_000 });
			await until(() => first.locator('.highlight').count(), `the palette to match "${text}"`, 5_000);
			return page.locator('.quick-input-widget .quick-input-box input').isVisible();
		}, `the palette to match "${text}"`, 40_000);
		const label = (await first.getAttribute('aria-label')) ?? '';
		await page.keyboard.press('Enter');
		// Accepted: the palette closed, or the command opened an input of its own.
		await until(() => page.evaluate(() => {
			const i = document.querySelector('.quick-input-widget .quick-input-box input');
			return !i || !i.offsetParent || !i.value.startsWith('>');
		}), `the palette to accept "${label}"`, 10_000);
		return label;
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
		await until(() => page.evaluate(() => !document.querySelector('.quick-input-widget .quick-input-box input')?.offsetParent), `the command ${id} to be accepted`, 10_000);
	}

	/** Moves the cursor to 1-based line:column. */
	async goto(line, column) {
		const page = this.page;
		const arrived = async () => {
			const m = /(\d+)\D+(\d+)/.exec(await this.statusText('status.editor.selection'));
			return !!m && Number(m[1]) === line && Number(m[2]) === column;
		};
		// Go to Line can be closed under us by a focus change still in flight (a command run just
		// before): open it again until the cursor has arrived.
		await until(async () => {
			if (await arrived()) { return true; }
			await page.keyboard.press('Escape');
			await page.keyboard.press('Control+g');
			const input = page.locator('.quick-input-widget .quick-input-box input');
			await input.waitFor({ state: 'visible', timeout: 5_000 });
			await input.fill(`:${line}:${column}`, { timeout: 5_000 });
			// Accepted once the box reads the target, then arrived when the status bar's Ln/Col reads it (any display language).
			await until(() => page.locator('.quick-input-widget').innerText().then(t => t.includes(String(line))), `Go to Line to read ${line}`, 5_000);
			await page.keyboard.press('Enter');
			return until(arrived, `the cursor at ${line}:${column}`, 5_000).then(() => true, () => false);
		}, `the cursor at ${line}:${column}`, 40_000);
	}

	/** Moves the mouse over (1-based) LINE:COL of the active editor's text, as a person hovering it. */
	async hoverAt(line, col) {
		const pos = await this.page.evaluate(([line, col]) => {
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
		if (!pos) { throw new Error(`cannot locate ${line}:${col} in the editor`); }
		await this.page.mouse.move(pos.x - 3, pos.y);
		await this.page.mouse.move(pos.x, pos.y, { steps: 3 });
	}

	/** Collapses the explorer's folder pane so the Outline gets the height. */
	async showOutline() {
		await this.palette('Explorer: Focus on Outline View');
		const folders = this.page.locator('.explorer-viewlet .pane-header').first();
		if ((await folders.getAttribute('aria-expanded')) === 'true') { await folders.click(); }
		await this.outlinePane().locator('.monaco-list-row').first().waitFor({ timeout: 20_000 });
		// Expanded (outline.collapseItems: alwaysExpand) when the row count stops changing between two reads.
		let previous = -1;
		await until(async () => {
			const n = await this.outlinePane().locator('.monaco-list-row').count();
			const still = n === previous;
			previous = n;
			return still;
		}, 'the Outline to finish expanding', 20_000);
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
		return until(async () => {
			for (const frame of this.page.frames()) {
				try {
					const text = await frame.evaluate(() => document.body?.innerText ?? '');
					if (text.includes(marker)) { return text; }
				} catch { /* frame detached: try the others */ }
			}
			return null;
		}, `a webview showing "${marker}"`, timeoutMs);
	}

	/** Waits until `text` is visible anywhere in the workbench page. */
	async waitForText(text, timeoutMs = 20_000) {
		await this.page.getByText(text).first().waitFor({ state: 'visible', timeout: timeoutMs });
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
