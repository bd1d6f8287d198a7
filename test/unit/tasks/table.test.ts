// The task table: one row per task with its number, path, title, normalized lead and responsible
// units, deadline and targets, for one notice or many.
import * as assert from 'node:assert/strict';
import { Analysis } from '../../../src/core/analysis';
import { taskRows, taskTable, type TaskRow } from '../../../src/core/tasks/table';
import { readSample } from '../paths';

const NOTICE = [
	'某市人民政府办公厅关于印发某市数字经济行动方案的通知',
	'各区县人民政府，市政府各部门：',
	'现将《某市数字经济行动方案》印发给你们，请认真贯彻执行。',
	'某市人民政府办公厅',
	'2021年3月1日',
	'某市数字经济行动方案',
	'一、重点任务',
	'（一）建设数据中心。到2022年，全市建成数据中心10个。（牵头单位：市发改委；责任单位：市工信局、有关部门）',
	'（二）推进智慧政务。2021年6月底前上线统一政务服务平台，实现全程网办。（市大数据局、市政府办公厅负责）',
	'（三）实施“六个一”基础工程。围绕城市治理和民生服务，建设覆盖全市的六个一基础工程。（各区县政府负责）',
	'1.建设社会治理一格通。建设全市统一的网格化管理平台。',
	'2.建设公共服务一卡通。整合交通、社保等各类卡。',
	'二、保障措施',
	'（一）加强组织领导。由市发展改革委牵头，市财政局、市科技局等参加。建立工作推进机制。',
].join('\n');

function row(rows: TaskRow[], title: string): TaskRow {
	const r = rows.find(x => x.title === title);
	assert.ok(r, `no row titled ${title}: ${rows.map(x => x.title).join(' | ')}`);
	return r;
}

describe('task table', () => {
	const analysis = new Analysis(NOTICE, e => assert.fail(e.message));
	const rows = taskRows(analysis, 'plan.txt');

	it('gives each task its number, section path, title and span', () => {
		const r = row(rows, '建设数据中心');
		assert.equal(r.file, 'plan.txt');
		assert.equal(r.number, '（一）');
		assert.deepEqual(r.path, ['一、重点任务']);
		assert.ok(NOTICE.slice(r.offset, r.end).startsWith('（一）建设数据中心'), NOTICE.slice(r.offset, r.offset + 12));
		assert.ok(rows.every((x, i) => i === 0 || rows[i - 1].offset <= x.offset), 'rows in text order');
	});

	it('shows lead and responsible units normalized, unspecified ones left out', () => {
		assert.deepEqual([row(rows, '建设数据中心').lead, row(rows, '建设数据中心').responsible], [['市发展改革委'], ['市工业和信息化局']]);
		assert.deepEqual([row(rows, '推进智慧政务').lead, row(rows, '推进智慧政务').responsible], [[], ['市大数据局', '市人民政府办公厅']]);
	});

	it('reads units stated in running text', () => {
		const r = rows.find(x => x.title === '加强组织领导');
		assert.ok(r);
		assert.deepEqual([r.lead, r.responsible], [['市发展改革委'], ['市财政局', '市科技局']]);
	});

	it('gives the items under a heading that names who does it those units, when they name none', () => {
		const heading = row(rows, '实施“六个一”基础工程');
		assert.deepEqual(heading.responsible, ['各区县人民政府']);
		for (const title of ['建设社会治理一格通', '建设公共服务一卡通']) {
			assert.deepEqual([row(rows, title).lead, row(rows, title).responsible], [[], ['各区县人民政府']], title);
		}
		assert.deepEqual(row(rows, '建设数据中心').lead, ['市发展改革委'], 'a task with units of its own keeps them');
	});

	it('takes the deadline the task states, else its targets’ deadline year', () => {
		assert.equal(row(rows, '推进智慧政务').deadline, '2021-06-30');
		const dc = row(rows, '建设数据中心');
		assert.equal(dc.deadline, '2022-12-31');
		assert.equal(dc.targets.length, 1);
		assert.ok(dc.targets[0].includes('10个'), dc.targets[0]);
		assert.equal(row(rows, '建设公共服务一卡通').deadline, null);
	});

	it('applies the user’s unit table over the built-in one', () => {
		const mine = taskRows(new Analysis(NOTICE), 'plan.txt', { aliases: { 市工信局: '市工业和信息化局（数据处）', 市大数据局: '' } });
		assert.deepEqual(row(mine, '建设数据中心').responsible, ['市工业和信息化局（数据处）']);
		assert.deepEqual(row(mine, '推进智慧政务').responsible, ['市人民政府办公厅']);
	});

	it('lists many notices file by file, in the order given', () => {
		const table = taskTable([
			{ file: 'b.txt', analysis: new Analysis(readSample('gansu')) },
			{ file: 'a.txt', analysis },
		]);
		const files = table.map(r => r.file);
		assert.equal(files.indexOf('a.txt'), files.lastIndexOf('b.txt') + 1);
		assert.equal(files.filter(f => f === 'a.txt').length, rows.length);
		const gansu = table.find(r => r.file === 'b.txt' && r.title === '智能制造');
		assert.ok(gansu);
		assert.deepEqual([gansu.number, gansu.lead], ['8.', ['省工业和信息化委']]);
		assert.ok(gansu.responsible.includes('各市州人民政府'), gansu.responsible.join('、'));
	});
});
