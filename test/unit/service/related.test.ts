// Related tasks from the language service over a workspace index, in plain Node: what the
// editor's view and hover and the CLI's `related` ask (test/integration keeps the view end to end).
import * as assert from 'node:assert/strict';
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
		assert.equal(await service.getRelatedTasks(doc(text), 0), null);
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
