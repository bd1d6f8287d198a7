// The innermost span holding an offset: tasks holding a target, a note or the cursor.
import * as assert from 'node:assert/strict';
import { innermostHolding } from '../../../src/core/text/search';

describe('text: the innermost span holding an offset', () => {
	// an outer span, one nested in it, one after both, an empty one
	const spans = [{ offset: 0, end: 100 }, { offset: 10, end: 20 }, { offset: 120, end: 150 }, { offset: 160, end: 160 }];

	it('is the shortest of the spans that hold it', () => {
		assert.equal(innermostHolding(spans, 15), 1);
		assert.equal(innermostHolding(spans, 50), 0);
		assert.equal(innermostHolding(spans, 120), 2);
	});

	it('is -1 outside every span; an empty span holds its own offset', () => {
		assert.equal(innermostHolding(spans, 110), -1);
		assert.equal(innermostHolding(spans, 150), -1, 'end exclusive');
		assert.equal(innermostHolding(spans, 160), 3);
	});

	it('looks back only as far as asked, and only among the spans it may take', () => {
		assert.equal(innermostHolding(spans, 50, 1), -1, 'the outer span is two back from the nested one');
		assert.equal(innermostHolding(spans, 15, Infinity, i => i !== 1), 0);
	});
});
