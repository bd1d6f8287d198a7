// Notes in the task table: each note listed with the task that holds its anchor (a heading's
// note with the first task of its section), orphans with none; exported as a last column.
import * as assert from 'node:assert/strict';
import { readSheet } from 'read-excel-file/node';
import { Analysis } from '../../../src/core/analysis';
import { anchorAt, type Note } from '../../../src/core/notes/index';
import { taskRows, taskTable, type TaskRow } from '../../../src/core/tasks/table';
import { TASK_COLUMNS, tasksCsv, tasksJson, tasksMarkdown, tasksXlsx } from '../../../src/core/tasks/tableExport';

const NOTICE = [
	'某市人民政府关于推进数字经济发展的通知',
	'各区县人民政府，市政府各部门：',
	'一、重点任务',
	'（一）建设数据中心。到2022年，全市建成数据中心10个。（牵头单位：市发改委）',
	'（二）推进智慧政务。2021年6月底前上线统一政务服务平台，实现全程网办。（市大数据局负责）',
	'二、保障措施',
	'（一）加强组织领导。建立工作推进机制，定期调度重点任务进展。',
].join('\n');

const analysis = new Analysis(NOTICE, e => assert.fail(e.message));

function noteOn(needle: string, body: string, extra: Partial<Note> = {}): Note {
	const offset = NOTICE.indexOf(needle);
	assert.ok(offset >= 0, needle);
	const anchor = anchorAt(analysis, { offset, end: offset + needle.length });
	return { id: body, body, author: '', created: '', updated: '', anchor, resolved: false, replies: [], ...extra };
}

const row = (rows: TaskRow[], title: string) => {
	const r = rows.find(x => x.title === title);
	assert.ok(r, title);
	return r;
};

describe('notes in the task table', () => {
	const notes = [
		noteOn('实现全程网办', '跟进上线时间'),
		noteOn('一、重点任务', '本部分由办公室汇总', { resolved: true, replies: [{ id: 'r', body: '已汇总', author: '', created: '', updated: '' }] }),
		noteOn('定期调度重点任务进展', '每月一次'),
		{ ...noteOn('定期调度重点任务进展', '孤立批注'), id: 'orphan', anchor: { kind: 'text' as const, path: ['三、不存在'], text: '没有这句话', offset: 9 } },
	];
	const rows = taskRows(analysis, 'a.txt', { notes });

	it('lists each note with the task holding its anchor; a heading\'s note with its section\'s first task; an orphan nowhere', () => {
		assert.deepEqual(row(rows, '推进智慧政务').notes, ['跟进上线时间']);
		assert.deepEqual(row(rows, '建设数据中心').notes, ['✓ 本部分由办公室汇总 ↳ 已汇总']);
		assert.deepEqual(row(rows, '加强组织领导').notes, ['每月一次']);
		assert.ok(!rows.some(r => r.notes?.includes('孤立批注')));
	});

	it('adds no notes to rows when the caller passes none, and the exports keep their columns', () => {
		const plain = taskRows(analysis, 'a.txt');
		assert.ok(plain.every(r => !('notes' in r)));
		assert.ok(tasksCsv(plain).startsWith(`\uFEFF${TASK_COLUMNS.join(',')}\r\n`));
		assert.ok(!('notes' in tasksJson(plain).tasks[0]));
	});

	it('a file without notes gets empty notes when the table is given notes for it', () => {
		const table = taskTable([{ file: 'a.txt', analysis, notes }, { file: 'b.txt', analysis, notes: [] }]);
		assert.ok(table.filter(r => r.file === 'b.txt').every(r => Array.isArray(r.notes) && r.notes.length === 0));
	});

	it('exports the notes as a last column in JSON, CSV, Markdown and XLSX', async () => {
		const json = tasksJson(rows).tasks;
		assert.deepEqual(Object.keys(json[0]).at(-1), 'notes');
		assert.deepEqual(json.find(t => t.title === '推进智慧政务')?.notes, ['跟进上线时间']);
		const csv = tasksCsv(rows).slice(1).split('\r\n');
		assert.equal(csv[0], [...TASK_COLUMNS, 'notes'].join(','));
		assert.ok(csv.some(l => l.includes('推进智慧政务') && l.endsWith(',跟进上线时间')), csv.join('\n'));
		const md = tasksMarkdown(rows).split('\n');
		assert.match(md[0], /\| targets \| notes \|$/);
		assert.ok(md.some(l => l.includes('推进智慧政务') && l.endsWith('| 跟进上线时间 |')));
		const sheet = await readSheet(Buffer.from(await tasksXlsx(rows)));
		assert.equal(sheet[0].at(-1), 'notes');
		assert.equal(sheet.find(r => r.includes('推进智慧政务'))?.at(-1), '跟进上线时间');
	});
});
