// `check` and `fix`: the drafting diagnostics and fixes from the command line, as users run them.
// The file is written only with --write (atomically, permissions and encoding kept).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLEAN, notice } from '../drafting/helpers';
import { encodeLegacy } from '../io/encode';
import { FIXTURES } from '../paths';
import { CLI, positionIn, run, SUITE_MS } from './run';

const errorLines = (stderr: string) => stderr.split('\n').filter(Boolean);

describe('CLI check and fix', function () {
	this.timeout(SUITE_MS);
	let dir: string;
	before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-drafting-cli-')); });
	after(() => fs.rmSync(dir, { recursive: true, force: true }));
	const write = (name: string, data: string | Uint8Array) => {
		const file = path.join(dir, name);
		fs.writeFileSync(file, data);
		return file;
	};

	const gap = notice('一、任务', '（一）甲。内容。', '（二）乙。内容。', '（四）丁。内容。', '二、保障', '（一）己。内容。');

	describe('check', () => {
		it('prints FILE:LINE:COL severity code message, one-based, and exits 1 on a warning', () => {
			const file = write('gap.notice', gap);
			const r = run('check', file, '--locale', 'en');
			assert.equal(r.code, 1, r.stderr);
			const { at } = positionIn(file, '（四）');
			assert.deepEqual(r.stdout.trim().split('\n'), [`${file}:${at} warning numbering-gap Numbering skips from （二） to （四）: expected （三）.`]);
			assert.equal(r.stderr, '');
		});

		it('--json: one line per file with code, severity, offset, end, zero-based line and character, message', () => {
			const file = write('gap.txt', gap);
			const clean = write('clean.txt', CLEAN);
			const r = run('check', clean, file, '--json', '--locale', 'en');
			assert.equal(r.code, 1);
			const [a, b] = r.stdout.trim().split('\n').map(l => JSON.parse(l));
			assert.deepEqual(a, { file: clean, diagnostics: [] });
			assert.equal(b.file, file);
			const offset = gap.indexOf('（四）');
			const line = gap.slice(0, offset).split('\n').length - 1;
			assert.deepEqual(b.diagnostics, [{
				code: 'numbering-gap', severity: 'warning', offset, end: offset + 3, line, character: 0,
				message: 'Numbering skips from （二） to （四）: expected （三）.',
			}]);
		});

		it('a clean file prints nothing and exits 0; an unreadable one is reported while the others are checked (exit 2)', () => {
			const clean = write('clean2.txt', CLEAN);
			const ok = run('check', clean);
			assert.deepEqual([ok.code, ok.stdout, ok.stderr], [0, '', '']);
			const r = run('check', '/nonexistent/a.txt', write('gap2.txt', gap), '--locale', 'en');
			assert.equal(r.code, 2);
			assert.deepEqual(errorLines(r.stderr), ['policy-notice: /nonexistent/a.txt: no such file']);
			assert.match(r.stdout, /gap2\.txt:\d+:1 warning numbering-gap /);
		});

		it('messages in --locale, else in the language of LANG', () => {
			const file = write('gap3.txt', gap);
			assert.match(run('check', file, '--locale', 'zh-cn').stdout, /编号从（二）跳到（四），此处应为（三）。/);
			const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'zh_CN.UTF-8' };
			delete env.LC_ALL;
			delete env.LC_MESSAGES;
			const zh = spawnSync(process.execPath, [CLI, 'check', file], { encoding: 'utf8', env, timeout: 60_000 });
			assert.match(zh.stdout, /编号从/);
			const en = spawnSync(process.execPath, [CLI, 'check', file], { encoding: 'utf8', env: { ...env, LANG: 'C.UTF-8' }, timeout: 60_000 });
			assert.match(en.stdout, /Numbering skips/);
			const bad = run('check', file, '--locale', 'fr');
			assert.equal(bad.code, 2);
			assert.match(bad.stderr, /--locale takes zh-cn or en/);
		});

		it('keeps quiet on a scraped dump unless --include-scraped', () => {
			const dump = path.join(FIXTURES, 'raw-dump.txt');
			const quiet = run('check', dump, '--json');
			assert.deepEqual(JSON.parse(quiet.stdout).diagnostics, []);
			const loud = run('check', dump, '--json', '--include-scraped');
			assert.ok(JSON.parse(loud.stdout).diagnostics.some((d: { code: string }) => d.code === 'duplicate-document'));
		});
	});

	describe('fix', () => {
		const messy = notice('一.任务', '(一)甲,乙。内容。', '(二)丙。内容。', '(四)丁。内容。');
		const fixed = notice('一、任务', '（一）甲，乙。内容。', '（二）丙。内容。', '（三）丁。内容。');

		it('prints the text with every fix applied, exactly (no newline added), and leaves the file alone', () => {
			const file = write('messy.txt', messy);
			const before = fs.statSync(file);
			const r = run('fix', file);
			assert.equal(r.code, 0, r.stderr);
			assert.equal(r.stdout, fixed);
			assert.equal(fs.readFileSync(file, 'utf8'), messy);
			assert.equal(fs.statSync(file).mtimeMs, before.mtimeMs);
		});

		it('a heading in another style among its siblings ends numbered in sequence, not as a second 1.', () => {
			// `1、` is body text to the outline until the renumbering makes it fit; the markers fix then
			// writes it `1.`, and the next pass renumbers the repeat.
			const file = write('mixed.txt', notice('一、任务', '1.甲。内容。', '1、乙。内容。', '3.丙。内容。'));
			const r = run('fix', file);
			assert.equal(r.code, 0, r.stderr);
			assert.equal(r.stdout, notice('一、任务', '1.甲。内容。', '2.乙。内容。', '3.丙。内容。'));
			assert.equal(run('check', write('fixed-mixed.txt', r.stdout)).stdout, '', 'the fixed text passes check');
		});

		it('--rules applies only the fixes named', () => {
			const file = write('messy2.txt', messy);
			assert.equal(run('fix', file, '--rules', 'punctuation').stdout, messy.replace('甲,乙', '甲，乙'));
			assert.equal(run('fix', file, '--rules', 'renumber').stdout, messy.replace('(四)', '(三)'));
			assert.equal(run('fix', file, '--rules', 'markers').stdout, messy.replace('一.', '一、').replace(/\((.)\)/g, '（$1）'));
			const bad = run('fix', file, '--rules', 'renumber,spelling');
			assert.equal(bad.code, 2);
			assert.match(bad.stderr, /--rules takes a comma-separated list of renumber, markers, punctuation \(not spelling\)/);
		});

		it('--marker-style writes markers in the given house style', () => {
			const file = write('style.txt', notice('一、任务', '（一）甲', '1、子一。内容。', '2、子二。内容。'));
			assert.equal(run('fix', file, '--rules', 'markers', '--marker-style', '{"arabicDot":"1．"}').stdout, notice('一、任务', '（一）甲', '1．子一。内容。', '2．子二。内容。'));
			assert.equal(run('fix', file, '--marker-style', '[1]').code, 2);
		});

		it('--write replaces the file atomically, keeping its permissions, its CRLF line ends and its BOM', () => {
			const crlf = messy.replace(/\n/g, '\r\n');
			const file = write('write.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]));
			fs.chmodSync(file, 0o640);
			const r = run('fix', file, '--write');
			assert.equal(r.code, 0, r.stderr);
			assert.equal(r.stdout, `${file}: 6 changes written (renumber 1, markers 4, punctuation 1)\n`);
			assert.deepEqual(fs.readFileSync(file), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixed.replace(/\n/g, '\r\n'), 'utf8')]));
			assert.equal(fs.statSync(file).mode & 0o777, 0o640);
			assert.deepEqual(fs.readdirSync(dir).filter(n => n.endsWith('.tmp')), [], 'no temporary file left');
			const again = run('fix', file, '--write');
			assert.deepEqual([again.code, again.stdout], [0, `${file}: nothing to fix\n`]);
		});

		it('--write through a symlink writes its target, and the link stays a link', () => {
			const target = write('target.txt', messy);
			const link = path.join(dir, 'link.txt');
			fs.symlinkSync(target, link);
			assert.equal(run('fix', link, '--write').code, 0);
			assert.ok(fs.lstatSync(link).isSymbolicLink());
			assert.equal(fs.readFileSync(target, 'utf8'), fixed);
		});

		it('--write refuses a file it cannot write back in its encoding (GB18030), which stays as it was', () => {
			const bytes = encodeLegacy(messy, 'gb18030');
			const file = write('legacy.txt', bytes);
			const r = run('fix', file, '--write');
			assert.equal(r.code, 2);
			assert.match(r.stderr, /legacy\.txt was read as GB18030; --write only writes UTF-8 or UTF-16 files/);
			assert.deepEqual(fs.readFileSync(file), bytes);
			assert.equal(run('fix', file).stdout, fixed, 'without --write the fixed text is printed');
		});

		it('--write writes a UTF-16LE file back as UTF-16LE', () => {
			const file = write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(messy, 'utf16le')]));
			assert.equal(run('fix', file, '--write').code, 0);
			assert.deepEqual(fs.readFileSync(file), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixed, 'utf16le')]));
		});

		it('renumbers articles and the 第X条 references to them', () => {
			const file = write('articles.txt', notice('第一条　为了规范管理，制定本办法。', '第三条　依照本办法第四条执行。', '第四条　本办法自发布之日起施行。'));
			assert.equal(run('fix', file, '--rules', 'renumber').stdout, notice('第一条　为了规范管理，制定本办法。', '第二条　依照本办法第三条执行。', '第三条　本办法自发布之日起施行。'));
		});

		it('takes exactly one FILE', () => {
			const r = run('fix');
			assert.equal(r.code, 2);
			assert.match(r.stderr, /fix: expected one FILE/);
		});
	});
});
