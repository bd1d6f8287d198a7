// The related-targets hover over a task heading, and the Related Tasks view beside the
// sample, as one workbench screenshot.
import assert from 'node:assert/strict';
import path from 'node:path';
import { locate } from '../locate.mjs';
import { until } from '../workbench.mjs';

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
			// The hover has related targets once the index is built: show it again until it does.
			let text = '';
			await until(async () => {
				await wb.command('editor.action.showHover');
				text = await wb.hoverText().catch(() => '');
				if (/Related provincial targets|相关省份目标/.test(text) && !/building|正在建立/.test(text)) { return true; }
				await wb.page.keyboard.press('Escape');
				return false;
			}, 'the related-targets hover with results', 60_000).catch(() => undefined);
			assert.match(text, /Related provincial targets|相关省份目标/, text);
			assert.doesNotMatch(text, /building the workspace index|正在建立/);
			assert.match(text, /(天津市|山东省|甘肃省|贵州省|湖北省|陕西省).*·/, text);
			await shot('related-targets-hover');
		},
	},
];
