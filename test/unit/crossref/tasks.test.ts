// Tasks: what the cross-reference engine matches, read from the real parser's models of the samples.
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import { extractTasks, runInHead, taskAt } from '../../../src/core/tasks/extract';
import { kindOf } from '../../../src/core/documents/kinds';
import { documentMeta } from '../../../src/core/tasks/meta';
import { issuedPlanTitle, TITLE_RE } from '../../../src/core/documents/titles';
import type { Task } from '../../../src/core/tasks/types';
import { readSample, sampleNames } from '../paths';

function tasksOf(name: string): Task[] {
	return extractTasks(parseFile(readSample(name)), null, `samples/${name}.txt`);
}

function find(tasks: Task[], pred: (t: Task) => boolean): Task {
	const t = tasks.find(pred);
	assert.ok(t, 'task not found');
	return t;
}

describe('crossref: tasks', () => {
	it('gansu: leaf sections with their section path, text and document metadata', () => {
		const tasks = tasksOf('gansu');
		const t = find(tasks, x => x.title === '智能制造');
		assert.equal(t.kind, 'section');
		assert.equal(t.marker, '8.');
		assert.deepEqual(t.path, ['二、重点任务', '(三)推动人工智能与各行业融合创新']);
		assert.ok(t.text.startsWith('结合装备制造和冶金'), t.text.slice(0, 20));
		assert.ok(!t.text.includes('智能制造。'), 'the heading is not part of the text');
		assert.deepEqual(t.meta, {
			title: '甘肃省人民政府办公厅关于印发甘肃省新一代人工智能发展实施方案的通知',
			planTitle: '甘肃省新一代人工智能发展实施方案',
			issuer: '甘肃省人民政府办公厅', province: '甘肃省', city: null,
			date: '2018-08-01', kind: '实施方案', form: '通知',
		});
		assert.equal(tasks.filter(x => x.path[0] === '二、重点任务' && x.kind === 'section').length, 24);
	});

	it('sichuan: run-in headed paragraphs under a numbered section are tasks of their own', () => {
		const tasks = tasksOf('sichuan');
		const t = find(tasks, x => x.title === '智能制造装备产品');
		assert.equal(t.kind, 'runin');
		assert.deepEqual(t.path, ['二、重点任务', '(二)重点产品培育工程']);
		assert.ok(t.text.startsWith('推进高档数控机床'));
		const products = tasks.filter(x => x.path[1] === '(二)重点产品培育工程').map(x => x.title);
		assert.equal(products.length, 10);
		assert.ok(products.includes('智能网联汽车'));
		// `——瞄准前沿。…` style heads too.
		assert.ok(tasks.some(x => x.kind === 'runin' && x.title === '瞄准前沿'));
	});

	it('shandong: 专栏 are tasks; a section with a 专栏 keeps its own text as an intro task', () => {
		const tasks = tasksOf('shandong');
		const box = find(tasks, x => x.kind === 'box' && x.marker === '专栏4');
		assert.equal(box.title, '工业互联网赋能工程');
		assert.equal(box.path.at(-1), '3.提升工业互联网服务能力');
		const intro = find(tasks, x => x.kind === 'intro' && x.title === '提升工业互联网服务能力');
		assert.ok(intro.end <= box.offset);
		assert.equal(tasks.filter(x => x.kind === 'box').length, 14);
	});

	it('every task is inside its document, in text order, with an id unique in the file', () => {
		for (const name of sampleNames()) {
			const model = parseFile(readSample(name));
			const tasks = extractTasks(model, null, name);
			const ids = new Set(tasks.map(t => t.id));
			assert.equal(ids.size, tasks.length, name);
			for (let i = 0; i < tasks.length; i++) {
				const t = tasks[i];
				const doc = model.documents[t.document];
				assert.ok(t.offset >= doc.offset && t.end <= doc.end && t.offset <= t.end, `${name} ${t.id}`);
				if (i) { assert.ok(tasks[i - 1].offset <= t.offset); }
				assert.ok(t.text.length >= 8 || t.title.length >= 4, `${name}: empty task ${t.id}`);
			}
		}
	});

	it('a notice whose body is missing has no tasks; a duplicated notice counts once', () => {
		assert.deepEqual(tasksOf('shanxi'), []);
		const once = tasksOf('qinghai');
		const text = readSample('qinghai');
		const twice = extractTasks(parseFile(`${text}\n\n${text}`), null, 'x');
		assert.equal(parseFile(`${text}\n\n${text}`).documents.filter(d => d.duplicateOf !== null).length, 1);
		assert.equal(twice.length, once.length);
	});

	it('document metadata: issuer, province, kind and date from title, signature and footer', () => {
		const meta = (name: string) => documentMeta(parseFile(readSample(name)).documents[0], readSample(name));
		assert.deepEqual([meta('tianjin-ai-industry').province, meta('tianjin-ai-industry').kind, meta('tianjin-ai-industry').form], ['天津市', '行动计划', '通知']);
		assert.deepEqual([meta('hubei').issuer, meta('hubei').kind, meta('hubei').date], ['湖北省人民政府', '指导意见', '2019-01-15']);
		assert.equal(meta('qinghai').kind, '通知');
		assert.equal(meta('tianjin-qilian').planTitle, '天津市人工智能“七链”精准创新行动计划(2018—2020年)');
		assert.equal(kindOf('山东省新一代信息技术产业专项规划(2018-2022年)'), '规划');
		assert.equal(kindOf('济南市智能网联汽车道路测试与示范应用管理暂行办法'), '办法');
		assert.equal(kindOf('某省智能制造实施细则（试行）'), '细则', 'a long form: the kind it ends with');
		assert.equal(kindOf('某省关于印发《行动方案》的通知'), '通知');
		assert.equal(kindOf('某市2024年工作要点'), null, 'a title word the metadata does not report');
		assert.ok(TITLE_RE.test('某市2024年工作要点') && TITLE_RE.test('某省关于做好某事的若干措施'), 'still ends a title');
		assert.equal(issuedPlanTitle('关于印发《某某实施方案》的通知'), '某某实施方案');
		assert.equal(issuedPlanTitle('关于转发市科技局拟定的天津市人工智能行动计划的通知'), '天津市人工智能行动计划');
	});

	it('run-in heads: short heading sentences, not ordinary sentences', () => {
		assert.deepEqual(runInHead('智能制造装备产品。推进高档数控机床'), { head: '智能制造装备产品', bodyStart: 9 });
		assert.equal(runInHead('——瞄准前沿。把握新一代人工智能')?.head, '瞄准前沿');
		assert.equal(runInHead('坚持目标导向,强化统筹协调。建立统筹推进机制')?.head, '坚持目标导向,强化统筹协调');
		assert.equal(runInHead('——建立集约完善的基础支撑体系')?.head, '建立集约完善的基础支撑体系');
		assert.equal(runInHead('到2019年底,电子政务网络升级改造基本完成;应用系统向省政务云迁移。'), null);
		assert.equal(runInHead('按照国家相关要求,完善电子政务内网建设,改造升级电子政务外网,提升网络带宽。更多'), null);
		assert.equal(runInHead('本《通知》自2018年6月14日起施行。'), null);
	});

	it('taskAt finds the innermost task holding an offset', () => {
		const text = readSample('gansu');
		const tasks = extractTasks(parseFile(text), null, 'g');
		const at = text.indexOf('8.智能制造') + 3;
		assert.equal(taskAt(tasks, at)?.title, '智能制造');
	});

	it('never throws on odd input', () => {
		for (const s of ['', '\n\n', '一、\n（一）\n1.', 'x'.repeat(5000), '关于印发的通知\n\n  一、总体要求  （一）。']) {
			assert.ok(Array.isArray(extractTasks(parseFile(s), null, 'odd')));
		}
	});
});
