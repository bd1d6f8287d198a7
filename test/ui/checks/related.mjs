// The Related Tasks view (政策文件 › 相关任务) as a person uses it: follows the cursor into
// 甘肃 8.智能制造, draws the related tasks, opens one by click and by keyboard, filters, pins,
// switches to the ranked list; in the dark, light and high-contrast themes.
import assert from 'node:assert/strict';
import path from 'node:path';
import { locate } from '../locate.mjs';
import { until } from '../workbench.mjs';

/** The frame of the Related Tasks webview (webviews are nested iframes). */
async function relatedFrame(wb, timeoutMs = 30_000) {
	return until(async () => {
		for (const frame of wb.page.frames()) {
			try {
				if (await frame.evaluate(() => !!document.querySelector('#app .list'))) { return frame; }
			} catch { /* detached: try the others */ }
		}
		return null;
	}, 'the Related Tasks webview to load', timeoutMs);
}

async function waitIn(frame, fn, arg, what, timeoutMs = 120_000) {
	try {
		return await frame.waitForFunction(fn, arg, { timeout: timeoutMs, polling: 250 });
	} catch (e) {
		throw new Error(`timed out waiting for ${what}: ${e.message.split('\n')[0]}`);
	}
}

const queryTitle = frame => frame.evaluate(() => document.querySelector('.query-title')?.textContent ?? '');
const activeTab = wb => wb.page.locator('.editor-group-container.active .tab.active').first().getAttribute('aria-label');
/** The file name a result row's title starts with, as a pattern for a tab label. */
const fileOf = title => new RegExp(/^(\S+\.txt)/.exec(title)[1].replace('.', '\\.'));
/** Waits until the active editor tab is `file`'s. */
const untilActive = (wb, file, what) => until(async () => file.test((await activeTab(wb)) ?? ''), what, 15_000);

function makeCheck(theme, slug, full) {
	return {
		name: `related-view-${slug}`,
		file: 'samples/gansu.txt',
		theme,
		async run(wb, { shot, root }) {
			const sidebar = wb.page.locator('.part.sidebar');
			const [line, col] = locate(path.join(root, 'samples', 'gansu.txt'), '8.智能制造');
			await wb.goto(line, col + 3);
			await wb.command('policyNotice.related.focus');
			const frame = await relatedFrame(wb);
			// The first picture: whatever the view draws first (a state, a banner or results).
			await waitIn(frame, () => (document.querySelector('#app')?.innerText ?? '').trim().length > 0, null, 'the view to draw something', 30_000);
			await shot(`related-${slug}-first`, sidebar);
			await waitIn(frame, () => document.querySelector('.query-title')?.textContent === '智能制造' && document.querySelectorAll('.row.item').length >= 5
				&& !document.querySelector('.banner:not([hidden])'), null, 'related tasks of 8.智能制造 (index built)');
			await waitIn(frame, () => document.querySelectorAll('mark').length > 3, null, 'shared terms marked', 10_000);
			const text = await frame.evaluate(() => document.body.innerText);
			assert.match(text, /天津市/);
			assert.match(text, /智能制造/);
			assert.match(text, /\d+\.\d\d/, 'scores with two decimals');
			assert.ok(await frame.evaluate(() => document.querySelectorAll('mark').length > 3), 'shared terms marked');
			assert.equal(await frame.evaluate(() => document.querySelector('.list').getAttribute('role')), 'listbox', 'ranked by default');
			await shot(`related-${slug}-flat`, sidebar);
			await wb.command('policyNotice.related.groupByDocument');
			await waitIn(frame, () => document.querySelector('.list')?.getAttribute('role') === 'tree', null, 'grouped by document', 10_000);
			await shot(`related-${slug}-grouped`, sidebar);
			if (!full) { return; }

			// Codicons come from the packaged font (not squares): the chevron has a width.
			// Loaded on request (not on first use, which races the check): proves the CSP lets the font in.
			assert.ok(await frame.evaluate(async () => { await document.fonts.load('16px codicon'); return document.fonts.check('16px codicon'); }), 'codicon font loaded');

			// Groups collapse with the keyboard (Left) and open again (Right).
			await frame.locator('.group-header').nth(0).focus();
			await wb.page.keyboard.press('ArrowLeft');
			await waitIn(frame, () => document.querySelector('.group-header')?.getAttribute('aria-expanded') === 'false', null, 'collapsed', 5_000);
			await shot(`related-${slug}-collapsed`, sidebar);
			await wb.page.keyboard.press('ArrowRight');
			await waitIn(frame, () => document.querySelector('.group-header')?.getAttribute('aria-expanded') === 'true', null, 'expanded', 5_000);

			// Click opens beside the query (column 2), the list keeps its results.
			await wb.command('policyNotice.related.showFlat');
			await waitIn(frame, () => document.querySelector('.list')?.getAttribute('role') === 'listbox', null, 'ranked list', 10_000);
			const firstDoc = await frame.evaluate(() => document.querySelectorAll('.row.item')[0].getAttribute('title'));
			await frame.locator('.row.item').nth(0).click();
			const file0 = fileOf(firstDoc);
			await until(async () => (await wb.page.locator('.editor-group-container').count()) === 2
				&& file0.test((await wb.page.locator('.editor-group-container').nth(1).locator('.tab.active').first().getAttribute('aria-label')) ?? ''), `${file0.source} opened beside`, 15_000).catch(() => undefined);
			assert.equal(await wb.page.locator('.editor-group-container').count(), 2, 'opened beside');
			assert.match(await wb.page.locator('.editor-group-container').nth(1).locator('.tab.active').first().getAttribute('aria-label'), file0);
			assert.equal(await queryTitle(frame), '智能制造', 'the view still shows the query after opening');

			// Keyboard: Down twice, Enter opens the third and gives the editor focus.
			await frame.locator('.row.item').nth(0).focus();
			await wb.page.keyboard.press('ArrowDown');
			await wb.page.keyboard.press('j');
			const selected = await frame.evaluate(() => [...document.querySelectorAll('.row')].findIndex(r => r.classList.contains('selected')));
			assert.equal(selected, 2);
			assert.equal(await frame.evaluate(() => document.activeElement?.getAttribute('aria-selected')), 'true');
			await shot(`related-${slug}-keyboard`, sidebar);
			const third = await frame.evaluate(() => document.querySelectorAll('.row.item')[2].getAttribute('title'));
			await wb.page.keyboard.press('Enter');
			await untilActive(wb, fileOf(third), 'the third result to open').catch(() => undefined);
			assert.match(await activeTab(wb), fileOf(third), 'Enter opened the third result');
			assert.equal(await queryTitle(frame), '智能制造');

			// Filter: "/" focuses it, typing narrows, Escape clears.
			const first = await frame.evaluate(() => document.querySelectorAll('.row.item')[0].getAttribute('title'));
			await frame.locator('.row.item').nth(0).click();
			await untilActive(wb, fileOf(first), 'the first result to open');
			await frame.locator('.row.item').nth(0).focus();
			await wb.page.keyboard.press('/');
			assert.equal(await frame.evaluate(() => document.activeElement?.classList.contains('filter')), true);
			await wb.page.keyboard.type('天津');
			await waitIn(frame, () => { const r = [...document.querySelectorAll('.row.item .region')]; return r.length > 0 && r.every(e => e.textContent === '天津市'); }, null, 'the list filtered to 天津', 10_000).catch(() => undefined);
			const regions = await frame.evaluate(() => [...document.querySelectorAll('.row.item .region')].map(e => e.textContent));
			assert.ok(regions.length > 0 && regions.every(r => r === '天津市'), regions.join(','));
			assert.match(await frame.evaluate(() => document.querySelector('.count').textContent), /\d+\D+\d+/);
			await shot(`related-${slug}-filtered`, sidebar);
			await wb.page.keyboard.press('Escape');
			await waitIn(frame, () => document.querySelector('.filter')?.value === '', null, 'the filter cleared', 10_000).catch(() => undefined);
			assert.equal(await frame.evaluate(() => document.querySelector('.filter').value), '');

			// Pin holds the task; unpinned, the view follows the cursor to 9.智能农业.
			await wb.command('policyNotice.related.pin');
			await waitIn(frame, () => document.querySelector('.query')?.classList.contains('pinned'), null, 'pinned header', 10_000);
			await wb.command('workbench.action.focusFirstEditorGroup');
			const [l9, c9] = locate(path.join(root, 'samples', 'gansu.txt'), '9.智能农业');
			await wb.goto(l9, c9 + 3);
			// goto returns once the cursor is at 9. (the deterministic check that a pinned view never
			// follows, timers included, is the integration suite's; this is the picture of it).
			assert.equal(await queryTitle(frame), '智能制造', 'pinned: still 智能制造');
			await shot(`related-${slug}-pinned`, sidebar);
			await wb.command('policyNotice.related.unpin');
			await waitIn(frame, () => document.querySelector('.query-title')?.textContent === '智能农业', null, 'follows to 9.智能农业', 30_000);

			// A plain-text file: the view says so.
			await wb.command('workbench.action.focusFirstEditorGroup');
			await wb.goto(1, 1);
			await waitIn(frame, () => /task|任务/.test(document.querySelector('.empty')?.textContent ?? ''), null, 'the no-task message', 15_000).catch(() => undefined);
			await shot(`related-${slug}-no-task`, sidebar);
			assert.match(await frame.evaluate(() => document.querySelector('.empty')?.textContent ?? ''), /task|任务/);
		},
	};
}

export const checks = [
	makeCheck('Default Dark Modern', 'dark', true),
	makeCheck('Default Light Modern', 'light', false),
	makeCheck('Default High Contrast', 'hc', false),
	makeCheck('Default High Contrast Light', 'hc-light', false),
	...(process.env.PN_HOST_LOCALE ? [makeCheck('Default Dark Modern', `dark-${process.env.PN_HOST_LOCALE}`, false)] : []),
];
