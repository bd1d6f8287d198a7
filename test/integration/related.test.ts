// The cross-reference index inside a real VS Code: built over the samples, answering for a
// cursor position, the related-targets hover, and following file changes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXT_ID, openNotice, sampleUri, samplesFolder, waitFor } from './util';

interface RelatedApi {
	related: {
		start(): Promise<void>;
		related(doc: vscode.TextDocument, offset: number, limit: number, token: vscode.CancellationToken): Promise<{ state: string; query: { title: string; path: string[] } | null; results: { uri: string; title: string; region: string; path: string[]; terms: string[]; highlights: [number, number][]; snippet: string }[] }>;
		workspaceIndex: { fileKeys(): string[]; taskCount: number } | undefined;
		isIndexing: boolean;
	};
}

async function api(): Promise<RelatedApi> {
	const ext = vscode.extensions.getExtension<RelatedApi>(EXT_ID)!;
	return ext.isActive ? ext.exports : ext.activate();
}

const token = () => new vscode.CancellationTokenSource().token;

describe('related tasks index', function () {
	this.timeout(120_000);

	it('indexes every sample notice in the background', async () => {
		await openNotice(sampleUri('gansu'));
		const { related } = await api();
		await related.start();
		const keys = await waitFor(() => {
			const k = related.workspaceIndex?.fileKeys() ?? [];
			return !related.isIndexing && k.length >= 10 ? k : undefined;
		}, 90_000, 'ten indexed samples');
		assert.ok(keys.some(k => k.endsWith('tianjin-ai-industry.txt')));
		assert.ok(related.workspaceIndex!.taskCount > 200);
	});

	it('answers for the cursor in 甘肃 8.智能制造 with tasks of other notices', async () => {
		const doc = await openNotice(sampleUri('gansu'));
		const { related } = await api();
		const offset = doc.getText().indexOf('8.智能制造') + 3;
		const r = await related.related(doc, offset, 10, token());
		assert.strictEqual(r.state, 'ready');
		assert.strictEqual(r.query?.title, '智能制造');
		assert.ok(r.results.length >= 5);
		assert.ok(r.results.every(x => !x.uri.endsWith('gansu.txt')), 'never the same document');
		assert.ok(r.results.some(x => x.uri.endsWith('tianjin-ai-industry.txt') && x.title === '智能制造'), r.results.map(x => x.path.join('›')).join('\n'));
		assert.ok(r.results.some(x => x.uri.endsWith('sichuan.txt') && x.title === '制造业智能化示范'));
		const tianjin = r.results.find(x => x.title === '智能制造')!;
		assert.strictEqual(tianjin.region, '天津市');
		assert.ok(tianjin.terms.includes('智能制造'));
		for (const [a, b] of tianjin.highlights) { assert.ok(tianjin.terms.includes(tianjin.snippet.slice(a, b).toLowerCase())); }
	});

	it('reads a heading whose body is only sub-items as its sub-items together', async () => {
		const doc = await openNotice(sampleUri('gansu'));
		const offset = doc.getText().indexOf('(三)推动人工智能与各行业融合创新') + 4;
		const r = await (await api()).related.related(doc, offset, 20, token());
		assert.strictEqual(r.state, 'ready');
		assert.strictEqual(r.query?.title, '推动人工智能与各行业融合创新');
		assert.ok(r.results.every(x => !x.uri.endsWith('gansu.txt')), 'never the same document');
		assert.ok(r.results.some(x => x.uri.endsWith('tianjin-ai-industry.txt') && x.title === '智能制造'), r.results.map(x => x.path.join('›')).join('\n'));
	});

	it('says there is no task where the cursor is in the title', async () => {
		const doc = await openNotice(sampleUri('gansu'));
		const r = await (await api()).related.related(doc, 2, 10, token());
		assert.strictEqual(r.query, null);
		assert.strictEqual(r.state, 'noTask');
	});

	it('shows related provincial targets on hover over a task heading', async () => {
		const doc = await openNotice(sampleUri('sichuan'));
		const offset = doc.getText().indexOf('制造业智能化示范') + 2;
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
		const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
		assert.match(text, /Related provincial targets|相关省份目标/);
		assert.match(text, /command:policyNotice\.openLocation/);
		assert.match(text, /天津市|山东省|甘肃省|贵州省/);
	});

	describe('file changes', () => {
		const file = () => path.join(samplesFolder(), 'zz-integration-notice.txt');
		after(() => { try { fs.unlinkSync(file()); } catch { /* already gone */ } });

		it('adds a new notice, updates it when it changes, and drops it when deleted', async () => {
			const { related } = await api();
			const key = vscode.Uri.file(file()).toString();
			const notice = (topic: string) => `某省人民政府关于推进${topic}发展的通知\n各市人民政府:\n一、总体要求\n(一)指导思想。推进${topic}发展。\n二、重点任务\n(一)${topic}示范工程。到2020年,培育${topic}企业10家以上。\n`;
			fs.writeFileSync(file(), notice('量子计算'));
			await waitFor(() => related.workspaceIndex?.fileKeys().includes(key), 30_000, 'new file indexed');
			const doc = await openNotice(sampleUri('tianjin-qilian'));
			// The probe is another notice on the same topic (an identical one would be its duplicate).
			const search = async (topic: string) => {
				const probe = await vscode.workspace.openTextDocument({ language: 'policy-notice', content: `某市人民政府办公厅关于加快${topic}应用的实施意见\n各区人民政府:\n一、重点工作\n(一)建设${topic}示范工程。支持${topic}企业发展。\n` });
				const r = await related.related(probe, probe.getText().indexOf(`(一)建设${topic}`) + 4, 10, token());
				last = r.results.map(x => `${x.uri.replace(/^.*\//, '')}:${x.title}`).join(', ');
				return r.results.filter(x => x.uri === key).map(x => x.title);
			};
			let last = '';
			assert.ok(doc);
			assert.ok((await search('量子计算')).some(t => t.includes('量子计算')), `results: ${last}`);
			fs.writeFileSync(file(), notice('区块链'));
			await waitFor(async () => (await search('区块链')).some(t => t.includes('区块链')), 30_000, 'changed file re-indexed');
			fs.unlinkSync(file());
			await waitFor(() => !related.workspaceIndex?.fileKeys().includes(key), 30_000, 'deleted file dropped');
		});
	});
});
