// Paragraph boundaries: a scraped notice joins paragraphs with three spaces on one line.
import * as assert from 'node:assert/strict';
import { paragraphAround } from '../../../src/core/text/paragraphs';

describe('text: the paragraph around an offset', () => {
	const text = '一、总体要求   （一）指导思想。全面贯彻。\n\n二、重点任务\n  （一）加强研究。';
	const at = (s: string) => text.slice(paragraphAround(text, text.indexOf(s))!.offset, paragraphAround(text, text.indexOf(s))!.end);

	it('is the paragraph on a line that holds several, not the whole line', () => {
		assert.equal(at('总体'), '一、总体要求');
		assert.equal(at('指导'), '（一）指导思想。全面贯彻。');
	});

	it('is the line on a line that holds one, without its indentation', () => {
		assert.equal(at('重点'), '二、重点任务');
		assert.equal(at('加强'), '（一）加强研究。');
	});

	it('is the paragraph before a break the offset falls in, and null on a blank line', () => {
		const gap = text.indexOf('要求') + 3;
		assert.equal(text.slice(paragraphAround(text, gap)!.offset, paragraphAround(text, gap)!.end), '一、总体要求');
		assert.equal(paragraphAround(text, text.indexOf('\n\n') + 1), null);
	});
});
