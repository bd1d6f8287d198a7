// The annotate, related and index CLI contracts over the built dist/cli.js.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SAMPLES } from '../paths';
import { positionIn, run, runWith, SUITE_MS } from './run';

const at = (name: string, needle: string) => positionIn(path.join(SAMPLES, `${name}.txt`), needle).at;

describe('CLI annotate, related, index', function () {
	this.timeout(SUITE_MS);
	const temp: string[] = [];
	after(() => { for (const dir of temp) { fs.rmSync(dir, { recursive: true, force: true }); } });

	it('keeps segmented files in the user\'s cache folder by default: the second run segments nothing', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-cli-cache-'));
		temp.push(dir);
		const index = () => JSON.parse(runWith({ PN_CACHE_DIR: dir }, 'index', SAMPLES, '--json').stdout);
		const first = index();
		assert.ok(first.files > 5 && first.segmented === first.files && first.reused === 0);
		assert.equal(fs.readdirSync(dir).filter(f => f.endsWith('.bin')).length, 1, 'one cache file for this set of roots');
		const second = index();
		assert.deepEqual([second.reused, second.segmented, second.tasks], [first.files, 0, first.tasks]);
		const other = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-cli-nocache-'));
		temp.push(other);
		const off = JSON.parse(runWith({ PN_CACHE_DIR: other }, 'index', SAMPLES, '--no-cache', '--json').stdout);
		assert.equal(off.reused, 0);
		assert.deepEqual(fs.readdirSync(other), [], '--no-cache writes nothing');
	});

	it('reads below a folder what --include / --exclude select, as the editor\'s settings would', () => {
		const all = fs.readdirSync(SAMPLES).filter(f => f.endsWith('.txt'));
		const g = all.filter(f => f.startsWith('g'));
		assert.ok(g.length >= 2 && g.length < all.length);
		const files = (...flags: string[]) => JSON.parse(run('index', SAMPLES, '--no-cache', '--json', ...flags).stdout).files;
		assert.equal(files('--exclude', '**/g*.txt'), all.length - g.length);
		assert.equal(files('--include', 'g*.txt', '--include', 'hubei.txt'), g.length + 1);
		const tasks = JSON.parse(run('tasks', SAMPLES, '--format', 'json', '--include', 'gansu.txt').stdout).tasks as { file: string }[];
		assert.ok(tasks.length > 0);
		assert.deepEqual([...new Set(tasks.map(t => path.basename(t.file)))], ['gansu.txt']);
	});

	it('annotate prints the annotation contract', () => {
		const file = path.join(SAMPLES, 'qinghai.txt');
		const r = run('annotate', file, '--json');
		assert.equal(r.code, 0, r.stderr);
		const out = JSON.parse(r.stdout);
		assert.deepEqual(Object.keys(out).sort(), ['dates', 'docNumbers', 'file', 'quantities', 'targets', 'units']);
		const text = fs.readFileSync(file, 'utf8');
		const dn = out.docNumbers.find((d: { text: string }) => d.text === '国办发〔2015〕41号');
		assert.deepEqual([dn.issuer, dn.year, dn.number], ['国办发', 2015, 41]);
		assert.equal(text.slice(dn.offset, dn.end), dn.text);
		const effective = out.dates.find((d: { kind: string }) => d.kind === 'effective');
		assert.deepEqual([effective.text, effective.iso], ['2018年6月14日', '2018-06-14']);
	});

	it('annotate: a target covers the quantity expression and carries its deadline and section', () => {
		const r = run('annotate', path.join(SAMPLES, 'shandong.txt'), '--json');
		const out = JSON.parse(r.stdout);
		assert.ok(out.targets.length > 10);
		for (const t of out.targets) {
			assert.ok(t.end - t.offset <= 40, `target text is the quantity, not the sentence: ${t.text}`);
			assert.ok(t.clause.offset <= t.offset && t.end <= t.clause.end);
			assert.ok(Array.isArray(t.section));
		}
		const q = out.quantities.find((x: { text: string }) => x.text.includes('1.42万亿元'));
		assert.equal(q.isTarget, false, '2017 baseline fact');
	});

	it('related answers for a one-based position with tasks of other notices only', () => {
		const file = path.join(SAMPLES, 'gansu.txt');
		const r = run('related', file, '--at', at('gansu', '8.智能制造'), '--limit', '8', '--json');
		assert.equal(r.code, 0, r.stderr);
		const out = JSON.parse(r.stdout);
		assert.equal(out.query.file, file);
		assert.equal(out.query.title, '智能制造');
		assert.deepEqual(Object.keys(out.query).sort(), ['end', 'file', 'offset', 'path', 'title']);
		assert.equal(out.results.length, 8);
		for (const x of out.results) {
			assert.notEqual(x.file, file);
			for (const k of ['file', 'offset', 'end', 'line', 'character', 'document', 'issuer', 'title', 'path', 'score', 'terms', 'targets']) { assert.ok(k in x, k); }
		}
		assert.ok(out.results.some((x: { file: string; title: string }) => x.file.endsWith('tianjin-ai-industry.txt') && x.title === '智能制造'));
		assert.ok(out.results.some((x: { file: string; title: string }) => x.file.endsWith('sichuan.txt') && x.title === '制造业智能化示范'));
	});

	it('related refuses a position with no task, and a missing --at', () => {
		assert.equal(run('related', path.join(SAMPLES, 'gansu.txt'), '--at', '1:1', '--json').code, 1);
		const r = run('related', path.join(SAMPLES, 'gansu.txt'));
		assert.equal(r.code, 2);
		assert.match(r.stderr, /--at/);
	});

	it('index prints counts and timings, and a cache makes the second run reuse every file', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-idx-'));
		temp.push(dir);
		const cache = path.join(dir, 'index.bin');
		const first = JSON.parse(run('index', SAMPLES, '--cache', cache, '--json').stdout);
		assert.equal(first.notices, 10);
		assert.ok(first.tasks > 200 && first.documents === 9, JSON.stringify(first));
		assert.equal(first.segmented, 10);
		assert.equal(typeof first.timings.totalMs, 'number');
		const second = JSON.parse(run('index', SAMPLES, '--cache', cache, '--json').stdout);
		assert.deepEqual([second.cache, second.reused, second.segmented], ['ok', 10, 0]);
		assert.equal(second.tasks, first.tasks);
	});
});
