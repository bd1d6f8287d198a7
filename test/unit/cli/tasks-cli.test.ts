// `tasks FILE|DIR… [--format json|csv|md|xlsx] [--out F]`: the task table as users run the CLI
// (the built dist/cli.js, or PN_CLI).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { SAMPLES } from '../paths';
import { run, SUITE_MS } from './run';

interface TaskJson { file: string; offset: number; end: number; path: string[]; title: string; lead: string[]; responsible: string[]; deadline: string | null; targets: string[] }

describe('CLI tasks', function () {
	this.timeout(SUITE_MS);
	let dir: string;
	before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-tasks-cli-')); });
	after(() => fs.rmSync(dir, { recursive: true, force: true }));

	const gansu = path.join(SAMPLES, 'gansu.txt'), sichuan = path.join(SAMPLES, 'sichuan.txt');
	const tasksOf = (...args: string[]) => {
		const r = run('tasks', ...args, '--format', 'json');
		assert.equal(r.code, 0, r.stderr);
		return (JSON.parse(r.stdout) as { tasks: TaskJson[] }).tasks;
	};

	it('--format json prints exactly {"tasks": [{file, offset, end, path, title, lead, responsible, deadline, targets}]}', () => {
		const r = run('tasks', gansu, sichuan, '--format', 'json');
		assert.equal(r.code, 0, r.stderr);
		const out = JSON.parse(r.stdout) as { tasks: TaskJson[] };
		assert.deepEqual(Object.keys(out), ['tasks']);
		for (const t of out.tasks) { assert.deepEqual(Object.keys(t), ['file', 'offset', 'end', 'path', 'title', 'lead', 'responsible', 'deadline', 'targets']); }
		const zhizao = out.tasks.find(t => t.title === '智能制造' && t.file === gansu);
		assert.ok(zhizao);
		assert.deepEqual(zhizao.lead, ['省工业和信息化委'], '省工信委, normalized');
		assert.equal(fs.readFileSync(gansu, 'utf8').slice(zhizao.offset, zhizao.offset + 6), '8.智能制造');
		// Sichuan: 列在首位的为牵头单位, and 科技厅 is the province's
		const theory = out.tasks.find(t => t.title === '人工智能基础理论' && t.file === sichuan);
		assert.deepEqual([theory?.lead, theory?.responsible], [['省科技厅'], ['省教育厅', '省经济和信息化委', '省发展改革委']]);
		assert.deepEqual([...new Set(out.tasks.map(t => t.file))], [gansu, sichuan], 'files in the order given');
	});

	it('--format csv: a BOM, a header, one CRLF row per task', () => {
		const r = run('tasks', gansu, '--format', 'csv');
		assert.equal(r.code, 0, r.stderr);
		assert.ok(r.stdout.startsWith('\uFEFFfile,offset,end,number,path,title,lead,responsible,deadline,targets\r\n'));
		const rows = r.stdout.slice(1).split('\r\n').slice(1, -1);
		assert.equal(rows.length, tasksOf(gansu).length);
		assert.ok(rows.some(line => line.includes(',8.,') && line.includes(',智能制造,省工业和信息化委,')), rows.join('\n'));
	});

	it('--format md: a Markdown table, a row per task', () => {
		const r = run('tasks', gansu, '--format', 'md');
		assert.equal(r.code, 0, r.stderr);
		const lines = r.stdout.trimEnd().split('\n');
		assert.match(lines[0], /^\| file \| offset \|/);
		assert.equal(lines.length - 2, tasksOf(gansu).length);
	});

	it('--format xlsx needs --out; with it, writes a file read-excel-file reads back, header then rows', async () => {
		const refused = run('tasks', gansu, '--format', 'xlsx');
		assert.equal(refused.code, 2);
		assert.match(refused.stderr, /--out/);
		const out = path.join(dir, 'table.xlsx');
		const r = run('tasks', gansu, '--format', 'xlsx', '--out', out);
		assert.equal(r.code, 0, r.stderr);
		assert.equal(r.stdout, '');
		const sheet = await readSheet(out);
		const json = tasksOf(gansu);
		assert.equal(sheet.length, json.length + 1);
		assert.deepEqual(sheet[0].slice(0, 3), ['file', 'offset', 'end']);
		const i = json.findIndex(t => t.title === '智能制造');
		assert.deepEqual(sheet[i + 1].slice(0, 3), [gansu, json[i].offset, json[i].end]);
		assert.equal(sheet[i + 1][6], '省工业和信息化委');
	});

	it('--out writes a text format to the file instead of printing it', () => {
		const out = path.join(dir, 'table.csv');
		const r = run('tasks', gansu, '--format', 'csv', '--out', out);
		assert.equal(r.code, 0, r.stderr);
		assert.equal(r.stdout, '');
		assert.equal(fs.readFileSync(out, 'utf8'), run('tasks', gansu, '--format', 'csv').stdout);
	});

	it('without --format, one line per task: FILE:LINE:COL, number and title, units', () => {
		const r = run('tasks', gansu);
		assert.equal(r.code, 0, r.stderr);
		const lines = r.stdout.trimEnd().split('\n');
		assert.equal(lines.length, tasksOf(gansu).length);
		assert.ok(lines.some(l => /gansu\.txt:\d+:\d+ {2}8\.智能制造 {2}牵头 省工业和信息化委 \| 责任 /.test(l)), lines.join('\n'));
	});

	it('walks a folder, leaving out files that are not notices', () => {
		const folder = path.join(dir, 'folder');
		fs.mkdirSync(folder);
		fs.copyFileSync(gansu, path.join(folder, 'gansu.txt'));
		fs.writeFileSync(path.join(folder, 'note.txt'), '会议纪要：由市发展改革委牵头，大家都很高兴。\n');
		assert.deepEqual([...new Set(tasksOf(folder).map(t => path.basename(t.file)))], ['gansu.txt']);
	});

	it('refuses no input and an unknown format; a missing root exits 2 after the others', () => {
		assert.equal(run('tasks', '--format', 'json').code, 2);
		const bad = run('tasks', gansu, '--format', 'docx');
		assert.equal(bad.code, 2);
		assert.match(bad.stderr, /--format must be one of json, csv, md, xlsx/);
		const missing = run('tasks', path.join(dir, 'nope.txt'), gansu, '--format', 'json');
		assert.equal(missing.code, 2);
		assert.match(missing.stderr, /nope\.txt: no such file or directory/);
		assert.ok((JSON.parse(missing.stdout) as { tasks: TaskJson[] }).tasks.length > 0, 'the other files are still read');
	});
});
