// Issue 7, tenth round: more of a rule's standing bounds and of what marks a date, each a general way
// of writing them. Every text is written for its case; the gold set (test/gold) measures the documents.
import * as assert from 'node:assert/strict';
import { targetsOf } from './helpers';

describe('targets: standing bounds of rules, tenth round', () => {
	it('takes a count of times in Chinese numerals as a frequency though its bound stands before 每 (至少每季度公布一次)', () => {
		const text = '某市村务公开条例\n第一条 一般事项至少每季度公布一次，财务收支至少每月公布两次。\n';
		assert.deepEqual(targetsOf(text), ['一次@', '两次@']);
	});
});
