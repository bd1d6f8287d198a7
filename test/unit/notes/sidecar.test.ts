// The notes sidecar (`FILE.notes.json`): a round trip, and every malformed file refused with a
// reason instead of being read half (the editor then leaves it untouched).
import * as assert from 'node:assert/strict';
import { parseSidecar, serializeSidecar, sidecarPathOf, type Note } from '../../../src/core/notes/index';

const NOTE: Note = {
	id: 'n1', body: '请市发改委在月底前报送进展。', author: '张三', created: '2026-11-30T08:00:00.000Z', updated: '2026-11-30T08:05:00.000Z',
	anchor: { kind: 'heading', path: ['一、重点任务'], text: '（二）推进智慧政务', offset: 166 },
	resolved: false,
	replies: [{ id: 'n1-r1', body: '已转达。', author: '李四', created: '2026-11-30T09:00:00.000Z', updated: '2026-11-30T09:00:00.000Z' }],
};

function refused(json: string, reason: RegExp): void {
	const r = parseSidecar(json);
	assert.equal(r.ok, false, json);
	if (!r.ok) { assert.match(r.error, reason); }
}

describe('notes sidecar', () => {
	it('sits beside the notice, named after it', () => {
		assert.equal(sidecarPathOf('/docs/方案.txt'), '/docs/方案.txt.notes.json');
	});

	it('round-trips notes with replies and the resolved mark, as versioned JSON ending in a line break', () => {
		const notes = [NOTE, { ...NOTE, id: 'n2', resolved: true, replies: [], anchor: { kind: 'text' as const, path: [], text: '全市', offset: 0 } }];
		const text = serializeSidecar(notes);
		assert.ok(text.endsWith('}\n'));
		const data = JSON.parse(text);
		assert.equal(data.version, 1);
		assert.deepEqual(Object.keys(data.notes[0]), ['id', 'anchor', 'body', 'author', 'created', 'updated', 'resolved', 'replies']);
		assert.deepEqual(parseSidecar(text), { ok: true, notes });
	});

	it('reads a file written by hand: a BOM, no kind (a piece of text), no replies, no resolved mark', () => {
		const hand = '\uFEFF' + JSON.stringify({ version: 1, notes: [{ id: 'a', body: 'b', author: '', created: '', updated: '', anchor: { path: ['一、总体要求'], text: '总体要求', offset: 3 } }] });
		const r = parseSidecar(hand);
		assert.ok(r.ok);
		assert.deepEqual(r.notes[0].anchor, { path: ['一、总体要求'], text: '总体要求', offset: 3, kind: 'text' });
		assert.deepEqual([r.notes[0].resolved, r.notes[0].replies], [false, []]);
	});

	it('refuses what is not a notes file, saying why', () => {
		const good = JSON.parse(serializeSidecar([NOTE]));
		const variant = (change: (d: typeof good) => void) => { const d = structuredClone(good); change(d); return JSON.stringify(d); };
		refused('{"version": 1, "notes": [', /not JSON/);
		refused('[]', /the file must be an object/);
		refused(variant(d => { d.version = 2; }), /version 2 is newer/);
		refused(variant(d => { delete d.version; }), /"version" must be 1/);
		refused(variant(d => { d.notes = {}; }), /"notes" must be a list/);
		refused(variant(d => { delete d.notes[0].body; }), /notes\[0\]\.body must be a string/);
		refused(variant(d => { d.notes[0].anchor.offset = -1; }), /notes\[0\]\.anchor\.offset/);
		refused(variant(d => { d.notes[0].anchor.path = ['一、', 2]; }), /notes\[0\]\.anchor\.path/);
		refused(variant(d => { d.notes[0].anchor.kind = 'page'; }), /anchor\.kind must be one of/);
		refused(variant(d => { d.notes[0].resolved = 'yes'; }), /resolved must be true or false/);
		refused(variant(d => { d.notes[0].replies[0].id = 'n1'; }), /"n1" is used twice/);
		refused(variant(d => { d.notes[0].id = ''; }), /notes\[0\]\.id is empty/);
	});
});
