// The metric hover inside a real VS Code: on a target, the same metric in the other notices of
// the workspace (samples/), values in one unit, each notice a link that opens its target — for a
// saved notice and for an unsaved one, whose targets are matched by metric.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXT_ID, openNotice, sampleUri, samplesFolder, waitFor } from './util';

interface MetricsApi {
	metrics: { start(): Promise<void>; isBuilding: boolean; snapshot: { groups: unknown[]; generation: number } | undefined };
	catalog: { notices(): { key: string; metrics?: { targets: { text: string }[] } }[] };
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

	it('shows 天津 达到150亿元 on 四川 超500亿元 (人工智能核心产业规模), aligned in 亿元, with a link to it', async () => {
		const doc = await openNotice(sampleUri('sichuan'));
		const text = await hoverText(doc, doc.getText().indexOf('超500亿元') + 2);
		assert.match(text, SAME_METRIC);
		assert.match(text, /人工智能核心产业规模/);
		assert.match(text, /亿元/);
		assert.match(text, /\|--:\|/, 'the value column is right-aligned');
		assert.match(text, /天津市/);
		assert.match(text, /\| 150 \|/);
		assert.match(text, /\*\*This notice\*\*|\*\*本通知\*\*/);
		const tianjin = links(text).find(([uri]) => uri.endsWith('tianjin-ai-industry.txt'));
		assert.ok(tianjin, text);
		const other = await vscode.workspace.openTextDocument(vscode.Uri.parse(tianjin[0]));
		assert.match(other.getText().slice(tianjin[1], tianjin[2]), /150亿元/);
		assert.ok(links(text).every(([uri]) => !uri.endsWith('sichuan.txt')), 'this notice is not linked to itself');
	});

	it('says nothing of the same metric off a target', async () => {
		const doc = await openNotice(sampleUri('sichuan'));
		assert.doesNotMatch(await hoverText(doc, 2), SAME_METRIC);
	});

	it('matches the targets of an unsaved notice by metric', async () => {
		const sichuan = (await vscode.workspace.openTextDocument(sampleUri('sichuan'))).getText();
		const doc = await vscode.workspace.openTextDocument({ language: 'policy-notice', content: `草稿\n${sichuan.replace('超500亿元', '超800亿元')}` });
		await vscode.window.showTextDocument(doc);
		const text = await hoverText(doc, doc.getText().indexOf('超800亿元') + 2);
		assert.match(text, SAME_METRIC);
		assert.match(text, /\*\*\\>800\*\*/, 'its own value, as edited (Markdown-escaped)');
		assert.match(text, /天津市/);
		assert.match(text, /\| \\>500 \|/, 'the saved 四川 notice is another notice to an untitled one');
	});

	it('keeps every notice\'s targets in the catalog, read in the analysis worker', async () => {
		const { catalog } = await api();
		const notices = catalog.notices();
		assert.ok(notices.length >= 8);
		assert.ok(notices.every(e => e.metrics), 'every notice read with its targets');
		const sichuan = notices.find(e => e.key.endsWith('/sichuan.txt'));
		assert.ok(sichuan?.metrics?.targets.some(t => t.text === '超500亿元'));
	});

	it('shows the 相关产业规模 peers on 3000亿元以上, never those of 核心产业规模', async () => {
		const doc = await openNotice(sampleUri('sichuan'));
		const text = await hoverText(doc, doc.getText().indexOf('3000亿元以上') + 1);
		assert.match(text, /人工智能相关产业规模/);
		assert.match(text, /\| 1300 \|/);
		assert.doesNotMatch(text, /\| 150 \|/);
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
