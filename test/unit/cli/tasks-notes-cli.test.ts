// `tasks` reads each notice's notes from its sidecar `FILE.notes.json` and lists them in a last
// column; a sidecar it cannot read is reported, left out and left alone.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { serializeSidecar, type Note } from '../../../src/core/notes/index';
import { run, SUITE_MS } from './run';

const NOTICE = [
	'某市人民政府关于推进数字经济发展的通知',
	'各区县人民政府，市政府各部门：',
	'一、重点任务',
	'（一）建设数据中心。到2022年，全市建成数据中心10个。（牵头单位：市发改委）',
	'（二）推进智慧政务。2021年6月底前上线统一政务服务平台，实现全程网办。（市大数据局负责）',
].join('\n');

const NOTE: Note = {
	id: 'n1', body: '跟进上线时间', author: '张三', created: '2026-11-30T08:00:00.000Z', updated: '2026-11-30T08:00:00.000Z',
	anchor: { kind: 'text', path: ['一、重点任务', '（二）推进智慧政务'], text: '实现全程网办', offset: 0 }, resolved: false, replies: [],
};

interface TaskJson { file: string; title: string; notes?: string[] }

describe('CLI tasks with notes', function () {
	this.timeout(SUITE_MS);
	let dir: string;
	let a: string, b: string, c: string;
	before(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-tasks-notes-'));
		[a, b, c] = ['a.txt', 'b.txt', 'c.txt'].map(f => path.join(dir, f));
		for (const f of [a, b, c]) { fs.writeFileSync(f, NOTICE); }
		fs.writeFileSync(`${a}.notes.json`, serializeSidecar([NOTE]));
		fs.writeFileSync(`${c}.notes.json`, '{"version": 1, "notes": [');
	});
	after(() => fs.rmSync(dir, { recursive: true, force: true }));

	const json = (...files: string[]) => {
		const r = run('tasks', ...files, '--format', 'json');
		assert.equal(r.code, 0, r.stderr);
		return { tasks: (JSON.parse(r.stdout) as { tasks: TaskJson[] }).tasks, stderr: r.stderr };
	};

	it('lists a note with its task in JSON; every file gets notes once one has a sidecar', () => {
		const { tasks } = json(a, b);
		assert.deepEqual(tasks.find(t => t.file === a && t.title === '推进智慧政务')?.notes, ['跟进上线时间']);
		assert.deepEqual(tasks.find(t => t.file === a && t.title === '建设数据中心')?.notes, []);
		assert.ok(tasks.filter(t => t.file === b).every(t => Array.isArray(t.notes) && t.notes.length === 0));
	});

	it('has no notes column when no file has a sidecar', () => {
		const { tasks } = json(b);
		assert.ok(tasks.length > 0 && tasks.every(t => !('notes' in t)));
		const csv = run('tasks', b, '--format', 'csv');
		assert.ok(csv.stdout.split('\r\n')[0].endsWith(',targets'));
	});

	it('adds the notes column to CSV', () => {
		const r = run('tasks', a, '--format', 'csv');
		assert.equal(r.code, 0, r.stderr);
		const lines = r.stdout.split('\r\n');
		assert.ok(lines[0].endsWith(',targets,notes'), lines[0]);
		assert.ok(lines.some(l => l.includes('推进智慧政务') && l.endsWith(',跟进上线时间')), r.stdout);
	});

	it('warns about a malformed sidecar, leaves its notes out and the file as it was', () => {
		const { tasks, stderr } = json(c);
		assert.match(stderr, /c\.txt\.notes\.json: notes left out: not JSON/);
		assert.ok(tasks.length > 0 && tasks.every(t => !('notes' in t)));
		assert.equal(fs.readFileSync(`${c}.notes.json`, 'utf8'), '{"version": 1, "notes": [');
	});
});
