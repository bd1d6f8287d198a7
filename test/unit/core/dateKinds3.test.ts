// Date kinds, third round (issue 7, point 5): the end of a term a rule's sentence starts, and the
// year of a regulation shown on a web page dated years later. Short texts written for these cases
// (GUIDE.md's kinds).
import * as assert from 'node:assert/strict';
import { annotate } from '../../../src/core/annotations/index';
import { parseFile } from '../../../src/core/parse';

/** `text:kind` of every date of a parsed file. */
function fileKinds(lines: string[]): string[] {
	return annotate(parseFile(lines.join('\n'))).dates.map(d => `${d.text}:${d.kind}`);
}

describe('date kinds 3', () => {
	it('reads 止 after a date as the end of the term its sentence starts (自发布之日起施行，…止)', () => {
		const kinds = fileKinds(['某市停车场管理办法', '第一条 为了规范停车场管理，制定本办法。', '第二十条 本办法自公布之日起施行，2024年6月30日止。', '某市人民政府', '2021年7月1日']);
		assert.ok(kinds.includes('2024年6月30日:expiry'), kinds.join(' '));
		// 止 that ends a span of facts is no term of the text's own
		const facts = fileKinds(['某市统计公报', '一、综合', '截至2020年12月31日止，全市共有企业5万家。', '某市统计局', '2021年3月1日']);
		assert.ok(!facts.some(k => k.endsWith(':expiry')), facts.join(' '));
	});

	it('dates a regulation by its history note, not by the web page that shows it years later', () => {
		const kinds = fileKinds([
			'某市流动人口服务管理条例',
			'（2008年8月13日某市第十三届人民代表大会常务委员会第5次会议通过，2008年9月19日某省第十届人民代表大会常务委员会第6次会议批准）',
			'第一条 为了加强流动人口服务管理，制定本条例。',
			'第二条 到2010年，全市流动人口信息登记率达到95%。',
			'第三十条 本条例自2008年11月1日起施行。',
			'2015-11-26某市人民政府办公厅    阅读: 1024',
		]);
		assert.ok(kinds.includes('2010年:deadline'), kinds.join(' '));
		assert.ok(kinds.includes('2008年8月13日:issued'), kinds.join(' '));
	});
});
