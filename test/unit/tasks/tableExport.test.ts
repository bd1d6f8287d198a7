// The task table's formats: JSON with exactly its keys, CSV for spreadsheets (BOM, CRLF,
// quoting), Markdown, and an XLSX file that a spreadsheet library reads back as written.
import * as assert from 'node:assert/strict';
import { readSheet } from 'read-excel-file/node';
import type { TaskRow } from '../../../src/core/tasks/table';
import { TASK_COLUMNS, tasksCsv, tasksJson, tasksMarkdown, tasksXlsx } from '../../../src/core/tasks/tableExport';

const ROWS: TaskRow[] = [
	{
		file: '/w/甘肃.txt', offset: 1188, end: 1357, number: '1.', path: ['二、重点任务', '(一)加强人工智能理论研究'],
		title: '开展新一代人工智能基础理论研究', lead: ['省科技厅', '省教育厅'], responsible: ['省发展改革委'],
		deadline: '2020-12-31', targets: ['达到100亿元', '年均增长20%'],
	},
	{
		// a title with a comma, a quote and a pipe; no units, no deadline, no targets
		file: '/w/b.txt', offset: 5, end: 9, number: '', path: [], title: '推进“一网通办”, 含 "快办" | 通办',
		lead: [], responsible: [], deadline: null, targets: [],
	},
];

describe('task table exports', () => {
	it('JSON: {"tasks": [{file, offset, end, path, title, lead, responsible, deadline, targets}]}, exactly', () => {
		const j = tasksJson(ROWS, { fileName: f => f.replace('/w/', '') });
		assert.deepEqual(Object.keys(j), ['tasks']);
		for (const t of j.tasks) {
			assert.deepEqual(Object.keys(t), ['file', 'offset', 'end', 'path', 'title', 'lead', 'responsible', 'deadline', 'targets']);
		}
		assert.deepEqual(j.tasks[0], {
			file: '甘肃.txt', offset: 1188, end: 1357, path: ['二、重点任务', '(一)加强人工智能理论研究'], title: '开展新一代人工智能基础理论研究',
			lead: ['省科技厅', '省教育厅'], responsible: ['省发展改革委'], deadline: '2020-12-31', targets: ['达到100亿元', '年均增长20%'],
		});
		assert.equal(j.tasks[1].deadline, null);
	});

	it('CSV: a BOM, a header row, one CRLF line per task, fields quoted only when needed', () => {
		const csv = tasksCsv(ROWS);
		assert.ok(csv.startsWith('\uFEFF'));
		assert.ok(csv.endsWith('\r\n'));
		const lines = csv.slice(1).split('\r\n');
		assert.equal(lines.length, ROWS.length + 2); // and the empty string after the last CRLF
		assert.equal(lines[0], TASK_COLUMNS.join(','));
		assert.equal(lines[1], '/w/甘肃.txt,1188,1357,1.,二、重点任务 › (一)加强人工智能理论研究,开展新一代人工智能基础理论研究,省科技厅、省教育厅,省发展改革委,2020-12-31,达到100亿元；年均增长20%');
		assert.equal(lines[2], '/w/b.txt,5,9,,,"推进“一网通办”, 含 ""快办"" | 通办",,,,');
	});

	it('CSV and Markdown headers in the caller’s words', () => {
		const labels = { file: '文件', title: '任务', lead: '牵头单位', responsible: '责任单位' };
		assert.ok(tasksCsv(ROWS, { labels }).startsWith('\uFEFF文件,offset,end,number,path,任务,牵头单位,责任单位,deadline,targets\r\n'));
		assert.ok(tasksMarkdown(ROWS, { labels }).startsWith('| 文件 | offset | end | number | path | 任务 | 牵头单位 | 责任单位 | deadline | targets |\n'));
	});

	it('Markdown: a table with the pipe escaped and numbers right-aligned', () => {
		const md = tasksMarkdown(ROWS).split('\n');
		assert.equal(md.length, ROWS.length + 3); // header, rule, rows, and the final newline
		assert.equal(md[1], '| --- | ---: | ---: | --- | --- | --- | --- | --- | --- | --- |');
		assert.equal(md[3], '| /w/b.txt | 5 | 9 |  |  | 推进“一网通办”, 含 "快办" \\| 通办 |  |  |  |  |');
		for (const line of md.slice(0, -1)) { assert.equal(line.split(/(?<!\\)\|/).length, TASK_COLUMNS.length + 2, line); }
	});

	it('XLSX: read back by read-excel-file, a header row then the rows, numbers as numbers', async () => {
		const bytes = await tasksXlsx(ROWS, { labels: { lead: '牵头单位' } });
		assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b], 'a zip archive');
		const sheet = await readSheet(Buffer.from(bytes));
		assert.equal(sheet.length, ROWS.length + 1);
		assert.deepEqual(sheet[0], ['file', 'offset', 'end', 'number', 'path', 'title', '牵头单位', 'responsible', 'deadline', 'targets']);
		assert.deepEqual(sheet[1], ['/w/甘肃.txt', 1188, 1357, '1.', '二、重点任务 › (一)加强人工智能理论研究', '开展新一代人工智能基础理论研究',
			'省科技厅、省教育厅', '省发展改革委', '2020-12-31', '达到100亿元；年均增长20%']);
		// empty cells read back empty
		assert.deepEqual(sheet[2], ['/w/b.txt', 5, 9, null, null, '推进“一网通办”, 含 "快办" | 通办', null, null, null, null]);
	});

	it('XLSX of no rows: the header row only', async () => {
		const sheet = await readSheet(Buffer.from(await tasksXlsx([])));
		assert.deepEqual(sheet, [[...TASK_COLUMNS]]);
	});
});
