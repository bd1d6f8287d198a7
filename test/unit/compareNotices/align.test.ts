// Two notices aligned task by task (src/core/compare/): the one-file query, the greedy matching,
// tasks without a counterpart, the targets of an aligned pair compared in one unit.
import * as assert from 'node:assert/strict';
import { Analysis } from '../../../src/core/analysis';
import { alignNotices, candidatePairs, greedyMatch, targetsByTask } from '../../../src/core/compare/align';
import { targetDiffs } from '../../../src/core/compare/targetDiff';
import type { IndexedTask } from '../../../src/core/index/types';
import type { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { fileMetrics } from '../../../src/core/metrics/notices';
import type { MetricTarget, NormalizedTarget } from '../../../src/core/metrics/types';
import { readSample } from '../paths';
import { samplesIndex } from '../crossref/helpers';

const GANSU = 'samples/gansu.txt', TIANJIN = 'samples/tianjin-ai-industry.txt', SICHUAN = 'samples/sichuan.txt';
const targetsOf = (name: string) => fileMetrics(new Analysis(readSample(name))).targets;
const own = (t: { path: string[] }) => t.path[t.path.length - 1];

describe('compare two notices: alignment', function () {
	this.timeout(60_000);
	let index: WorkspaceIndex;
	before(async () => { index = await samplesIndex(); });

	it('a query with onlyFile returns that file\'s tasks only, the best of them first', () => {
		const zhizao = index.tasksOf(GANSU).find(t => t.title === '智能制造')!;
		const only = index.queryTask(zhizao, { limit: 5, onlyFile: TIANJIN });
		assert.ok(only.length > 0);
		assert.ok(only.every(r => r.task.file === TIANJIN), only.map(r => r.task.file).join());
		const unrestricted = index.queryTask(zhizao, { limit: 500 }).filter(r => r.task.file === TIANJIN);
		assert.equal(only[0].task.id, unrestricted[0].task.id, 'the same best task as the whole ranking gives that file');
		assert.ok(index.queryTask(zhizao, { limit: 5 }).some(r => r.task.file !== TIANJIN), 'without the option other files come back');
	});

	it('甘肃 8.智能制造 ⇄ 天津 1.智能制造; every task at most once; pairs in A\'s text order', async () => {
		const al = await alignNotices(index, GANSU, TIANJIN);
		const pair = al.pairs.find(p => own(p.a) === '8.智能制造');
		assert.ok(pair, al.pairs.map(p => `${own(p.a)} ⇄ ${own(p.b)}`).join('\n'));
		assert.equal(own(pair.b), '1.智能制造');
		assert.ok(pair.score >= al.minScore);
		const offsetsA = al.pairs.map(p => p.a.offset), offsetsB = al.pairs.map(p => p.b.offset);
		assert.deepEqual(offsetsA, [...offsetsA].sort((x, y) => x - y));
		assert.equal(new Set(offsetsA).size, offsetsA.length);
		assert.equal(new Set(offsetsB).size, offsetsB.length);
		// every task of each side is paired or listed as unmatched, never both
		assert.equal(al.pairs.length + al.onlyA.length, index.tasksOf(GANSU).length);
		assert.equal(al.pairs.length + al.onlyB.length, index.tasksOf(TIANJIN).length);
		assert.ok(al.onlyA.every(t => !offsetsA.includes(t.offset)));
		assert.doesNotThrow(() => JSON.parse(JSON.stringify(al)), 'plain data');
	});

	it('a task without a counterpart is unmatched, in text order', async () => {
		const al = await alignNotices(index, GANSU, TIANJIN);
		// 甘肃 20. 5G增强技术: Tianjin's plan says nothing of 5G
		assert.ok(al.onlyA.some(t => t.title.includes('5G增强技术')), al.onlyA.map(own).join('\n'));
		const offsets = al.onlyA.map(t => t.offset);
		assert.deepEqual(offsets, [...offsets].sort((x, y) => x - y));
		const none = await alignNotices(index, GANSU, TIANJIN, { minScore: Infinity });
		assert.equal(none.pairs.length, 0);
		assert.equal(none.onlyA.length, index.tasksOf(GANSU).length);
	});

	it('gives the event loop turns while it aligns, and stops when its signal aborts', async () => {
		let turns = 0;
		const abort = new AbortController();
		// A pause that takes "long": each slice of queries is followed by a turn; the second one aborts.
		const pause = async () => { turns++; if (turns === 2) { abort.abort(new Error('cancelled')); } };
		const slow = new Proxy(index, { get: (t, k) => k === 'queryTask' ? (...args: Parameters<typeof index.queryTask>) => { const end = performance.now() + 10; while (performance.now() < end) { /* a slice's worth of work */ } return t.queryTask(...args); } : Reflect.get(t, k) });
		await assert.rejects(alignNotices(slow, GANSU, TIANJIN, {}, { pause, signal: abort.signal }), /cancelled/);
		assert.equal(turns, 2);
	});

	it('the greedy matching takes the heaviest pair first and each task once', () => {
		const m = greedyMatch([{ i: 0, j: 0, score: 5 }, { i: 0, j: 1, score: 9 }, { i: 1, j: 1, score: 8 }, { i: 1, j: 0, score: 1 }]);
		assert.deepEqual(m.map(e => [e.i, e.j]), [[0, 1], [1, 0]]);
	});

	it('a pair\'s weight is the mean of both directions\' scores', async () => {
		const a = index.tasksOf(GANSU).slice().sort((x, y) => x.offset - y.offset);
		const b = index.tasksOf(TIANJIN).slice().sort((x, y) => x.offset - y.offset);
		const i = a.findIndex(t => t.title === '智能制造'), j = b.findIndex(t => t.title === '智能制造');
		const forward = index.queryTask(a[i], { limit: 8, onlyFile: TIANJIN }).find(r => r.task.id === b[j].id)!.score;
		const backward = index.queryTask(b[j], { limit: 8, onlyFile: GANSU }).find(r => r.task.id === a[i].id)!.score;
		const edge = (await candidatePairs(index, a, b, 0)).find(e => e.i === i && e.j === j)!;
		assert.ok(Math.abs(edge.score - (forward + backward) / 2) < 0.01, `${edge.score} vs ${forward}, ${backward}`);
	});

	it('the same metric on both sides of a pair: both values in one unit and B − A (四川 ⇄ 天津 产业规模)', async () => {
		const al = await alignNotices(index, SICHUAN, TIANJIN, { targets: { a: targetsOf('sichuan'), b: targetsOf('tianjin-ai-industry') } });
		const diffs = al.pairs.flatMap(p => p.targets).filter(d => d.a && d.b);
		const core = diffs.find(d => d.metric.includes('人工智能核心产业规模'));
		assert.ok(core, diffs.map(d => d.metric).join('\n'));
		assert.equal(core.unit, '亿元');
		assert.deepEqual([core.a!.value, core.b!.value, core.difference], [500, 150, -350]);
		assert.match(core.a!.text, /500亿元/);
	});
});

describe('compare two notices: targets of a pair', () => {
	const target = (text: string, offset: number, n: Partial<NormalizedTarget>): MetricTarget => ({
		text, offset, end: offset + text.length, document: 0,
		normalized: { metric: '数字经济规模', key: '数字经济规模', value: 0, valueMax: null, unit: '亿元', family: 'money', comparator: '=', deadline: 2025, scope: 'total', basis: 'open', ...n },
	});

	it('1.2万亿元 and 8200亿元 side by side in one unit; a target of one side only keeps the other empty', () => {
		const a = [target('数字经济规模达到1.2万亿元', 10, { value: 12000 }), target('上云企业1万家', 40, { metric: '上云企业', key: '上云企业', value: 10000, unit: '个', family: 'count' })];
		const b = [target('数字经济规模8200亿元', 5, { value: 8200 })];
		const d = targetDiffs(a, b);
		assert.equal(d.length, 2);
		assert.deepEqual([d[0].a!.value, d[0].b!.value, d[0].unit, d[0].difference], [12000, 8200, '亿元', -3800]);
		assert.equal(d[1].b, null);
		assert.equal(d[1].difference, null);
		assert.equal(d[1].unit, '万个', 'a larger step when every value allows it');
		assert.equal(d[1].a!.value, 1);
	});

	it('another scope is another measure: a growth rate never meets an amount', () => {
		const d = targetDiffs([target('增长20%', 0, { value: 20, unit: '%', family: 'percent', scope: 'growth' })], [target('规模500亿元', 0, { value: 500 })]);
		assert.deepEqual(d.map(x => [!!x.a, !!x.b]), [[true, false], [false, true]]);
	});

	it('a target belongs to the innermost task holding it', () => {
		const task = (id: string, offset: number, end: number) => ({ id, offset, end, document: 0 }) as IndexedTask;
		const tasks = [task('outer', 0, 100), task('inner', 20, 50), task('next', 100, 200)];
		const t = (offset: number) => target('x', offset, {});
		const by = targetsByTask(tasks, [t(25), t(5), t(150), t(300)]);
		assert.deepEqual(by.map(list => list.map(x => x.offset)), [[5], [25], [150]]);
	});
});
