// The task table view's rows: numbered in text order, filtered by words (a unit also as the unit
// table spells it) and by a unit, sorted by a column with ties in text order and empty cells last.
import * as assert from 'node:assert/strict';
import type { TaskRow } from '../../../src/core/tasks/table';
import { createUnitNormalizer } from '../../../src/core/units/normalize';
import { DEFAULT_QUERY, TaskTableIndex, toTaskRow, toViewRows, unitsOf, type TaskQuery } from '../../../src/extension/tasks/model';

function row(title: string, fields: Partial<TaskRow> = {}): TaskRow {
	return { file: 'file:///w/a.txt', offset: 0, end: 1, number: '', path: ['二、重点任务'], title, lead: [], responsible: [], deadline: null, targets: [], ...fields };
}

const ROWS: TaskRow[] = [
	row('建设数据中心', { number: '（一）', offset: 10, end: 40, lead: ['市发展改革委'], responsible: ['市工业和信息化局'], deadline: '2022-12-31', targets: ['全市建成数据中心10个'] }),
	row('推进智慧政务', { number: '（二）', offset: 40, end: 80, responsible: ['市大数据局', '市人民政府办公厅'], deadline: '2021-06-30' }),
	row('加强组织领导', { number: '（一）', offset: 80, end: 120, path: ['三、保障措施'], lead: ['市发展改革委'], responsible: ['市财政局'] }),
	row('培育智能产业', { file: 'file:///w/b.txt', offset: 5, end: 30, lead: ['市工业和信息化局'], deadline: '2020-12-31', targets: ['产业规模达到150亿元', '带动相关产业1300亿元'] }),
];

describe('task table view: rows, filter and sort', () => {
	const rows = toViewRows(ROWS, f => f.replace(/^.*\//, ''));
	const index = new TaskTableIndex(rows, createUnitNormalizer());
	const titles = (q: Partial<TaskQuery>) => index.query({ ...DEFAULT_QUERY, ...q }).map(i => rows[i].title);

	it('numbers the rows in the order given and names their files', () => {
		assert.deepEqual(rows.map(r => r.seq), [1, 2, 3, 4]);
		assert.deepEqual(rows.map(r => r.fileName), ['a.txt', 'a.txt', 'a.txt', 'b.txt']);
		assert.deepEqual(toTaskRow(rows[0]), ROWS[0], 'an export writes the core\'s row back');
	});

	it('shows every row in text order by default, reversed on request', () => {
		assert.deepEqual(titles({}), ['建设数据中心', '推进智慧政务', '加强组织领导', '培育智能产业']);
		assert.deepEqual(titles({ descending: true }), ['培育智能产业', '加强组织领导', '推进智慧政务', '建设数据中心']);
	});

	it('keeps the rows that have every word, in any column', () => {
		assert.deepEqual(titles({ filter: '数据' }), ['建设数据中心', '推进智慧政务']);
		assert.deepEqual(titles({ filter: '保障措施 财政' }), ['加强组织领导']);
		assert.deepEqual(titles({ filter: '１５０' }), ['培育智能产业'], 'full-width digits are folded');
		assert.deepEqual(titles({ filter: 'b.txt' }), ['培育智能产业'], 'the file name counts');
		assert.deepEqual(titles({ filter: '数据 不存在' }), []);
	});

	it('finds a unit by a name the unit table knows for it', () => {
		assert.deepEqual(titles({ filter: '市发改委' }), ['建设数据中心', '加强组织领导']);
		assert.deepEqual(titles({ filter: '市工信局' }), ['建设数据中心', '培育智能产业']);
	});

	it('keeps the tasks a unit leads or shares', () => {
		assert.deepEqual(titles({ unit: '市工业和信息化局' }), ['建设数据中心', '培育智能产业']);
		assert.deepEqual(titles({ unit: '市财政局', filter: '组织' }), ['加强组织领导']);
	});

	it('sorts by deadline with the tasks that have none last, either way', () => {
		assert.deepEqual(titles({ sort: 'deadline' }), ['培育智能产业', '推进智慧政务', '建设数据中心', '加强组织领导']);
		assert.deepEqual(titles({ sort: 'deadline', descending: true }), ['建设数据中心', '推进智慧政务', '培育智能产业', '加强组织领导']);
	});

	it('sorts by a text column, ties in text order', () => {
		// 市发展改革委 twice (text order kept), then 市工业和信息化局; no lead last.
		assert.deepEqual(titles({ sort: 'lead' }), ['建设数据中心', '加强组织领导', '培育智能产业', '推进智慧政务']);
		// 二、重点任务 before 三、保障措施 (by the characters' reading), text order within each.
		assert.deepEqual(titles({ sort: 'path' }), ['建设数据中心', '推进智慧政务', '培育智能产业', '加强组织领导']);
		assert.deepEqual(titles({ sort: 'file', descending: true }), ['培育智能产业', '建设数据中心', '推进智慧政务', '加强组织领导']);
	});

	it('lists the units, the most frequent first', () => {
		assert.deepEqual(unitsOf(rows).slice(0, 2), ['市发展改革委', '市工业和信息化局']);
		assert.deepEqual(new Set(unitsOf(rows)), new Set(['市发展改革委', '市工业和信息化局', '市大数据局', '市人民政府办公厅', '市财政局']));
	});

	it('orders 10,000 rows by deadline and by unit', () => {
		const many = toViewRows(Array.from({ length: 10_000 }, (_, i) => row(`任务${i}`, { offset: i, lead: [`单位${i % 37}`], deadline: i % 5 ? `20${20 + (i % 9)}-12-31` : null })), f => f);
		const big = new TaskTableIndex(many);
		const order = big.query({ ...DEFAULT_QUERY, sort: 'deadline' });
		assert.equal(order.length, 10_000);
		const deadlines = order.map(i => many[i].deadline);
		const firstNull = deadlines.indexOf(null);
		assert.ok(deadlines.slice(firstNull).every(d => d === null), 'no deadline: last');
		assert.deepEqual(deadlines.slice(0, firstNull), [...deadlines.slice(0, firstNull)].sort());
		assert.equal(big.query({ ...DEFAULT_QUERY, unit: '单位3' }).length, many.filter(r => r.lead[0] === '单位3').length);
	});
});
