// What the related-targets hover lists (src/core/index/relatedTargets.ts): a few targets per
// related task, a bound on rows, where and by when each is set; the tasks themselves when none sets one.
import * as assert from 'node:assert/strict';
import { relatedTargets, type RelatedTargetSource } from '../../../src/core/index/relatedTargets';

const task = (region: string, targets: string[], over: Partial<RelatedTargetSource> = {}): RelatedTargetSource => ({
	region, issuer: `${region}人民政府`, document: `${region}实施方案`, year: 2018, path: ['二、重点任务', '（一）智能制造'], title: '智能制造',
	targets: targets.map((text, i) => ({ text, metric: `指标${i}`, deadline: i === 0 ? '2020' : null })), ...over,
});

describe('related targets (hover)', () => {
	it('lists at most perTask targets of each task, then stops at maxRows; deadline, else the notice\'s year', () => {
		const items = [task('天津市', ['a1', 'a2', 'a3', 'a4']), task('四川省', ['b1', 'b2']), task('甘肃省', ['c1'], { year: null })];
		const { rows, tasks } = relatedTargets(items, { perTask: 3, maxRows: 5 });
		assert.deepEqual(rows.map(r => [r.where, r.text, r.year]), [['天津市', 'a1', '2020'], ['天津市', 'a2', '2018'], ['天津市', 'a3', '2018'], ['四川省', 'b1', '2020'], ['四川省', 'b2', '2018']]);
		assert.ok(rows.every(r => r.heading === '（一）智能制造'));
		assert.equal(rows[3].item, items[1]);
		assert.deepEqual(tasks, []);
		const all = relatedTargets(items);
		assert.deepEqual(all.rows.map(r => r.text), ['a1', 'a2', 'a3', 'b1', 'b2', 'c1']);
		assert.equal(all.rows[5].year, '2020');
	});

	it('names a notice by region, else issuer, else title; a year unknown is a dash', () => {
		const { rows } = relatedTargets([task('', ['x', 'y'], { issuer: '', year: null })]);
		assert.deepEqual(rows.map(r => [r.where, r.year]), [['实施方案', '2020'], ['实施方案', '—']]);
	});

	it('when no related task sets a target: the first tasks, with their own heading (else title)', () => {
		const items = [task('天津市', []), task('四川省', [], { path: [] }), task('甘肃省', []), task('贵州省', [])];
		const { rows, tasks } = relatedTargets(items);
		assert.deepEqual(rows, []);
		assert.deepEqual(tasks.map(t => [t.where, t.heading]), [['天津市', '（一）智能制造'], ['四川省', '智能制造'], ['甘肃省', '（一）智能制造']]);
	});
});
