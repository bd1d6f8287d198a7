// The task table of samples/gansu.txt as the view orders it: the language service's rows (what the
// analysis worker answers the view, test/unit/taskTable/worker.test.ts), numbered, sorted and
// filtered by the view's model. These assertions used to run only in the extension host
// (test/integration/task-table.test.ts, which keeps the view's wiring).
import * as assert from 'node:assert/strict';
import { createNoticeService } from '../../../src/core/service';
import { createUnitNormalizer } from '../../../src/core/units/normalize';
import { DEFAULT_QUERY, TaskTableIndex, toViewRows, unitsOf, type TaskQuery } from '../../../src/extension/tasks/model';
import { readSample } from '../paths';

/** Gansu's first task: (牵头单位:省科技厅、省教育厅;责任单位:省发展改革委、省工信委). */
const KNOWN_TASK = '开展新一代人工智能基础理论研究';
const GANSU = 'file:///w/samples/gansu.txt';

describe('task table view: the rows of gansu', () => {
	const text = readSample('gansu');
	const rows = toViewRows(createNoticeService().getTaskRows({ uri: GANSU, version: 1, getText: () => text }), f => f.replace(/^.*\//, ''));
	const index = new TaskTableIndex(rows, createUnitNormalizer());
	const shown = (q: Partial<TaskQuery>) => index.query({ ...DEFAULT_QUERY, ...q }).map(i => rows[i]);

	it('numbers the rows in text order; the lead units of a task as its text states them', () => {
		assert.ok(rows.length > 10);
		assert.deepEqual(rows.map(r => r.seq), rows.map((_, i) => i + 1));
		assert.deepEqual(rows.map(r => r.offset), [...rows.map(r => r.offset)].sort((a, b) => a - b), 'text order');
		assert.ok(rows.every(r => r.file === GANSU && r.fileName === 'gansu.txt'));
		const known = rows.find(r => r.title.startsWith(KNOWN_TASK));
		assert.ok(known, rows.map(r => r.title).join(' | '));
		assert.deepEqual(known.lead, ['省科技厅', '省教育厅']);
		assert.ok(known.path.some(p => p.includes('重点任务')), known.path.join(' › '));
		assert.ok(unitsOf(rows).includes('省科技厅'));
	});

	it('sorts by lead unit (by the characters\' reading, the tasks without one last), filters by words and by a unit', () => {
		const leads = shown({ sort: 'lead', descending: false }).map(r => r.lead.join('、'));
		const firstEmpty = leads.indexOf('');
		assert.ok(firstEmpty > 0, 'some tasks name a lead unit, some none');
		assert.ok(leads.slice(firstEmpty).every(l => l === ''), 'tasks without a lead last');
		const named = leads.slice(0, firstEmpty);
		assert.deepEqual(named, [...named].sort(new Intl.Collator('zh-Hans-CN', { numeric: true }).compare));
		const filtered = shown({ filter: '智能 医疗' });
		assert.ok(filtered.length > 0 && filtered.length < rows.length);
		assert.ok(filtered.every(r => /智能/.test(JSON.stringify(r)) && /医疗/.test(JSON.stringify(r))));
		const unit = shown({ unit: '省教育厅' });
		assert.ok(unit.length > 0 && unit.length < rows.length);
		assert.ok(unit.every(r => r.lead.includes('省教育厅') || r.responsible.includes('省教育厅')));
		const byDeadline = shown({ sort: 'deadline', descending: true }).map(r => r.deadline).filter((d): d is string => d !== null);
		assert.ok(byDeadline.length > 0);
		assert.deepEqual(byDeadline, [...byDeadline].sort().reverse(), 'latest first');
	});
});
