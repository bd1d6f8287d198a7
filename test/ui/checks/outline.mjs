// The Outline view and breadcrumbs as a person sees them, on a sample and on the raw dump.
import assert from 'node:assert/strict';
import path from 'node:path';
import { locate } from '../locate.mjs';
import { until } from '../workbench.mjs';

export const checks = [
	{
		name: 'outline-sample',
		file: 'samples/gansu.txt',
		async run(wb, { shot, root }) {
			await wb.showOutline();
			const labels = await wb.outlineLabels();
			assert.equal(labels[0], '甘肃省新一代人工智能发展实施方案');
			for (const l of ['一、总体要求', '(一)指导思想', '1.到2020年,新一代人工智能创新体系初步建成']) { assert.ok(labels.includes(l), `Outline shows ${l}: ${labels.join(' | ')}`); }
			await shot('outline-sample');
			await shot('outline-sample-pane', wb.outlinePane());
			// Breadcrumbs follow the cursor into 8.智能制造.
			const [line, col] = locate(path.join(root, 'samples', 'gansu.txt'), '8.智能制造');
			await wb.focusEditor();
			await wb.goto(line, col + 3);
			// The breadcrumbs follow the cursor a moment after it moved.
			const crumbs = await until(async () => { const c = await wb.breadcrumbs(); return c.at(-1) === '8.智能制造' ? c : null; }, 'the breadcrumbs to reach 8.智能制造', 15_000)
				.catch(() => wb.breadcrumbs());
			assert.deepEqual(crumbs.slice(-4), ['甘肃省新一代人工智能发展实施方案', '二、重点任务', '(三)推动人工智能与各行业融合创新', '8.智能制造'], crumbs.join(' › '));
			await shot('breadcrumbs-sample');
		},
	},
	{
		name: 'outline-raw-dump',
		file: 'test/fixtures/raw-dump.txt',
		async run(wb, { shot }) {
			await wb.showOutline();
			const labels = await wb.outlineLabels();
			assert.match(labels[0], /^青海省人民政府办公厅关于进一步加强信息通信基础设施建设/);
			assert.ok(labels.includes('一、加强规划衔接'), labels.join(' | '));
			await shot('outline-raw-dump');
			await shot('outline-raw-dump-pane', wb.outlinePane());
		},
	},
];
