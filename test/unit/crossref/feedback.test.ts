// Pseudo-relevance feedback (feedback.ts): the terms the best results share are added to the
// query, and the ranker keeps the first search's top places while the expanded search fills
// the rest.
import * as assert from 'node:assert/strict';
import { expandTerms } from '../../../src/core/index/feedback';
import { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { segmenter, taskByAnchor } from './helpers';

describe('crossref: pseudo-relevance feedback', function () {
	this.timeout(60_000);

	const bag = (pairs: [number, number][]) => ({
		uni: Int32Array.from(pairs.map(p => p[0])), uw: Float32Array.from(pairs.map(p => p[1])),
		len: pairs.reduce((a, p) => a + p[1], 0),
	});

	it('adds the terms the top results share most, weighted by idf, not the query\'s own, ids ascending', () => {
		// Query: terms 5, 9. Results share 7 (twice, rare) and 3 (once, common); 9 is the query's.
		const top = [bag([[3, 1], [7, 2], [9, 1]]), bag([[7, 1], [9, 3]])];
		const idf = (id: number) => (id === 3 ? 0.1 : 2);
		const { uni, uw } = expandTerms(Int32Array.from([5, 9]), Float32Array.from([1, 2]), top, idf, 1, 0.5);
		assert.deepEqual([...uni], [5, 7, 9]);
		assert.deepEqual([...uw], [1, 0.5, 2]);
	});

	it('weighs the added terms in proportion to the best one, and adds nothing when asked for none', () => {
		const top = [bag([[1, 1], [2, 1]])];
		const idf = (id: number) => (id === 1 ? 2 : 1);
		const { uni, uw } = expandTerms(Int32Array.from([9]), Float32Array.from([1]), top, idf, 2, 1);
		assert.deepEqual([...uni], [1, 2, 9]);
		assert.deepEqual([...uw], [1, 0.5, 1]);
		const none = expandTerms(Int32Array.from([9]), Float32Array.from([1]), top, idf, 0, 1);
		assert.deepEqual([...none.uni], [9]);
	});

	it('finds a counterpart that shares no word with the query but the words of its first hits, after the kept places', async () => {
		// Query on 智慧农场; the hit shares 智慧农场 and 农机导航; the counterpart has only 农机导航.
		// maxTermDf 1: in three notices every term is "common" and would select no candidates.
		const files = [
			{ key: 'q.txt', text: '一、重点任务\n1.智慧农场。建设智慧农场示范基地。\n' },
			{ key: 'a.txt', text: '一、主要任务\n1.智慧农场建设。推广智慧农场，发展农机导航和植保无人机。\n' },
			{ key: 'b.txt', text: '一、工作安排\n1.农机装备。推广农机导航和植保无人机作业。\n' },
		];
		const run = async (feedbackTerms: number) => {
			const idx = new WorkspaceIndex({ segmenter: segmenter(), rank: { feedbackTerms, feedbackDocs: 1, feedbackKeep: 1, maxTermDf: 1 } });
			await idx.updateMany(files);
			const q = taskByAnchor(idx, 'q.txt', files[0].text, '1.智慧农场。');
			return idx.queryTask(q, { limit: 5 }).map(r => r.task.file);
		};
		assert.deepEqual(await run(0), ['a.txt']);
		assert.deepEqual(await run(10), ['a.txt', 'b.txt']);
	});
});
