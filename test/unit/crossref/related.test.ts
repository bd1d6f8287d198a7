// The `related` CLI contract computed over an index (through the language service, as the CLI
// does), and `index` counts.
import * as assert from 'node:assert/strict';
import { highlightRanges, indexJson, queryJson, resultJson } from '../../../src/core/index/related';
import { createNoticeService } from '../../../src/core/service';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { parseFile, walkSections } from '../../../src/core/parse';
import { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { readSample } from '../paths';
import { sampleFiles, segmenter } from './helpers';

/** What `related FILE --at …` prints as JSON, made the CLI's way: the service's answer, mapped once. */
async function relatedAt(index: WorkspaceIndex, key: string, text: string, at: { line: number; character: number }, limit: number) {
	const service = createNoticeService({ workspace: { index, segmenter: segmenter() } });
	const out = await service.getRelatedTasks({ uri: key, version: 1, getText: () => text }, new LineIndex(text).offset(at.line, at.character), { limit });
	return out && { query: queryJson(out.query), results: out.results.map(r => resultJson(r)) };
}

describe('crossref: related (CLI contract)', function () {
	this.timeout(60_000);

	it('related tasks of the task at a position, in the JSON shape of the contract', async () => {
		const idx = new WorkspaceIndex({ segmenter: segmenter() });
		const stats = await idx.updateMany(sampleFiles().filter(f => f.key !== 'samples/gansu.txt'));
		const text = readSample('gansu');
		const at = text.indexOf('8.智能制造');
		const line = text.slice(0, at).split('\n').length - 1;
		const character = at - (text.lastIndexOf('\n', at - 1) + 1);
		const out = await relatedAt(idx, 'samples/gansu.txt', text, { line, character: character + 2 }, 5);
		assert.ok(out);
		assert.deepEqual(out.query.path, ['二、重点任务', '(三)推动人工智能与各行业融合创新', '8.智能制造']);
		assert.equal(out.query.title, '智能制造');
		assert.equal(out.results.length, 5);
		const r = out.results[0];
		for (const k of ['file', 'offset', 'end', 'line', 'character', 'document', 'issuer', 'title', 'path', 'score', 'terms', 'targets']) {
			assert.ok(k in r, k);
		}
		assert.ok(out.results.every(x => x.file !== 'samples/gansu.txt'));
		const tj = out.results.find(x => x.file === 'samples/tianjin-ai-industry.txt' && x.title === '智能制造');
		assert.ok(tj, JSON.stringify(out.results.map(x => x.path)));
		assert.equal(tj.issuer, '天津市人民政府办公厅');
		assert.equal(tj.region, '天津市');
		assert.equal(readSample('tianjin-ai-industry').split('\n')[tj.line].slice(tj.character).replace(/^\s+/, '').slice(0, 6), '1.智能制造'.slice(0, 6));
		assert.equal(await relatedAt(idx, 'samples/gansu.txt', text, { line: 0, character: 0 }, 5), null);
		const j = indexJson(idx, stats);
		assert.equal(j.files, 10);
		assert.ok(j.tasks > 250 && j.documents === 9 && typeof j.timings.totalMs === 'number');
	});
});

describe('crossref: a heading whose body is only sub-items', function () {
	this.timeout(60_000);

	it('is a query: its sub-items together, under its own path, other notices only', async () => {
		const idx = new WorkspaceIndex({ segmenter: segmenter() });
		await idx.updateMany(sampleFiles());
		const text = readSample('gansu');
		const heading = '(三)推动人工智能与各行业融合创新';
		const at = text.indexOf(heading);
		const line = text.slice(0, at).split('\n').length - 1;
		const character = at - (text.lastIndexOf('\n', at - 1) + 1);
		assert.equal(idx.taskAt('samples/gansu.txt', at), undefined, 'the heading is no task of its own');
		const out = await relatedAt(idx, 'samples/gansu.txt', text, { line, character: character + 3 }, 20);
		assert.ok(out, 'a query');
		assert.deepEqual(out.query.path, ['二、重点任务', heading]);
		assert.equal(out.query.title, '推动人工智能与各行业融合创新');
		assert.ok(out.results.length > 0 && out.results.every(r => r.file !== 'samples/gansu.txt'));
		// The members: every task under (三), and only those (they are the outline's children of (三)).
		const group = idx.groupAt('samples/gansu.txt', at, heading);
		assert.ok(group);
		const under = idx.tasksOf('samples/gansu.txt').filter(t => t.path[1] === heading);
		assert.deepEqual(group.members.map(t => t.id), under.map(t => t.id));
		assert.ok(group.members.length >= 2 && group.members.every(t => t.offset > at && t.end <= group.task.end));
		// Counterparts of its sub-items rank among its results (天津 智能制造 for 甘肃 8.智能制造).
		assert.ok(out.results.some(r => r.file === 'samples/tianjin-ai-industry.txt' && r.title === '智能制造'), JSON.stringify(out.results.map(r => r.path)));
	});

	it('is no group on a task of its own or on a line with nothing under it', async () => {
		const idx = new WorkspaceIndex({ segmenter: segmenter() });
		await idx.updateMany(sampleFiles());
		const text = readSample('gansu');
		const at = text.indexOf('8.智能制造');
		assert.equal(idx.groupAt('samples/gansu.txt', at, '8.智能制造'), null);
		assert.equal(idx.groupAt('samples/gansu.txt', 0, '不在任何标题里的一行'), null);
	});
});

describe('crossref: results follow the one outline', function () {
	this.timeout(60_000);

	it('a related result that is a section carries the outline path of that section', async () => {
		const files = sampleFiles();
		const idx = new WorkspaceIndex({ segmenter: segmenter() });
		await idx.updateMany(files);
		const outlinePaths = new Map<string, Map<number, string[]>>();
		for (const f of files) {
			const byOffset = new Map<number, string[]>();
			for (const doc of parseFile(f.text).documents) {
				walkSections(doc.sections, (s, ancestors) => {
					byOffset.set(s.offset, [...ancestors, s].filter(x => x.kind !== 'plan').map(x => `${x.marker}${x.title}`));
				});
			}
			outlinePaths.set(f.key, byOffset);
		}
		let checked = 0;
		for (const f of files.slice(0, 4)) {
			for (const task of idx.tasksOf(f.key).slice(0, 8)) {
				for (const r of idx.queryTask(task, { limit: 5 }).map(x => resultJson(x))) {
					const expected = outlinePaths.get(r.file)?.get(r.offset);
					if (!expected) { continue; }
					assert.deepEqual(r.path, expected, `${r.file}@${r.offset}`);
					checked++;
				}
			}
		}
		assert.ok(checked >= 20, `only ${checked} section results checked`);
	});
});

describe('crossref: a related result, one mapping for the CLI and the editor', () => {
	const meta = { title: '', planTitle: null, issuer: null, province: '天津市', city: null, date: '2018-10-19', kind: null, form: null };
	const task = {
		id: 'file:///w/a%20b.txt#0@10', file: 'file:///w/a%20b.txt', document: 0, docKey: 'd', textKey: 't', kind: 'section' as const,
		offset: 10, end: 40, line: 2, character: 0, path: ['二、重点任务'], title: '智能制造', marker: '1.', snippet: '推广ＡＩ智能制造',
		targets: [], lead: [], responsible: [],
	};
	const result = { task, meta, score: 1.5, terms: ['智能制造', 'ai'], duplicates: [] };

	it('names a document without a title by its file, the way the caller names files', () => {
		assert.equal(resultJson(result).document, 'a%20b.txt');
		assert.equal(resultJson(result, () => 'a b.txt').document, 'a b.txt');
		assert.equal(resultJson({ ...result, meta: { ...meta, title: '天津市行动计划' } }, () => 'never').document, '天津市行动计划');
		assert.deepEqual(resultJson(result).path, ['二、重点任务', '1.智能制造']);
		assert.equal(resultJson(result).region, '天津市');
	});

	it('highlights the terms where the segmenter found them: width and Latin case folded, offsets of the text as shown', () => {
		assert.deepEqual(highlightRanges('推广ＡＩ的智能制造', ['智能制造', 'ai']), [[2, 4], [5, 9]]);
		assert.deepEqual(highlightRanges('智能制造，智能', ['智能', '智能制造', '']), [[0, 4], [5, 7]]);
		assert.deepEqual(highlightRanges('阶段Ⅱ目标', ['Ⅱ']), [[2, 3]], 'a term the segmenter left in capitals');
		assert.deepEqual(highlightRanges('', ['智能']), []);
	});
});
