// Notes (批注) as a person writes one: the cursor on a heading of a draft notice, "Add Comment"
// from VS Code's own command, the note typed and submitted with Ctrl+Enter; the note shows in its
// thread, is saved in the sidecar beside the notice (never inside it), and is listed in the
// notice's task table. The draft is copied into a scratch workspace (run.mjs `copy`).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { until } from '../workbench.mjs';
import { tableFrame } from './tasks.mjs';

const DRAFT = 'test/ui/fixtures/draft.notice';
const NOTE = '请市数据局牵头，五月底前报送进展。';

export const checks = [{
	name: 'notes-on-a-section',
	file: DRAFT,
	copy: [DRAFT],
	theme: 'Default Dark Modern',
	async run(wb, { shot, workspace }) {
		const notice = path.join(workspace, path.basename(DRAFT));
		const sidecar = `${notice}.notes.json`;
		const before = fs.readFileSync(notice, 'utf8');
		// Line 6: 　　（一）加强统筹协调。各单位要加强协调。 — a section the controller offers for notes.
		await wb.goto(6, 5);
		const input = wb.page.locator('.review-widget .comment-form .monaco-editor textarea, .review-widget .comment-form textarea').first();
		await until(async () => {
			if (await input.isVisible()) { return true; }
			await wb.command('workbench.action.addComment');
			return input.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
		}, 'the comment widget on the heading', 40_000);
		// Add Comment gives the note's input the keyboard.
		await until(() => wb.page.evaluate(() => !!document.activeElement?.closest('.review-widget .comment-form')), 'the note input to take the keyboard', 10_000);
		await wb.page.keyboard.type(NOTE);
		await wb.page.keyboard.press('Control+Enter');
		const saved = await until(() => {
			if (!fs.existsSync(sidecar)) { return null; }
			const notes = JSON.parse(fs.readFileSync(sidecar, 'utf8')).notes ?? [];
			return notes.find(n => n.body === NOTE) ?? null;
		}, 'the note saved in the sidecar beside the notice', 20_000);
		assert.ok(saved.anchor, `the note is anchored: ${JSON.stringify(saved)}`);
		await wb.page.locator('.review-widget .review-comment .comment-body').filter({ hasText: NOTE }).first().waitFor({ state: 'visible', timeout: 10_000 });
		assert.equal(fs.readFileSync(notice, 'utf8'), before, 'the notice itself is unchanged');
		await shot('note-on-section');

		// The note is listed in the notice's task table, on its task's row.
		await wb.command('policyNotice.showTaskTable');
		const frame = await tableFrame(wb);
		const row = await until(() => frame.evaluate(note => {
			const tr = [...document.querySelectorAll('.grid tbody tr.task')].find(r => r.querySelector('.notes')?.textContent.includes(note));
			return tr ? tr.textContent : null;
		}, NOTE), 'the note in its task row of the table', 30_000);
		assert.match(row, /加强统筹协调/, `the note is on the row of its task: ${row}`);
		await shot('task-table-with-note');
	},
}];
