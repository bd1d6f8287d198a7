// Outline of every shipped sample: counts per level checked by reading each notice, and
// the titles a reader sees.
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import { readSample, sampleNames } from '../paths';
import { countByLevel, headings } from './helpers';

const EXPECTED: Record<string, Record<string, number>> = {
	gansu: { plan: 1, L1: 3, L2: 12, L3: 27 },
	guizhou: { L1: 8, L2: 37 },
	hubei: { L1: 3, L2: 12, L3: 13 },
	qinghai: { L1: 8 },
	shaanxi: { L1: 4, L2: 14, L3: 6 },
	shandong: { plan: 1, L1: 5, L2: 19, L3: 20, box: 14 },
	shanxi: {},
	sichuan: { plan: 1, L1: 3, L2: 13 },
	'tianjin-ai-industry': { plan: 1, L1: 4, L2: 13, L3: 25 },
	'tianjin-qilian': { plan: 1, L1: 4, L2: 9, L3: 11 },
};

describe('outline of the samples', () => {
	it('covers every sample', () => {
		assert.deepEqual(sampleNames(), Object.keys(EXPECTED).sort());
	});

	for (const [name, counts] of Object.entries(EXPECTED)) {
		it(`${name}: headings per level`, () => {
			assert.deepEqual(countByLevel(parseFile(readSample(name))), counts);
		});
	}

	it('gansu: the plan holds the hierarchy, running 1.–24. numbering nests under （一）–（六）', () => {
		const [doc] = parseFile(readSample('gansu')).documents;
		assert.equal(doc.sections.length, 1);
		const plan = doc.sections[0];
		assert.equal(plan.kind, 'plan');
		assert.equal(plan.title, '甘肃省新一代人工智能发展实施方案');
		assert.deepEqual(headings(plan.children), ['一、总体要求', '二、重点任务', '三、保障措施']);
		const tasks = plan.children[1];
		assert.deepEqual(headings(tasks.children[2].children), ['8.智能制造', '9.智能农业', '10.智能金融', '11.军民融合']);
		assert.equal(tasks.children[1].children[0].marker, '5.');
	});

	it('guizhou: （四）–（三十七） keep running across 二、–八、', () => {
		const [doc] = parseFile(readSample('guizhou')).documents;
		assert.deepEqual(doc.sections[1].children.map(s => s.number), [4, 5, 6, 7, 8, 9, 10]);
		assert.equal(doc.sections[7].children.at(-1)!.title, '营造发展氛围');
		assert.equal(doc.sections[7].children.at(-1)!.marker, '(三十七)');
	});

	it('shandong: the plan title takes its period line; 专栏 boxes sit under their section', () => {
		const [doc] = parseFile(readSample('shandong')).documents;
		const plan = doc.sections[0];
		assert.equal(plan.title, '山东省新一代信息技术产业专项规划(2018-2022年)');
		const bigData = plan.children[2].children[0].children[0];
		assert.equal(`${bigData.marker}${bigData.title}`, '1.大力推进大数据产业发展');
		assert.equal(bigData.children[0].kind, 'box');
		assert.equal(bigData.children[0].marker, '专栏1');
		assert.equal(bigData.children[0].title, '“数聚山东”集聚发展工程');
		// 专栏10–12 sit directly under （一）构筑产业发展新格局.
		assert.deepEqual(plan.children[3].children[0].children.map(s => s.marker), ['专栏10', '专栏11', '专栏12']);
	});

	it('qinghai: the 附件说明 before the signature names an attachment, it does not head one', () => {
		const [doc] = parseFile(readSample('qinghai')).documents;
		assert.ok(!doc.sections.some(s => s.kind === 'annex'));
		assert.equal(doc.sections.at(-1)!.marker, '八、');
	});

	it('an attachment after the signature is an annex node titled by its first line', () => {
		const text = '关于印发某方案的通知\n各县人民政府：\n一、总体要求\n二、工作任务\n附件：某某分工表\n某市人民政府\n2020年5月1日\n附件\n某某分工表\n一、牵头单位\n';
		const [doc] = parseFile(text).documents;
		assert.deepEqual(doc.sections.map(s => `${s.kind}|${s.title}`), ['section|总体要求', 'section|工作任务', 'annex|某某分工表']);
		assert.deepEqual(doc.sections[2].children.map(s => s.marker), ['一、']);
	});

	it('tianjin: a plan title cut short by the scrape is still the plan node', () => {
		const [doc] = parseFile(readSample('tianjin-ai-industry')).documents;
		assert.equal(doc.sections[0].kind, 'plan');
		assert.equal(doc.sections[0].title, '天津市新一代人工智能产业发展三年行动计划(2018—2020年)');
	});

	it('every section range holds its heading and children, siblings in order', () => {
		for (const name of sampleNames()) {
			const model = parseFile(readSample(name));
			const check = (list: ReturnType<typeof parseFile>['documents'][0]['sections'], lo: number, hi: number) => {
				let prev = lo;
				for (const s of list) {
					assert.ok(s.offset >= prev && s.end <= hi && s.offset < s.end, `${name}: ${s.marker}${s.title} [${s.offset},${s.end}) in [${lo},${hi})`);
					assert.ok(s.heading.offset === s.offset && s.heading.end <= s.end);
					prev = s.end;
					check(s.children, s.heading.end, s.end);
				}
			};
			for (const d of model.documents) { check(d.sections, d.offset, d.end); }
		}
	});
});
