// Targets by metric as a person sees them: the metric hover on 四川 超500亿元 (the same metric in
// the other notices, values aligned in 亿元), and the Compare Targets view (对比目标) — its table,
// a target opened beside it by click, all metrics, a filter and a sort by a notice's values; in
// the dark and the light theme.
import assert from 'node:assert/strict';
import path from 'node:path';
import { locate } from '../locate.mjs';
import { until } from '../workbench.mjs';

const SAME_METRIC = /Same metric in other notices|同一指标在其他通知中/;
const READING = /reading the notices|正在读取/;

/** The frame of the Compare Targets webview (webviews are nested iframes). */
async function compareFrame(wb, timeoutMs = 30_000) {
	return until(async () => {
		for (const frame of wb.page.frames()) {
			try {
				if (await frame.evaluate(() => !!document.querySelector('#app .grid'))) { return frame; }
			} catch { /* detached: try the others */ }
		}
		return null;
	}, 'the Compare Targets webview to load', timeoutMs);
}

async function waitIn(frame, fn, arg, what, timeoutMs = 60_000) {
	try {
		return await frame.waitForFunction(fn, arg, { timeout: timeoutMs, polling: 250 });
	} catch (e) {
		throw new Error(`timed out waiting for ${what}: ${e.message.split('\n')[0]}`);
	}
}

const rowCount = frame => frame.evaluate(() => document.querySelectorAll('.grid tbody tr').length);
const metricNames = frame => frame.evaluate(() => [...document.querySelectorAll('.grid tbody th.metric')].map(th => th.textContent));

function compareCheck(theme, slug, full) {
	return {
		name: `compare-targets-${slug}`,
		file: 'samples/sichuan.txt',
		theme,
		async run(wb, { shot }) {
			await wb.command('policyNotice.compareTargets');
			const frame = await compareFrame(wb);
			await waitIn(frame, () => (document.querySelector('#app')?.innerText ?? '').trim().length > 0, null, 'the view to draw something', 30_000);
			await waitIn(frame, () => document.querySelectorAll('.grid tbody tr').length >= 2 && !document.querySelector('.banner:not([hidden])'), null, 'the table of shared metrics (workspace read)');
			const text = await frame.evaluate(() => document.body.innerText);
			assert.match(text, /人工智能核心产业规模/);
			assert.match(text, /四川省/);
			assert.match(text, /天津市/);
			// Loaded on request (not on first use, which races the check): proves the CSP lets the font in.
			assert.ok(await frame.evaluate(async () => { await document.fonts.load('16px codicon'); return document.fonts.check('16px codicon'); }), 'codicon font loaded');
			await shot(`compare-targets-${slug}`);
			if (!full) { return; }

			// Click on 天津's value of 人工智能核心产业规模: the target opens beside the table.
			const link = frame.locator('.grid tbody tr', { hasText: '人工智能核心产业规模' }).locator('a.target', { hasText: '150' }).first();
			await link.click();
			await until(async () => (await wb.page.locator('.editor-group-container').count()) === 2
				&& /tianjin-ai-industry\.txt/.test((await wb.page.locator('.editor-group-container').nth(1).locator('.tab.active').first().getAttribute('aria-label')) ?? ''), 'tianjin opened beside', 15_000);
			await shot('compare-targets-opened-beside');

			// Every metric, then a filter, then a sort by 天津's values (high to low).
			const shared = await rowCount(frame);
			await frame.locator('.show-all input').check();
			await waitIn(frame, n => document.querySelectorAll('.grid tbody tr').length > n, shared, 'every metric shown', 15_000);
			await shot('compare-targets-all-metrics');
			await frame.locator('.filter').fill('产业规模');
			await waitIn(frame, () => { const r = [...document.querySelectorAll('.grid tbody th.metric')]; return r.length > 0 && r.every(th => th.textContent.includes('产业规模')); }, null, 'the table filtered to 产业规模', 15_000);
			assert.ok((await metricNames(frame)).every(n => n.includes('产业规模')));
			await frame.locator('.notice-head button', { hasText: '天津市' }).first().click();
			await waitIn(frame, () => [...document.querySelectorAll('.notice-head')].some(th => th.getAttribute('aria-sort') === 'descending' && th.textContent.includes('天津市')), null, 'sorted by 天津市', 15_000);
			await shot('compare-targets-filtered-sorted');
			const filteredNames = await metricNames(frame);
			assert.ok(filteredNames.indexOf('人工智能相关产业规模') < filteredNames.indexOf('人工智能核心产业规模'), `天津 1300 before 150: ${filteredNames.join(', ')}`);
		},
	};
}

export const checks = [
	{
		name: 'metric-hover',
		file: 'samples/sichuan.txt',
		async run(wb, { shot, root }) {
			const [line, col] = locate(path.join(root, 'samples', 'sichuan.txt'), '超500亿元');
			await wb.focusEditor();
			await wb.goto(line, col + 2);
			// The first hover starts reading the workspace ("reading…"); show it again until the table is there.
			let text = '';
			await until(async () => {
				await wb.command('editor.action.showHover');
				text = await wb.hoverText().catch(() => '');
				if (SAME_METRIC.test(text) && !READING.test(text) && /天津市/.test(text)) { return true; }
				await wb.page.keyboard.press('Escape');
				return false;
			}, 'the metric hover with the other notices', 60_000).catch(() => undefined);
			assert.match(text, SAME_METRIC, text);
			assert.doesNotMatch(text, READING);
			assert.match(text, /人工智能核心产业规模/);
			assert.match(text, /天津市\s+150\b/, text);
			await shot('metric-hover');
		},
	},
	compareCheck('Default Dark Modern', 'dark', true),
	compareCheck('Default Light Modern', 'light', false),
];
