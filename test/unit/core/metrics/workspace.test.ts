// The workspace's metrics grouped from the catalog's files (src/core/metrics/workspace.ts): what
// the metric hover asks (peers of a target, saved or edited), and regrouping after changes —
// batched, skipped when nothing changed, a failure reported and the last grouping kept.
import * as assert from 'node:assert/strict';
import { Analysis } from '../../../../src/core/analysis';
import { metricPeersTable } from '../../../../src/core/metrics/index';
import { fileMetrics, type FileMetrics } from '../../../../src/core/metrics/notices';
import { createNoticeService } from '../../../../src/core/service';
import type { MetricTarget, NormalizedTarget } from '../../../../src/core/metrics/types';
import { MetricGrouping, MetricSnapshot, type MetricFile, type Scheduler } from '../../../../src/core/metrics/workspace';
import { readSample, sampleNames } from '../../paths';
import { norm } from './helpers';

const target = (offset: number, n: NormalizedTarget, document = 0): MetricTarget => ({ offset, end: offset + 6, text: `${n.value}`, document, normalized: n });
const notice = (region: string) => ({ document: 0, title: `${region}实施方案`, region, issuer: `${region}人民政府`, year: 2018 });
const metrics = (region: string, targets: MetricTarget[]): FileMetrics => ({ notices: [notice(region)], targets });

/** A clock the test moves: timers run only when `run` is called. */
class ManualScheduler implements Scheduler {
	private next = 1;
	readonly timers = new Map<number, { run: () => void; ms: number }>();
	set(run: () => void, ms: number): number { const id = this.next++; this.timers.set(id, { run, ms }); return id; }
	clear(handle: unknown): void { this.timers.delete(handle as number); }
	/** Runs every timer set so far. */
	runAll(): void {
		const due = [...this.timers.entries()];
		this.timers.clear();
		for (const [, t] of due) { t.run(); }
	}
}

describe('metric workspace', () => {
	describe('snapshot', () => {
		const files: MetricFile[] = [
			{ file: 'file:///w/sichuan.txt', metrics: metrics('四川省', [target(10, norm('人工智能核心产业规模', { value: 500, comparator: '>' })), target(40, norm('人工智能相关产业规模', { value: 3000 }))]) },
			{ file: 'file:///w/tianjin.txt', metrics: metrics('天津市', [target(5, norm('人工智能核心产业规模', { value: 150 }))]) },
			{ file: 'file:///w/gansu.txt', metrics: metrics('甘肃省', [target(8, norm('大数据产业规模', { value: 1000 }))]) },
		];
		const snapshot = new MetricSnapshot(files, 1);

		it('groups the files and names their notices', () => {
			assert.equal(snapshot.fileCount, 3);
			assert.equal(snapshot.targetCount, 4);
			assert.equal(snapshot.groups.length, 3);
			assert.equal(snapshot.notice('file:///w/tianjin.txt', 0)?.region, '天津市');
			assert.equal(snapshot.notice('file:///w/tianjin.txt', 1), undefined);
		});

		it('gives the same metric in the other files for a grouped target', () => {
			const peers = snapshot.peersAt('file:///w/sichuan.txt', 12);
			assert.ok(peers);
			assert.equal(peers.group.metric, '人工智能核心产业规模');
			assert.deepEqual(peers.others.map(m => [m.file, m.target.normalized.value]), [['file:///w/tianjin.txt', 150]]);
		});

		it('finds the group of an edited document\'s target by its metric, leaving out the file\'s own saved targets', () => {
			// The same target moved by an edit (another offset), and one with a near phrase: both join 核心产业规模.
			const moved = target(25, norm('人工智能核心产业规模', { value: 600 }));
			const peers = snapshot.peersOf('file:///w/sichuan.txt', moved);
			assert.ok(peers);
			assert.equal(peers.group.metric, '人工智能核心产业规模');
			assert.equal(peers.self.target, moved);
			assert.deepEqual(peers.others.map(m => m.file), ['file:///w/tianjin.txt'], 'the saved sichuan target is not its own peer');
			const near = snapshot.peersOf('file:///w/new.txt', target(0, norm('全省人工智能核心产业规模', { value: 80 })));
			assert.equal(near?.group.metric, '人工智能核心产业规模');
			assert.equal(near?.others.length, 2);
		});

		it('takes a grouped target at the same place as it is, and matches none for another measure', () => {
			const same = target(10, norm('人工智能核心产业规模', { value: 500, comparator: '>' }));
			assert.equal(snapshot.peersOf('file:///w/sichuan.txt', same)?.group, snapshot.peersAt('file:///w/sichuan.txt', 10)?.group);
			// same words, another kind of figure (a growth rate) and another metric: no group
			assert.equal(snapshot.peersOf('file:///w/x.txt', target(0, norm('人工智能核心产业规模', { value: 20, scope: 'growth', family: 'percent', unit: '%' }))), undefined);
			assert.equal(snapshot.peersOf('file:///w/x.txt', target(0, norm('5G基站数', { value: 2, family: 'count', unit: '万个' }))), undefined);
		});

		it('finds the same metric across two real notices: 四川 超500亿元 and 天津 达到150亿元', () => {
			const real = ['sichuan', 'tianjin-ai-industry', 'gansu'].map(name => ({ file: name, metrics: fileMetrics(new Analysis(readSample(name), e => assert.fail(e.message))) }));
			const s = new MetricSnapshot(real, 1);
			const text = readSample('sichuan');
			const peers = s.peersAt('sichuan', text.indexOf('超500亿元') + 2);
			assert.ok(peers, 'a grouped target at 超500亿元');
			assert.match(peers.group.metric, /人工智能核心产业规模/);
			assert.equal(peers.group.unit, '亿元');
			const tianjin = peers.others.find(m => m.file === 'tianjin-ai-industry');
			assert.ok(tianjin, peers.others.map(m => m.file).join(','));
			assert.equal(tianjin.target.normalized.value, 150);
			assert.equal(tianjin.target.normalized.deadline, 2020);
			assert.equal(s.notice('tianjin-ai-industry', tianjin.target.document)?.region, '天津市');
		});

		// What the metric hover shows over the integration workspace (every sample), asked here.
		describe('over every sample', () => {
			const every = () => new MetricSnapshot(sampleNames().map(name => ({ file: `file:///w/${name}.txt`, metrics: fileMetrics(new Analysis(readSample(name), e => assert.fail(e.message))) })), 1);

			it('gives 3000亿元以上 of 四川 the 相关产业规模 peers (天津 1300), never those of 核心产业规模 (天津 150)', () => {
				const text = readSample('sichuan');
				const peers = every().peersAt('file:///w/sichuan.txt', text.indexOf('3000亿元以上') + 1);
				assert.ok(peers);
				assert.match(peers.group.label, /人工智能相关产业规模/);
				const values = peers.others.map(m => m.target.normalized.value);
				assert.ok(values.includes(1300), values.join(', '));
				assert.ok(!values.includes(150), values.join(', '));
			});

			it('matches an unsaved notice\'s edited target by its metric: the saved 四川 notice is another notice to it', () => {
				const edited = `草稿\n${readSample('sichuan').replace('超500亿元', '超800亿元')}`;
				const at = edited.indexOf('超800亿元') + 2;
				const target = createNoticeService().getMetricTarget({ uri: 'untitled:Untitled-1', version: 1, getText: () => edited }, at);
				assert.ok(target, 'a target at 超800亿元');
				// What the metric hover renders (src/extension/metricHover.ts).
				const table = metricPeersTable(every(), 'untitled:Untitled-1', target);
				assert.match(table.label, /人工智能核心产业规模/);
				assert.ok(table.hasOthers);
				const rows = table.rows.map(r => `${r.own ? 'own' : r.file.replace(/^.*\//, '')} ${r.value}`);
				assert.ok(rows.includes('own >800'), `its own value, as edited: ${rows.join(', ')}`);
				assert.ok(rows.includes('sichuan.txt >500'), rows.join(', '));
				assert.ok(rows.includes('tianjin-ai-industry.txt 150'), rows.join(', '));
			});
		});
	});

	describe('grouping after changes', () => {
		let files: MetricFile[];
		let clock: ManualScheduler;
		let errors: unknown[];
		let grouping: MetricGrouping;
		let heard: [number, boolean][];
		beforeEach(() => {
			files = [
				{ file: 'a', textHash: 'a1', metrics: metrics('四川省', [target(10, norm('人工智能核心产业规模', { value: 500 }))]) },
				{ file: 'b', textHash: 'b1', metrics: metrics('天津市', [target(5, norm('人工智能核心产业规模', { value: 150 }))]) },
			];
			clock = new ManualScheduler();
			errors = [];
			grouping = new MetricGrouping({ files: () => files }, { delayMs: 300, scheduler: clock, onError: e => errors.push(e) });
			heard = [];
			grouping.onDidRegroup((s, fresh) => heard.push([s.generation, fresh]));
		});
		afterEach(() => grouping.dispose());

		it('groups a burst of changes once, after the delay', () => {
			const snapshot = () => grouping.snapshot;
			assert.equal(snapshot(), undefined);
			grouping.changed();
			grouping.changed();
			grouping.changed();
			assert.equal(clock.timers.size, 1, 'one timer for the burst');
			assert.equal([...clock.timers.values()][0].ms, 300);
			assert.ok(grouping.isPending);
			assert.equal(snapshot(), undefined, 'nothing grouped before the delay');
			clock.runAll();
			assert.equal(grouping.isPending, false);
			assert.equal(snapshot()?.generation, 1);
			assert.equal(snapshot()?.groups[0].members.length, 2);
			assert.deepEqual(heard, [[1, true]]);
		});

		it('does not group again when no file changed, and does when one did or went', () => {
			const first = grouping.regroup();
			grouping.changed();
			clock.runAll();
			assert.equal(grouping.snapshot, first, 'same files, same hashes: the same grouping');
			files = [files[0], { ...files[1], textHash: 'b2', metrics: metrics('天津市', [target(5, norm('人工智能核心产业规模', { value: 300 }))]) }];
			grouping.changed();
			clock.runAll();
			assert.equal(grouping.snapshot?.generation, 2);
			assert.deepEqual(grouping.snapshot?.peersAt('a', 10)?.others.map(m => m.target.normalized.value), [300]);
			files = [files[0]];
			grouping.regroup();
			assert.equal(grouping.snapshot?.generation, 3);
			assert.deepEqual(grouping.snapshot?.peersAt('a', 10)?.others, []);
			assert.deepEqual(heard, [[1, true], [1, false], [2, true], [3, true]]);
		});

		it('knows a file by its metrics object when it has no hash', () => {
			const same = metrics('甘肃省', [target(1, norm('大数据产业规模'))]);
			files = [{ file: 'c', metrics: same }];
			const first = grouping.regroup();
			files = [{ file: 'c', metrics: same }];
			assert.equal(grouping.regroup(), first);
			files = [{ file: 'c', metrics: { ...same } }];
			assert.notEqual(grouping.regroup(), first);
		});

		it('reports a grouping that fails and keeps the last one; a failing listener does not stop the others', () => {
			const good = grouping.regroup();
			files = [...files, { file: 'bad', textHash: 'x', metrics: { notices: [], targets: [{ offset: 0, end: 1, text: 'x', document: 0 } as unknown as MetricTarget] } }];
			assert.equal(grouping.regroup(), good);
			assert.equal(errors.length, 1);
			assert.ok(errors[0] instanceof TypeError, String(errors[0]));
			files = files.slice(0, 2).map(f => ({ ...f, textHash: `${f.textHash}!` }));
			grouping.onDidRegroup(() => { throw new Error('listener failed'); });
			const after: number[] = [];
			grouping.onDidRegroup(s => after.push(s.generation));
			grouping.regroup();
			assert.equal((errors[1] as Error).message, 'listener failed');
			assert.deepEqual(after, [2]);
		});

		it('cancels a scheduled grouping when disposed', () => {
			grouping.changed();
			assert.equal(clock.timers.size, 1);
			grouping.dispose();
			assert.equal(clock.timers.size, 0);
			grouping.changed();
			assert.equal(clock.timers.size, 0);
			assert.equal(grouping.regroup(), undefined);
		});
	});
});
