// What the highlights and hovers say on the samples, asked of the language service in plain
// Node (the editor only converts these; test/integration/highlights.test.ts keeps one of each
// end to end: the legend, the wire format, a range request, a date, a target and a quantity hover).
import * as assert from 'node:assert/strict';
import { createNoticeService, TOKEN_MODIFIERS, TOKEN_TYPES, type NoticeTextDocument } from '../../../src/core/service';
import { readSample } from '../paths';

let version = 0;
const sample = (name: string): NoticeTextDocument => {
	const text = readSample(name);
	return { uri: `mem:/${name}.txt`, version: ++version, getText: () => text };
};

/** `text|type|modifiers` of the token starting at `needle` (+ `skip`), as the legend names them. */
function tokenAt(d: NoticeTextDocument, needle: string, skip = 0): string {
	const text = d.getText();
	const at = text.indexOf(needle);
	assert.ok(at >= 0, `${needle} is in ${d.uri}`);
	const tokens = createNoticeService().getSemanticTokens(d);
	const t = tokens.find(x => x.offset === at + skip);
	assert.ok(t, `a token starts at ${needle}; near it: ${tokens.filter(x => Math.abs(x.offset - at) < 40).map(x => text.slice(x.offset, x.end)).join(' ')}`);
	return `${text.slice(t.offset, t.end)}|${TOKEN_TYPES[t.type]}|${TOKEN_MODIFIERS.filter((_, i) => t.modifiers & (1 << i)).join(',')}`;
}

describe('language service on the samples', () => {
	it('tells shandong targets from baseline figures and deadlines from past years', () => {
		const d = sample('shandong');
		assert.equal(tokenAt(d, '突破1200亿元'), '突破1200亿元|target|');
		assert.equal(tokenAt(d, '1.42万亿元'), '1.42万亿元|quantity|');
		// 1.打造全省经济发展的新增长极。到2022年 …: a deadline, with the 到 the grammar colours with it.
		assert.equal(tokenAt(d, '新增长极。到2022年', 5), '到2022年|date|deadline');
		// 2017年 in 发展基础 is a baseline year.
		assert.equal(tokenAt(d, '2017年'), '2017年|date|past');
		assert.equal(createNoticeService().getSemanticTokens(d).filter(t => TOKEN_TYPES[t.type] === 'target').length, 50);
	});

	it('gives gansu dates their kinds, its 文号 and its lead units', () => {
		const d = sample('gansu');
		assert.equal(tokenAt(d, '2018年8月1日'), '2018年8月1日|date|issued');
		assert.equal(tokenAt(d, '2018-08-06'), '2018-08-06|date|published');
		assert.equal(tokenAt(d, '2018—2020年'), '2018—2020年|date|period');
		assert.equal(tokenAt(d, '到 2020 年,制造业'), '到 2020 年|date|deadline');
		assert.equal(tokenAt(d, '降低 30%'), '降低 30%|target|');
		assert.equal(tokenAt(d, '国发〔2017〕35号'), '国发〔2017〕35号|docNumber|');
		assert.equal(tokenAt(d, '(牵头单位:省工信委;', 6), '省工信委|unit|lead');
		assert.equal(tokenAt(d, '责任单位:省发展改革委、省教育厅、省科技厅,各市州政府', 5), '省发展改革委|unit|');
	});

	it('hovers a shandong target in a 专栏 with its whole task path', () => {
		const d = sample('shandong');
		const at = d.getText().indexOf('突破1200亿元');
		const h = createNoticeService().getHover(d, at + 3);
		assert.ok(h && h.kind === 'target');
		assert.equal(d.getText().slice(h.range.offset, h.range.end), '突破1200亿元');
		assert.deepEqual([h.metric, h.value, h.verb, h.deadline], ['大数据产品和服务收入', '1200亿元', '突破', '2022']);
		assert.deepEqual(h.section.slice(-2), ['大力推进大数据产业发展', '“数聚山东”集聚发展工程']);
	});

	it('hovers a 文号 with its issuer, year and number (qinghai)', () => {
		const d = sample('qinghai');
		const at = d.getText().indexOf('国办发〔2015〕41号');
		const h = createNoticeService().getHover(d, at + 8);
		assert.ok(h && h.kind === 'docNumber');
		assert.deepEqual([h.text, h.issuer, h.year, h.number], ['国办发〔2015〕41号', '国办发', 2015, 41]);
	});

	it('hovers a gansu target with its task and units', () => {
		const d = sample('gansu');
		const h = createNoticeService().getHover(d, d.getText().indexOf('降低 30%') + 4);
		assert.ok(h && h.kind === 'target');
		assert.deepEqual([h.metric, h.value, h.verb, h.deadline], ['试点示范项目运营成本', '30%', '降低', '2020']);
		assert.deepEqual(h.section.slice(-2), ['推动人工智能与各行业融合创新', '智能制造']);
		assert.deepEqual(h.lead, ['省工信委']);
		assert.deepEqual(h.responsible, ['省发展改革委', '省教育厅', '省科技厅', '各市州政府']);
	});
});
