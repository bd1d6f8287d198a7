// Every message from the Compare Targets webview is checked before the extension acts on it.
// Plain Node: messages.ts has no vscode import.
import * as assert from 'node:assert/strict';
import { parseCompareMessage, type MessageContext } from '../../../src/extension/compare/messages';
import { describeRejected, MAX_FILTER_LENGTH, MAX_ID_LENGTH } from '../../../src/extension/related/messages';
import type { SortKey } from '../../../src/core/metrics/table';

const CELL = 'file:///w/tianjin.txt#4602';
const COLUMN = 'column:file:///w/tianjin.txt#0';
const context: MessageContext = {
	cellIds: new Set([CELL, 'file:///w/sichuan.txt#4891']),
	isSortKey: (s: string): s is SortKey => ['metric', 'unit', 'notices', COLUMN].includes(s),
};
const parse = (raw: unknown) => parseCompareMessage(raw, context);
const query = (over: Record<string, unknown> = {}) => ({ type: 'query', query: { filter: '天津', showAll: false, sort: 'notices', descending: true, ...over } });

describe('compare targets view: webview messages', () => {
	it('accepts each well-formed message', () => {
		assert.deepEqual(parse({ type: 'ready' }), { type: 'ready' });
		assert.deepEqual(parse({ type: 'manageTrust' }), { type: 'manageTrust' });
		assert.deepEqual(parse({ type: 'open', id: CELL }), { type: 'open', id: CELL, preserveFocus: true });
		assert.deepEqual(parse({ type: 'open', id: CELL, preserveFocus: false }), { type: 'open', id: CELL, preserveFocus: false });
		assert.deepEqual(parse(query()), { type: 'query', query: { filter: '天津', showAll: false, sort: 'notices', descending: true } });
		assert.deepEqual(parse(query({ sort: COLUMN, showAll: true, descending: false, filter: '' })), { type: 'query', query: { filter: '', showAll: true, sort: COLUMN, descending: false } });
		assert.deepEqual(parse({ type: 'export', format: 'csv' }), { type: 'export', format: 'csv' });
		assert.deepEqual(parse({ type: 'export', format: 'xlsx' }), { type: 'export', format: 'xlsx' });
		assert.deepEqual(parse({ type: 'rendered', seq: 3, rows: 2, columns: 5 }), { type: 'rendered', seq: 3, rows: 2, columns: 5 });
		assert.deepEqual(parse({ type: 'error', message: 'x is undefined' }), { type: 'error', message: 'x is undefined' });
	});

	it('rejects what is not a message object, and unknown types', () => {
		for (const raw of [undefined, null, 0, '', 'ready', true, [], [{ type: 'ready' }], {}, { type: 7 }, { kind: 'ready' }, { type: 'pin', pinned: true }, { type: 'command', command: 'workbench.action.quit' }]) {
			assert.equal(parse(raw), null, describeRejected(raw));
		}
	});

	it('opens only a target on screen', () => {
		for (const raw of [
			{ type: 'open', id: 'file:///etc/passwd#0' }, { type: 'open', id: '' }, { type: 'open' }, { type: 'open', id: 7 },
			{ type: 'open', id: CELL, preserveFocus: 'yes' }, { type: 'open', id: CELL, uri: 'file:///etc/passwd' },
			{ type: 'open', id: 'x'.repeat(MAX_ID_LENGTH + 1) },
		]) {
			assert.equal(parse(raw), null, describeRejected(raw));
		}
		assert.equal(parseCompareMessage({ type: 'open', id: CELL }, { ...context, cellIds: new Set() }), null, 'nothing on screen: nothing to open');
	});

	it('takes a query only with every field right, and a sort the table has', () => {
		for (const raw of [
			query({ sort: 'value' }), query({ sort: 'column:file:///w/nowhere.txt#0' }), query({ sort: 3 }),
			query({ filter: 'x'.repeat(MAX_FILTER_LENGTH + 1) }), query({ filter: null }), query({ showAll: 'true' }), query({ descending: 1 }),
			query({ extra: 1 }), { type: 'query' }, { type: 'query', query: 'notices' }, { type: 'query', query: [] },
			{ ...query(), more: true }, { type: 'query', query: { filter: '', showAll: false, sort: 'notices' } },
		]) {
			assert.equal(parse(raw), null, describeRejected(raw));
		}
	});

	it('rejects exports of other formats, counts that are not counts, extra fields', () => {
		for (const raw of [
			{ type: 'export' }, { type: 'export', format: 'pdf' }, { type: 'export', format: 'csv', path: '/tmp/x.csv' },
			{ type: 'rendered', seq: -1, rows: 0, columns: 0 }, { type: 'rendered', seq: 1.5, rows: 0, columns: 0 }, { type: 'rendered', seq: 1, rows: '2', columns: 0 },
			{ type: 'ready', now: true }, { type: 'error' }, { type: 'error', message: 5 },
		]) {
			assert.equal(parse(raw), null, describeRejected(raw));
		}
	});

	it('cuts an over-long error message', () => {
		const m = parse({ type: 'error', message: 'e'.repeat(10_000) });
		assert.ok(m && m.type === 'error' && m.message.length === 2000);
	});
});
