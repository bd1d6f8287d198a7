// What the task table view accepts from its webview: only the known messages with exactly their
// fields, rows of the table the page holds, sorts by its columns and units it lists.
import * as assert from 'node:assert/strict';
import { parseTaskMessage, type TaskMessageContext } from '../../../src/extension/tasks/messages';
import { MAX_ERROR_LENGTH, MAX_FILTER_LENGTH } from '../../../src/extension/webview/validate';

const context: TaskMessageContext = { rowsVersion: 3, rowCount: 10, units: new Set(['省科技厅', '省教育厅']) };
const query = { filter: '人工智能', unit: '省科技厅', scope: 'document', sort: 'deadline', descending: true };

describe('task table view: messages from the webview', () => {
	it('accepts the messages the page sends', () => {
		assert.deepEqual(parseTaskMessage({ type: 'ready' }, context), { type: 'ready' });
		assert.deepEqual(parseTaskMessage({ type: 'open', version: 3, index: 9, preserveFocus: false }, context), { type: 'open', version: 3, index: 9, preserveFocus: false });
		assert.deepEqual(parseTaskMessage({ type: 'open', version: 3, index: 0 }, context), { type: 'open', version: 3, index: 0, preserveFocus: true });
		assert.deepEqual(parseTaskMessage({ type: 'query', query }, context), { type: 'query', query });
		assert.deepEqual(parseTaskMessage({ type: 'query', query: { ...query, unit: '', scope: 'workspace' } }, context)?.type, 'query');
		for (const format of ['csv', 'md', 'xlsx']) { assert.deepEqual(parseTaskMessage({ type: 'export', format }, context), { type: 'export', format }); }
		assert.deepEqual(parseTaskMessage({ type: 'rendered', seq: 4, rows: 10, drawn: 10 }, context), { type: 'rendered', seq: 4, rows: 10, drawn: 10 });
		assert.equal(parseTaskMessage({ type: 'error', message: 'x'.repeat(5000) }, context)?.type, 'error');
		assert.deepEqual(parseTaskMessage({ type: 'manageTrust' }, context), { type: 'manageTrust' });
	});

	it('opens only a row of the table the page holds', () => {
		for (const raw of [
			{ type: 'open', version: 2, index: 0 }, { type: 'open', version: 3, index: 10 }, { type: 'open', version: 3, index: -1 },
			{ type: 'open', version: 3, index: 1.5 }, { type: 'open', version: '3', index: 0 }, { type: 'open', version: 3, index: 0, preserveFocus: 'yes' },
			{ type: 'open', version: 3, index: 0, uri: 'file:///etc/passwd' }, { type: 'open', id: 'file:///a.txt#0' },
		]) {
			assert.equal(parseTaskMessage(raw, context), null, JSON.stringify(raw));
		}
	});

	it('takes only queries the table can answer', () => {
		for (const q of [
			{ ...query, sort: 'offset' }, { ...query, sort: '__proto__' }, { ...query, scope: 'folder' }, { ...query, unit: '省财政厅' },
			{ ...query, filter: 'x'.repeat(MAX_FILTER_LENGTH + 1) }, { ...query, descending: 'true' }, { ...query, extra: 1 },
			{ filter: '', unit: '', scope: 'document', sort: 'seq' },
		]) {
			assert.equal(parseTaskMessage({ type: 'query', query: q }, context), null, JSON.stringify(q));
		}
		assert.equal(parseTaskMessage({ type: 'query', query: [] }, context), null);
	});

	it('checks ready, manageTrust and error as every view does (webview/validate.ts)', () => {
		assert.deepEqual(parseTaskMessage({ type: 'error', message: 'x'.repeat(5000) }, context), { type: 'error', message: 'x'.repeat(MAX_ERROR_LENGTH) });
		assert.deepEqual(parseTaskMessage({ type: 'error', message: '' }, context), { type: 'error', message: '' });
		for (const raw of [
			{ type: 'manageTrust', x: 1 }, { type: 'error', message: 'x', stack: 'y' }, { type: 'error' }, { type: 'ready', type2: 'ready' },
		]) {
			assert.equal(parseTaskMessage(raw, context), null, JSON.stringify(raw));
		}
	});

	it('refuses unknown types, extra fields and other shapes', () => {
		for (const raw of [
			null, undefined, 'ready', [], {}, { type: 'command', command: 'workbench.action.quit' }, { type: 'ready', x: 1 },
			{ type: 'export', format: 'pdf' }, { type: 'export', format: 'csv', path: '/tmp/x.csv' },
			{ type: 'rendered', seq: 1, rows: 2, drawn: 3 }, { type: 'error', message: 5 },
		]) {
			assert.equal(parseTaskMessage(raw, context), null, JSON.stringify(raw));
		}
	});
});
