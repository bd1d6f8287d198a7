// Two notices side by side as a person uses it: from the command palette (对比两个通知) on
// 甘肃's notice, 天津's picked in the quick pick; the rows drawn in two columns (8.智能制造 facing
// 1.智能制造, a task without a counterpart marked), filtered by typing, a task opened by
// keyboard; and 四川 ⇄ 天津, whose 人工智能核心产业规模 differs (500 vs 150亿元), highlighted.
import assert from 'node:assert/strict';
import { until } from '../workbench.mjs';

/** The frame of the Compare Two Notices webview (webviews are nested iframes). */
async function compareFrame(wb, timeoutMs = 30_000) {
	return until(async () => {
		for (const frame of wb.page.frames()) {
			try {
				if (await frame.evaluate(() => !!document.querySelector('#app .pairs'))) { return frame; }
			} catch { /* detached: try the others */ }
		}
		return null;
	}, 'the Compare Two Notices webview to load', timeoutMs);
}

async function waitIn(frame, fn, arg, what, timeoutMs = 60_000) {
	try {
		return await frame.waitForFunction(fn, arg, { timeout: timeoutMs, polling: 250 });
	} catch (e) {
		throw new Error(`timed out waiting for ${what}: ${e.message.split('\n')[0]}`);
	}
}

/** Runs the command from the palette, then picks `other` in its quick pick. */
async function compareWith(wb, other) {
	await wb.palette('Compare Two Notices');
	const page = wb.page;
	const input = page.locator('.quick-input-widget .quick-input-box input');
	await input.waitFor({ state: 'visible', timeout: 30_000 });
	await input.fill(other);
	const first = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first();
	await until(async () => /tianjin-ai-industry/.test((await first.getAttribute('aria-label')) ?? ''), `the quick pick to offer ${other}`, 10_000);
	await page.keyboard.press('Enter');
}

function pairsCheck(theme, slug, file, full) {
	return {
		name: `compare-notices-${slug}`,
		file,
		theme,
		async run(wb, { shot }) {
			await compareWith(wb, 'tianjin-ai-industry');
			const frame = await compareFrame(wb);
			await waitIn(frame, () => document.querySelectorAll('.pairs .pair.kind-pair').length >= 5, null, 'the aligned rows', 120_000);
			assert.ok(await frame.evaluate(async () => { await document.fonts.load('16px codicon'); return document.fonts.check('16px codicon'); }), 'codicon font loaded');
			if (!full) {
				// 四川 ⇄ 天津: the core industry's size, 500 against 150亿元, highlighted with the difference.
				const diff = await frame.evaluate(() => [...document.querySelectorAll('.target.differs')].map(li => li.textContent).find(t => /人工智能核心产业规模/.test(t)) ?? '');
				assert.match(diff, />500亿元/);
				assert.match(diff, /150亿元/);
				assert.match(diff, /-350亿元/);
				await frame.locator('.target.differs', { hasText: '人工智能核心产业规模' }).first().scrollIntoViewIfNeeded();
				await shot(`compare-notices-${slug}`);
				return;
			}
			// 8.智能制造 faces 1.智能制造 in one row; 20. 5G has no counterpart, its B cell marked.
			const pair = await frame.evaluate(() => [...document.querySelectorAll('.pair.kind-pair')].map(r => [r.querySelector('.side-a .heading')?.textContent, r.querySelector('.side-b .heading')?.textContent]));
			assert.ok(pair.some(([a, b]) => a === '8.智能制造' && b === '1.智能制造'), JSON.stringify(pair));
			assert.ok(await frame.evaluate(() => [...document.querySelectorAll('.pair.kind-onlyA')].some(r => /5G增强技术/.test(r.textContent) && r.querySelector('.side-b.missing'))), 'an unmatched task, its other side marked');
			await shot(`compare-notices-${slug}`);

			// / filters; typing keeps the rows that mention 智能制造; ↓ into them, → to B's side, Enter opens it.
			await frame.locator('.heads').click();
			await wb.page.keyboard.press('/');
			await waitIn(frame, () => document.activeElement?.classList.contains('filter'), null, '/ to focus the filter', 5_000);
			await wb.page.keyboard.type('智能制造');
			await waitIn(frame, () => {
				const rows = [...document.querySelectorAll('.pairs .pair')];
				return rows.length > 0 && rows.every(r => /智能制造/.test(r.textContent));
			}, null, 'the rows filtered to 智能制造', 15_000);
			// Rows keep text order, so a task only in B may come first: ↓ until the aligned pair, ← to A, → to B.
			await wb.page.keyboard.press('ArrowDown');
			await waitIn(frame, () => document.activeElement?.matches('.cell'), null, 'a cell focused', 5_000);
			for (let i = 0; i < 10 && !await frame.evaluate(() => !!document.activeElement?.closest('.pair.kind-pair')); i++) {
				await wb.page.keyboard.press('ArrowDown');
			}
			await wb.page.keyboard.press('ArrowLeft');
			await waitIn(frame, () => document.activeElement?.matches('.pair.kind-pair .cell.side-a'), null, 'the A side of the aligned pair focused', 5_000);
			await wb.page.keyboard.press('ArrowRight');
			await waitIn(frame, () => document.activeElement?.matches('.cell.side-b'), null, 'the B side focused', 5_000);
			await shot(`compare-notices-filtered-${slug}`);
			await wb.page.keyboard.press('Enter');
			await until(() => wb.page.evaluate(() => [...document.querySelectorAll('.editor-group-container .tab.active')]
				.some(tab => /tianjin-ai-industry\.txt/.test(tab.getAttribute('aria-label') ?? ''))), 'tianjin opened', 15_000);
		},
	};
}

export const checks = [
	pairsCheck('Default Dark Modern', 'dark', 'samples/gansu.txt', true),
	pairsCheck('Default Light Modern', 'targets-light', 'samples/sichuan.txt', false),
];
