// The CLI contract: `outline FILE --json` and `detect FILE… --json` over the built dist/cli.js,
// GB18030 input, and one-line errors for bad input.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO, SAMPLES } from '../paths';
import { encodeLegacy } from '../io/encode';
import { CLI, run, SUITE_MS } from './run';

interface S { kind: string; level: number; marker: string; title: string; offset: number; end: number; line: number; character: number; children: S[] }

describe('CLI outline and detect', function () {
	this.timeout(SUITE_MS);
	before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js is built (npm run build)'));

	it('prints the outline contract with UTF-16 offsets and zero-based positions', () => {
		const file = path.join(SAMPLES, 'gansu.txt');
		const r = run('outline', file, '--json');
		assert.equal(r.code, 0, r.stderr);
		const out = JSON.parse(r.stdout);
		assert.equal(out.file, file);
		assert.equal(out.documents.length, 1);
		const doc = out.documents[0];
		assert.deepEqual(Object.keys(doc).sort(), ['bodyMissing', 'duplicateOf', 'end', 'offset', 'sections', 'title']);
		assert.equal(doc.duplicateOf, null);
		const text = fs.readFileSync(file, 'utf8');
		const lines = text.split('\n');
		const check = (s: S) => {
			assert.deepEqual(Object.keys(s).sort(), ['character', 'children', 'end', 'kind', 'level', 'line', 'marker', 'offset', 'title']);
			assert.ok(text.slice(s.offset).startsWith(s.marker), `${s.marker} at ${s.offset}`);
			assert.equal(lines[s.line].slice(s.character, s.character + s.marker.length), s.marker);
			s.children.forEach(check);
		};
		doc.sections.forEach(check);
		const plan = doc.sections[0];
		assert.equal(plan.kind, 'plan');
		assert.deepEqual(plan.children.map((s: S) => `${s.level}${s.marker}${s.title}`), ['1一、总体要求', '1二、重点任务', '1三、保障措施']);
	});

	it('marks duplicates and missing bodies in a dump', () => {
		const r = run('outline', path.join(REPO, 'test', 'fixtures', 'raw-dump.txt'), '--json');
		const docs = JSON.parse(r.stdout).documents;
		assert.equal(docs.length, 20);
		assert.equal(docs.filter((d: { duplicateOf: number | null }) => d.duplicateOf !== null).length, 10);
		assert.deepEqual(docs.filter((d: { bodyMissing: boolean }) => d.bodyMissing).map((d: { title: string }) => d.title.slice(0, 2)), ['山西', '山西']);
	});

	it('prints one detect line per file', () => {
		const files = [path.join(SAMPLES, 'qinghai.txt'), path.join(SAMPLES, 'shanxi.txt')];
		const r = run('detect', ...files, '--json');
		const rows = r.stdout.trim().split('\n').map(l => JSON.parse(l));
		assert.deepEqual(rows.map(x => [x.file, x.isNotice]), files.map(f => [f, true]));
		assert.ok(rows.every(x => typeof x.score === 'number' && Array.isArray(x.reasons)));
	});

	it('reads a GB18030 file', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-cli-'));
		try {
			const file = path.join(dir, 'gb.txt');
			fs.writeFileSync(file, encodeLegacy('某市人民政府关于加强管理的通知\n各区人民政府:\n一、总体要求\n二、重点任务\n', 'gb18030'));
			const out = JSON.parse(run('outline', file, '--json').stdout);
			assert.equal(out.documents[0].title, '某市人民政府关于加强管理的通知');
			assert.deepEqual(out.documents[0].sections.map((s: S) => s.title), ['总体要求', '重点任务']);
		} finally {
			fs.rmSync(dir, { recursive: true });
		}
	});

	describe('bad input', () => {
		let dir: string;
		before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-cli-')); });
		after(() => fs.rmSync(dir, { recursive: true, force: true }));
		/** A small binary file (an executable's first kilobytes: NUL bytes early on). */
		const binary = () => {
			const file = path.join(dir, 'binary.txt');
			const fd = fs.openSync(process.execPath, 'r');
			const head = Buffer.alloc(16384);
			fs.readSync(fd, head, 0, head.length, 0);
			fs.closeSync(fd);
			fs.writeFileSync(file, head);
			return file;
		};
		const cases: [string, () => string, RegExp][] = [
			['a missing file', () => '/nonexistent/notice.txt', /no such file/],
			['a directory', () => SAMPLES, /is a directory/],
			['a binary file', binary, /binary file/],
		];
		for (const [what, arg, why] of cases) {
			it(`refuses ${what} with one line and a non-zero exit`, () => {
				const r = run('outline', arg(), '--json');
				assert.notEqual(r.code, 0);
				assert.equal(r.stdout, '');
				assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
				assert.match(r.stderr, /^policy-notice: /);
				assert.match(r.stderr, why);
				assert.doesNotMatch(r.stderr, /\n\s+at /);
			});
		}
	});

	it('refuses unknown commands and options without a stack trace', () => {
		for (const args of [['frobnicate'], ['outline', '--nope']]) {
			const r = run(...args);
			assert.equal(r.code, 2);
			assert.doesNotMatch(r.stderr, /\n\s+at /);
		}
	});
});
