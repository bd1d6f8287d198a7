// What the CLI does with bad input: devices, FIFOs and oversized files refused without reading,
// every bad file on its own stderr line while the others are still processed (exit 2), other
// encodings and line ends read like UTF-8 with LF, and positions one-based like the editor.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIXTURES, SAMPLES } from '../paths';
import { utf16 } from '../io/encode';
import { positionIn, run, SUITE_MS } from './run';

interface Doc { title: string; duplicateOf: number | null; sections: Section[] }
interface Section { marker: string; title: string; line: number; character: number; children: Section[] }

/** Titles and headings with their lines: what must not change with the line ends. */
function outlineShape(stdout: string): unknown {
	const shape = (s: Section): unknown => [s.marker, s.title, s.line, s.children.map(shape)];
	return (JSON.parse(stdout).documents as Doc[]).map(d => [d.title, d.duplicateOf, d.sections.map(shape)]);
}

const errorLines = (stderr: string) => stderr.split('\n').filter(Boolean);

/** The start of a PNG: NUL bytes in the first kilobytes, as in every binary format. */
const BINARY = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(4096, 0x2a), Buffer.alloc(16)]);

describe('CLI input hardening', function () {
	this.timeout(SUITE_MS);
	let dir: string;
	before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-input-')); });
	after(() => fs.rmSync(dir, { recursive: true, force: true }));
	const write = (name: string, data: string | Uint8Array) => {
		const file = path.join(dir, name);
		fs.writeFileSync(file, data);
		return file;
	};

	for (const device of ['/dev/zero', '/dev/urandom']) {
		it(`refuses ${device} without reading it`, function () {
			if (!fs.existsSync(device)) { this.skip(); }
			const r = run('outline', device);
			assert.equal(r.code, 2);
			assert.equal(r.stdout, '');
			assert.deepEqual(errorLines(r.stderr), [`policy-notice: ${device}: not a regular file (a character device), not read`]);
		});
	}

	it('refuses a FIFO without opening it for a blocking read', function () {
		const fifo = path.join(dir, 'pipe.txt');
		if (spawnSync('mkfifo', [fifo]).status !== 0) { this.skip(); }
		const r = run('outline', fifo);
		assert.equal(r.code, 2);
		assert.match(r.stderr, /pipe\.txt: not a regular file \(a named pipe\)/);
		fs.rmSync(fifo);
	});

	it('refuses a file over the 64 MiB limit, naming the limit', () => {
		const big = path.join(dir, 'big.txt');
		fs.writeFileSync(big, '');
		fs.truncateSync(big, 64 * 2 ** 20 + 1); // sparse: no 64 MiB written
		const r = run('outline', big);
		fs.rmSync(big);
		assert.equal(r.code, 2);
		assert.deepEqual(errorLines(r.stderr), [`policy-notice: ${big}: too large (64 MiB; the limit is 64 MiB)`]);
	});

	it('detect: a binary file among good ones gets its own stderr line; the good ones are printed; exit 2', () => {
		const good = [path.join(SAMPLES, 'gansu.txt'), path.join(SAMPLES, 'qinghai.txt')];
		const r = run('detect', good[0], write('image.txt', BINARY), '/nonexistent/x.txt', good[1], '--json');
		assert.equal(r.code, 2);
		assert.deepEqual(r.stdout.trim().split('\n').map(l => JSON.parse(l).file), good);
		const errors = errorLines(r.stderr);
		assert.equal(errors.length, 2, r.stderr);
		assert.match(errors[0], /image\.txt: binary file \(NUL bytes\), not read$/);
		assert.match(errors[1], /x\.txt: no such file$/);
	});

	it('index over a folder with a binary .txt indexes the rest, reports the file and exits 2', () => {
		const folder = path.join(dir, 'mixed');
		fs.mkdirSync(folder);
		for (const name of ['gansu', 'qinghai']) { fs.copyFileSync(path.join(SAMPLES, `${name}.txt`), path.join(folder, `${name}.txt`)); }
		fs.writeFileSync(path.join(folder, 'image.txt'), BINARY);
		const r = run('index', folder, '--json');
		assert.equal(r.code, 2);
		assert.equal(JSON.parse(r.stdout).notices, 2);
		assert.deepEqual(errorLines(r.stderr).map(l => l.replace(folder, 'DIR')), ['policy-notice: DIR/image.txt: binary file (NUL bytes), not read']);
	});

	it('reads UTF-16 with BOM like UTF-8', () => {
		const file = path.join(SAMPLES, 'gansu.txt');
		const text = fs.readFileSync(file, 'utf8');
		const want = run('outline', file, '--json');
		const r = run('outline', write('utf16.txt', utf16(text, 'le', true)), '--json');
		assert.equal(r.code, 0, r.stderr);
		assert.deepEqual(outlineShape(r.stdout), outlineShape(want.stdout));
	});

	it('mostly UTF-8: read as UTF-8, with a warning on stderr and exit 0', () => {
		const bytes = fs.readFileSync(path.join(SAMPLES, 'gansu.txt'));
		const file = write('four-bad.txt', Buffer.concat([bytes.subarray(0, 3000), Buffer.from([0xff, 0xfe, 0xc0, 0x80]), bytes.subarray(3000)]));
		const r = run('outline', file, '--json');
		assert.equal(r.code, 0);
		assert.equal(JSON.parse(r.stdout).documents[0].title, '甘肃省人民政府办公厅关于印发甘肃省新一代人工智能发展实施方案的通知');
		assert.deepEqual(errorLines(r.stderr), [`policy-notice: warning: ${file}: 4 byte sequence(s) not valid UTF-8, replaced by U+FFFD (first at byte 3000)`]);
	});

	describe('line ends: the raw dump with CR only, CRLF and mixed gives the notices LF gives', () => {
		const lf = fs.readFileSync(path.join(FIXTURES, 'raw-dump.txt'), 'utf8');
		const lines = lf.split('\n');
		/** Each line end chosen by `pick`; a CR before an empty line would join it into CRLF, so it is not picked there. */
		const withEnds = (pick: (i: number) => string) => lines.map((l, i) => {
			if (i === lines.length - 1) { return l; }
			const end = pick(i);
			return l + (end === '\r' && lines[i + 1] === '' ? '\n' : end);
		}).join('');
		const variants: [string, string][] = [
			['CR only', lf.replace(/\n/g, '\r')],
			['CRLF', lf.replace(/\n/g, '\r\n')],
			['mixed', withEnds(i => ['\n', '\r\n', '\r'][i % 3])],
		];
		let want: unknown;
		before(() => {
			const r = run('outline', path.join(FIXTURES, 'raw-dump.txt'), '--json');
			want = outlineShape(r.stdout);
			assert.equal((want as unknown[]).length, 20);
		});
		for (const [name, text] of variants) {
			it(name, () => {
				const r = run('outline', write(`dump-${name.replace(/\W/g, '')}.txt`, text), '--json');
				assert.equal(r.code, 0, r.stderr);
				assert.deepEqual(outlineShape(r.stdout), want);
			});
		}

		it('CR only keeps every offset (each CR stands where its LF stood)', () => {
			const a = run('annotate', path.join(FIXTURES, 'raw-dump.txt'), '--json');
			const b = run('annotate', write('dump-cr-annotate.txt', lf.replace(/\n/g, '\r')), '--json');
			const strip = (s: string) => { const o = JSON.parse(s); delete o.file; return o; };
			assert.deepEqual(strip(b.stdout), strip(a.stdout));
		});
	});

	describe('related positions', () => {
		const file = path.join(SAMPLES, 'gansu.txt');
		const where = positionIn(file, '8.智能制造');
		const title = (r: { stdout: string }) => JSON.parse(r.stdout).query.title;
		const cache = () => ['--cache', path.join(dir, 'related-index.bin')]; // the second query reuses the segmentation

		it('--at is one-based like the readable output: a pasted LINE:COL finds the task', () => {
			const outline = run('outline', file).stdout;
			const line = outline.split('\n').find(l => l.includes('智能制造  ('));
			const pasted = /\((\d+:\d+)\)$/.exec(line ?? '')?.[1];
			assert.equal(pasted, where.at);
			assert.equal(title(run('related', file, '--at', pasted!, '--limit', '3', ...cache(), '--json')), '智能制造');
		});

		it('--offset takes the zero-based UTF-16 offset of the JSON', () => {
			const r = run('related', file, '--offset', String(where.offset), '--limit', '3', ...cache(), '--json');
			assert.equal(r.code, 0, r.stderr);
			assert.equal(title(r), '智能制造');
		});

		it('refuses line 0, a line past the end, both options at once, and a bad offset', () => {
			for (const args of [['--at', '0:1'], ['--at', '99999:1'], ['--at', where.at, '--offset', '0'], ['--offset=-1'], ['--offset', '99999999']]) {
				const r = run('related', file, ...args);
				assert.equal(r.code, 2, args.join(' '));
				assert.equal(errorLines(r.stderr).length, 1, r.stderr);
				assert.match(r.stderr, /^policy-notice: related: /);
			}
		});

		it('--help says which positions are one-based and which zero-based', () => {
			const help = run('--help').stdout;
			assert.match(help, /--at LINE\[:COL\]\s+counted from 1/);
			assert.match(help, /--offset N\s+zero-based UTF-16 offset/);
		});
	});
});
