// Every message from the Related Tasks webview is checked before the extension acts on it.
// Plain Node: messages.ts has no vscode import.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_FILTER_LENGTH, MAX_ID_LENGTH, describeRejected, parseWebviewMessage } from '../../../src/extension/related/messages';
import { REPO } from '../paths';

const ids = new Set(['file:///w/tianjin.txt#4602', 'file:///w/sichuan.txt#4891']);
const parse = (raw: unknown) => parseWebviewMessage(raw, ids);

describe('related view: webview messages', () => {
	it('accepts each well-formed message', () => {
		assert.deepEqual(parse({ type: 'ready' }), { type: 'ready' });
		assert.deepEqual(parse({ type: 'open', id: 'file:///w/tianjin.txt#4602' }), { type: 'open', id: 'file:///w/tianjin.txt#4602', preserveFocus: true });
		assert.deepEqual(parse({ type: 'open', id: 'file:///w/sichuan.txt#4891', preserveFocus: false }), { type: 'open', id: 'file:///w/sichuan.txt#4891', preserveFocus: false });
		assert.deepEqual(parse({ type: 'pin', pinned: true }), { type: 'pin', pinned: true });
		assert.deepEqual(parse({ type: 'pin', pinned: false }), { type: 'pin', pinned: false });
		assert.deepEqual(parse({ type: 'group', mode: 'document' }), { type: 'group', mode: 'document' });
		assert.deepEqual(parse({ type: 'group', mode: 'flat' }), { type: 'group', mode: 'flat' });
		assert.deepEqual(parse({ type: 'filter', text: '天津 智能制造' }), { type: 'filter', text: '天津 智能制造' });
		assert.deepEqual(parse({ type: 'filter', text: '' }), { type: 'filter', text: '' });
		assert.deepEqual(parse({ type: 'rendered', seq: 3, shown: 2, total: 5 }), { type: 'rendered', seq: 3, shown: 2, total: 5 });
		assert.deepEqual(parse({ type: 'error', message: 'x is undefined' }), { type: 'error', message: 'x is undefined' });
		assert.deepEqual(parse({ type: 'manageTrust' }), { type: 'manageTrust' });
	});

	it('rejects what is not a message object', () => {
		for (const raw of [undefined, null, 0, 1, '', 'ready', true, [], [{ type: 'ready' }], () => 1, { }, { type: 7 }, { type: null }, { kind: 'ready' }]) {
			assert.equal(parse(raw), null, describeRejected(raw));
		}
	});

	it('rejects unknown types, including ones that only look like known ones', () => {
		for (const type of ['Ready', 'READY', 'open ', 'openFile', 'command', 'eval', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
			assert.equal(parse({ type }), null, type);
		}
	});

	it('compare (与本通知对比): only a result on screen, no other field', () => {
		assert.deepEqual(parse({ type: 'compare', id: 'file:///w/tianjin.txt#4602' }), { type: 'compare', id: 'file:///w/tianjin.txt#4602' });
		assert.equal(parse({ type: 'compare', id: 'file:///w/tianjin.txt#4603' }), null);
		assert.equal(parse({ type: 'compare', id: 'file:///w/tianjin.txt#4602', preserveFocus: true }), null);
		assert.equal(parse({ type: 'compare', id: 4602 }), null);
		assert.equal(parseWebviewMessage({ type: 'compare', id: 'file:///w/tianjin.txt#4602' }), null, 'no result set: nothing compared');
	});

	it('rejects an open of an id that is not among the results on screen', () => {
		assert.equal(parse({ type: 'open', id: 'file:///etc/passwd#0' }), null);
		assert.equal(parse({ type: 'open', id: 'file:///w/tianjin.txt#4603' }), null);
		assert.equal(parseWebviewMessage({ type: 'open', id: 'file:///w/tianjin.txt#4602' }), null, 'no result set: nothing opens');
		assert.equal(parseWebviewMessage({ type: 'open', id: 'file:///w/tianjin.txt#4602' }, new Set()), null);
	});

	it('rejects wrong field types and missing fields', () => {
		const bad: unknown[] = [
			{ type: 'open' },
			{ type: 'open', id: 4602 },
			{ type: 'open', id: ['file:///w/tianjin.txt#4602'] },
			{ type: 'open', id: { toString: () => 'file:///w/tianjin.txt#4602' } },
			{ type: 'open', id: '' },
			{ type: 'open', id: 'file:///w/tianjin.txt#4602', preserveFocus: 'yes' },
			{ type: 'open', id: 'file:///w/tianjin.txt#4602', preserveFocus: 1 },
			{ type: 'pin' },
			{ type: 'pin', pinned: 'true' },
			{ type: 'pin', pinned: 1 },
			{ type: 'pin', pinned: null },
			{ type: 'group' },
			{ type: 'group', mode: 'tree' },
			{ type: 'group', mode: 'Document' },
			{ type: 'group', mode: 1 },
			{ type: 'filter' },
			{ type: 'filter', text: 42 },
			{ type: 'filter', text: null },
			{ type: 'rendered', seq: 1, shown: 1 },
			{ type: 'rendered', seq: -1, shown: 0, total: 0 },
			{ type: 'rendered', seq: 1.5, shown: 0, total: 0 },
			{ type: 'rendered', seq: 1, shown: 3, total: 2 },
			{ type: 'rendered', seq: 1, shown: NaN, total: 2 },
			{ type: 'rendered', seq: '1', shown: 0, total: 0 },
			{ type: 'error' },
			{ type: 'error', message: { stack: 'x' } },
		];
		for (const raw of bad) { assert.equal(parse(raw), null, describeRejected(raw)); }
	});

	it('rejects extra fields (a message carries exactly what its type needs)', () => {
		assert.equal(parse({ type: 'ready', extra: 1 }), null);
		assert.equal(parse({ type: 'manageTrust', command: 'workbench.action.terminal.new' }), null, 'the view names no command');
		assert.equal(parse({ type: 'pin', pinned: true, command: 'workbench.action.terminal.new' }), null);
		assert.equal(parse({ type: 'open', id: 'file:///w/tianjin.txt#4602', uri: 'file:///etc/passwd' }), null);
		const polluted = JSON.parse('{"type":"pin","pinned":true,"__proto__":{"polluted":1}}');
		assert.equal(parse(polluted), null, 'an own __proto__ key is an extra field');
		assert.equal(({} as Record<string, unknown>).polluted, undefined);
	});

	it('rejects over-long strings', () => {
		const longId = 'file:///w/' + 'x'.repeat(MAX_ID_LENGTH);
		assert.equal(parseWebviewMessage({ type: 'open', id: longId }, new Set([longId])), null);
		assert.equal(parse({ type: 'filter', text: '智'.repeat(MAX_FILTER_LENGTH + 1) }), null);
		assert.deepEqual(parse({ type: 'filter', text: '智'.repeat(MAX_FILTER_LENGTH) }), { type: 'filter', text: '智'.repeat(MAX_FILTER_LENGTH) });
		const err = parse({ type: 'error', message: 'e'.repeat(100_000) });
		assert.ok(err && err.type === 'error' && err.message.length <= 2000, 'error text is cut, not kept whole');
	});

	it('describes a rejected message briefly, whatever it is', () => {
		assert.equal(describeRejected({ type: 'x' }), '{"type":"x"}');
		assert.ok(describeRejected({ type: 'x'.repeat(10_000) }).length < 260);
		const cyclic: Record<string, unknown> = {};
		cyclic.self = cyclic;
		assert.equal(describeRejected(cyclic), '[object Object]');
		assert.equal(describeRejected(undefined), 'undefined');
	});

	it('is pure: messages.ts imports no vscode', () => {
		const src = fs.readFileSync(path.join(REPO, 'src', 'extension', 'related', 'messages.ts'), 'utf8');
		assert.doesNotMatch(src, /from\s+['"]vscode['"]|require\(['"]vscode['"]\)/);
	});
});
