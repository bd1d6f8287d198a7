// Related tasks from the language service over a workspace index, in plain Node: what the
// editor's view and hover and the CLI's `related` ask (test/integration keeps the view end to end).
import * as assert from 'node:assert/strict';
import { highlightRanges, resultJson } from '../../../src/core/index/related';
import type { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import * as parse from '../../../src/core/parse';
import { createNoticeService, type NoticeTextDocument } from '../../../src/core/service';
import { readSample } from '../paths';
import { CountingSegmenter, samplesIndex, segmenter } from '../crossref/helpers';

const GANSU = 'samples/gansu.txt';

let version = 0;
const doc = (text: string, uri = GANSU): NoticeTextDocument => ({ uri, version: ++version, getText: () => text });

describe('language service: related tasks', function () {
	this.timeout(60_000);
	let index: WorkspaceIndex;
	before(async () => { index = await samplesIndex(); });

	it('answers the task under the cursor with tasks of other notices', async () => {
		const service = createNoticeService({ workspace: { index, segmenter: segmenter() } });
		const text = readSample('gansu');
		const out = await service.getRelatedTasks(doc(text), text.indexOf('8.智能制造') + 3, { limit: 5 });
		assert.ok(out);
		assert.equal(out.query.title, '智能制造');
		assert.equal(out.results.length, 5);
		assert.ok(out.results.every(r => r.task.file !== GANSU));
		assert.equal(new Set(out.results.map(r => r.task.id)).size, 5);
		assert.ok(out.results.some(r => r.task.file === 'samples/tianjin-ai-industry.txt' && r.task.title === '智能制造'));
	});

	it('answers 甘肃 8.智能制造 with 天津 智能制造 (region, shared terms, their highlights) and 四川 制造业智能化示范, as the view shows them', async () => {
		const service = createNoticeService({ workspace: { index, segmenter: segmenter() } });
		const text = readSample('gansu');
		const out = await service.getRelatedTasks(doc(text), text.indexOf('8.智能制造') + 3, { limit: 10 });
		assert.ok(out);
		const shown = out.results.map(r => resultJson(r));
		assert.ok(shown.length >= 5);
		assert.ok(shown.every(r => r.file !== GANSU), 'never the same document');
		assert.ok(shown.some(r => r.file === 'samples/sichuan.txt' && r.title === '制造业智能化示范'), shown.map(r => r.path.join('›')).join('\n'));
		const tianjin = shown.find(r => r.file === 'samples/tianjin-ai-industry.txt' && r.title === '智能制造');
		assert.ok(tianjin, shown.map(r => r.path.join('›')).join('\n'));
		assert.equal(tianjin.region, '天津市');
		assert.ok(tianjin.terms.includes('智能制造'), tianjin.terms.join(' '));
		const highlights = highlightRanges(tianjin.snippet, tianjin.terms);
		assert.ok(highlights.length > 0);
		for (const [a, b] of highlights) { assert.ok(tianjin.terms.includes(tianjin.snippet.slice(a, b).toLowerCase()), tianjin.snippet.slice(a, b)); }
	});

	it('indexes the version it is asked about first: an edited heading is the query', async () => {
		const seg = new CountingSegmenter(segmenter());
		const local = await samplesIndex();
		const service = createNoticeService({ workspace: { index: local, segmenter: seg } });
		const edited = readSample('gansu').replace('8.智能制造', '8.智能制造装备');
		const out = await service.getRelatedTasks(doc(edited), edited.indexOf('8.智能制造装备') + 3);
		assert.ok(out);
		assert.equal(out.query.title, '智能制造装备');
		assert.equal(local.hashOf(GANSU), local.contentHash(edited));
		const calls = seg.calls;
		assert.ok(calls > 0, 'the new version was segmented');
		// The same version again: nothing to segment.
		await service.getRelatedTasks(doc(edited), edited.indexOf('8.智能制造装备') + 3);
		assert.equal(seg.calls, calls);
	});

	it('takes the document\'s tasks from the caller when given (the editor\'s analysis thread)', async () => {
		const local = await samplesIndex();
		const service = createNoticeService({ workspace: { index: local, segmenter: segmenter() } });
		const edited = readSample('gansu').replace('8.智能制造', '8.智能工厂');
		const own = createNoticeService().getIndexAnalysis(doc(edited));
		let asked = 0;
		const out = await service.getRelatedTasks(doc(edited), edited.indexOf('8.智能工厂') + 3, { analyze: () => { asked++; return own; } });
		assert.equal(asked, 1);
		assert.equal(out?.query.title, '智能工厂');
	});

	it('answers a heading whose body is only sub-items with its sub-items together, and null where nothing is', async () => {
		const service = createNoticeService({ workspace: { index, segmenter: segmenter() } });
		const text = readSample('gansu');
		const heading = '(三)推动人工智能与各行业融合创新';
		const out = await service.getRelatedTasks(doc(text), text.indexOf(heading) + 3);
		assert.ok(out);
		assert.equal(out.query.title, '推动人工智能与各行业融合创新');
		assert.ok(out.results.length > 0 && out.results.every(r => r.task.file !== GANSU));
		assert.ok(out.results.some(r => r.task.file === 'samples/tianjin-ai-industry.txt' && r.task.title === '智能制造'), out.results.map(r => `${r.task.file} ${r.task.title}`).join('\n'));
		assert.equal(await service.getRelatedTasks(doc(text), 0), null);
		assert.equal(await service.getRelatedTasks(doc(text), 2), null, 'the cursor in the title: no task');
	});

	it('does not parse a version the index holds already (the CLI\'s query file)', async () => {
		const service = createNoticeService({ workspace: { index, segmenter: segmenter() } });
		const text = readSample('gansu');
		const exports = parse as { parseFile: typeof parse.parseFile };
		const original = exports.parseFile;
		let parses = 0;
		exports.parseFile = (...args) => { parses++; return original(...args); };
		try {
			const out = await service.getRelatedTasks(doc(text), text.indexOf('8.智能制造') + 3);
			assert.equal(out?.query.title, '智能制造');
		} finally {
			exports.parseFile = original;
		}
		assert.equal(parses, 0);
	});

	it('rejects when it was made without a workspace', async () => {
		const text = readSample('gansu');
		await assert.rejects(createNoticeService().getRelatedTasks(doc(text), text.indexOf('8.智能制造')), /without a workspace/);
	});
});

describe('language service: what the related-targets hover attaches to', () => {
	const service = createNoticeService();
	const sichuan = readSample('sichuan');
	const anchor = (offset: number) => {
		const r = service.getRelatedAnchor(doc(sichuan, 'samples/sichuan.txt'), offset);
		return r && sichuan.slice(r.offset, r.end);
	};

	it('a target under the cursor, else the heading, else a run-in head', () => {
		assert.equal(anchor(sichuan.indexOf('200项以上') + 1), '200项以上'); // a target covers its quantity expression
		assert.equal(anchor(sichuan.indexOf('二、重点任务') + 2), '二、重点任务');
		// A paragraph headed 智能制造装备产品。 is a task whose head has no marker: the head is the anchor.
		assert.equal(anchor(sichuan.indexOf('智能制造装备产品。') + 3), '智能制造装备产品');
	});

	it('nothing in a run-in paragraph\'s body or outside any task', () => {
		assert.equal(anchor(sichuan.indexOf('推进高档数控机床')), undefined);
		assert.equal(anchor(sichuan.indexOf('现将《四川省')), undefined);
	});
});
