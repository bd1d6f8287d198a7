// Date kinds, fifth round (issue 7, point 5): in a rule's history, the adoption that opens the version
// at hand is issued even when its approval falls in the next year. A short text written for the case
// (GUIDE.md: the revision that produced this text is issued, earlier entries past).
import * as assert from 'node:assert/strict';
import { annotate } from '../../../src/core/annotations/index';
import { parseFile } from '../../../src/core/parse';

/** `text:kind` of every date of a parsed file. */
function fileKinds(lines: string[]): string[] {
	return annotate(parseFile(lines.join('\n'))).dates.map(d => `${d.text}:${d.kind}`);
}

describe('date kinds 5', () => {
	it('reads …会议通过并经（next year）…批准的《决定》修正 as the version at hand: both its dates issued, the first adoption past', () => {
		const kinds = fileKinds([
			'某市古城保护条例',
			'2017年10月31日 某市人民代表大会常务委员会第十七次会议通过',
			'2017年11月30日 某省人民代表大会常务委员会第七次会议批准',
			'2019年12月24日 某市人民代表大会常务委员会第二十九次会议通过并经2020年1月15日某省人民代表大会常务委员会第十六次会议批准的《某市人民代表大会常务委员会关于修改〈某市养犬管理条例〉等六件地方性法规的决定》修正',
			'第一条 为了加强古城保护，制定本条例。',
			'第四十条 本条例自2018年3月1日起施行。',
		]);
		assert.deepEqual(kinds, ['2017年10月31日:past', '2017年11月30日:past', '2019年12月24日:issued', '2020年1月15日:issued', '2018年3月1日:effective']);
	});
});
