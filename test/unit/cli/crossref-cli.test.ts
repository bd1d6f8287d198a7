// The annotate, related and index CLI contracts over the built dist/cli.js.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO, SAMPLES } from '../paths';

const CLI = path.join(REPO, 'dist', 'cli.js');
const run = (...args: string[]) => {
	const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** Zero-based line and character of the first `needle` in a sample. */
function at(name: string, needle: string): string {
	const text = fs.readFileSync(path.join(SAMPLES, `${name}.txt`), 'utf8');
	const i = text.indexOf(needle);
	assert.ok(i >= 0);
	const line = text.slice(0, i).split('\n').length - 1;
	return `${line}:${i - (text.lastIndexOf('\n', i - 1) + 1)}`;
}

describe('CLI annotate, related, index', function () {
	this.timeout(60_000);

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

	it('related answers for a zero-based position with tasks of other notices only', () => {
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
		assert.equal(run('related', path.join(SAMPLES, 'gansu.txt'), '--at', '0:0', '--json').code, 1);
		const r = run('related', path.join(SAMPLES, 'gansu.txt'));
		assert.equal(r.code, 2);
		assert.match(r.stderr, /--at/);
	});

	it('index prints counts and timings, and a cache makes the second run reuse every file', () => {
		const cache = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pn-idx-')), 'index.bin');
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
