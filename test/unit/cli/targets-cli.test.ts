// `targets DIR|FILE… --by-metric --json|--csv`: targets of many notices grouped by metric, as
// users run the CLI (the built dist/cli.js, or PN_CLI).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SAMPLES } from '../paths';
import { run, SUITE_MS } from './run';

interface TargetJson { file: string; offset: number; end: number; text: string; value: number; deadline: number | null }
interface GroupJson { metric: string; unit: string; targets: TargetJson[] }

describe('CLI targets', function () {
	this.timeout(SUITE_MS);
	let dir: string;
	before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-targets-cli-')); });
	after(() => fs.rmSync(dir, { recursive: true, force: true }));

	const sichuan = path.join(SAMPLES, 'sichuan.txt'), tianjin = path.join(SAMPLES, 'tianjin-ai-industry.txt');

	it('--by-metric --json prints exactly {metrics: [{metric, unit, targets: [{file, offset, end, text, value, deadline}]}]}', () => {
		const r = run('targets', sichuan, tianjin, '--by-metric', '--json');
		assert.equal(r.code, 0, r.stderr);
		const out = JSON.parse(r.stdout) as { metrics: GroupJson[] };
		assert.deepEqual(Object.keys(out), ['metrics']);
		for (const g of out.metrics) {
			assert.deepEqual(Object.keys(g), ['metric', 'unit', 'targets']);
			for (const t of g.targets) { assert.deepEqual(Object.keys(t), ['file', 'offset', 'end', 'text', 'value', 'deadline']); }
		}
		const core = out.metrics.find(g => g.metric === '人工智能核心产业规模');
		assert.ok(core, out.metrics.map(g => g.metric).join(' | '));
		assert.equal(core.unit, '亿元');
		assert.deepEqual(core.targets.map(t => [path.basename(t.file), t.value, t.deadline]),
			[['sichuan.txt', 500, 2020], ['sichuan.txt', 1000, 2025], ['tianjin-ai-industry.txt', 150, 2020]]);
		for (const t of core.targets) {
			assert.equal(fs.readFileSync(t.file, 'utf8').slice(t.offset, t.end), t.text, 'offsets index the file text');
		}
		const related = out.metrics.find(g => g.metric === '人工智能相关产业规模');
		assert.deepEqual(related?.targets.map(t => t.value), [3000, 5000, 1300], '相关 is a metric of its own');
	});

	it('--by-metric --csv is UTF-8 with a BOM, a header and one CRLF row per target', () => {
		const r = run('targets', sichuan, tianjin, '--by-metric', '--csv');
		assert.equal(r.code, 0, r.stderr);
		assert.ok(r.stdout.startsWith('\uFEFFmetric,unit,file,offset,end,text,value,deadline\r\n'));
		const rows = r.stdout.slice(1).split('\r\n').slice(1, -1);
		const json = JSON.parse(run('targets', sichuan, tianjin, '--by-metric', '--json').stdout) as { metrics: GroupJson[] };
		assert.equal(rows.length, json.metrics.reduce((n, g) => n + g.targets.length, 0));
		assert.ok(rows.some(row => row.startsWith('人工智能核心产业规模,亿元,') && row.endsWith(',达到150亿元,150,2020')), rows.join('\n'));
	});

	it('walks a folder, leaving out files that are not notices', () => {
		fs.copyFileSync(sichuan, path.join(dir, 'sichuan.txt'));
		fs.writeFileSync(path.join(dir, 'note.txt'), '会议纪要：到2020年销售额达到500亿元，大家都很高兴。\n');
		const out = JSON.parse(run('targets', dir, '--by-metric', '--json').stdout) as { metrics: GroupJson[] };
		const files = new Set(out.metrics.flatMap(g => g.targets.map(t => path.basename(t.file))));
		assert.deepEqual([...files], ['sichuan.txt']);
	});

	it('without --by-metric lists each file\'s normalized targets', () => {
		const r = run('targets', tianjin, '--json');
		assert.equal(r.code, 0, r.stderr);
		const [line, ...rest] = r.stdout.trim().split('\n');
		assert.deepEqual(rest, []);
		const f = JSON.parse(line) as { file: string; targets: { metric: string; value: number; unit: string; scope: string }[] };
		assert.equal(f.file, tianjin);
		assert.ok(f.targets.some(t => t.metric === '人工智能核心产业规模' && t.value === 150 && t.unit === '亿元' && t.scope === 'total'));
	});

	it('refuses no input and --json with --csv, and reports a missing root with exit 2', () => {
		assert.equal(run('targets', '--by-metric').code, 2);
		const both = run('targets', sichuan, '--json', '--csv');
		assert.equal(both.code, 2);
		assert.match(both.stderr, /--json and --csv/);
		const missing = run('targets', path.join(dir, 'nope'), sichuan, '--by-metric', '--json');
		assert.equal(missing.code, 2);
		assert.match(missing.stderr, /nope: no such file or directory/);
		assert.ok(JSON.parse(missing.stdout).metrics.length > 0, 'the other files are still read');
	});

	it('is described by --help', () => {
		const r = run('--help');
		assert.equal(r.code, 0);
		assert.match(r.stdout, /targets DIR\|FILE\.\.\. \[--by-metric\] \[--json \| --csv\]/);
	});
});
