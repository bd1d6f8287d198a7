// The metric hover inside a real VS Code: on a target, the same metric in the other notices of
// the workspace (samples/), values in one unit, each notice a link that opens its target; and the
// workspace's file changes reaching it (the catalog's watchers, the regrouping). Which targets are
// peers (四川 3000亿元以上 ↔ 天津 1300, an unsaved notice's target matched by its metric) is asked of
// the core in plain Node: test/unit/core/metrics/workspace.test.ts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXT_ID, openNotice, sampleUri, samplesFolder, waitFor } from './util';

interface MetricsApi {
	metrics: { start(): Promise<void>; isBuilding: boolean; snapshot: { groups: unknown[]; generation: number } | undefined };
}

async function api(): Promise<MetricsApi> {
	const ext = vscode.extensions.getExtension<MetricsApi>(EXT_ID)!;
	return ext.isActive ? ext.exports : ext.activate();
}

async function hoverText(doc: vscode.TextDocument, offset: number): Promise<string> {
	const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
	return hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
}

/** The hover's [uri, offset, end] of every open-location link. */
function links(text: string): [string, number, number][] {
	return [...text.matchAll(/command:policyNotice\.openLocation\?([^)\s]+)/g)].map(m => JSON.parse(decodeURIComponent(m[1])));
}

const SAME_METRIC = /Same metric in other notices|同一指标在其他通知中/;

describe('metric hover', function () {
	this.timeout(120_000);

	before(async () => {
		await openNotice(sampleUri('sichuan'));
		const { metrics } = await api();
		await metrics.start();
		await waitFor(() => !metrics.isBuilding && metrics.snapshot && metrics.snapshot.groups.length > 0, 90_000, 'the workspace metrics grouped');
	});

	it('shows 天津 达到150亿元 on 四川 超500亿元 (人工智能核心产业规模), aligned in 亿元, with a link that opens it; nothing off a target', async () => {
		const doc = await openNotice(sampleUri('sichuan'));
		const text = await hoverText(doc, doc.getText().indexOf('超500亿元') + 2);
		assert.match(text, SAME_METRIC);
		assert.match(text, /人工智能核心产业规模/);
		assert.match(text, /亿元/);
		assert.match(text, /\|--:\|/, 'the value column is right-aligned');
		assert.match(text, /天津市/);
		assert.match(text, /\| 150 \|/);
		assert.match(text, /\| \*\*This notice\*\* \| \*\*\\>500\*\* \||\| \*\*本通知\*\* \| \*\*\\>500\*\* \|/, 'this notice\'s own value in bold, Markdown-escaped');
		const tianjin = links(text).find(([uri]) => uri.endsWith('tianjin-ai-industry.txt'));
		assert.ok(tianjin, text);
		assert.ok(links(text).every(([uri]) => !uri.endsWith('sichuan.txt')), 'this notice is not linked to itself');
		// The link's command, as a click runs it: the editor at the target.
		await vscode.commands.executeCommand('policyNotice.openLocation', ...tianjin);
		const editor = await waitFor(() => {
			const e = vscode.window.activeTextEditor;
			return e && e.document.uri.toString() === tianjin[0] && e.document.offsetAt(e.selection.active) === tianjin[1] ? e : undefined;
		}, 10_000, 'the editor at 天津 达到150亿元');
		assert.match(editor.document.getText().slice(tianjin[1], tianjin[2]), /150亿元/);
		assert.doesNotMatch(await hoverText(doc, 2), SAME_METRIC, 'off a target: no same-metric hover');
	});

	describe('file changes', () => {
		const file = () => path.join(samplesFolder(), 'zz-metric-notice.txt');
		after(() => { fs.rmSync(file(), { force: true }); });

		it('adds the same metric of a new notice, and drops it when the notice is deleted', async () => {
			const { metrics } = await api();
			const doc = await openNotice(sampleUri('sichuan'));
			const at = doc.getText().indexOf('超500亿元') + 2;
			const before = metrics.snapshot!.generation;
			fs.writeFileSync(file(), '宁夏回族自治区人民政府关于加快人工智能产业发展的通知\n各市、县（区）人民政府：\n一、总体要求\n（一）发展目标。到2022年，全区人工智能核心产业规模突破80亿元。\n二、重点任务\n（一）智能制造示范工程。培育智能制造示范企业10家以上。\n');
			await waitFor(() => metrics.snapshot!.generation > before, 30_000, 'the metrics grouped again with the new notice');
			const text = await waitFor(async () => { const t = await hoverText(doc, at); return /宁夏回族自治区/.test(t) ? t : undefined; }, 30_000, 'the new notice in the hover');
			assert.match(text, /\| \\>80 \| 2022 \|/);
			const link = links(text).find(([uri]) => uri.endsWith('zz-metric-notice.txt'));
			assert.ok(link, text);
			fs.unlinkSync(file());
			await waitFor(async () => !/宁夏回族自治区/.test(await hoverText(doc, at)), 30_000, 'the deleted notice gone from the hover');
		});
	});
});
