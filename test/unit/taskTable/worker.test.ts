// The task table's rows come from the worker threads: a document's through the service method
// `getTaskRows`, a workspace file's in its summary when asked — the same rows the core makes here.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Analysis } from '../../../src/core/analysis';
import { createNoticeService } from '../../../src/core/service';
import { AnalysisWorker } from '../../../src/core/service/worker/client';
import type { Note } from '../../../src/core/notes/types';
import { taskRows } from '../../../src/core/tasks/table';
import { readSample } from '../paths';

const WORKER = path.resolve(__dirname, '../../../src/core/service/worker/main.js');
const ALIASES = { 省工信委: '省工业和信息化厅' };

describe('task table rows from the worker threads', function () {
	this.timeout(60_000);
	const text = readSample('gansu');
	const expected = taskRows(new Analysis(text), 'mem:/gansu.txt', { aliases: ALIASES });
	let worker: AnalysisWorker;
	beforeEach(() => { worker = new AnalysisWorker({ workerPath: WORKER }); });
	afterEach(() => worker.dispose());

	it('the service answers the rows of a document, units normalized with the user\'s table', () => {
		const rows = createNoticeService().getTaskRows({ uri: 'mem:/gansu.txt', version: 1, getText: () => text }, { aliases: ALIASES });
		assert.deepEqual(rows, expected);
		const first = rows.find(r => r.title.startsWith('开展新一代人工智能基础理论研究'));
		assert.ok(first, rows.map(r => r.title).join(' | '));
		// (牵头单位:省科技厅、省教育厅;责任单位:省发展改革委、省工信委)
		assert.deepEqual(first.lead, ['省科技厅', '省教育厅']);
		assert.ok(first.responsible.includes('省工业和信息化厅'), first.responsible.join('、'));
	});

	it('the analysis worker answers getTaskRows as the service does', async () => {
		const rows = await worker.call({ uri: 'mem:/gansu.txt', version: 1, *chunks() { yield text; } }, 'getTaskRows', { aliases: ALIASES });
		assert.deepEqual(rows, expected);
	});

	it('the analysis worker lists a note with the task it is on', async () => {
		const row = expected.find(r => r.title.startsWith('开展新一代人工智能基础理论研究'))!;
		const note: Note = {
			id: 'n1', body: '请省科技厅月底前报送进展', author: 'test', created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z', resolved: false,
			replies: [{ id: 'r1', body: '已报送', author: 'test', created: '2026-01-02T00:00:00Z', updated: '2026-01-02T00:00:00Z' }],
			anchor: { path: row.path, text: '开展新一代人工智能基础理论研究', offset: row.offset, kind: 'text' },
		};
		const rows = await worker.call({ uri: 'mem:/gansu.txt', version: 1, *chunks() { yield text; } }, 'getTaskRows', { aliases: ALIASES, notes: [note] });
		const withNote = rows.filter(r => r.notes?.length);
		assert.deepEqual(withNote.map(r => r.title), [row.title]);
		assert.deepEqual(withNote[0].notes, ['请省科技厅月底前报送进展 ↳ 已报送']);
		assert.ok(rows.every(r => Array.isArray(r.notes)), 'every row has the column once the notice has notes');
	});

	it('a workspace file\'s summary carries its rows only when asked', async () => {
		const bytes = () => new TextEncoder().encode(text);
		const asked = await worker.summarize('mem:/gansu.txt', bytes(), {}, undefined, false, false, { aliases: ALIASES });
		assert.equal(asked.status, 'ok');
		assert.deepEqual(asked.status === 'ok' && asked.summary.taskRows, expected);
		const plain = await worker.summarize('mem:/gansu.txt', bytes(), {}, undefined, false, false);
		assert.equal(plain.status === 'ok' && plain.summary.taskRows, undefined);
	});
});
