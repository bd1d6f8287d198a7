// The note features of the language service, answered by the analysis worker thread as by the
// service on this thread: where notes can be made, a new note's anchor, anchors found again.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { createNoticeService, type NoticeTextDocument } from '../../../src/core/service';
import { AnalysisWorker, type ChunkedDocument } from '../../../src/core/service/worker/client';
import { readSample } from '../paths';

const WORKER = path.resolve(__dirname, '../../../src/core/service/worker/main.js');

describe('note features through the worker thread', function () {
	this.timeout(60_000);
	let worker: AnalysisWorker;
	beforeEach(() => { worker = new AnalysisWorker({ workerPath: WORKER }); });
	afterEach(() => worker.dispose());

	it('answers as the service does here', async () => {
		const text = readSample('gansu');
		const uri = 'mem:/gansu.txt';
		const remote: ChunkedDocument = { uri, version: 1, *chunks() { yield text; } };
		const here: NoticeTextDocument = { uri, version: 1, getText: () => text };
		const service = createNoticeService();
		const ranges = await worker.call(remote, 'getNoteAnchors');
		assert.deepEqual(ranges, service.getNoteAnchors(here));
		assert.ok(ranges.some(r => text.slice(r.offset, r.end) === '8.智能制造'), 'a heading among the ranges');
		const at = text.indexOf('8.智能制造');
		const anchor = await worker.call(remote, 'getNoteAnchorAt', { offset: at, end: at + 6 });
		assert.deepEqual(anchor, service.getNoteAnchorAt(here, { offset: at, end: at + 6 }));
		assert.deepEqual(anchor.path, ['二、重点任务', '(三)推动人工智能与各行业融合创新']);
		const found = await worker.call(remote, 'resolveNoteAnchors', [anchor, { ...anchor, kind: 'text', text: '没有这句话', path: [] }]);
		assert.deepEqual(found, service.resolveNoteAnchors(here, [anchor, { ...anchor, kind: 'text', text: '没有这句话', path: [] }]));
		assert.equal(found[0]?.offset, at);
		assert.equal(found[1], null);
	});
});
