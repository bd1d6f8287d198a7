// media/webview-base.js: what every webview builds alike. Its pure part runs in Node; the DOM
// helpers are exercised by the views' UI checks.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../paths';

interface Base { format(template: unknown, ...args: unknown[]): string }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const W: Base = require(path.join(REPO, 'media', 'webview-base.js'));

describe('webview base script', () => {
	it('fills the placeholders of a localized string, leaving the ones without an argument', () => {
		assert.equal(W.format('{0} of {1} related tasks', 3, 12), '3 of 12 related tasks');
		assert.equal(W.format('{1}/{0} {2}', 'a', 'b'), 'b/a {2}');
		assert.equal(W.format(undefined), '');
	});

	it('is the one home of the shared helpers: no view script defines them again', () => {
		for (const f of ['related.js', 'compare.js', 'tasks.js', 'compareNotices.js']) {
			const js = fs.readFileSync(path.join(REPO, 'media', f), 'utf8');
			assert.doesNotMatch(js, /function (h|icon|format|announce)\(|'progress-bit'|'filter-box'|'sr-only'/, f);
			assert.match(js, /PnWebview/, `${f} uses the shared helpers`);
		}
	});
});
