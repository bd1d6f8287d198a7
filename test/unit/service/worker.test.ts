// The analysis worker thread: the same answers as the service on this thread, a text sent in
// pieces, cancellation of a version nobody wants, workspace files summarized from their bytes.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createNoticeService, type NoticeTextDocument } from '../../../src/core/service';
import { encodeTokens } from '../../../src/core/service/tokens';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { AnalysisWorker, type ChunkedDocument } from '../../../src/core/service/worker/client';
import { FIXTURES, readSample } from '../paths';

const WORKER = path.resolve(__dirname, '../../../src/core/service/worker/main.js');
const dump = fs.readFileSync(path.join(FIXTURES, 'raw-dump.txt'), 'utf8');

/** A document sent in `pieces` pieces of (nearly) equal length. */
function chunked(uri: string, version: number, text: string, pieces = 7): ChunkedDocument {
	const size = Math.ceil(text.length / pieces) || 1;
	return {
		uri, version,
		*chunks() { for (let i = 0; i < text.length; i += size) { yield text.slice(i, i + size); } },
	};
}
const local = (uri: string, version: number, text: string): NoticeTextDocument => ({ uri, version, getText: () => text });

describe('analysis worker thread', function () {
	this.timeout(60_000);
	let worker: AnalysisWorker;
	beforeEach(() => { worker = new AnalysisWorker({ workerPath: WORKER }); });
	afterEach(() => worker.dispose());

	it('answers every feature as the service does here, from a text sent in pieces', async () => {
		const service = createNoticeService();
		for (const [uri, text] of [['mem:/gansu.txt', readSample('gansu')], ['mem:/dump.txt', dump]] as const) {
			const remote = chunked(uri, 1, text), here = local(uri, 1, text);
			assert.deepEqual(await worker.call(remote, 'getDetection'), service.getDetection(here));
			assert.deepEqual(await worker.call(remote, 'getDocumentSymbols'), service.getDocumentSymbols(here));
			assert.deepEqual(await worker.call(remote, 'getFoldingRanges'), service.getFoldingRanges(here));
			assert.deepEqual(await worker.call(remote, 'getSemanticTokenData'), service.getSemanticTokenData(here));
			assert.deepEqual(await worker.call(remote, 'getDiagnostics', { includeScraped: true }), service.getDiagnostics(here, { includeScraped: true }));
			const at = text.indexOf('2025年');
			assert.ok(at > 0);
			assert.deepEqual(await worker.call(remote, 'getHover', at), service.getHover(here, at));
			assert.deepEqual(await worker.call(remote, 'getIndexAnalysis'), service.getIndexAnalysis(here));
		}
		assert.equal(worker.started, 1);
	});

	it('answers for the version asked: an older one sent at the same time is cancelled, not mixed in', async () => {
		const uri = 'mem:/race.txt';
		const older = worker.call(chunked(uri, 1, dump), 'getDocumentSymbols');
		const newer = worker.call(chunked(uri, 2, readSample('gansu')), 'getDocumentSymbols');
		await assert.rejects(older, (e: Error) => e.name === 'Cancelled');
		assert.deepEqual(await newer, createNoticeService().getDocumentSymbols(local(uri, 2, readSample('gansu'))));
	});

	it('a document closed while its text was sent is not answered for: the next one under the same URI and version has its own text read', async () => {
		// A new untitled document takes the name (and version 1) of one just closed.
		const uri = 'untitled:Untitled-1';
		const closing = worker.call(chunked(uri, 1, dump, 1), 'getDocumentSymbols'); // one piece: its last
		worker.close(uri);
		await assert.rejects(closing, (e: Error) => e.name === 'Cancelled', 'a closed document is not answered for');
		const reopened = local(uri, 1, readSample('gansu'));
		let read = 0;
		const sent: ChunkedDocument = { uri, version: 1, *chunks() { read++; yield readSample('gansu'); } };
		assert.deepEqual(await worker.call(sent, 'getDocumentSymbols'), createNoticeService().getDocumentSymbols(reopened));
		assert.equal(read, 1, 'the new text was sent');
	});

	it('cancels work on a document that changed by ending the thread, and starts a new one after', async () => {
		const uri = 'mem:/big.txt';
		const busy = worker.call(chunked(uri, 1, dump.repeat(8), 3), 'getSemanticTokenData');
		worker.cancel(uri);
		await assert.rejects(busy, (e: Error) => e.name === 'Cancelled');
		const symbols = await worker.call(chunked(uri, 2, readSample('gansu')), 'getDocumentSymbols');
		assert.deepEqual(symbols, createNoticeService().getDocumentSymbols(local(uri, 2, readSample('gansu'))));
		assert.equal(worker.started, 2);
	});

	it('does not end the thread for a short document (its analysis ends in milliseconds)', async () => {
		const patient = new AnalysisWorker({ workerPath: WORKER, restartAboveChars: 100_000 });
		try {
			const busy = patient.call(chunked('mem:/short.txt', 1, readSample('gansu')), 'getDocumentSymbols');
			patient.cancel('mem:/short.txt');
			assert.ok((await busy).length > 0);
			assert.equal(patient.started, 1);
		} finally {
			patient.dispose();
		}
	});

	it('keeps working on other documents when one is cancelled', async () => {
		const a = worker.call(chunked('mem:/a.txt', 1, readSample('gansu')), 'getDocumentSymbols');
		const b = worker.call(chunked('mem:/b.txt', 1, dump), 'getDocumentSymbols');
		worker.cancel('mem:/b.txt'); // a is pending too: the thread stays, b's answer is still given
		assert.ok((await a).length > 0);
		assert.ok((await b).length > 0);
		assert.equal(worker.started, 1);
	});

	it('summarizes a workspace file from its bytes: notice, symbols, tasks, hashes', async () => {
		const text = readSample('gansu');
		const bytes = () => new Uint8Array(Buffer.from(text, 'utf8'));
		const read = await worker.summarize('file:///gansu.txt', bytes(), {}, undefined, true);
		assert.equal(read.status, 'ok');
		if (read.status !== 'ok') { return; }
		assert.equal(read.byteHash, createHash('sha1').update(Buffer.from(text, 'utf8')).digest('hex'));
		assert.equal(read.summary.textHash, createHash('sha1').update(text, 'utf8').digest('hex'));
		assert.equal(read.summary.length, text.length);
		assert.ok(read.summary.isNotice);
		const heading = read.summary.symbols.find(s => s.name.startsWith('一、'));
		assert.ok(heading, 'a first-level heading among the workspace symbols');
		const lines = text.split('\n');
		assert.ok(lines[heading.range[0]].slice(heading.range[1]).startsWith('一、'));
		assert.ok(read.summary.analyzed && read.summary.analyzed.tasks.length > 10);
		assert.deepEqual(await worker.summarize('file:///gansu.txt', bytes(), {}, read.byteHash, false), { status: 'unchanged' });
		const noTasks = await worker.summarize('file:///gansu.txt', bytes(), {}, undefined, false);
		assert.ok(noTasks.status === 'ok' && noTasks.summary.analyzed === undefined);
	});

	it('refuses binary bytes and decodes with the encoding the editor would use', async () => {
		const binary = await worker.summarize('file:///x.bin', new Uint8Array([1, 0, 2, 0, 0, 0, 7, 0, 0, 9]), {}, undefined, false);
		assert.equal(binary.status, 'binary');
		const crOnly = '某省人民政府关于印发实施方案的通知\r一、总体要求\r（一）目标。到2025年，规模达到100亿元。\r';
		const read = await worker.summarize('file:///cr.txt', new Uint8Array(Buffer.from(crOnly, 'utf8')), { encoding: 'utf-8' }, undefined, false);
		// Lone CRs become the editor's CRLF, as VS Code's buffer makes them.
		assert.ok(read.status === 'ok' && read.summary.length === crOnly.length + 3);
	});
});

describe('semantic token encoding', () => {
	it('splits a token over lines into one segment per line, with delta positions', () => {
		const text = 'ab\r\ncd\nef';
		const data = encodeTokens(text, new LineIndex(text), [{ offset: 1, end: 8, type: 2, modifiers: 4 }]);
		assert.deepEqual([...data], [0, 1, 1, 2, 4, 1, 0, 2, 2, 4, 1, 0, 1, 2, 4]);
	});

	it('gives starts relative to the previous token on the same line', () => {
		const text = '一二三四五六';
		const data = encodeTokens(text, new LineIndex(text), [{ offset: 1, end: 2, type: 0, modifiers: 0 }, { offset: 4, end: 6, type: 1, modifiers: 1 }]);
		assert.deepEqual([...data], [0, 1, 1, 0, 0, 0, 3, 2, 1, 1]);
	});
});
