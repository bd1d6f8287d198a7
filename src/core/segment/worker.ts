// Worker-process entry of WorkerSegmenter (bundled to dist/segmenter-worker.js). Loads
// nodejieba on the first request, then answers segment requests in order over IPC.
import { loadJieba, type LoadedJieba } from './jieba';
import { TEXT_SEP, TOKEN_SEP, type WorkerInit, type WorkerRequest, type WorkerResponse } from './protocol';

const init = JSON.parse(process.env.PN_SEGMENTER_INIT ?? '{}') as WorkerInit;
let jieba: LoadedJieba | null = null;
let loadMs = 0;

function reply(r: WorkerResponse): void { process.send?.(r); }

// The caller went away (closed or crashed): nothing left to do.
process.on('disconnect', () => process.exit(0));

process.on('message', (m: WorkerRequest) => {
	if (m.type === 'crash') {
		if (init.testHooks) { process.exit(70); }
		return;
	}
	try {
		if (!jieba) {
			const t0 = Date.now();
			jieba = loadJieba({ userDict: init.userDict, stopWords: init.stopWords });
			loadMs = Date.now() - t0;
		}
		const tokens = jieba.segment(m.texts).map(t => t.join(TOKEN_SEP)).join(TEXT_SEP);
		reply({ id: m.id, type: 'result', tokens, loadMs });
	} catch (e) {
		reply({ id: m.id, type: 'error', message: (e as Error).message ?? String(e) });
	}
});
