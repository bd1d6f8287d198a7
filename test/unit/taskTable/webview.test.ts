// The task table webview's safety rules, checked on its files: the shared strict page (CSP, a
// nonce on every script, the base style sheet first), nothing remote, no HTML built from strings,
// theme colours only, only messages and sorts the extension accepts, only strings it sends.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SORT_KEYS } from '../../../src/extension/tasks/model';
import { taskTablePage } from '../../../src/extension/tasks/html';
import { parseTaskMessage } from '../../../src/extension/tasks/messages';
import { contentSecurityPolicy, newNonce } from '../../../src/extension/webview/page';
import { REPO } from '../paths';

const media = (f: string) => fs.readFileSync(path.join(REPO, 'media', f), 'utf8');
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const withoutComments = (js: string) => js.replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');

describe('task table view: webview page and script', () => {
	const nonce = newNonce();
	const page = taskTablePage({
		cspSource: CSP_SOURCE, nonce, lang: 'zh-cn', title: '任务分工表 "<x>"',
		media: f => `${CSP_SOURCE}/ext/media/${f}`, codicons: `${CSP_SOURCE}/ext/node_modules/@vscode/codicons/dist/codicon.css`,
	});

	it('sets the strict policy, loads tasks.js with the nonce and the style sheets (base first), nothing inline', () => {
		const csp = contentSecurityPolicy(CSP_SOURCE, nonce);
		assert.ok(page.includes(`http-equiv="Content-Security-Policy" content="${csp}"`));
		assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
		const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
		assert.deepEqual(scripts.map(([, attrs]) => /src="[^"]*\/([^/"]+)"/.exec(attrs)?.[1]), ['webview-base.js', 'tasks.js']);
		for (const [, attrs, body] of scripts) {
			assert.ok(attrs.includes(`nonce="${nonce}"`));
			assert.equal(body.trim(), '');
		}
		const styles = [...page.matchAll(/<link rel="stylesheet" nonce="([^"]+)" href="[^"]*\/([^/"]+)">/g)].map(m => [m[1], m[2]]);
		assert.deepEqual(styles, [[nonce, 'codicon.css'], [nonce, 'webview-base.css'], [nonce, 'tasks.css']]);
		assert.doesNotMatch(page, /<style\b|\sstyle=|\son[a-z]+=/i);
		assert.ok(page.includes('&quot;&lt;x&gt;&quot;'), 'the title is escaped');
	});

	it('tasks.js builds the DOM with textContent only, runs no strings as code, loads nothing remote', () => {
		const js = withoutComments(media('tasks.js'));
		assert.doesNotMatch(js, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(\s*['"](on|style)/i);
		assert.doesNotMatch(js, /https?:\/\//);
		assert.doesNotMatch(js, /setTimeout\(\s*['"`]/);
	});

	it('tasks.js sends only messages the extension accepts, and sorts only by the table\'s columns', () => {
		const js = media('tasks.js');
		const types = [...js.matchAll(/post\(\{\s*type:\s*'([A-Za-z]+)'/g)].map(m => m[1]);
		assert.deepEqual([...new Set(types)].sort(), ['error', 'export', 'manageTrust', 'open', 'query', 'ready', 'rendered']);
		const context = { rowsVersion: 1, rowCount: 2, units: new Set(['省科技厅']) };
		const samples: Record<string, unknown> = {
			ready: { type: 'ready' }, open: { type: 'open', version: 1, index: 1, preserveFocus: true },
			query: { type: 'query', query: { filter: '', unit: '省科技厅', scope: 'workspace', sort: 'lead', descending: false } },
			export: { type: 'export', format: 'md' }, rendered: { type: 'rendered', seq: 1, rows: 2, drawn: 2 }, error: { type: 'error', message: 'x' }, manageTrust: { type: 'manageTrust' },
		};
		for (const t of types) { assert.ok(parseTaskMessage(samples[t], context), t); }
		// the export buttons' formats and the sortable columns are the extension's
		const formats = /for \(const format of \[([^\]]*)\]\)/.exec(js)?.[1].match(/'(\w+)'/g)?.map(f => f.slice(1, -1));
		assert.deepEqual(formats, ['csv', 'md', 'xlsx']);
		const sortable = [...js.matchAll(/\{ key: '(\w+)', sortable: true/g)].map(m => m[1]);
		assert.deepEqual([...sortable].sort(), [...SORT_KEYS].sort());
	});

	it('tasks.js shows only strings the extension sends (src/extension/tasks/view.ts), and uses every one', () => {
		const view = fs.readFileSync(path.join(REPO, 'src', 'extension', 'tasks', 'view.ts'), 'utf8');
		const body = /function webviewStrings\(\)[^{]*\{\s*return \{([\s\S]*?)\n\t\};/.exec(view)?.[1] ?? '';
		const sent = new Set([...body.matchAll(/^\s*(\w+):\s*vscode\.l10n\.t\(/gm)].map(m => m[1]));
		assert.ok(sent.size > 25, 'the strings of webviewStrings()');
		const js = media('tasks.js');
		// t('key') and s.key, and the column keys (their headers are t(c.key))
		const used = new Set([...js.matchAll(/\bt\('(\w+)'/g), ...js.matchAll(/\bs\.(\w+)\b/g), ...js.matchAll(/\{ key: '(\w+)'/g)].map(m => m[1]));
		assert.deepEqual([...used].filter(k => !sent.has(k)), [], 'used but never sent');
		assert.deepEqual([...sent].filter(k => !used.has(k)), [], 'sent but never used');
	});

	for (const file of ['tasks.css', 'webview-base.css']) {
		it(`${file} takes every colour from the theme`, () => {
			const css = media(file).replace(/\/\*[\s\S]*?\*\//g, '');
			assert.doesNotMatch(css, /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i, 'no literal colours');
			for (const m of css.matchAll(/(?:^|[\s;{])(color|background(?:-color)?|border(?:-[a-z]+)?-color|outline-color|accent-color)\s*:\s*([^;]+);/g)) {
				assert.match(m[2].trim(), /^(var\(--(vscode-|pn-)|inherit|transparent|currentColor)/, `${m[1]}: ${m[2]}`);
			}
			assert.match(css, /--vscode-focusBorder/);
			assert.match(css, /--vscode-contrastBorder|--vscode-contrastActiveBorder/);
		});
	}
});
