// A bag's bigrams are packed (an id and two counts in one number): the id and the weight read
// back as they went in, a long run saturates instead of spilling into the id, and sorting the
// packed numbers sorts the ids.
import * as assert from 'node:assert/strict';
import { BagBuilder, BIGRAM_MASK, bigramId, bigramWeight, packBigram } from '../../../src/core/index/bags';

describe('crossref: packed bigrams', () => {
	it('an id and its body and heading counts read back; a count over 31 saturates and leaves the id alone', () => {
		for (const id of [0, 1, 12345, BIGRAM_MASK]) {
			const p = packBigram(id, 3, 2);
			assert.equal(bigramId(p), id);
			assert.equal(bigramWeight(p, 3), 3 + 3 * 2);
			assert.equal(bigramWeight(p, 0.5), 3 + 0.5 * 2);
			const long = packBigram(id, 40, 100);
			assert.equal(bigramId(long), id, `${id}: the id survives long runs`);
			assert.equal(bigramWeight(long, 1), 31 + 31);
		}
		const ids = [BIGRAM_MASK, 7, 300, 0, 299];
		const packed = Uint32Array.from(ids, (id, i) => packBigram(id, 31 - i, i));
		assert.deepEqual([...packed.sort()].map(bigramId), [...ids].sort((a, b) => a - b));
	});

	it('a bag counts each bigram of the body once per occurrence and each of the heading with the heading weight', () => {
		const bag = new BagBuilder({ titleWeight: 3, pathWeight: 1, docWeight: 0.3 }).bag([5, 6, 5, 6], [], [1, 2, 1, 2, 1, 2], [], 10);
		const weights = [...bag.bi].map(p => bigramWeight(p, 3)).sort((a, b) => a - b);
		// Body: 1-2 three times, 2-1 twice; heading: 5-6 twice (×3), 6-5 once (×3).
		assert.deepEqual(weights, [2, 3, 3, 6]);
		assert.equal(new Set([...bag.bi].map(bigramId)).size, 4);
	});
});
