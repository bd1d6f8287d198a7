// The task table (任务分工表) as a person uses it, by keyboard: opened for 甘肃's notice, its
// rows drawn (牵头单位 as the text states them), filtered to 省教育厅's tasks by typing, sorted
// by 完成时限 from the header row with the arrow keys and Enter, a task opened with Enter; in the
// dark and the light theme.
import assert from 'node:assert/strict';
import { until } from '../workbench.mjs';

const KNOWN_TASK = '开展新一代人工智能基础理论研究';

/** The frame of the task table webview (webviews are nested iframes). */
export async function tableFrame(wb, timeoutMs = 30_000) {
	return until(async () => {
		for (const frame of wb.page.frames()) {
			try {
				if (await frame.evaluate(() => !!document.querySelector('#app .grid.tasks'))) { return frame; }
			} catch { /* detached: try the others */ }
		}
		return null;
	}, 'the task table webview to load', timeoutMs);
}

async function waitIn(frame, fn, arg, what, timeoutMs = 60_000) {
	try {
		return await frame.waitForFunction(fn, arg, { timeout: timeoutMs, polling: 250 });
	} catch (e) {
		throw new Error(`timed out waiting for ${what}: ${e.message.split('\n')[0]}`);
	}
}

/** The drawn rows' cells of a column (by its class). */
const column = (frame, key) => frame.evaluate(k => [...document.querySelectorAll(`.grid tbody tr.task .${k}`)].map(td => td.textContent), key);

function tableCheck(theme, slug, full) {
	return {
		name: `task-table-${slug}`,
		file: 'samples/gansu.txt',
		theme,
		async run(wb, { shot }) {
			await wb.command('policyNotice.showTaskTable');
			const frame = await tableFrame(wb);
			await waitIn(frame, () => document.querySelectorAll('.grid tbody tr.task').length >= 10, null, 'the rows of gansu.txt');
			const text = await frame.evaluate(() => document.body.innerText);
			assert.match(text, new RegExp(KNOWN_TASK));
			assert.match(text, /省科技厅、省教育厅/);
			assert.match(text, /牵头单位|Lead units/);
			// Loaded on request (not on first use, which races the check): proves the CSP lets the font in.
			assert.ok(await frame.evaluate(async () => { await document.fonts.load('16px codicon'); return document.fonts.check('16px codicon'); }), 'codicon font loaded');
			await shot(`task-table-${slug}`);
			if (!full) { return; }

			// Filter by typing: / gives the filter box the keyboard.
			await frame.locator('.grid tbody tr.task').first().waitFor();
			await frame.locator('.source').click();
			await wb.page.keyboard.press('/');
			await waitIn(frame, () => document.activeElement?.classList.contains('filter'), null, '/ to focus the filter', 5_000);
			await wb.page.keyboard.type('省教育厅');
			await waitIn(frame, () => {
				const rows = [...document.querySelectorAll('.grid tbody tr.task')];
				return rows.length > 0 && rows.every(tr => /省教育厅/.test(tr.querySelector('.lead').textContent + tr.querySelector('.responsible').textContent))
					&& /\d+\D+\d+/.test(document.querySelector('.count').textContent);
			}, null, 'the rows filtered to 省教育厅', 15_000);

			// Sort by keyboard: down into the rows, up into the header, right to 完成时限, Enter.
			await wb.page.keyboard.press('ArrowDown');
			await waitIn(frame, () => document.activeElement?.matches('tr.task'), null, 'the first row focused', 5_000);
			await wb.page.keyboard.press('ArrowUp');
			await waitIn(frame, () => document.activeElement?.matches('button.sort'), null, 'the header focused', 5_000);
			for (let i = 0; i < 8; i++) {
				if (await frame.evaluate(() => document.activeElement?.dataset.sort === 'deadline')) { break; }
				await wb.page.keyboard.press('ArrowRight');
			}
			assert.equal(await frame.evaluate(() => document.activeElement?.dataset.sort), 'deadline');
			await wb.page.keyboard.press('Enter');
			await waitIn(frame, () => document.querySelector('th.head-deadline')?.getAttribute('aria-sort') === 'ascending', null, 'sorted by 完成时限', 15_000);
			const deadlines = (await column(frame, 'deadline')).filter(Boolean);
			assert.deepEqual(deadlines, [...deadlines].sort(), `deadlines ascending: ${deadlines.join(', ')}`);
			await shot(`task-table-filtered-sorted-${slug}`);

			// Enter on a row opens its task in the notice's editor, which takes the keyboard.
			await wb.page.keyboard.press('ArrowDown');
			await waitIn(frame, () => document.activeElement?.matches('tr.task'), null, 'a row focused', 5_000);
			const title = await frame.evaluate(() => document.activeElement.querySelector('.title').textContent);
			await wb.page.keyboard.press('Enter');
			await until(() => wb.page.evaluate(() => !!document.activeElement?.closest('.editor-group-container .monaco-editor')), 'the editor to take the keyboard', 15_000);
			const line = await until(async () => /(\d+)/.exec(await wb.statusText('status.editor.selection'))?.[1], 'the cursor position', 5_000);
			assert.ok(Number(line) > 1, `the cursor moved to the task "${title}" (line ${line})`);
			await shot(`task-table-opened-${slug}`);
		},
	};
}

export const checks = [
	tableCheck('Default Dark Modern', 'dark', true),
	tableCheck('Default Light Modern', 'light', false),
];
