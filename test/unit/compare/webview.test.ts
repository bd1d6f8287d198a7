// The Compare Targets webview's safety rules, checked on its files: the strict CSP with a nonce
// on every script, nothing remote, no HTML built from strings, theme colours only, and only
// messages the extension accepts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { comparePage } from '../../../src/extension/compare/html';
import { parseCompareMessage } from '../../../src/extension/compare/messages';
import { contentSecurityPolicy, newNonce } from '../../../src/extension/webview/page';
import type { SortKey } from '../../../src/core/metrics/table';
import { REPO } from '../paths';

const media = (f: string) => fs.readFileSync(path.join(REPO, 'media', f), 'utf8');
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

describe('compare targets view: webview page and script', () => {
	const nonce = newNonce();
	const page = comparePage({
		cspSource: CSP_SOURCE, nonce, lang: 'zh-cn', title: '对比目标 "<x>"',
		media: f => `${CSP_SOURCE}/ext/media/${f}`, codicons: `${CSP_SOURCE}/ext/node_modules/@vscode/codicons/dist/codicon.css`,
	});

	it('sets the strict policy, loads compare.js with the nonce and the style sheets, nothing inline', () => {
		const csp = contentSecurityPolicy(CSP_SOURCE, nonce);
		assert.ok(page.includes(`http-equiv="Content-Security-Policy" content="${csp}"`));
		assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
		const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
		assert.deepEqual(scripts.map(([, attrs]) => /src="[^"]*\/([^/"]+)"/.exec(attrs)?.[1]), ['webview-base.js', 'compare.js']);
		for (const [, attrs, body] of scripts) {
			assert.ok(attrs.includes(`nonce="${nonce}"`));
			assert.equal(body.trim(), '');
		}
		const styles = [...page.matchAll(/<link rel="stylesheet" nonce="([^"]+)" href="[^"]*\/([^/"]+)">/g)].map(m => [m[1], m[2]]);
		assert.deepEqual(styles, [[nonce, 'codicon.css'], [nonce, 'webview-base.css'], [nonce, 'compare.css']]);
		assert.doesNotMatch(page, /<style\b|\sstyle=|\son[a-z]+=/i);
		assert.ok(page.includes('&quot;&lt;x&gt;&quot;'), 'the title is escaped');
	});

	it('compare.js builds the DOM with textContent only, runs no strings as code, loads nothing remote', () => {
		const js = media('compare.js').replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
		assert.doesNotMatch(js, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(\s*['"](on|style)/i);
		assert.doesNotMatch(js, /https?:\/\//);
		assert.doesNotMatch(js, /setTimeout\(\s*['"`]/);
	});

	it('compare.js sends only messages the extension accepts', () => {
		const js = media('compare.js');
		const types = [...js.matchAll(/post\(\{\s*type:\s*'([A-Za-z]+)'/g)].map(m => m[1]);
		assert.deepEqual([...new Set(types)].sort(), ['error', 'export', 'manageTrust', 'open', 'query', 'ready', 'rendered']);
		const samples: Record<string, unknown> = {
			ready: { type: 'ready' }, open: { type: 'open', id: 'a', preserveFocus: true }, query: { type: 'query', query: { filter: '', showAll: true, sort: 'metric', descending: false } },
			export: { type: 'export', format: 'xlsx' }, rendered: { type: 'rendered', seq: 1, rows: 1, columns: 2 }, error: { type: 'error', message: 'x' }, manageTrust: { type: 'manageTrust' },
		};
		const context = { cellIds: new Set(['a']), isSortKey: (s: string): s is SortKey => s === 'metric' };
		for (const t of types) { assert.ok(parseCompareMessage(samples[t], context), t); }
		// every sort the page can ask for is one of the table's
		const sorts = [...js.matchAll(/sortHeader\(\w+,\s*('[^']*'|`[^`]*`)/g)].map(m => m[1]);
		assert.deepEqual(sorts, ["'metric'", "'unit'", "'notices'", '`column:${c.id}`']);
	});

	it('compare.js shows only strings the extension sends (src/extension/compare/view.ts), and uses every one', () => {
		const view = fs.readFileSync(path.join(REPO, 'src', 'extension', 'compare', 'view.ts'), 'utf8');
		const body = /function webviewStrings\(\)[^{]*\{\s*return \{([\s\S]*?)\n\t\};/.exec(view)?.[1] ?? '';
		const sent = new Set([...body.matchAll(/^\s*(\w+):\s*vscode\.l10n\.t\(/gm)].map(m => m[1]));
		assert.ok(sent.size > 20, 'the strings of webviewStrings()');
		const js = media('compare.js');
		const used = new Set([...js.matchAll(/\bt\('(\w+)'/g), ...js.matchAll(/\bs\.(\w+)\b/g)].map(m => m[1]));
		assert.deepEqual([...used].filter(k => !sent.has(k)), [], 'used but never sent');
		assert.deepEqual([...sent].filter(k => !used.has(k)), [], 'sent but never used');
	});

	it('compare.css (over webview-base.css) takes every colour from the theme', () => {
		const css = (media('webview-base.css') + media('compare.css')).replace(/\/\*[\s\S]*?\*\//g, '');
		assert.doesNotMatch(css, /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i, 'no literal colours');
		for (const m of css.matchAll(/(?:^|[\s;{])(color|background(?:-color)?|border(?:-[a-z]+)?-color|outline-color|accent-color)\s*:\s*([^;]+);/g)) {
			assert.match(m[2].trim(), /^(var\(--(vscode-|pn-)|inherit|transparent|currentColor)/, `${m[1]}: ${m[2]}`);
		}
		assert.match(css, /--vscode-focusBorder/);
		assert.match(css, /--vscode-contrastBorder/);
		assert.match(css, /--vscode-contrastActiveBorder/);
	});
});
