// The text-level scanners on plain strings: quantities, dates, 文号, responsible units, clauses
// and the verbs that govern a quantity. Every case here was written by hand from policy text.
import * as assert from 'node:assert/strict';
import type { Span } from '../../../src/core/model';
import { bookTitles } from '../../../src/core/annotations/chars';
import { splitClauses, splitSentences } from '../../../src/core/annotations/clauses';
import { classifyDate, scanDates, type ClassifyContext } from '../../../src/core/annotations/dates';
import { scanDocNumbers } from '../../../src/core/annotations/docNumbers';
import { scanQuantities } from '../../../src/core/annotations/quantities';
import { parseUnitNote, scanUnits, splitUnits, findLeadConvention } from '../../../src/core/annotations/units';
import { verbAfter, verbBefore } from '../../../src/core/annotations/verbs';
import { parseFile } from '../../../src/core/parse';
import { annotate } from '../../../src/core/annotations/index';

const all = (s: string): Span => ({ offset: 0, end: s.length });

/** Quantities of a string, with dates, 文号 and 《titles》 excluded the way annotate excludes them. */
function quantities(s: string) {
	const titles = bookTitles(s, 0, s.length);
	const exclude = [...scanDates(s, all(s), { bookTitles: titles }), ...scanDocNumbers(s, 0, s.length), ...titles]
		.sort((a, b) => a.offset - b.offset);
	return scanQuantities(s, all(s), exclude);
}
const texts = (s: string) => quantities(s).map(q => q.text);

function dates(s: string, ctx: ClassifyContext = { docYear: 2018 }) {
	const titles = bookTitles(s, 0, s.length);
	return scanDates(s, all(s), { bookTitles: titles }).map(r => ({ text: r.text, ...classifyDate(r, ctx) }));
}

describe('annotations: quantities', () => {
	it('reads value, unit and qualifier', () => {
		const [q] = quantities('全省上云企业达到30万家以上');
		assert.deepEqual([q.text, q.value, q.valueMax, q.unit, q.qualifier], ['30万家以上', 30, null, '万家', '以上']);
		const [r] = quantities('实现主营业务收入1.42万亿元');
		assert.deepEqual([r.text, r.value, r.unit, r.qualifier], ['1.42万亿元', 1.42, '万亿元', '']);
	});

	it('reads a long amount but not a digit run longer than any amount', () => {
		assert.deepEqual(texts('投资1234567890123元'), ['1234567890123元']);
		assert.deepEqual(texts(`编号${'7'.repeat(60)}元`), []);
	});

	it('reads ranges written with - — ～ 〜 － 至 到', () => {
		for (const [s, text] of [['重点培育3-5个千亿级企业', '3-5个'], ['建设2至3家创新平台', '2至3家'], ['搭建1—2个重点实验室', '1—2个'],
			['形成3～5个集群', '3～5个'], ['形成3〜5个集群', '3〜5个'], ['形成3－5个集群', '3－5个'], ['培育3到5家企业', '3到5家']]) {
			const [q] = quantities(s);
			assert.equal(q?.text, text, s);
			assert.deepEqual([q.value, q.valueMax], [Number(text[0]), Number(text[2])], s);
		}
		const [p] = quantities('年均增长10%—15%');
		assert.deepEqual([p.text, p.value, p.valueMax, p.unit], ['10%—15%', 10, 15, '%']);
	});

	it('knows data, bandwidth and counted-set units', () => {
		assert.deepEqual(texts('互联网出省带宽超过10000Gbps,承载能力50PB,汇聚数据资源达5000TB'), ['10000Gbps', '50PB', '5000TB']);
		assert.deepEqual(texts('城市家庭普遍具备1000M以上接入服务能力'), ['1000M以上']);
		const [t] = quantities('工业设备上云数量达到1000万台(套)');
		assert.deepEqual([t.text, t.unit], ['1000万台(套)', '万台(套)']);
		const [d] = quantities('压缩办理时限至3个工作日以内');
		assert.deepEqual([d.text, d.unit, d.qualifier], ['3个工作日以内', '个工作日', '以内']);
	});

	it('takes qualifiers before the number and approximations after it', () => {
		const [a] = quantities('培育约2万个工业APP');
		assert.deepEqual([a.text, a.qualifier, a.value, a.unit], ['约2万个', '约', 2, '万个']);
		assert.deepEqual(quantities('引进200多个项目,培育10余家企业').map(q => [q.text, q.qualifier]), [['200多个', '多'], ['10余家', '余']]);
	});

	it('reads full-width digits, ％ and ．', () => {
		const [q] = quantities('占比达到３０％以上');
		assert.deepEqual([q.text, q.value, q.unit, q.qualifier], ['３０％以上', 30, '%', '以上']);
		const [r] = quantities('规模达到１．５亿元');
		assert.deepEqual([r.value, r.unit], [1.5, '亿元']);
		const [g] = quantities('收入达到1,000亿元');
		assert.equal(g.value, 1000);
	});

	it('never takes technology names or specs for quantities', () => {
		for (const s of ['加快5G商用', '4G/5G网络建设', '基于IPv6的下一代互联网', '主动式3D眼镜', '引进12英寸晶圆生产线', '8英寸、12英寸晶圆',
			'引进世界500强企业', '500米口径球面射电望远镜', 'O2O新零售', 'H.265编码', '4K/8K超高清', '工业4.0', '28nm工艺', '14纳米工艺']) {
			assert.deepEqual(texts(s), [], s);
		}
		// …but the count in front of a spec is a quantity
		assert.deepEqual(texts('集中资源引进2-3条12英寸晶圆生产线'), ['2-3条']);
	});

	it('reads measures, scores and grades: 毫米, 级, 分, 分钱, 根, 宗, 蒸吨, 像素, m', () => {
		const got = quantities('张开宽度1-5毫米，发生6.8级地震，总分600分，加价2分钱，年产130根曲轴，出让225宗，20蒸吨锅炉，358像素，135m水位').map(q => q.text);
		assert.deepEqual(got, ['1-5毫米', '6.8级', '600分', '2分钱', '130根', '225宗', '20蒸吨', '358像素', '135m']);
	});

	it('never takes years, dates, ordinals, 文号 or numbers in 《titles》 for quantities', () => {
		for (const s of ['到2020年', '2018—2020年', '2019年6月底前', '第1批试点', '第3次会议', '国发〔2017〕35号',
			'《促进新一代人工智能产业发展三年行动计划(2018—2020年)》', '《100项工程实施方案》', '专栏12 多层次企业协作体系', '附件2', '(2018-2022年)']) {
			assert.deepEqual(texts(s), [], s);
		}
		assert.deepEqual(texts('《规划》100项'), ['100项']);
		assert.deepEqual(texts('再经过5-10年努力'), ['5-10年']);
	});

	it('does not run a unit into the next word', () => {
		assert.deepEqual(texts('构建3场景'), []);
		assert.deepEqual(texts('80年代'), []);
		assert.deepEqual(texts('0403年底前'), []);
	});
});

describe('annotations: dates', () => {
	it('finds deadlines and gives a deadline year its last day', () => {
		assert.deepEqual(dates('到2020年,培育10家'), [{ text: '2020年', kind: 'deadline', iso: '2020-12-31', anchorYear: 2020 }]);
		assert.deepEqual(dates('2019年底前完成')[0], { text: '2019年底前', kind: 'deadline', iso: '2019-12-31', anchorYear: 2019 });
		assert.deepEqual(dates('2019年6月底前压缩')[0], { text: '2019年6月底前', kind: 'deadline', iso: '2019-06-30', anchorYear: 2019 });
		assert.equal(dates('到 2020 年,')[0].kind, 'deadline');
		assert.equal(dates('2019年上半年完成')[0].iso, '2019-06-30');
		assert.equal(dates('到2020年初步建成')[0].text, '2020年');
		assert.equal(dates('力争到２０２０年底')[0].iso, '2020-12-31');
	});

	it('finds periods in their written forms', () => {
		for (const s of ['2018—2020年', '2018年至2020年', '2018-2020年', '2018～2020年', '２０１８－２０２０年', '2018年—2020年']) {
			const [d] = dates(s);
			assert.deepEqual([d.text, d.kind, d.iso, d.anchorYear], [s, 'period', '2018-01-01/2020-12-31', 2020], s);
		}
	});

	it('tells effective, issued, reference and past dates apart', () => {
		assert.deepEqual(dates('本《通知》自2018年6月14日起施行。')[0], { text: '2018年6月14日', kind: 'effective', iso: '2018-06-14', anchorYear: null });
		assert.equal(dates('2018年5月15日')[0].kind, 'issued');
		assert.equal(dates('(2018年10月29日印发)')[0].kind, 'issued');
		assert.deepEqual(dates('二〇一八年五月十五日')[0], { text: '二〇一八年五月十五日', kind: 'issued', iso: '2018-05-15', anchorYear: null });
		assert.equal(dates('2017年10月26日签署的《通信基站环境保护备忘录》')[0].kind, 'reference');
		assert.equal(dates('《新一代人工智能发展规划(2016—2020年)》')[0].kind, 'reference');
		assert.deepEqual(dates('2017年,全省实现主营业务收入1.42万亿元')[0], { text: '2017年', kind: 'past', iso: '2017', anchorYear: null });
		assert.equal(dates('截至2018年6月,全省')[0].kind, 'past');
		assert.equal(dates('2015年以来')[0].kind, 'past');
		// a deadline before the document's own year is a fact of the past
		assert.equal(dates('从2012年的1.31万亿元增长到2021年的13.1万亿元', { docYear: 2022 })[1].kind, 'past');
	});

	it('reads a signature glued to the next title, a date with （此件公开发布）, 修订通过 and the year a title covers', () => {
		const text = ['国务院关于印发某规划的通知', '现印发给你们。', '国务院二○一一年十二月十五日某规划（2011—2015年）', '2021年1月26日（此件公开发布）',
			'某规则（二○○四年六月十六日国务院第54次常务会议修订通过）', ''].join('\n');
		const kinds = annotate(parseFile(text)).dates.map(d => `${d.text}:${d.kind}`);
		assert.ok(kinds.includes('二○一一年十二月十五日:issued'), kinds.join(' '));
		assert.ok(kinds.includes('2021年1月26日:issued'), kinds.join(' '));
		assert.ok(kinds.includes('二○○四年六月十六日:issued'), kinds.join(' '));
		const holiday = annotate(parseFile('国务院办公厅关于2019年部分节假日安排的通知\n现将2019年元旦、春节放假安排通知如下。\n')).dates;
		assert.deepEqual(holiday.map(d => `${d.text}:${d.kind}`), ['2019年:period', '2019年:period']);
	});

	it('reads 成文日期/发布日期 labels and a report\'s delivery date; the year of a report\'s title is not its period', () => {
		const kinds = (text: string) => annotate(parseFile(text)).dates.map(d => `${d.text}:${d.kind}`);
		const page = kinds('关于调整补助标准的通知\n成文日期：2015年11月25日\n发布日期：2015年11月28日\n各县（市）区：现将有关事项通知如下。\n');
		assert.ok(page.includes('2015年11月25日:issued') && page.includes('2015年11月28日:published'), page.join(' '));
		const report = kinds('2026年政府工作报告\n——2026年1月31日在某省第十四届人民代表大会第五次会议上\n各位代表：\n');
		assert.deepEqual(report, ['2026年:reference', '2026年1月31日:issued']);
		assert.deepEqual(kinds('某省财政厅关于做好2021年度继续教育工作的通知\n现将2021年度继续教育有关事项通知如下。\n'), ['2021年度:period', '2021年度:period']);
	});

	it('a 发文日期 label, 自…起取消, and a date naming a decree (…日原国家工商行政管理局令)', () => {
		assert.equal(dates('发文日期：2010-04-29')[0].kind, 'issued');
		assert.equal(dates('本加分项目自2017年1月1日起取消。')[0].kind, 'expiry');
		assert.equal(dates('本细则自公布之日起施行。1988年11月3日原国家工商行政管理局令第1号公布的《实施细则》同时废止。', { docYear: 2018 })[0].kind, 'reference');
	});

	it('rejects impossible dates', () => {
		assert.deepEqual(dates('2019年2月30日'), []);
		assert.deepEqual(dates('2019年13月'), []);
		assert.deepEqual(dates('2020—2018年'), []);
	});
});

describe('annotations: 文号', () => {
	it('reads issuer code, year and number with every bracket', () => {
		const got = (s: string) => scanDocNumbers(s, 0, s.length).map(n => [n.text, n.issuer, n.year, n.number]);
		assert.deepEqual(got('(国办发〔2015〕41号)和(工信部联通信〔2017〕234号)'),
			[['国办发〔2015〕41号', '国办发', 2015, 41], ['工信部联通信〔2017〕234号', '工信部联通信', 2017, 234]]);
		assert.deepEqual(got('根据国发[2017]35号文件'), [['国发[2017]35号', '国发', 2017, 35]]);
		assert.deepEqual(got('川府发(2018)12号、京政发【2019】3号、国发［2016］1号'),
			[['川府发(2018)12号', '川府发', 2018, 12], ['京政发【2019】3号', '京政发', 2019, 3], ['国发［2016］1号', '国发', 2016, 1]]);
		assert.deepEqual(got('国发〔２０１７〕３５号'), [['国发〔２０１７〕３５号', '国发', 2017, 35]]);
		assert.deepEqual(got('行动计划(2018—2020年)'), []);
		assert.deepEqual(got('(2018)15号'), []);
	});
});

describe('annotations: responsible units', () => {
	const note = (s: string, convention = false) => parseUnitNote(s, convention);

	it('reads labelled lead and responsible lists', () => {
		assert.deepEqual(note('牵头单位:省科技厅、省教育厅;责任单位:省发展改革委、省工信委'),
			{ lead: ['省科技厅', '省教育厅'], responsible: ['省发展改革委', '省工信委'] });
		assert.deepEqual(note('牵头单位：省卫生健康委，参加单位：省大数据局'), { lead: ['省卫生健康委'], responsible: ['省大数据局'] });
		assert.deepEqual(note('责任单位:省农牧厅;责任单位:省发展改革委,各市州政府'), { lead: [], responsible: ['省农牧厅', '省发展改革委', '各市州政府'] });
	});

	it('reads …负责 and …牵头,…配合 notes', () => {
		assert.deepEqual(note('各设区市政府,省委网信办、省发展改革委等部门负责'), { lead: [], responsible: ['各设区市政府', '省委网信办', '省发展改革委'] });
		assert.deepEqual(note('市科委、市教委等按职责分工负责'), { lead: [], responsible: ['市科委', '市教委'] });
		assert.deepEqual(note('省发展改革委牵头,省工信厅、省财政厅配合'), { lead: ['省发展改革委'], responsible: ['省工信厅', '省财政厅'] });
		assert.deepEqual(note('国家发展改革委、国家卫生健康委牵头，相关部门及各地区按职责分工负责'),
			{ lead: ['国家发展改革委', '国家卫生健康委'], responsible: ['相关部门', '各地区'] });
	});

	it('applies 列在首位的为牵头单位 from where it is said', () => {
		const s = '第一项。(责任单位:科技厅,教育厅、省经济和信息化委。列在首位的为牵头单位,下同)第二项。(责任单位:省经济和信息化委,科技厅、有关市〔州〕人民政府)';
		const from = findLeadConvention(s, all(s));
		assert.ok(from > 0);
		assert.deepEqual(scanUnits(s, all(s), from).map(u => [u.lead, u.responsible]), [
			[['科技厅'], ['教育厅', '省经济和信息化委']],
			[['省经济和信息化委'], ['科技厅', '有关市〔州〕人民政府']],
		]);
		// without the convention nobody leads
		assert.deepEqual(scanUnits('(省科技厅、省财政厅负责)', all('(省科技厅、省财政厅负责)')).map(u => u.lead), [[]]);
	});

	it('splits on 和/及 only between whole units', () => {
		assert.deepEqual(splitUnits('省科技厅和省财政厅负责'), ['省科技厅', '省财政厅']);
		assert.deepEqual(splitUnits('省经济和信息化委负责'), ['省经济和信息化委']);
		assert.deepEqual(splitUnits('工业和信息化部、住房和城乡建设部、省文化和旅游厅'), ['工业和信息化部', '住房和城乡建设部', '省文化和旅游厅']);
	});

	it('spans the whole bracketed note and ignores other brackets', () => {
		const s = '建设平台。（牵头单位：省工业和信息化厅；责任单位：省发展改革委、省科技厅）另设小组(以下简称领导小组)(不含任务或课题负责人)(此件公开发布)';
		const units = scanUnits(s, all(s));
		assert.equal(units.length, 1);
		assert.equal(s.slice(units[0].offset, units[0].end), '（牵头单位：省工业和信息化厅；责任单位：省发展改革委、省科技厅）');
	});
});

describe('annotations: clauses and verbs', () => {
	it('splits clauses on ，,；;。！？ but not inside 1,000', () => {
		const s = 'A，B,C；D;E。F！G？收入达到1,000亿元,下一句';
		assert.deepEqual(splitClauses(s, all(s)).map(c => s.slice(c.offset, c.end)), ['A', 'B', 'C', 'D', 'E', 'F', 'G', '收入达到1,000亿元', '下一句']);
		assert.deepEqual(splitSentences(s, all(s)).map(c => s.slice(c.offset, c.end)), ['A，B,C；D;E', 'F', 'G', '收入达到1,000亿元,下一句']);
	});

	it('finds the nearest governing verb, and the words that block it', () => {
		const before = (s: string) => verbBefore(s, 0, s.search(/[0-9]/));
		assert.equal(before('人工智能核心产业规模达到150亿元')?.verb, '达到');
		assert.equal(before('数字经济增加值年均增长20%以上')?.comparator, 'annualGrowth');
		assert.equal(before('培育人工智能科技领军企业10家')?.verb, '培育');
		assert.equal(before('试点示范项目运营成本降低 30%')?.comparator, 'reduce');
		assert.equal(before('发挥100亿元智能制造财政专项资金')?.blocker, true);
		assert.equal(before('智慧旅游投资占旅游业总投入的20%以上')?.verb, '占');
		assert.equal(before('超级计算中心100个'), null, '超 inside 超级 is not a comparator');
		const s = '其中2—3个城市达到全国先进水平';
		assert.equal(verbAfter(s, s.indexOf('个') + 1, s.length)?.verb, '达到');
	});
});
