// Width folding (src/core/text/width.ts), the one home of it: the identity of texts, the
// segmenter's tokens, numerals and filters all fold through it.
import * as assert from 'node:assert/strict';
import { foldForFilter, isDigit, toHalfWidth, toHalfWidthLower } from '../../../src/core/text/width';
import { identityText } from '../../../src/core/text/normalize';
import { seededRandom } from '../../eval/lib';

/** The fold written out character by character, as the specification. */
function reference(s: string, lowerLatin: boolean): string {
	return [...s].map(ch => {
		let c = ch.codePointAt(0)!;
		if (c >= 0xff01 && c <= 0xff5e) { c -= 0xfee0; } else if (c === 0x3000) { c = 0x20; }
		if (lowerLatin && c >= 0x41 && c <= 0x5a) { c += 0x20; }
		return String.fromCodePoint(c);
	}).join('');
}

describe('width folding', () => {
	it('folds full-width ASCII forms and the ideographic space, nothing else, one unit for one', () => {
		assert.equal(toHalfWidth('２０２５年（一）ＡＩ　．％～'), '2025年(一)AI .%~');
		assert.equal(toHalfWidth('〔2025〕①Ⅻ “”'), '〔2025〕①Ⅻ “”');
		assert.equal(toHalfWidthLower('ＡＩ＋GDP İⅫ'), 'ai+gdp İⅫ', 'only Latin A-Z is lower-cased: the length stays');
		assert.equal(foldForFilter('ＧＤＰ增速'), 'gdp增速');
	});

	it('agrees with the character-by-character fold on random text (every length kept)', () => {
		const rnd = seededRandom(7);
		const pool = ['Ａ', 'ｚ', '０', '９', '　', '！', '～', 'A', 'Z', 'a', '中', '文', ' ', '\n', '𠀀', 'İ', '％', '（', '）'];
		for (let n = 0; n < 500; n++) {
			const s = Array.from({ length: Math.floor(rnd() * 30) }, () => pool[Math.floor(rnd() * pool.length)]).join('');
			assert.equal(toHalfWidth(s), reference(s, false), JSON.stringify(s));
			assert.equal(toHalfWidthLower(s), reference(s, true), JSON.stringify(s));
			assert.equal(toHalfWidthLower(s).length, s.length);
		}
	});

	it('the identity of a text ignores blanks and width', () => {
		assert.equal(identityText('加强　组织 领导（一）'), identityText('加强组织领导(一)'));
		assert.notEqual(identityText('加强组织领导'), identityText('加强组织领导。'));
	});

	it('a digit of either width', () => {
		assert.deepEqual([...'0９a９'].map(c => isDigit(c.charCodeAt(0))), [true, true, false, true]);
	});
});
