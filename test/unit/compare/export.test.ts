// The Compare Targets exports: CSV (the core's, UTF-8 with BOM) and XLSX, read back with
// read-excel-file (the reader of write-excel-file's author) and compared cell by cell.
import * as assert from 'node:assert/strict';
import readXlsxFile from 'read-excel-file/node';
import { columnHeader, compareCsv, compareXlsx, type XlsxLabels } from '../../../src/extension/compare/export';
import { compareTable, DEFAULT_QUERY, queryTable } from '../../../src/core/metrics/table';
import type { MetricTarget, NormalizedTarget } from '../../../src/core/metrics/types';
import { MetricSnapshot, type MetricFile } from '../../../src/core/metrics/workspace';
import { norm } from '../core/metrics/helpers';

let at = 0;
const target = (n: NormalizedTarget, text: string): MetricTarget => ({ offset: at, end: (at += 10), text, document: 0, normalized: n });
const file = (name: string, region: string, targets: MetricTarget[]): MetricFile => ({
	file: `file:///w/${name}.txt`, metrics: { notices: [{ document: 0, title: `${region}实施方案`, region, issuer: '', year: 2018 }], targets },
});
const fileName = (f: string) => f.replace(/^file:\/\/\/w\//, 'notices/');
const labels: XlsxLabels = { comparisonSheet: '对比', targetsSheet: '目标', metric: '指标', unit: '单位', notices: '通知数' };

describe('compare targets: export', () => {
	const snapshot = new MetricSnapshot([
		file('sichuan', '四川省', [
			target(norm('人工智能核心产业规模', { value: 500, comparator: '>', deadline: 2020 }), '超500亿元'),
			target(norm('人工智能核心产业规模', { value: 1000, comparator: '>', deadline: 2025 }), '超1000亿元'),
			target(norm('人工智能相关产业规模', { value: 3000, comparator: '≥', deadline: null }), '3000亿元以上'),
		]),
		file('tianjin', '天津市', [
			target(norm('人工智能核心产业规模', { value: 150, deadline: 2020 }), '达到150亿元'),
			target(norm('人工智能相关产业规模', { value: 1300, deadline: 2020 }), '达到1,300亿元'),
		]),
	], 1);
	const whole = compareTable(snapshot, f => f.replace(/^.*\//, ''));
	// The view exports the rows it shows, in their order: here sorted by metric, Z→A.
	const shown = queryTable(whole, { ...DEFAULT_QUERY, sort: 'metric', descending: true });
	const groups = shown.rows.map(r => snapshot.groups[whole.rows.indexOf(whole.rows.find(x => x.id === r.id)!)]);

	it('CSV: UTF-8 with a BOM, one row per target, in the order of the rows shown', () => {
		const bytes = compareCsv(groups, fileName);
		assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
		const lines = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).split('\r\n');
		assert.equal(lines[0], 'metric,unit,file,offset,end,text,value,deadline');
		const rows = lines.slice(1, -1);
		assert.equal(rows.length, 5);
		assert.deepEqual(rows.map(r => r.split(',')[0]), [...Array(2).fill(shown.rows[0].metric), ...Array(3).fill(shown.rows[1].metric)]);
		assert.ok(rows.some(r => r.includes('notices/tianjin.txt') && r.includes('"达到1,300亿元"') && r.endsWith(',1300,2020')), 'a comma in the text is quoted');
		assert.ok(rows.some(r => r.endsWith(',3000亿元以上,3000,')), 'no deadline: an empty field');
	});

	it('XLSX: the table as shown, and the targets, read back cell by cell', async () => {
		const sheets = await readXlsxFile(await compareXlsx(shown, groups, fileName, labels));
		assert.deepEqual(sheets.map(s => s.sheet), ['对比', '目标']);

		const [head, ...rows] = sheets[0].data;
		assert.deepEqual(head, ['指标', '单位', '通知数', ...shown.columns.map(columnHeader)]);
		assert.deepEqual(shown.columns.map(columnHeader), ['四川省（sichuan.txt）', '天津市（tianjin.txt）']);
		assert.equal(rows.length, shown.rows.length);
		const byMetric = new Map(rows.map(r => [r[0], r]));
		// one target: its value as a number; several: each as bounded, with its year
		assert.deepEqual(byMetric.get('人工智能核心产业规模'), ['人工智能核心产业规模', '亿元', 2, '>500（2020）；>1000（2025）', 150]);
		assert.deepEqual(byMetric.get('人工智能相关产业规模'), ['人工智能相关产业规模', '亿元', 2, 3000, 1300]);
		assert.deepEqual(rows.map(r => r[0]), shown.rows.map(r => r.metric), 'rows in the order shown');

		const [thead, ...targets] = sheets[1].data;
		assert.deepEqual(thead, ['metric', 'unit', 'file', 'offset', 'end', 'text', 'value', 'deadline']);
		const expected = groups.flatMap(g => g.members.map(m => [g.label, g.unit, fileName(m.file), m.target.offset, m.target.end, m.target.text, m.target.normalized.value, m.target.normalized.deadline]));
		assert.deepEqual(targets, expected);
		assert.ok(targets.every(r => typeof r[6] === 'number' && typeof r[3] === 'number'), 'numbers stay numbers');
	});

	it('XLSX: a sheet name Excel would refuse is made acceptable', async () => {
		const sheets = await readXlsxFile(await compareXlsx(shown, groups, fileName, { ...labels, comparisonSheet: '对比/Compare: [all]*?', targetsSheet: 'x'.repeat(40) }));
		assert.deepEqual(sheets.map(s => s.sheet), ['对比 Compare all', 'x'.repeat(31)]);
	});
});
