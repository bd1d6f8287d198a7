// How many segmenter processes the index starts: one fewer than the cores unless the setting says.
import * as assert from 'node:assert/strict';
import { segmenterProcesses } from '../../../src/core/segment/workerSegmenter';

describe('segmenter processes', () => {
	it('defaults to one fewer than the cores, at least one', () => {
		assert.equal(segmenterProcesses(0, 1), 1);
		assert.equal(segmenterProcesses(0, 2), 1);
		assert.equal(segmenterProcesses(0, 8), 7);
	});

	it('takes the setting when it is positive, at most 16', () => {
		assert.equal(segmenterProcesses(3, 2), 3);
		assert.equal(segmenterProcesses(2.7, 8), 2);
		assert.equal(segmenterProcesses(40, 8), 16);
	});
});
