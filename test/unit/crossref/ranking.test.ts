// Ranking over the samples: other documents only, duplicates collapsed, known pairs on top,
// explanations by shared terms, incremental updates that leave the index as a rebuild would.
import * as assert from 'node:assert/strict';
import { DocContext } from '../../../src/core/index/docContext';
import { diversify } from '../../../src/core/index/ranking';
import type { FileEntry, IndexStore, TaskRec } from '../../../src/core/index/store';
import { synonymsOf } from '../../../src/core/index/synonyms';
import { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { readSample } from '../paths';
import { sampleFiles, samplesIndex, segmenter, taskByAnchor } from './helpers';

describe('crossref: ranking', function () {
	this.timeout(60_000);
	let idx: WorkspaceIndex;
	before(async () => { idx = await samplesIndex(); });

	const top = (file: string, anchor: string, n = 5) => {
		const q = taskByAnchor(idx, `samples/${file}.txt`, readSample(file), anchor);
		return idx.queryTask(q, { limit: n });
	};
	const has = (rs: ReturnType<typeof top>, file: string, title: string) =>
		rs.some(r => r.task.file === `samples/${file}.txt` && r.task.title === title);

	it('known pairs rank in the top 5', () => {
		const pairs: [string, string, string, string][] = [
			['gansu', '8.智能制造。', 'tianjin-ai-industry', '智能制造'],
			['gansu', '8.智能制造。', 'sichuan', '制造业智能化示范'],
			['gansu', '14.智能医疗。', 'tianjin-ai-industry', '智能医疗与健康'],
			['gansu', '9.智能农业。', 'sichuan', '智慧农业示范'],
			['sichuan', '智能网联汽车。推广', 'tianjin-ai-industry', '智能运载工具'],
			['hubei', '5、探索“互联网+政务服务”', 'guizhou', '推进便捷化政务服务'],
			['tianjin-qilian', '1.培育一批科技领军企业', 'tianjin-ai-industry', '支持优势企业壮大'],
			['tianjin-ai-industry', '6.智能家居。', 'shandong', '智能家居产业提质工程'],
		];
		for (const [qf, qa, rf, rt] of pairs) {
			const rs = top(qf, qa);
			assert.ok(has(rs, rf, rt), `${qf} ${qa} → ${rf} ${rt}; got ${rs.map(r => `${r.task.file}:${r.task.title}`).join(' | ')}`);
		}
	});

	it('never returns the query\'s own document; every result explains itself by shared terms', () => {
		for (const f of sampleFiles()) {
			for (const q of idx.tasksOf(f.key).filter((_, i) => i % 3 === 0)) {
				const mine = new Set(idx.termsOf(q));
				for (const r of idx.queryTask(q, { limit: 10 })) {
					assert.notEqual(r.task.docKey, q.docKey);
					assert.notEqual(r.task.file, q.file);
					assert.ok(r.terms.length > 0 && r.terms.every(t => mine.has(t) && idx.termsOf(r.task).includes(t)), `${q.id}: ${r.terms}`);
					assert.ok(r.score > 0);
				}
			}
		}
	});

	it('collapses the same notice found in several files; its copies are never results for it', async () => {
		const withCopy = await samplesIndex();
		await withCopy.update('copies/gansu-again.txt', readSample('gansu'));
		await withCopy.update('copies/gansu-reflowed.txt', readSample('gansu').replace(/   /g, '\n'));
		const q = taskByAnchor(withCopy, 'samples/tianjin-ai-industry.txt', readSample('tianjin-ai-industry'), '1.智能制造。');
		const rs = withCopy.queryTask(q, { limit: 20 });
		const gansu = rs.filter(r => r.task.title === '智能制造' && r.task.marker === '8.');
		assert.equal(gansu.length, 1);
		assert.equal(gansu[0].duplicates.length, 2);
		const keys = new Set(rs.map(r => r.task.textKey));
		assert.equal(keys.size, rs.length);
		const own = taskByAnchor(withCopy, 'samples/gansu.txt', readSample('gansu'), '8.智能制造。');
		for (const r of withCopy.queryTask(own, { limit: 50 })) { assert.ok(!r.task.file.includes('gansu'), r.task.file); }
	});

	it('copies still collapse after the slots were renumbered (each slot keeps its text across a compaction)', async () => {
		const withCopy = await samplesIndex();
		await withCopy.update('copies/gansu-again.txt', readSample('gansu'));
		await withCopy.update('copies/gansu-reflowed.txt', readSample('gansu').replace(/   /g, '\n'));
		// A notice inserted before the copies, edited: its old tasks die, and once dead slots pass 1/16
		// of the live ones every slot after them (the copies') is renumbered.
		const slotsBefore = withCopy.footprint().slots;
		await withCopy.update('samples/sichuan.txt', readSample('sichuan') + '\n（修订）');
		assert.equal(withCopy.footprint().slots, withCopy.taskCount, 'no dead slot left: compacted');
		assert.ok(slotsBefore === withCopy.taskCount, 'none before either');
		const q = taskByAnchor(withCopy, 'samples/tianjin-ai-industry.txt', readSample('tianjin-ai-industry'), '1.智能制造。');
		const rs = withCopy.queryTask(q, { limit: 20 });
		const gansu = rs.filter(r => r.task.title === '智能制造' && r.task.marker === '8.');
		assert.equal(gansu.length, 1);
		assert.equal(gansu[0].duplicates.length, 2);
		assert.equal(new Set(rs.map(r => r.task.textKey)).size, rs.length);
	});

	it('a query leaves nothing behind for the next: the same queries in reverse order, with copies collapsed, answer the same', async () => {
		const withCopy = await samplesIndex();
		await withCopy.update('copies/gansu-again.txt', readSample('gansu'));
		const queries = sampleFiles().flatMap(f => withCopy.tasksOf(f.key));
		assert.ok(queries.length > 50, `${queries.length} queries`);
		const answer = (q: (typeof queries)[number]) => withCopy.queryTask(q, { limit: 10 }).map(r => `${r.task.id} ${r.score} ${r.duplicates.length}`).join('|');
		const forward = queries.map(answer);
		const backward = [...queries].reverse().map(answer).reverse();
		assert.deepEqual(backward, forward);
		assert.ok(forward.filter(a => a.length > 0).length > queries.length * 0.9, 'most queries have results');
	});

	it('incremental add, update and remove leave the index as a fresh build would be', async () => {
		const inc = new WorkspaceIndex({ segmenter: segmenter() });
		const files = sampleFiles();
		for (const f of files) { await inc.update(f.key, f.text); }
		await inc.update('samples/gansu.txt', readSample('gansu').replace('智能制造', '智能制造业'));
		assert.equal(await inc.update('samples/gansu.txt', readSample('gansu').replace('智能制造', '智能制造业')), 'unchanged');
		await inc.update('samples/gansu.txt', readSample('gansu'));
		assert.ok(inc.remove('samples/hubei.txt'));
		assert.ok(!inc.remove('samples/hubei.txt'));
		await inc.update('samples/hubei.txt', readSample('hubei'));
		assert.equal(inc.taskCount, idx.taskCount);
		assert.equal(inc.fileCount, idx.fileCount);
		for (const f of files) {
			for (const q of inc.tasksOf(f.key).filter((_, i) => i % 4 === 0)) {
				const a = inc.queryTask(q, { limit: 5 }).map(r => [r.task.id, r.score]);
				const b = idx.queryTask(q.id, { limit: 5 }).map(r => [r.task.id, r.score]);
				assert.deepEqual(a, b, q.id);
			}
		}
		inc.remove('samples/sichuan.txt');
		const q = taskByAnchor(inc, 'samples/gansu.txt', readSample('gansu'), '8.智能制造。');
		assert.ok(inc.queryTask(q, { limit: 50 }).every(r => r.task.file !== 'samples/sichuan.txt'));
	});

	it('free text queries', async () => {
		const rs = await idx.query('智能网联汽车 自动驾驶 车路协同', { limit: 5 });
		assert.ok(rs.length > 0);
		assert.ok(rs.some(r => r.task.title === '智能网联汽车' || r.task.title === '智能运载工具' || r.task.title === '智能交通'), rs.map(r => r.task.title).join('|'));
		assert.deepEqual(await idx.query('', { limit: 5 }), []);
	});

	it('limit and unknown tasks', () => {
		const q = idx.tasksOf('samples/gansu.txt')[10];
		assert.equal(idx.queryTask(q, { limit: 3 }).length, 3);
		assert.deepEqual(idx.queryTask('nope#0@0'), []);
	});
});

describe('crossref: ranking components (issue 10)', function () {
	this.timeout(60_000);

	it('the notice cap moves another notice\'s close result up, and leaves a distant one where it is', () => {
		const r = (docId: number, score: number) => ({ rec: { docId }, score });
		// Notice 1 holds the three best; notice 2's 8.8 is within 10 % of 9.5, notice 3's 5 is not.
		const scored = [r(1, 10), r(1, 9.5), r(1, 9), r(2, 8.8), r(3, 5)];
		diversify(scored, 1, 0.1);
		assert.deepEqual(scored.map(x => [x.rec.docId, x.score]), [[1, 10], [2, 8.8], [1, 9.5], [1, 9], [3, 5]]);
		const far = [r(1, 10), r(1, 9.5), r(2, 5)];
		diversify(far, 1, 0.1);
		assert.deepEqual(far.map(x => x.score), [10, 9.5, 5]);
	});

	it('near synonyms: each term of a group finds the others, not itself', () => {
		assert.deepEqual([...synonymsOf('智慧')], ['智能']);
		assert.deepEqual([...synonymsOf('引培')], ['引进']);
		assert.deepEqual([...synonymsOf('制造')], []);
	});

	it('heading character bigrams add weight × Dice of the two headings', async () => {
		const on = await samplesIndex({ headCharWeight: 8, diversityCap: 0, docContextWeight: 0 });
		const off = await samplesIndex({ headCharWeight: 0, diversityCap: 0, docContextWeight: 0 });
		const scoreOf = (idx: WorkspaceIndex, file: string, title: string) => {
			const q = taskByAnchor(idx, 'samples/gansu.txt', readSample('gansu'), '8.智能制造。');
			return idx.queryTask(q, { limit: 50 }).find(r => r.task.file === `samples/${file}.txt` && r.task.title === title)?.score;
		};
		// 智能制造 ↔ 智能制造: Dice 1; ↔ 制造业智能化示范: 2 of 3 + 7 bigrams shared, Dice 4/10.
		const same = [scoreOf(on, 'tianjin-ai-industry', '智能制造'), scoreOf(off, 'tianjin-ai-industry', '智能制造')];
		const part = [scoreOf(on, 'sichuan', '制造业智能化示范'), scoreOf(off, 'sichuan', '制造业智能化示范')];
		assert.ok(same.every(s => s !== undefined) && part.every(s => s !== undefined), `${same} ${part}`);
		assert.ok(Math.abs(same[0]! - same[1]! - 8) < 0.01, `${same}`);
		assert.ok(Math.abs(part[0]! - part[1]! - 3.2) < 0.01, `${part}`);
	});

	describe('document context', () => {
		const notice = (title: string, items: string[]) => `关于印发${title}的通知\n\n各有关单位：\n现将《${title}》印发给你们，请认真贯彻执行。\n\n${title}\n\n`
			+ items.map((t, i) => `${'一二三'[i]}、${t}`).join('\n') + '\n';
		// The same clause in a broadband plan and in a library regulation; the library's copy shares one more word (免费) with the query.
		const files = [
			{ key: 'query.txt', text: notice('宽带网络建设实施方案', ['加快光纤网络建设。推进光纤网络和移动通信基站建设，提升宽带接入速率。', '开放公共设施。推动公共设施向通信基站建设免费开放。', '提升网络覆盖。扩大光纤网络和移动通信网络覆盖。']) },
			{ key: 'near.txt', text: notice('信息基础设施建设行动计划', ['推进光纤网络部署。加快光纤网络和移动通信基站部署，提高宽带接入速率。', '开放公共场所。公共设施向通信基站建设开放。', '扩大网络覆盖。推进移动通信网络覆盖农村地区。']) },
			{ key: 'far.txt', text: notice('图书馆服务管理办法', ['规范图书借阅。图书馆应当规范图书借阅和藏书管理。', '开放公共场所。公共设施向通信基站建设免费开放。', '加强读者服务。图书馆应当为读者提供阅览服务。']) },
		];
		const ranked = async (docContextWeight: number, edit?: { key: string; text: string }) => {
			const idx = new WorkspaceIndex({ segmenter: segmenter(), rank: { docContextWeight } });
			await idx.updateMany(files);
			if (edit) { await idx.update(edit.key, edit.text); }
			const q = taskByAnchor(idx, 'query.txt', files[0].text, '二、开放公共设施');
			return idx.queryTask(q, { limit: 5 }).map(r => ({ file: r.task.file, score: r.score }));
		};

		it('puts the clause of the closer document first, where words alone put the other', async () => {
			assert.deepEqual((await ranked(0)).map(r => r.file), ['far.txt', 'near.txt']);
			assert.deepEqual((await ranked(1)).map(r => r.file), ['near.txt', 'far.txt']);
		});

		it('scales a score by 1 + weight × cosine: at most doubled at weight 1, more for the closer document', async () => {
			const off = new Map((await ranked(0)).map(r => [r.file, r.score]));
			const on = new Map((await ranked(1)).map(r => [r.file, r.score]));
			const factor = (f: string) => on.get(f)! / off.get(f)!;
			for (const f of ['near.txt', 'far.txt']) { assert.ok(factor(f) >= 1 && factor(f) <= 2, `${f}: ${factor(f)}`); }
			assert.ok(factor('near.txt') > factor('far.txt') + 0.2, `${factor('near.txt')} ${factor('far.txt')}`);
		});

		it('reads a document again once its file changed (no term list outlives the file it came from)', async () => {
			// The library regulation rewritten as a broadband plan: its clause now has the closer document and comes first again.
			const asPlan = { key: 'far.txt', text: files[2].text.replace('规范图书借阅。图书馆应当规范图书借阅和藏书管理。', '推进光纤网络部署。加快光纤网络和移动通信基站建设，提升宽带接入速率。')
				.replace('加强读者服务。图书馆应当为读者提供阅览服务。', '提升网络覆盖。扩大光纤网络和移动通信网络覆盖。') };
			const idx = new WorkspaceIndex({ segmenter: segmenter(), rank: { docContextWeight: 1 } });
			await idx.updateMany(files);
			const q = () => taskByAnchor(idx, 'query.txt', files[0].text, '二、开放公共设施');
			assert.equal(idx.queryTask(q(), { limit: 5 })[0].task.file, 'near.txt');
			await idx.update(asPlan.key, asPlan.text);
			assert.equal(idx.queryTask(q(), { limit: 5 })[0].task.file, 'far.txt');
			const fresh = await ranked(1, asPlan);
			assert.deepEqual(idx.queryTask(q(), { limit: 5 }).map(r => ({ file: r.task.file, score: r.score })), fresh);
		});

		it('keeps a document\'s terms per file entry: an entry that replaced another with the same key and document id is read anew', () => {
			// Term ids 0–3, each in one task; df 1 each, so every idf is the same.
			const store = { terms: ['a', 'b', 'c', 'd'], df: new Int32Array([1, 1, 1, 1]) } as unknown as IndexStore;
			const entry = (ids: number[]) => ({ key: 'f.txt', recs: [{ docId: 7, uni: Int32Array.from(ids), uw: new Float32Array(ids.length).fill(1) }] }) as unknown as FileEntry;
			const ctx = new DocContext(store, () => 1);
			const query = entry([0, 1]);
			const cos = (e: FileEntry) => ctx.similarities({ file: query, docId: 7 }, [{ file: e, docId: 7 } as unknown as TaskRec])[0];
			assert.ok(Math.abs(cos(entry([0, 1])) - 1) < 1e-9);
			assert.equal(cos(entry([2, 3])), 0);
			assert.ok(Math.abs(cos(entry([1, 2])) - 0.5) < 1e-9);
		});

		it('reads a document as its 64 most frequent terms', () => {
			const ids = Array.from({ length: 100 }, (_, i) => i);
			const store = { terms: ids.map(String), termIds: new Map(ids.map(i => [String(i), i])), df: new Int32Array(100).fill(1) } as unknown as IndexStore;
			const ctx = new DocContext(store, () => 1);
			// The candidate holds terms 0–63 ten times each and 64–99 once: its vector is terms 0–63, as the query's is.
			const query = { key: 'q.txt', recs: [{ docId: 1, uni: Int32Array.from(ids.slice(0, 64)), uw: new Float32Array(64).fill(1) }] } as unknown as FileEntry;
			const cand = { key: 'c.txt', recs: [{ docId: 2, uni: Int32Array.from(ids), uw: Float32Array.from(ids, i => i < 64 ? 10 : 1) }] } as unknown as FileEntry;
			const cos = ctx.similarities({ file: query, docId: 1 }, [{ file: cand, docId: 2 } as unknown as TaskRec])[0];
			assert.ok(Math.abs(cos - 1) < 1e-9, `${cos}`);
		});

		it('of terms tied at the 64th place, keeps the first by their text, whatever ids they have', () => {
			// 65 terms once each: the one left out is the last by text (t64), under either order of ids.
			const words = Array.from({ length: 65 }, (_, i) => `t${String(i).padStart(2, '0')}`);
			for (const order of [words, [...words].reverse()]) {
				const store = { terms: order, termIds: new Map(order.map((t, i) => [t, i])), df: new Int32Array(65).fill(1) } as unknown as IndexStore;
				const ctx = new DocContext(store, () => 1);
				const doc = (terms: string[], docId: number) => ({ file: { recs: [{ docId, uni: Int32Array.from(terms.map(t => order.indexOf(t))).sort(), uw: new Float32Array(terms.length).fill(1) }] }, docId }) as unknown as TaskRec;
				const cos = (query: string[]) => ctx.similarities(doc(query, 1), [doc(words, 2)])[0];
				assert.equal(cos(['t64']), 0, 'the last by text is left out');
				assert.ok(cos(['t00']) > 0, 'the first by text is kept');
			}
		});
	});

	it('near synonyms find tasks that have only the synonym', async () => {
		const on = await samplesIndex({ synonymWeight: 0.5 });
		const off = await samplesIndex({ synonymWeight: 0 });
		// 引进 alone: without synonyms every result holds 引进; with them, the samples' tasks that say 引培 only come too.
		const only = (idx: WorkspaceIndex) => idx.query('引进', { limit: 500 }).then(rs => rs.filter(r => !idx.termsOf(r.task).includes('引进')).length);
		assert.equal(await only(off), 0);
		assert.ok(await only(on) > 0);
	});
});
