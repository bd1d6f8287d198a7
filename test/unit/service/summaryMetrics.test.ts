// The analysis worker thread summarizes a workspace file with its metric data when asked
// (withMetrics), the same data as the core makes on this thread, and none otherwise.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Analysis } from '../../../src/core/analysis';
import { fileMetrics } from '../../../src/core/metrics/notices';
import { AnalysisWorker } from '../../../src/core/service/worker/client';
import { readSample } from '../paths';

const WORKER = path.resolve(__dirname, '../../../src/core/service/worker/main.js');

describe('analysis worker: metric data of a workspace file', function () {
	this.timeout(60_000);
	let worker: AnalysisWorker;
	beforeEach(() => { worker = new AnalysisWorker({ workerPath: WORKER }); });
	afterEach(() => worker.dispose());
	const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

	it('adds the normalized targets and their notices when asked, as the core makes them here', async () => {
		const text = readSample('tianjin-ai-industry');
		const read = await worker.summarize('file:///tianjin.txt', bytes(text), {}, undefined, false, true);
		assert.equal(read.status, 'ok');
		if (read.status !== 'ok') { return; }
		assert.ok(read.summary.metrics && read.summary.metrics.targets.length > 0);
		assert.deepEqual(read.summary.metrics, fileMetrics(new Analysis(text)));
		assert.equal(read.summary.analyzed, undefined, 'tasks only when asked for');
	});

	it('leaves them out unless asked, and for a file that is not a notice', async () => {
		const plain = await worker.summarize('file:///tianjin.txt', bytes(readSample('tianjin-ai-industry')), {}, undefined, false);
		assert.ok(plain.status === 'ok' && plain.summary.metrics === undefined);
		const prose = await worker.summarize('file:///readme.txt', bytes('这是一段普通的说明文字，到2025年达到100亿元。\n'), {}, undefined, false, true);
		assert.ok(prose.status === 'ok' && !prose.summary.isNotice && prose.summary.metrics === undefined);
	});
});
