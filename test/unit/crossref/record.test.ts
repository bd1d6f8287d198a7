// The index holds each file's record (record.ts), not its decoded tasks: every task read back
// from it (a file's tasks, the task at a position, a result's task) is the task inserted, field
// for field; one task reads alone as it reads among all; a big file inserted in slices reads the
// same before and after its record is made.
import * as assert from 'node:assert/strict';
import { bodyOf, decodeRecord, encodeRecord, readDisplay } from '../../../src/core/index/record';
import { sha1 } from '../../../src/core/index/sha1';
import type { FileTokens, IndexedTask } from '../../../src/core/index/types';
import { VarintWriter } from '../../../src/core/index/varint';
import { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { FakeSegmenter } from './fixtures';
import { sampleFiles, segmenter } from './helpers';

/** An index that keeps what it was given to insert, to compare with what it gives back. */
class RecordingIndex extends WorkspaceIndex {
	readonly given = new Map<string, FileTokens>();
	override insert(ft: FileTokens, checked = false, frame?: Uint8Array): void {
		this.given.set(ft.key, ft);
		super.insert(ft, checked, frame);
	}
}

/** A file of `n` one-line tasks, their display fields with quotes, backslashes, a line separator and a character outside the BMP. */
function manyTasks(key: string, n: number): FileTokens {
	const lines = Array.from({ length: n }, (_, i) => `${i + 1}.任务${i}`);
	const text = lines.join('\n');
	const w = new VarintWriter();
	w.push(1); w.push(0); // the document title
	const tasks: IndexedTask[] = [];
	let offset = 0;
	lines.forEach((line, i) => {
		for (let k = 0; k < 3; k++) { w.push(1); w.push(1 + (i % 7)); }
		tasks.push({
			id: `${key}#0@${offset}`, file: key, document: 0, docKey: 'doc', textKey: `t${i}`, kind: 'section',
			offset, end: offset + line.length, line: i, character: 0,
			path: ['一、总体要求'], title: `任务${i}`, marker: `${i + 1}.`,
			snippet: `"引号" \\ 反斜杠 \u2028 𠮷 ${i}`, targets: i % 2 ? [{ text: `${i}个`, metric: '个数', deadline: '2025' }] : [],
			lead: ['省发展改革委'], responsible: [],
		});
		offset += line.length + 1;
	});
	return {
		key, hash: sha1(text), length: text.length,
		docs: [{ index: 0, docKey: 'doc', meta: { title: '通知', planTitle: null, issuer: null, province: null, city: null, date: null, kind: '通知', form: null } }],
		tasks, vocab: ['通知', ...Array.from({ length: 7 }, (_, k) => `词${k}`)], seq: w.bytes(),
	};
}

describe('crossref: records held by the index', function () {
	this.timeout(120_000);

	it('a file’s tasks, the task at a position and a result’s task are the tasks inserted, field for field', async () => {
		const idx = new RecordingIndex({ segmenter: segmenter() });
		await idx.updateMany(sampleFiles());
		assert.equal(idx.given.size, sampleFiles().length);
		let results = 0;
		for (const [key, ft] of idx.given) {
			assert.deepEqual(idx.tasksOf(key), ft.tasks, key);
			assert.deepEqual(idx.documentsOf(key), ft.docs, key);
			for (const t of ft.tasks) {
				const at = idx.taskAt(key, t.offset);
				assert.ok(at && at.offset <= t.offset && t.offset < Math.max(at.end, at.offset + 1), `${t.id}: a task holds its own offset`);
			}
			const q = ft.tasks[Math.floor(ft.tasks.length / 2)];
			if (q) {
				assert.deepEqual(idx.queryTask(q.id, { limit: 5 }), idx.queryTask(q, { limit: 5 }), 'by id as by task');
				assert.deepEqual(idx.queryTask(`${q.id}#group`), [], 'a group’s id names no task');
				assert.deepEqual(idx.queryTask(q.id.replace(/@(\d+)$/, '@0$1')), [], 'nor does an id written otherwise');
			}
			for (const r of q ? idx.queryTask(q, { limit: 5 }) : []) {
				assert.deepEqual(r.task, idx.given.get(r.task.file)!.tasks.find(t => t.id === r.task.id), r.task.id);
				results++;
			}
		}
		assert.ok(results > 10, `${results} results compared`);
	});

	it('one task’s display fields read alone as they read among all, whatever characters they hold', () => {
		const ft = manyTasks('n/many.txt', 40);
		const frame = encodeRecord(ft);
		const display = readDisplay(frame);
		const all = display.all();
		assert.equal(display.count, 40);
		ft.tasks.forEach((t, i) => {
			assert.deepEqual(display.task(i), all[i], `task ${i}`);
			assert.equal(all[i].snippet, t.snippet);
		});
		assert.deepEqual(decodeRecord(bodyOf(frame)), ft);
	});

	it('a big file inserted in slices (its record made when asked for, not in a slice) reads the same before and after its record is made', async () => {
		const idx = new WorkspaceIndex({ segmenter: new FakeSegmenter(), annotate: null });
		const big = manyTasks('n/big.txt', 6_000), small = manyTasks('n/small.txt', 30);
		assert.equal(await idx.insertInSlices(big), true);
		assert.equal(await idx.insertInSlices(small), true);
		assert.deepEqual(idx.tasksOf('n/small.txt'), small.tasks, 'read from the record made in a step');
		const records = new Map(idx.records().map(r => [r.key, r.frame]));
		assert.deepEqual(decodeRecord(bodyOf(records.get('n/big.txt')!)), big);
		assert.deepEqual(idx.tasksOf('n/big.txt'), big.tasks, 'read from the record made when asked for');
		assert.equal(idx.records().find(r => r.key === 'n/big.txt')!.frame, records.get('n/big.txt'), 'made once');
	});
});
