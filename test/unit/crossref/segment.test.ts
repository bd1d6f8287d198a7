// Segmentation: nodejieba with HMM, the domain user dictionary, normalization and the stop
// list; the worker-thread segmenter (batches, idle stop, crash restart, abort) against the
// compiled worker entry.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { normalizeText, parseStopList } from '../../../src/core/segment/normalize';
import { decodeTokens, sanitize, TEXT_SEP, TOKEN_SEP } from '../../../src/core/segment/protocol';
import { resourcePath, segmenterSignature, USER_DICT } from '../../../src/core/segment/resources';
import { WorkerSegmenter } from '../../../src/core/segment/workerSegmenter';
import { readSample } from '../paths';
import { segmenter, WORKER_JS } from './helpers';

/** How often `waitUntil` looks again. */
const POLL_MS = 20;

/** Resolves once `cond()` holds, looking every POLL_MS; rejects once `ms` have passed without it. */
async function waitUntil(cond: () => boolean, ms: number, what: string): Promise<void> {
	const until = Date.now() + ms;
	while (!cond()) {
		if (Date.now() > until) { throw new Error(`timed out after ${ms} ms waiting for ${what}`); }
		await new Promise(r => setTimeout(r, POLL_MS));
	}
}

describe('crossref: segmentation', function () {
	this.timeout(60_000);

	it('keeps the policy terms of the user dictionary whole', async () => {
		const [toks] = await segmenter().segment(['推进智能网联汽车产业发展,甘肃省工信委、省发展改革委负责,共建共享铁塔资源,人工智能“七链”精准创新,探索“互联网+政务服务”新模式,推动大数据、云计算与工业互联网深度融合']);
		for (const w of ['智能网联汽车', '工信委', '发展改革委', '共建共享', '七链', '互联网+政务服务', '大数据', '云计算', '工业互联网']) {
			assert.ok(toks.includes(w), `${w} not one token: ${toks.join('/')}`);
		}
	});

	it('the user dictionary is in nodejieba format: word, frequency, part of speech', () => {
		const lines = fs.readFileSync(resourcePath(USER_DICT)!, 'utf8').split('\n').filter(Boolean);
		assert.ok(lines.length > 100);
		for (const l of lines) { assert.match(l, /^\S+ \d+ [a-z]+$/, l); }
		assert.equal(new Set(lines.map(l => l.split(' ')[0])).size, lines.length, 'no duplicate words');
	});

	it('HMM on: numbers and latin words stay whole in the raw cut', () => {
		const raw = segmenter().loaded.cut('到2020年,人工智能核心产业规模达到150亿元,推进IPv6');
		assert.ok(raw.includes('2020') && raw.includes('150'), raw.join('/'));
	});

	it('normalizes full-width forms and latin case; drops punctuation, numbers and stop words', async () => {
		assert.equal(normalizeText('ＡＢＣ５Ｇ　IPv6'), 'abc5g ipv6');
		const [toks] = await segmenter().segment(['加快推进５Ｇ商用,到2020年建成１００个智能工厂。']);
		assert.ok(toks.includes('5g') && toks.includes('智能工厂'), toks.join('/'));
		for (const w of ['加快', '推进', ',', '。', '2020', '100', '年', '到']) { assert.ok(!toks.includes(w), `${w} kept: ${toks.join('/')}`); }
	});

	it('one cut for many texts gives each text the tokens of a cut of its own', () => {
		const texts = readSample('gansu').split(/\n|。/).filter(s => s.trim());
		// Edges where a joint could merge with its neighbours: latin and digits on both sides,
		// blanks, empty texts, a text of a control character (the joint's own kind).
		texts.push('IPv6', '5G网络', 'abc ', ' def', '', '\u0003', '人工智能\u0003产业', '2020年', '');
		const seg = segmenter().loaded;
		const one = texts.map(t => seg.segment([t])[0]);
		assert.ok(one.filter(t => t.length).length > 20, 'the sample gives texts with tokens');
		assert.deepEqual(seg.segment(texts), one);
		assert.deepEqual(seg.segment(['人工智能\u0003产业']), [['人工智能', '产业']], 'a control character in a text is a blank');
	});

	it('stop list: one word a line, comments ignored, normalized', () => {
		assert.deepEqual([...parseStopList('# c\n的\n\nＡＢ # x\n')], ['的', 'ab']);
	});

	it('wire format round-trips and reserves its separators', () => {
		const toks = [['a', 'b'], [], ['智能']];
		assert.deepEqual(decodeTokens(toks.map(t => t.join(TOKEN_SEP)).join(TEXT_SEP), 3), toks);
		assert.equal(sanitize('a\u0001b\u0002'), 'a b ');
	});

	it('the signature changes with the dictionary', () => {
		const a = segmenterSignature();
		const tmp = fs.mkdtempSync('/tmp/pn-ud-');
		fs.writeFileSync(`${tmp}/u.utf8`, '测试词 10 n\n');
		assert.notEqual(segmenterSignature({ userDict: `${tmp}/u.utf8` }), a);
		assert.equal(segmenterSignature(), a);
		fs.rmSync(tmp, { recursive: true, force: true });
	});

	describe('WorkerSegmenter', () => {
		let seg: WorkerSegmenter;
		before(() => { seg = new WorkerSegmenter({ workerPath: WORKER_JS, idleMs: 60_000, batchChars: 2_000, testHooks: true }); });
		after(() => seg.dispose());

		it('segments like the in-process segmenter, in order, across many batches', async () => {
			const text = readSample('gansu');
			const texts = text.split(/\n|   /).filter(s => s.trim()).slice(0, 60);
			const [mine, ref] = await Promise.all([seg.segment(texts), segmenter().segment(texts)]);
			assert.deepEqual(mine, ref);
			assert.equal(seg.liveWorkers, 1);
			assert.deepEqual(await seg.segment([]), []);
		});

		it('restarts a worker that crashed and retries its batches', async () => {
			const before = seg.started;
			await seg.crashForTest();
			const [toks] = await seg.segment(['智能网联汽车']);
			assert.deepEqual(toks, ['智能网联汽车']);
			assert.equal(seg.started, before + 1);
		});

		it('honours an AbortSignal', async () => {
			const ac = new AbortController();
			const texts = Array.from({ length: 200 }, () => readSample('shandong').slice(0, 3000));
			const p = seg.segment(texts, ac.signal);
			ac.abort();
			await assert.rejects(p, (e: Error) => e.name === 'AbortError');
			const pre = new AbortController();
			pre.abort();
			await assert.rejects(seg.segment(['x'], pre.signal), (e: Error) => e.name === 'AbortError');
			assert.deepEqual(await seg.segment(['人工智能']), [['人工智能']]);
		});

		it('stops an idle worker and starts one again on demand', async () => {
			const s = new WorkerSegmenter({ workerPath: WORKER_JS, idleMs: 300 });
			try {
				assert.deepEqual(await s.segment(['大数据']), [['大数据']]);
				assert.equal(s.liveWorkers, 1);
				// Stopped by its idle timer (idleMs 300); the deadline only bounds a failure.
				await waitUntil(() => s.liveWorkers === 0, 10_000, 'the idle worker to stop');
				assert.equal(s.liveWorkers, 0);
				assert.deepEqual(await s.segment(['云计算']), [['云计算']]);
				assert.equal(s.started, 2);
			} finally {
				s.dispose();
			}
		});

		it('rejects pending work on dispose and after it', async () => {
			const s = new WorkerSegmenter({ workerPath: WORKER_JS });
			const p = s.segment(['人工智能']);
			s.dispose();
			await assert.rejects(p, /disposed/);
			await assert.rejects(s.segment(['x']), /disposed/);
		});

		it('a missing dictionary is an error, not a crash of the process', async () => {
			const s = new WorkerSegmenter({ workerPath: WORKER_JS, userDict: '/nonexistent/userdict.utf8' });
			try {
				await assert.rejects(s.segment(['人工智能']), /not readable/);
			} finally {
				s.dispose();
			}
		});
	});
});
