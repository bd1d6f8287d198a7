// Every sample, annotated: the expectations below were checked by reading each notice. Targets
// are written `text@deadline`; dates `text|kind|iso`. The Shandong plan's 发展基础 figures are
// baseline facts (not targets); 5G, 4G, IPv6, 3D, 12英寸 and 世界500强 are never quantities.
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import { annotate, annotationsToJson } from '../../../src/core/annotations/index';
import type { Annotations } from '../../../src/core/annotations/types';
import { readSample, sampleNames } from '../paths';

interface Expected {
	targets: string[];
	notTargets: string[];
	dates: string[];
	docNumbers: string[];
	units: number;
}

const EXPECTED: Record<string, Expected> = {
	'gansu': {
		targets: ['1—2项@', '降低 30%@2020', '缩短 30%@2020', '降低 30%@2020', '100%@2020', '80%以上@2020', '超过25%@2025', '20%以上@2025', '达到75%以上@2030', '200个以上@2030', '达到15亿元以上@2030', '达到85%以上@2030', '1—2个@'],
		notTargets: [],
		dates: ['2018年8月1日|issued|2018-08-01', '2020年|deadline|2020-12-31', '2025年|deadline|2025-12-31', '2030年|deadline|2030-12-31', '2020 年|deadline|2020-12-31', '2018—2020年|period|2018-01-01/2020-12-31', '2021—2025年|period|2021-01-01/2025-12-31', '2025—2030年|period|2025-01-01/2030-12-31', '2018-08-06|published|2018-08-06'],
		docNumbers: ['国发〔2017〕35号'],
		units: 25,
	},
	'guizhou': {
		targets: ['年均增长20%以上@2020', '达到30%以上@2020', '达到50%以上@2020', '超过10000Gbps@2020', '3000户以上@2020', '达到74%@2020', '达到58%@2020', '500户以上@2020', '50个@2020', '200个@2020', '10000个@2020', '1500户以上@2020', '达到85%@2020', '达到20亿元以上@2020', '年均分别增长13%@2020', '20%@2020', '达5000TB@2020', '达9000个@2020', '达3000个@2020', '达到50000台@2020', '20000台@2020', '50PB@2020', '达到50%以上@2020', '300项@2020', '300个@2020', '15个@2020', '90个@2020', '超过10000Gbps@2020'],
		notTargets: ['30户以上'],
		dates: ['2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2018年6月11日|issued|2018-06-11', '2018-06-21|published|2018-06-21'],
		docNumbers: [],
		units: 34,
	},
	'hubei': {
		targets: ['达到90%@2019', '70%以上@2019', '200个以上@2019', '100%@', '17个@2019', '减少70%以上@2019', '压缩40%以上@2019', '达到90%@2019', '70%以上@2019', '3个工作日以内@2019'],
		notTargets: ['四个'],
		dates: ['2019年底|deadline|2019-12-31', '2019年底|deadline|2019-12-31', '2020年底|deadline|2020-12-31', '2019年6月底|deadline|2019-06-30', '2019年底|deadline|2019-12-31', '2019年底|deadline|2019-12-31', '2020年底|deadline|2020-12-31', '2019年6月底|deadline|2019-06-30', '2019年底|deadline|2019-12-31', '2020年底|deadline|2020-12-31', '2019年底|deadline|2019-12-31', '2019年底|deadline|2019-12-31', '2019年6月底|deadline|2019-06-30', '2019年6月底前|deadline|2019-06-30', '2019年9月底前|deadline|2019-09-30', '2019年1月15日|issued|2019-01-15', '2019-01-15|published|2019-01-15'],
		docNumbers: ['国发〔2018〕27号', '鄂政发〔2018〕28号'],
		units: 0,
	},
	'qinghai': {
		targets: [],
		notTargets: [],
		dates: ['2017年10月26日|reference|2017-10-26', '2018年6月14日|effective|2018-06-14', '2018年5月15日|issued|2018-05-15', '2018-05-29|published|2018-05-29'],
		docNumbers: ['国办发〔2015〕41号', '工信部联通信〔2017〕234号', '青政〔2013〕71号'],
		units: 0,
	},
	'shaanxi': {
		targets: ['50%以上@2019', '60%以上@2019', '达到95%以上@2021', '80%以上@2021', '90%以上@2021', '2—3个@2021'],
		notTargets: ['五项'],
		dates: ['2019年|deadline|2019-12-31', '2021年|deadline|2021-12-31', '2018年8月25日|issued|2018-08-25', '2018-09-05|published|2018-09-05'],
		docNumbers: [],
		units: 5,
	},
	'shandong': {
		targets: ['达到15%以上@2022', '3-5个@2022', '8-10个@2022', '3-5个@2022', '3-5个@2022', '10个左右@2022', '年均增速超过15%@2022', '超过6%@2022', '突破1200亿元@2022', '达到3500亿元@2022', '10家以上@2022', '达到30万家以上@2022', '达到1000万台(套)@2022', '500家以上@2022', '30个@2022', '1家以上@2022', '10家以上@2022', '100家以上@2022', '200家左右@2022', '约2万个@2022', '达到1000家@2022', '1-2个@2022', '2-3个@2022', '50家@2022', '超过7000亿元@2022', '3-5家@2022', '突破3000亿元@2022', '2-3条@2022', '3-5家@2022', '20家@2022', '保持在20%以上@2022', '1-2家@2022', '1-2个@2022', '突破1000亿元@2022', '3-5个@2022', '突破3000亿元@2022', '2-3家@2022', '3-5家@2022', '20家以上@2022', '20个@2022', '10个以上@2022', '20个以上@2022', '100个以上@2022', '超过3000亿元@2022', '5家以上@2022', '150家以上@2022', '50家以上@2022', '20家以上@2022', '1000M以上@2022', '100M@2022'],
		notTargets: ['1.42万亿元', '8.7%', '901.68亿元', '11.3%', '14.3%', '6家', '5家', '10家', '116家', '两批', '1亿户', '71%', '73%', '7%', '5%', '5-10年', '四类', '2个', '100亿元', '100亿元', '50亿元'],
		dates: ['2018-2022年|period|2018-01-01/2022-12-31', '2018-2022年|period|2018-01-01/2022-12-31', '2018年10月28日|issued|2018-10-28', '2018-2022年|period|2018-01-01/2022-12-31', '2017年|past|2017', '2017年|past|2017', '2017年|past|2017', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2035年|deadline|2035-12-31', '2017-2022年|period|2017-01-01/2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2022年|deadline|2022-12-31', '2018年10月29日|issued|2018-10-29', '2018-10-29|published|2018-10-29'],
		docNumbers: [],
		units: 0,
	},
	'shanxi': {
		targets: [],
		notTargets: [],
		dates: [],
		docNumbers: [],
		units: 0,
	},
	'sichuan': {
		targets: ['200项以上@2020', '10项以上@2020', '5个以上@2020', '30个左右@2020', '100个以上@2020', '10家@2020', '超500亿元@2020', '3000亿元以上@2020', '5个左右@2025', '30家左右@2025', '超1000亿元@2025', '5000亿元以上@2025'],
		notTargets: ['1000兆'],
		dates: ['2018年9月28日|issued|2018-09-28', '2020年|deadline|2020-12-31', '2025年|deadline|2025-12-31', '2030年|deadline|2030-12-31', '2018-09-28|published|2018-09-28'],
		docNumbers: ['国发〔2017〕35号'],
		units: 30,
	},
	'tianjin-ai-industry': {
		targets: ['达到150亿元@2020', '达到1300亿元@2020', '35项@2020', '350亿元@2020', '1000亿元@2020'],
		notTargets: ['100亿元', '1000亿元'],
		dates: ['2018—2020年|period|2018-01-01/2020-12-31', '2018—2020年|period|2018-01-01/2020-12-31', '2018年10月22日|issued|2018-10-22', '2018—2020年|period|2018-01-01/2020-12-31', '2018—2020年|reference|2018-01-01/2020-12-31', '2018年至2020年|period|2018-01-01/2020-12-31', '2020年|deadline|2020-12-31', '2018-10-29|published|2018-10-29'],
		docNumbers: ['国发〔2017〕35号', '工信部科〔2017〕315号', '津政办发〔2017〕112号'],
		units: 26,
	},
	'tianjin-qilian': {
		targets: ['100项@2020', '150项@2020', '3至5个@2020', '10家@2020', '5家@2020', '5家@2020', '2至3家@2020', '10家@2020'],
		notTargets: ['七条'],
		dates: ['2018—2020年|period|2018-01-01/2020-12-31', '2018—2020年|period|2018-01-01/2020-12-31', '2018年12月17日|issued|2018-12-17', '2018—2020年|period|2018-01-01/2020-12-31', '2020年|deadline|2020-12-31', '2020年|deadline|2020-12-31', '2018-12-20|published|2018-12-20'],
		docNumbers: [],
		units: 0,
	},
};

const cache = new Map<string, { text: string; a: Annotations }>();
function annotated(name: string): { text: string; a: Annotations } {
	let hit = cache.get(name);
	if (!hit) {
		const text = readSample(name);
		hit = { text, a: annotate(parseFile(text)) };
		cache.set(name, hit);
	}
	return hit;
}

describe('annotations: every sample', () => {
	it('has expectations for every sample file', () => {
		assert.deepEqual(sampleNames(), Object.keys(EXPECTED).sort());
	});

	for (const name of Object.keys(EXPECTED)) {
		describe(name, () => {
			const want = EXPECTED[name];
			it('finds the targets, each with its deadline', () => {
				const { a } = annotated(name);
				assert.deepEqual(a.targets.map(t => `${t.text}@${t.deadline ?? ''}`), want.targets);
			});
			it('keeps the other quantities, not as targets', () => {
				const { a } = annotated(name);
				assert.deepEqual(a.quantities.filter(q => !q.isTarget).map(q => q.text), want.notTargets);
				assert.equal(a.quantities.filter(q => q.isTarget).length, want.targets.length);
			});
			it('finds the dates with their kind and ISO form', () => {
				const { a } = annotated(name);
				assert.deepEqual(a.dates.map(d => `${d.text}|${d.kind}|${d.iso}`), want.dates);
			});
			it('finds the 文号', () => {
				const { a } = annotated(name);
				assert.deepEqual(a.docNumbers.map(d => d.text), want.docNumbers);
			});
			it('finds the responsible-unit notes', () => {
				const { a } = annotated(name);
				assert.equal(a.units.length, want.units);
			});
			it('gives ranges that hold their text, inside their clause and document', () => {
				const { text, a } = annotated(name);
				for (const t of a.targets) {
					assert.equal(text.slice(t.offset, t.end), t.text);
					assert.ok(t.clause.offset <= t.offset && t.end <= t.clause.end, `${t.text} outside its clause`);
					assert.ok(t.quantity.offset >= t.offset && t.quantity.end <= t.end);
					assert.ok(t.section.length > 0 || name === 'hubei', `${t.text} has no section`);
				}
				for (const q of a.quantities) { assert.equal(text.slice(q.offset, q.end), q.text); }
				for (const d of a.dates) { assert.equal(text.slice(d.offset, d.end), d.text); }
				for (const n of a.docNumbers) { assert.equal(text.slice(n.offset, n.end), n.text); }
				// a bracketed note, or a statement in running text (由省科技厅牵头)
				for (const u of a.units) { assert.match(text.slice(u.offset, u.end), /^[(（].*[)）]$|^由.+牵头/s); }
			});
		});
	}
});

describe('annotations: what the samples say in detail', () => {
	it('never takes 5G, 4G, IPv6, 3D, 12英寸 or 世界500强 for a quantity', () => {
		let seen = 0;
		for (const name of sampleNames()) {
			const { text, a } = annotated(name);
			for (const m of text.matchAll(/5G|4G|IPv6|3D|[0-9]+英寸|世界500强/g)) {
				seen++;
				const start = m.index, end = m.index + m[0].length;
				assert.ok(!a.quantities.some(q => q.offset < end && start < q.end), `${name}: ${m[0]} at ${start} taken for a quantity`);
			}
		}
		assert.ok(seen >= 30, `only ${seen} technology names in the samples`);
	});

	it('reads the Shandong 发展基础 figures as baseline facts', () => {
		const { text, a } = annotated('shandong');
		const start = text.indexOf('(一)发展基础'), end = text.indexOf('(二)发展形势');
		const base = a.quantities.filter(q => q.offset > start && q.offset < end);
		assert.deepEqual(base.map(q => q.text), ['1.42万亿元', '8.7%', '901.68亿元', '11.3%', '14.3%', '6家', '5家', '10家', '116家', '两批', '1亿户', '71%', '73%', '7%', '5%']);
		assert.ok(base.every(q => !q.isTarget));
		assert.ok(!a.targets.some(t => t.offset > start && t.offset < end));
		const k = base[0];
		assert.deepEqual([k.value, k.unit, k.verb], [1.42, '万亿元', '实现']);
		assert.ok(a.dates.filter(d => d.offset > start && d.offset < end).every(d => d.kind === 'past' && d.iso === '2017'));
	});

	it('gives a Shandong target its clause, section path, metric and quantity fields', () => {
		const { text, a } = annotated('shandong');
		const t = a.targets.find(x => x.text === '突破1200亿元')!;
		assert.equal(text.slice(t.clause.offset, t.clause.end), '全省大数据产品和服务收入突破1200亿元');
		assert.deepEqual(t.section.slice(-3), ['优势领域争一流', '大力推进大数据产业发展', '“数聚山东”集聚发展工程']);
		assert.equal(t.metric, '大数据产品和服务收入');
		assert.deepEqual([t.quantity.value, t.quantity.unit, t.quantity.verb, t.quantity.comparator], [1200, '亿元', '突破', 'breakthrough']);
		const up = a.targets.find(x => x.text === '达到30万家以上')!.quantity;
		assert.deepEqual([up.value, up.unit, up.qualifier, up.comparator], [30, '万家', '以上', 'reach']);
		assert.equal(a.targets.find(x => x.text === '达到1000万台(套)')!.quantity.unit, '万台(套)');
		const range = a.targets.find(x => x.text === '3-5个')!.quantity;
		assert.deepEqual([range.value, range.valueMax, range.verb], [3, 5, '培育']);
		// 投资超100亿元项目 and 营业收入超100亿元的企业 describe what is counted
		assert.equal(a.quantities.filter(q => q.text === '100亿元' && !q.isTarget).length, 2);
		// a box's targets take the plan's (2018-2022年) when the box states no year before them
		assert.equal(a.targets.find(x => x.text === '1家以上')!.deadline, '2022');
	});

	it('takes a target\'s deadline from its section when its sentence has none', () => {
		// Guizhou (三)发展目标: 到2020年 opens the section, the figures follow in later paragraphs
		const gz = annotated('guizhou').a.targets.find(t => t.text === '年均增长20%以上')!;
		assert.deepEqual([gz.deadline, gz.section.slice(-1)[0], gz.quantity.comparator], ['2020', '发展目标', 'annualGrowth']);
		// Sichuan: 力争到2020年 …; the ——重点产品研发… paragraphs inherit it, 力争到2025年 starts a new one
		const sc = annotated('sichuan').a.targets;
		assert.equal(sc.find(t => t.text === '200项以上')!.deadline, '2020');
		assert.equal(sc.find(t => t.text === '5个左右')!.deadline, '2025');
		// Gansu: a period governs what follows it in its sentence
		const gs = annotated('gansu').a.targets;
		assert.deepEqual(gs.filter(t => /25%|75%/.test(t.text)).map(t => t.deadline), ['2025', '2030']);
		// Hubei: 2019年6月底前…3个工作日以内
		const hb = annotated('hubei').a.targets.find(t => t.text === '3个工作日以内')!;
		assert.deepEqual([hb.deadline, hb.quantity.unit, hb.quantity.qualifier, hb.quantity.comparator], ['2019', '个工作日', '以内', 'reduce']);
	});

	it('keeps instruments and descriptions out of the targets', () => {
		const { a } = annotated('tianjin-ai-industry');
		// 发挥100亿元智能制造财政专项资金的引导作用; 形成总规模1000亿元的基金群
		assert.deepEqual(a.quantities.filter(q => !q.isTarget).map(q => q.text), ['100亿元', '1000亿元']);
		assert.equal(a.targets.find(t => t.text === '达到150亿元')!.metric, '人工智能核心产业规模');
		// Sichuan 1000兆光纤宽带网络 is a kind of network
		assert.ok(!annotated('sichuan').a.quantities.find(q => q.text === '1000兆')!.isTarget);
	});

	it('reads dates of every kind in Qinghai', () => {
		const { a } = annotated('qinghai');
		assert.deepEqual(a.dates.map(d => d.kind), ['reference', 'effective', 'issued', 'published']);
		assert.deepEqual(a.docNumbers.map(n => [n.issuer, n.year, n.number]), [['国办发', 2015, 41], ['工信部联通信', 2017, 234], ['青政', 2013, 71]]);
	});

	it('reads lead and responsible units, and attaches them to their task', () => {
		const gs = annotated('gansu');
		const first = gs.a.units[0];
		assert.deepEqual([first.lead, first.responsible], [['省科技厅', '省教育厅'], ['省发展改革委', '省工信委']]);
		const task = gs.text.indexOf('1.开展新一代人工智能基础理论研究');
		assert.equal(first.sectionOffset, task);
		// 9.智能农业 repeats 责任单位: both lists are responsible, nobody leads
		assert.deepEqual([gs.a.units[8].lead, gs.a.units[8].responsible], [[], ['省农牧厅', '省发展改革委', '省教育厅', '省科技厅', '各市州政府']]);
		// Sichuan: 列在首位的为牵头单位,下同
		const sc = annotated('sichuan').a.units;
		assert.deepEqual([sc[0].lead, sc[0].responsible], [['科技厅'], ['教育厅', '省经济和信息化委', '省发展改革委']]);
		assert.ok(sc.every(u => u.lead.length === 1), 'every Sichuan note has its lead');
		assert.deepEqual(sc[3].responsible.slice(-1), ['有关市〔州〕人民政府']);
		// Shaanxi: (…负责)
		const sx = annotated('shaanxi').a.units;
		assert.deepEqual([sx[0].lead, sx[0].responsible], [[], ['各设区市政府', '省委网信办', '省发展改革委', '省工业和信息化厅', '省通信管理局']]);
		// Tianjin: (…等按职责分工负责)
		assert.deepEqual(annotated('tianjin-ai-industry').a.units[0].responsible, ['市科委', '市教委']);
		// Guizhou: (责任单位:…)
		assert.deepEqual(annotated('guizhou').a.units[0].responsible, ['省经济和信息化委', '省大数据发展管理局', '省能源局', '省安全监管局']);
	});

	it('skips a document whose body was never scraped', () => {
		const { a } = annotated('shanxi');
		assert.deepEqual(annotationsToJson(a), { targets: [], quantities: [], dates: [], docNumbers: [], units: [] });
	});

	it('prints the CLI\'s JSON shape', () => {
		const { text, a } = annotated('shandong');
		const j = annotationsToJson(a);
		assert.deepEqual(Object.keys(j), ['targets', 'quantities', 'dates', 'docNumbers', 'units']);
		assert.deepEqual(Object.keys(j.targets[0]), ['offset', 'end', 'text', 'deadline', 'clause', 'section']);
		assert.deepEqual(Object.keys(j.quantities[0]), ['offset', 'end', 'text', 'isTarget']);
		assert.deepEqual(Object.keys(j.dates[0]), ['offset', 'end', 'text', 'kind', 'iso']);
		assert.deepEqual(Object.keys(annotationsToJson(annotated('qinghai').a).docNumbers[0]), ['offset', 'end', 'text', 'issuer', 'year', 'number']);
		assert.deepEqual(Object.keys(annotationsToJson(annotated('gansu').a).units[0]), ['offset', 'end', 'lead', 'responsible']);
		const t = j.targets.find(x => x.text === '突破1200亿元')!;
		assert.equal(t.deadline, '2022');
		assert.equal(text.slice(t.clause.offset, t.clause.end), '全省大数据产品和服务收入突破1200亿元');
		assert.doesNotThrow(() => JSON.stringify(j));
	});
});
