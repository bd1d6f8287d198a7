// The drafting aids as a person sees them: a draft's numbering gap and half-width bracket marker
// in the Problems view, the renumbering quick fix from the Ctrl+. menu, and "New Notice…"
// writing the 通知 template into an untitled editor. The messages and titles are the English
// ones of src/core/drafting/messages.ts (the test host's UI language is English).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { locate } from '../locate.mjs';
import { until } from '../workbench.mjs';

/** A small draft: （二） is followed by （四）, and the second section's first marker is written (一). */
const DRAFT = 'test/ui/fixtures/draft.notice';
const GAP_MESSAGE = 'Numbering skips from （二） to （四）: expected （三）.';
const BRACKETS_MESSAGE = 'Marker “(一)” has half-width or unmatched brackets: write “（一）”.';
const RENUMBER_TITLE = 'Renumber the sibling headings (（四） …)';

/** The lines the active editor renders, top to bottom (spaces as Monaco draws them: no-break). */
function editorLines(wb) {
	return wb.page.evaluate(() => [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line')]
		.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
		.map(l => l.textContent.replace(/\u00a0/g, ' ')));
}

/** The Problems view's text, once it shows every one of `messages`. */
async function problemsShowing(wb, messages) {
	const panel = wb.page.locator('.markers-panel').first();
	let text = '';
	await until(async () => {
		text = await panel.innerText();
		return messages.every(m => text.includes(m));
	}, `the Problems view to show ${messages.join(' and ')} (it shows: ${JSON.stringify(text)})`, 60_000);
	return text;
}

/** The Ctrl+. menu (hidden, not removed, once closed: only the shown one counts). */
const menu = wb => wb.page.locator('.action-widget').filter({ visible: true });

/** The Ctrl+. menu's rows (group headers and actions), top to bottom. */
function actionRows(wb) {
	return menu(wb).locator('.monaco-list-row').evaluateAll(rows => rows.map(r => ({
		header: r.classList.contains('group-header'),
		title: (r.querySelector('.title')?.textContent ?? r.textContent ?? '').trim(),
	})));
}

/** Ctrl+. on the gap heading, the renumbering chosen from the menu, the heading renumbered. */
async function renumberFromMenu(wb, { shot }, file) {
	const [line, col] = locate(file, '（四）强化要素保障');
	// The menu lists what the provider answered when it opened: open it again (on the gap, in
	// the editor) until the renumbering heads it, the first action of the Quick Fix group.
	let rows = [];
	await until(async () => {
		await wb.page.keyboard.press('Escape');
		await wb.focusEditor();
		await wb.goto(line, col + 1);
		await wb.page.keyboard.press('Control+.');
		await menu(wb).locator('.monaco-list-row.action').first().waitFor({ state: 'visible', timeout: 5_000 });
		rows = await actionRows(wb);
		return rows[0]?.header && /^Quick Fix/.test(rows[0].title) && rows.find(r => !r.header)?.title === RENUMBER_TITLE;
	}, `the Ctrl+. menu to offer "${RENUMBER_TITLE}" first, as a quick fix (it shows: ${JSON.stringify(rows)})`, 40_000);
	await shot('drafting-quickfix-menu');
	// Chosen as a person does after Ctrl+.: the menu opens on its first action, Enter applies
	// it (a click lands on the context view's pointer block while the menu settles).
	const focused = menu(wb).locator('.monaco-list-row.action.focused').first();
	await until(async () => (await focused.getAttribute('aria-label')) === RENUMBER_TITLE, 'the renumbering to be the focused action', 5_000);
	await wb.page.keyboard.press('Enter');
	await until(async () => (await menu(wb).count()) === 0, 'the Ctrl+. menu to close', 10_000);
	let lines = [];
	await until(async () => {
		lines = await editorLines(wb);
		return lines.some(l => l.includes('（三）强化要素保障'));
	}, `the editor to show （三）强化要素保障 (it shows: ${JSON.stringify(lines)})`, 15_000);
	assert.ok(!lines.some(l => l.includes('（四）')), `no （四） left: ${lines.join('\n')}`);
	assert.equal(lines[line - 1], '　　（三）强化要素保障。各单位要强化保障。', 'the heading renumbered in place');
	// The (一) of the second section is a separate problem, untouched by the renumbering.
	assert.ok(lines.some(l => l.includes('(一)加强组织领导')), lines.join('\n'));
	await shot('drafting-quickfix-applied');
}

/** 成文日期 as the template writes it (GB/T 9704: no leading zeros). */
const dateLine = d => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

export const checks = [
	{
		name: 'drafting-problems',
		file: DRAFT,
		async run(wb, { shot, root }) {
			await wb.command('workbench.actions.view.problems');
			const text = await problemsShowing(wb, [GAP_MESSAGE, BRACKETS_MESSAGE]);
			assert.ok(text.includes('draft.notice'), `the Problems view names the file: ${text}`);
			// Each problem is listed at its marker (after the 　　 indent).
			for (const marker of ['（四）', '(一)']) {
				const [line, col] = locate(path.join(root, DRAFT), marker);
				assert.ok(text.includes(`[Ln ${line}, Col ${col}]`), `${marker} at ${line}:${col}: ${text}`);
			}
			// Each row's accessible label names its severity: the gap a warning, the brackets information.
			const labels = await wb.page.locator('.markers-panel .monaco-list-row').evaluateAll(rows => rows.map(r => r.getAttribute('aria-label') ?? ''));
			assert.ok(labels.some(l => l.startsWith(`Warning: ${GAP_MESSAGE}`)), labels.join('\n'));
			assert.ok(labels.some(l => l.startsWith(`Info: ${BRACKETS_MESSAGE}`)), labels.join('\n'));
			await shot('drafting-problems');
			await shot('drafting-problems-panel', wb.page.locator('.part.panel').first());
		},
	},
	{
		name: 'drafting-quickfix',
		file: DRAFT,
		// The web workbench saves edits a second after they are made (files.autoSave defaults to
		// afterDelay there): the fixture must stay as it is for the next run, so the fix stays in
		// the editor.
		settings: { 'files.autoSave': 'off' },
		async run(wb, ctx) {
			const file = path.join(ctx.root, DRAFT);
			const original = fs.readFileSync(file, 'utf8');
			try {
				// The menu can only offer the fix once the draft is analysed: wait for its diagnostics
				// first, so the menu's own wait starts from there (a loaded machine analyses slowly).
				await wb.command('workbench.actions.view.problems');
				await problemsShowing(wb, [GAP_MESSAGE]);
				await renumberFromMenu(wb, ctx, file);
				const tab = wb.page.locator('.editor-group-container.active .tab.active').first();
				assert.match(await tab.getAttribute('class'), /\bdirty\b/, 'the fixed draft is unsaved in the editor');
				assert.equal(fs.readFileSync(file, 'utf8'), original, 'the fixture on disk is unchanged (the fix is not saved)');
			} finally {
				// A run that saved it anyway (and failed above) leaves the fixture as it was.
				if (fs.readFileSync(file, 'utf8') !== original) { fs.writeFileSync(file, original); }
			}
		},
	},
	{
		name: 'drafting-template',
		file: DRAFT,
		async run(wb, { shot }) {
			const before = new Date();
			await wb.palette('Policy Notice: New Notice');
			const page = wb.page;
			// The quick pick of the six kinds, 通知 first.
			const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
			await until(async () => (await rows.count()) >= 6, 'the six kinds of notice in the quick pick', 15_000);
			assert.equal(await page.locator('.quick-input-widget .quick-input-box input').getAttribute('placeholder'), 'Choose the kind of notice to draft');
			// The first kind is 通知 and the pick opens on it: Enter takes it.
			const active = page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused');
			const first = (await rows.first().getAttribute('aria-label')) ?? '';
			assert.match(first, /^Notice \(通知\)/, `the first kind is 通知: ${first}`);
			await until(async () => (await active.getAttribute('aria-label')) === first, `the pick to open on ${first}`, 10_000);
			await shot('drafting-template-pick');
			await page.keyboard.press('Enter');
			let lines = [];
			await until(async () => {
				const label = (await page.locator('.editor-group-container.active .tab.active').first().getAttribute('aria-label')) ?? '';
				lines = await editorLines(wb);
				return /Untitled/.test(label) && lines.some(l => l.includes('附件：1.××工作任务分工表'));
			}, `an untitled editor with the 通知 template (it shows: ${JSON.stringify(lines)})`, 20_000);
			const after = new Date();
			// The snippet's placeholders keep their defaults (src/core/drafting/templates.ts).
			assert.equal(lines[0], '××市人民政府办公厅关于做好××工作的通知');
			assert.equal(lines[2], '各区人民政府，市政府各部门、各直属机构：');
			for (const l of ['　　一、提高思想认识', '　　二、明确工作任务', '　　（一）加强统筹协调。××××××。', '　　三、加强组织实施', '　　　　　2.××工作联系人名单']) {
				assert.ok(lines.includes(l), `the template has ${l}: ${lines.join('\n')}`);
			}
			assert.ok(lines.includes(dateLine(before)) || lines.includes(dateLine(after)), `today as 成文日期: ${lines.join('\n')}`);
			assert.match(await wb.statusText('status.editor.mode'), /Policy Notice|政策通知/);
			await shot('drafting-template');
		},
	},
];
