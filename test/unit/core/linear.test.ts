// The scans a tester found quadratic, checked by what they do, never by the clock (time scaling:
// npm run bench, bench/adversarial.ts): duplicate detection counts its comparisons, and the
// faster paths give what the plain definitions give.
import * as assert from 'node:assert/strict';
import { annotate } from '../../../src/core/annotations/index';
import type { Annotations } from '../../../src/core/annotations/types';
import { DuplicateFinder } from '../../../src/core/documents/duplicates';
import { splitDocuments } from '../../../src/core/documents/split';
import type { NoticeDocument } from '../../../src/core/model';
import { parseFile } from '../../../src/core/parse';
import { extractTasks } from '../../../src/core/tasks/extract';

const TITLE = '关于加强安全生产管理工作的通知';
const FOOTER = '2018-05-29青海省政府办公厅    阅读: {{ h4836155}}';

/** Notices of one title, each `body` then a web footer. */
function notices(bodies: string[]): string {
	return bodies.map(b => `${TITLE}\n${b}\n${FOOTER}`).join('\n');
}

/** Runs a fresh finder over the documents of `text`; returns what it marked and how many comparisons it made. */
function findDuplicates(text: string): { duplicateOf: (number | null)[]; comparisons: number } {
	const docs = splitDocuments(text).documents;
	for (const d of docs) { d.duplicateOf = null; }
	const finder = new DuplicateFinder(text, docs);
	for (const d of docs) { finder.mark(d); }
	return { duplicateOf: docs.map(d => d.duplicateOf), comparisons: finder.comparisons };
}

describe('duplicate notices: a bounded number of comparisons each', () => {
	const n = 2000;
	const long = '为进一步加强安全生产管理工作，切实保障人民群众生命财产安全，现将有关事项通知如下。'.repeat(30);

	it('notices that differ only between the sampled characters: none is a duplicate, with no text comparison', () => {
		// The sampled hash reads 32 evenly spaced characters of a paragraph (every 35th here); the numbers sit between two.
		const text = notices(Array.from({ length: n }, (_, i) => long.slice(0, 501) + String(i).padStart(5, '0') + long.slice(506)));
		const r = findDuplicates(text);
		assert.equal(r.duplicateOf.length, n);
		assert.ok(r.duplicateOf.every(d => d === null));
		assert.ok(r.comparisons <= n, `${r.comparisons} comparisons for ${n} notices`);
	});

	it('the same paragraphs with different {{…}} counters between them: distinct notices, one comparison each', () => {
		const text = notices(Array.from({ length: n }, (_, i) => `各区县人民政府：\n${long}{{ h${String(i).padStart(5, '0')} }}请认真贯彻落实。`));
		const r = findDuplicates(text);
		assert.ok(r.duplicateOf.every(d => d === null));
		assert.ok(r.comparisons <= 2 * n, `${r.comparisons} comparisons for ${n} notices`);
	});

	it('every notice twice over, among many alike: each copy points at its first, one comparison each', () => {
		const bodies = Array.from({ length: n / 2 }, (_, i) => long.slice(0, 501) + String(i).padStart(5, '0') + long.slice(506));
		const r = findDuplicates(notices([...bodies, ...bodies]));
		assert.deepEqual(r.duplicateOf, [...bodies.map(() => null), ...bodies.map((_, i) => i)]);
		assert.ok(r.comparisons <= 2 * n, `${r.comparisons} comparisons for ${n} notices`);
	});

	it('a copy laid out differently (other blanks between the paragraphs) is still a duplicate', () => {
		const r = findDuplicates(notices(['各区县人民政府：\n请认真贯彻落实。', '各区县人民政府：   请认真贯彻落实。', '各区县人民政府：\n请认真贯彻落实。']));
		assert.deepEqual(r.duplicateOf, [null, 0, 0]);
	});

	it('the same paragraphs laid out alike but with different text between them are not duplicates', () => {
		const r = findDuplicates(notices(['各区县人民政府：{{ a }}请认真贯彻落实。', '各区县人民政府：{{ b }}请认真贯彻落实。', '各区县人民政府：{{ b }}请认真贯彻落实。']));
		assert.deepEqual(r.duplicateOf, [null, null, 1]);
	});

	it('two different paragraphs whose hashes collide are told apart, and their copies found', () => {
		// FNV-1a of these two (with their length) is the same 32-bit value: found by a search, kept here.
		const a = '请认真贯彻落实第0724786号。', b = '请认真贯彻落实第1065240号。';
		const r = findDuplicates(notices([`${a}\n各单位遵照执行。`, `${b}   各单位遵照执行。`, `${b}   各单位遵照执行。`, `${a}   各单位遵照执行。`]));
		assert.deepEqual(r.duplicateOf, [null, null, 1, 0]);
	});
});

describe('web footers with inline placeholders', () => {
	it('each {{…}} outside a footer or template line is a remnant once; those inside footer lines are part of the footer', () => {
		const n = 5000;
		const lines = [TITLE, '各区县人民政府：'];
		for (let i = 0; i < n; i++) { lines.push(`现将{{ item${i} }}有关事项通知如下。`, FOOTER); }
		const text = lines.join('\n');
		const { documents, remnants } = splitDocuments(text);
		const inline = [...documents.flatMap(d => d.remnants), ...remnants].filter(r => r.kind === 'template');
		assert.equal(inline.length, n);
		assert.ok(inline.every(r => /^\{\{ item\d+ \}\}$/.test(text.slice(r.offset, r.end))));
		assert.equal(documents.filter(d => d.footer).length, n);
	});
});

/** Targets and units of a task by their definition: those of its document inside its span, and units attached to its section. */
function expected(ann: Annotations, doc: number, span: { offset: number; end: number }, sectionOffset: number | null) {
	const targets = ann.targets.filter(t => t.document === doc && t.offset >= span.offset && t.offset < span.end).map(t => t.text);
	const lead: string[] = [], responsible: string[] = [];
	for (const u of ann.units) {
		if (u.document !== doc) { continue; }
		if (!(sectionOffset !== null && u.sectionOffset === sectionOffset) && !(u.offset >= span.offset && u.offset < span.end)) { continue; }
		for (const x of u.lead) { if (!lead.includes(x)) { lead.push(x); } }
		for (const x of u.responsible) { if (!responsible.includes(x)) { responsible.push(x); } }
	}
	return { targets, lead, responsible: responsible.filter(x => !lead.includes(x)) };
}

describe('tasks of a notice with many items', () => {
	const lines = ['关于印发加快数字经济发展行动计划的通知', '各区县人民政府：', '一、重点任务'];
	for (let i = 1; i <= 300; i++) { lines.push(`${i}.推进第${i}项工作。到2020年，产业规模突破${i}00亿元，覆盖率达到95%。（牵头单位：市发展改革委；责任单位：市工信局${i % 5}处）`); }
	lines.push('二、保障措施', '（一）加强组织领导。');
	for (let i = 1; i <= 300; i++) { lines.push(`第${i}类装备产品。到2020年产值达到${i}0亿元。（牵头单位：市工信局；责任单位：市科技局${i % 7}处）`); }
	const model = parseFile(lines.join('\n'));
	const ann = annotate(model);
	const sectionOf = new Map<number, NoticeDocument['sections'][number]>();
	const walk = (ss: NoticeDocument['sections']) => { for (const s of ss) { sectionOf.set(s.offset, s); walk(s.children); } };
	for (const d of model.documents) { walk(d.sections); }

	for (const [name, annotations] of [['sorted annotations', ann], ['annotations in another order', { ...ann, targets: [...ann.targets].reverse(), units: [...ann.units].reverse() }]] as const) {
		it(`every task has the targets and units its definition gives (${name})`, () => {
			const tasks = extractTasks(model, annotations, 'f');
			assert.ok(tasks.length >= 600, `${tasks.length} tasks`);
			assert.ok(tasks.filter(t => t.kind === 'runin').length >= 300);
			assert.ok(tasks.filter(t => t.targets.length).length >= 600 && tasks.every(t => t.lead.length && t.responsible.length));
			for (const t of tasks) {
				// The section a task stands for: the innermost one its path ends in, or its own heading.
				const own = [...sectionOf.values()].filter(s => s.offset <= t.offset && t.offset < s.end && !s.children.length).pop() ?? null;
				// A run-in's units are those inside it: its section's other notes belong to the other run-ins.
				const want = expected(annotations, t.document, t, t.kind === 'body' || t.kind === 'runin' ? null : own?.offset ?? null);
				assert.deepEqual(t.targets.map(x => x.text), want.targets, `targets of ${t.title}`);
				assert.deepEqual({ lead: t.lead, responsible: t.responsible }, { lead: want.lead, responsible: want.responsible }, `units of ${t.title}`);
			}
		});
	}
});
