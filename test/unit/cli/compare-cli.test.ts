// `compare A B [--json]`: two notices side by side as users run the CLI (the built dist/cli.js,
// or PN_CLI).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { SAMPLES } from '../paths';
import { run, SUITE_MS } from './run';

interface Side { file: string; offset: number; path: string[]; title: string }
interface Diff { metric: string; unit: string; a: { value: number } | null; b: { value: number } | null; difference: number | null }
interface AlignmentJson { a: string; b: string; minScore: number; pairs: { a: Side; b: Side; score: number; targets: Diff[] }[]; onlyA: Side[]; onlyB: Side[] }

describe('CLI compare', function () {
	this.timeout(SUITE_MS);
	const gansu = path.join(SAMPLES, 'gansu.txt'), tianjin = path.join(SAMPLES, 'tianjin-ai-industry.txt'), sichuan = path.join(SAMPLES, 'sichuan.txt');
	const json = (a: string, b: string) => {
		const r = run('compare', a, b, '--json');
		assert.equal(r.code, 0, r.stderr);
		return JSON.parse(r.stdout) as AlignmentJson;
	};

	it('prints the aligned pairs as `A path  ⇄  B path  score`, then the unmatched of each side', () => {
		const r = run('compare', gansu, tianjin);
		assert.equal(r.code, 0, r.stderr);
		const lines = r.stdout.split('\n');
		assert.ok(lines.some(l => /^ {2}二、重点任务 › .*8\.智能制造 {2}⇄ {2}三、主要任务 › .*1\.智能制造 {2}\d+\.\d$/.test(l)), r.stdout);
		const onlyA = lines.indexOf(lines.find(l => l.startsWith('only in A: '))!), onlyB = lines.findIndex(l => l.startsWith('only in B: '));
		assert.ok(onlyA > 0 && onlyB > onlyA);
		assert.ok(lines.slice(onlyA, onlyB).some(l => l.includes('20.布局人工智能的5G增强技术研发及应用')), 'a task without a counterpart');
	});

	it('--json: 8.智能制造 ⇄ 1.智能制造, a task without a counterpart in onlyA, every task once', () => {
		const out = json(gansu, tianjin);
		const pair = out.pairs.find(p => p.a.title === '智能制造');
		assert.equal(pair?.b.title, '智能制造');
		assert.equal(pair?.b.file, tianjin);
		assert.ok(out.onlyA.some(t => t.title.includes('5G增强技术')));
		const a = [...out.pairs.map(p => p.a.offset), ...out.onlyA.map(t => t.offset)];
		assert.equal(new Set(a).size, a.length);
	});

	it('a same-metric target pair shows both values in one unit and the difference', () => {
		const out = json(sichuan, tianjin);
		const d = out.pairs.flatMap(p => p.targets).find(x => x.metric.includes('人工智能核心产业规模') && x.a && x.b);
		assert.ok(d);
		assert.deepEqual([d.a!.value, d.b!.value, d.unit, d.difference], [500, 150, '亿元', -350]);
		const plain = run('compare', sichuan, tianjin).stdout;
		assert.match(plain, /人工智能核心产业规模: A >500亿元 \(2020\) \| B 150亿元 \(2020\) \| B − A -350亿元/);
	});

	it('refuses one file, the same file twice and a bad --min-score', () => {
		assert.equal(run('compare', gansu).code, 2);
		assert.equal(run('compare', gansu, gansu).code, 2);
		const bad = run('compare', gansu, tianjin, '--min-score', 'x');
		assert.equal(bad.code, 2);
		assert.match(bad.stderr, /--min-score/);
	});
});
