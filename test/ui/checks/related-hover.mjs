// The related-targets hover over a task heading, and the Related Tasks view beside the
// sample, as one workbench screenshot.
import assert from 'node:assert/strict';
import path from 'node:path';
import { locate } from '../locate.mjs';

export const checks = [
	{
		name: 'related-targets-hover',
		file: 'samples/sichuan.txt',
		async run(wb, { shot, root }) {
			// Opening the view starts the index; the hover then has results to show.
			await wb.command('policyNotice.related.focus');
			const [line, col] = locate(path.join(root, 'samples', 'sichuan.txt'), '制造业智能化示范');
			await wb.focusEditor();
			await wb.goto(line, col + 2);
			await wb.webviewText('制造业智能化示范', 60_000);
			await shot('related-panel-beside-sample');
			let text = '';
			for (let i = 0; i < 20; i++) {
				await wb.command('editor.action.showHover');
				text = await wb.hoverText().catch(() => '');
				if (/Related provincial targets|相关省份目标/.test(text) && !/building|正在建立/.test(text)) { break; }
				await wb.page.keyboard.press('Escape');
				await wb.page.waitForTimeout(1500);
			}
			assert.match(text, /Related provincial targets|相关省份目标/, text);
			assert.doesNotMatch(text, /building the workspace index|正在建立/);
			assert.match(text, /(天津市|山东省|甘肃省|贵州省|湖北省|陕西省).*·/, text);
			await shot('related-targets-hover');
		},
	},
];
