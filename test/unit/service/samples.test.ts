// What the highlights and hovers say on the samples, asked of the language service in plain
// Node (the editor only converts these; test/integration/highlights.test.ts keeps one of each
// end to end: the legend, the tokens as the service encodes them, a range request, a date, a
// target and a quantity hover, worded in the UI language).
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

/** The tokens of the editor's wire format (getSemanticTokenData) read back: line, UTF-16 character, text, type. */
function decode(text: string, data: Uint32Array): { line: number; char: number; length: number; text: string; type: string }[] {
	const lines = text.split(/\r\n|\r|\n/);
	const out = [];
	let line = 0, char = 0;
	for (let i = 0; i + 4 < data.length; i += 5) {
		line += data[i];
		char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
		out.push({ line, char, length: data[i + 2], text: lines[line].slice(char, char + data[i + 2]), type: TOKEN_TYPES[data[i + 3]] });
	}
	return out;
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

	it('hovers a deadline and an effective date with their kinds and ISO days (hubei, qinghai)', () => {
		const hubei = sample('hubei');
		const deadline = createNoticeService().getHover(hubei, hubei.getText().indexOf('2019年6月底') + 1);
		assert.ok(deadline && deadline.kind === 'date');
		assert.deepEqual([deadline.text, deadline.dateKind, deadline.iso], ['2019年6月底', 'deadline', '2019-06-30']);
		const qinghai = sample('qinghai');
		const effective = createNoticeService().getHover(qinghai, qinghai.getText().indexOf('2018年6月14日') + 1);
		assert.ok(effective && effective.kind === 'date');
		assert.deepEqual([effective.text, effective.dateKind, effective.iso], ['2018年6月14日', 'effective', '2018-06-14']);
	});

	it('hovers a shandong baseline figure as a quantity, not a target; nothing on plain text', () => {
		const d = sample('shandong');
		const service = createNoticeService();
		const h = service.getHover(d, d.getText().indexOf('1.42万亿元') + 1);
		assert.ok(h && h.kind === 'quantity');
		assert.equal(d.getText().slice(h.range.offset, h.range.end), '1.42万亿元');
		assert.equal(h.value, '1.42万亿元');
		assert.equal(service.getHover(d, d.getText().indexOf('推动大数据优秀产品和解决方案深入应用') + 3), undefined);
	});

	it('encodes the tokens of the samples sorted, without overlaps, each on one line', () => {
		for (const name of ['gansu', 'shandong', 'qinghai']) {
			const d = sample(name);
			const text = d.getText();
			const lines = text.split(/\r\n|\r|\n/);
			const tokens = decode(text, createNoticeService().getSemanticTokenData(d));
			assert.ok(tokens.length > 0, `${name} has tokens`);
			for (let i = 0; i < tokens.length; i++) {
				const t = tokens[i];
				assert.ok(t.length > 0 && t.char + t.length <= lines[t.line].length, `${name}: token ${t.text} fits its line`);
				if (i) {
					const p = tokens[i - 1];
					assert.ok(p.line < t.line || (p.line === t.line && p.char + p.length <= t.char), `${name}: ${p.text} and ${t.text} overlap or are out of order`);
				}
			}
		}
	});

	it('encodes lines and UTF-16 columns as the editor counts them: CRLF line ends, a surrogate pair before a target', () => {
		const text = '某市关于加快数字经济发展的通知\r\n一、发展目标\r\n到2020年，𠮷市数字经济规模达到1000亿元以上，增长10%。\r\n';
		const tokens = decode(text, createNoticeService().getSemanticTokenData({ uri: 'mem:/crlf.txt', version: ++version, getText: () => text }));
		assert.deepEqual(tokens.map(t => `${t.line}:${t.char}:${t.text}:${t.type}`), [
			'2:0:到2020年:date', '2:16:达到1000亿元以上:target', '2:27:增长10%:target',
		]);
	});
});
