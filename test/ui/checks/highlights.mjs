// Highlights as a person sees them: a sample coloured by the grammar and the semantic tokens in a
// dark and a light theme (targets and deadlines in colours of their own, not the plain-number
// colour), a hover over a target, and the optional target-clause underline.
import assert from 'node:assert/strict';
import path from 'node:path';
import { locate } from '../locate.mjs';
import { until } from '../workbench.mjs';

/**
 * Colour of the rendered text `text` (its first visible occurrence as a whole token run, i.e. not
 * inside a longer token), waiting until the semantic tokens (which arrive after the grammar's)
 * colour all of it alike. A view line is several spans; the text may cover more than one.
 */
async function tokenColor(wb, text, timeoutMs = 15_000) {
	let last = null;
	return until(async () => {
		last = await wb.page.evaluate(t => {
			for (const line of document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line')) {
				const spans = [...line.querySelectorAll('span > span')];
				const starts = [];
				let all = '';
				for (const s of spans) { starts.push(all.length); all += s.textContent; }
				for (let at = all.indexOf(t); at >= 0; at = all.indexOf(t, at + 1)) {
					const covered = spans.filter((s, i) => starts[i] < at + t.length && starts[i] + s.textContent.length > at);
					// whole spans only: the text starts and ends on span boundaries
					const first = spans.indexOf(covered[0]), lastSpan = spans.indexOf(covered[covered.length - 1]);
					if (starts[first] !== at || starts[lastSpan] + spans[lastSpan].textContent.length !== at + t.length) { continue; }
					return [...new Set(covered.map(s => getComputedStyle(s).color))];
				}
			}
			return null;
		}, text);
		return last && last.length === 1 ? last[0] : null;
	}, `a rendered token "${text}" in one colour (last seen ${JSON.stringify(last)})`, timeoutMs);
}

/** Decorations with a dashed bottom border (the target-clause underline) rendered on screen. */
function dashedOverlays(wb) {
	return wb.page.evaluate(() => [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-overlays div')]
		.filter(d => getComputedStyle(d).borderBottomStyle === 'dashed').length);
}

/** Shandong (三)目标定位: baseline figures of 发展基础 above, targets and 到2022年 below. */
async function highlighted(wb, { root, shot }, name) {
	const file = path.join(root, 'samples', 'shandong.txt');
	const [line, col] = locate(file, '(三)目标定位');
	await wb.goto(line, col);
	const read = async () => ({
		target: await tokenColor(wb, '达到15%以上'),
		target2: await tokenColor(wb, '8-10个'),
		quantity: await tokenColor(wb, '5%'), // …超过5%: a 发展基础 figure, not a target
		deadline: await tokenColor(wb, '到2022年'),
		period: await tokenColor(wb, '2017-2022年'), // 2017-2022年信息技术产业发展主要指标: a period
		past: await tokenColor(wb, '2017年'),
	});
	// The grammar colours first; the semantic tokens arrive later and give targets a colour of their own.
	let colors = await read();
	colors = await until(async () => {
		colors = await read();
		return colors.target !== colors.quantity ? colors : null;
	}, `semantic tokens: a target coloured unlike a quantity (${JSON.stringify(colors)})`, 20_000).catch(() => colors);
	console.log(`      ${name}: ${JSON.stringify(colors)}`);
	assert.notEqual(colors.target, colors.quantity, 'a target is coloured unlike a plain quantity');
	assert.notEqual(colors.deadline, colors.quantity, 'a deadline is coloured unlike a plain quantity');
	assert.notEqual(colors.deadline, colors.period, 'a deadline is coloured unlike the plan period');
	assert.notEqual(colors.deadline, colors.past, 'a deadline is coloured unlike a baseline year');
	assert.notEqual(colors.target, colors.deadline, 'targets and deadlines differ');
	assert.equal(colors.target, colors.target2, 'every target alike');
	assert.equal(await dashedOverlays(wb), 0, 'no target underline unless policyNotice.decorations.targets is on');
	await shot(name);
	return colors;
}

export const checks = [
	{
		name: 'highlights-dark',
		file: 'samples/shandong.txt',
		theme: 'Default Dark Modern',
		run: (wb, ctx) => highlighted(wb, ctx, 'highlights-dark'),
	},
	{
		name: 'highlights-light',
		file: 'samples/shandong.txt',
		theme: 'Default Light Modern',
		run: (wb, ctx) => highlighted(wb, ctx, 'highlights-light'),
	},
	{
		name: 'highlights-hc-dark',
		file: 'samples/shandong.txt',
		theme: 'Default High Contrast',
		run: (wb, ctx) => highlighted(wb, ctx, 'highlights-hc-dark'),
	},
	{
		name: 'highlights-hc-light',
		file: 'samples/shandong.txt',
		theme: 'Default High Contrast Light',
		run: (wb, ctx) => highlighted(wb, ctx, 'highlights-hc-light'),
	},
	{
		name: 'highlights-hover-target',
		file: 'samples/gansu.txt',
		async run(wb, { root, shot }) {
			const [line, col] = locate(path.join(root, 'samples', 'gansu.txt'), '降低 30%');
			await wb.goto(line, col + 3);
			await wb.command('editor.action.showHover');
			const text = await wb.hoverText();
			for (const s of ['试点示范项目运营成本', '降低', '30%', '2020', '智能制造', '省工信委']) { assert.ok(text.includes(s), `hover shows ${s}: ${text}`); }
			assert.match(text, /Target|目标/);
			// The hover of what is under the cursor comes before the related-targets hover.
			const related = text.search(/Related provincial targets|相关/);
			if (related >= 0) { assert.ok(text.search(/Target|目标/) < related, `the target hover comes first: ${text}`); }
			await shot('hover-target');
		},
	},
	{
		name: 'highlights-decorations',
		file: 'samples/gansu.txt',
		theme: 'Default Light Modern',
		settings: { 'policyNotice.decorations.targets': true },
		async run(wb, { root, shot }) {
			const [line, col] = locate(path.join(root, 'samples', 'gansu.txt'), '8.智能制造');
			await wb.goto(line, col);
			const underlined = await until(async () => { const n = await dashedOverlays(wb); return n >= 3 ? n : null; }, 'three underlined target clauses on screen', 20_000).catch(() => dashedOverlays(wb));
			// 8.智能制造: 试点示范项目运营成本降低 30%, 产品生产周期缩短 30%, 不良品率降低 30% (on screen)
			assert.ok(underlined >= 3, `${underlined} underlined clauses on screen`);
			await shot('highlights-decorations');
		},
	},
];
