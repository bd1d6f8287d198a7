// MatchBefore answers re.test(text.slice(start, at)) with one regex run per span start: the same
// answers as the slice for the word patterns the target rules ask about, at every offset where a
// quantity can begin.
import * as assert from 'node:assert/strict';
import { MatchBefore } from '../../../src/core/text/matchBefore';
import { seededRandom } from '../../eval/lib';

// The shapes targets.ts asks about: a word, alternatives, a lookbehind, a lookahead, a colon lead.
const PATTERNS = [
	/确保/u,
	/所称|是指/u,
	/(?:分为|分成|划分为|划为)/u,
	/(?<![不许认宁])可(?:以|[将按从在享达提用缩延给获适])/u,
	/应当|必须|须|确保|保证|(?<![相供响适对反效回呼顺])应(?![用急对聘届答])/u,
	/(?:目标|指标|定额)(?:任务)?(?:是|为|如下)?[ \u3000]*[：:]/,
];
/** Where a quantity can begin: a digit or a Chinese numeral (what the class is asked at). */
const QUANTITY_START = /[0-9０-９一二两三四五六七八九十半]/u;
const PIECES = ['三', '两', '确保', '所称', '是指', '分为', '划分为', '可以', '不可以', '许可将', '应当', '相应', '应用', '应', '须',
	'目标', '任务', '是', '：', '达到', '30%', '，', '3', '个', '　', '的'];

describe('MatchBefore', () => {
	it('answers as a regex over the slice does, for every span start and every offset where a quantity can begin', () => {
		const r = seededRandom(7);
		let checked = 0, matched = 0;
		for (let trial = 0; trial < 200; trial++) {
			let text = '';
			while (text.length < 60) { text += PIECES[Math.floor(r() * PIECES.length)]; }
			const memo = new MatchBefore(text);
			for (const re of PATTERNS) {
				for (const start of [0, 1 + Math.floor(r() * 20)]) {
					const end = text.length;
					// Offsets rising, as the quantities of a clause come: where a quantity begins.
					for (let at = start; at < end; at++) {
						if (!QUANTITY_START.test(text[at])) { continue; }
						const want = re.test(text.slice(start, at));
						assert.equal(memo.test(re, start, end, at), want, `${re} over ${JSON.stringify(text.slice(start, at))}`);
						checked++;
						if (want) { matched++; }
					}
				}
			}
		}
		assert.ok(matched > checked / 10 && matched < checked, `both answers occur (${matched} of ${checked})`);
	});
});
