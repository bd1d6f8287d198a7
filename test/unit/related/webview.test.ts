// The Related Tasks webview's safety rules, checked on its files: a strict CSP with a nonce on
// every script, nothing remote, no HTML built from strings, theme colours only, and only
// messages the extension accepts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { relatedPage } from '../../../src/extension/related/html';
import { contentSecurityPolicy, newNonce } from '../../../src/extension/webview/page';
import { parseWebviewMessage } from '../../../src/extension/related/messages';
import { REPO } from '../paths';

const media = (f: string) => fs.readFileSync(path.join(REPO, 'media', f), 'utf8');
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

describe('related view: webview page and scripts', () => {
	const nonce = newNonce();
	const page = relatedPage({
		cspSource: CSP_SOURCE, nonce, lang: 'zh-cn', title: '相关任务 "<x>"',
		media: f => `${CSP_SOURCE}/ext/media/${f}`, codicons: `${CSP_SOURCE}/ext/node_modules/@vscode/codicons/dist/codicon.css`,
	});

	it('sets a policy that allows only the extension\'s files and this page\'s nonce', () => {
		const csp = contentSecurityPolicy(CSP_SOURCE, nonce);
		assert.match(csp, /^default-src 'none'; /);
		assert.ok(csp.includes(`script-src 'nonce-${nonce}'`));
		assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*|https?:\/\/(?!file\+)/);
		assert.ok(page.includes(`http-equiv="Content-Security-Policy" content="${csp.replace(/'/g, "'")}"`));
	});

	it('loads every script and style sheet with the nonce, and has no inline script, style or handler', () => {
		const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
		assert.equal(scripts.length, 3);
		for (const [, attrs, body] of scripts) {
			assert.ok(attrs.includes(`nonce="${nonce}"`));
			assert.match(attrs, / src="/);
			assert.equal(body.trim(), '', 'no inline script');
		}
		assert.ok(page.indexOf('webview-base.js') < page.indexOf('related-model.js') && page.indexOf('related-model.js') < page.indexOf('related.js"'), 'the shared helpers, then the model, then the view');
		const styles = [...page.matchAll(/<link rel="stylesheet" nonce="([^"]+)" href="[^"]*\/([^/"]+)">/g)].map(m => [m[1], m[2]]);
		assert.deepEqual(styles, [[nonce, 'codicon.css'], [nonce, 'webview-base.css'], [nonce, 'related.css']], 'the base style sheet before the view\'s own');
		assert.doesNotMatch(page, /<style\b|\sstyle=|\son[a-z]+=/i);
		assert.ok(page.includes('&quot;&lt;x&gt;&quot;'), 'the title is escaped');
	});

	it('makes a new nonce each time', () => {
		const a = newNonce(), b = newNonce();
		assert.notEqual(a, b);
		assert.ok(a.length >= 24);
	});

	it('related.js builds the DOM with textContent only, runs no strings as code, loads nothing remote', () => {
		for (const f of ['related.js', 'related-model.js', 'webview-base.js']) {
			const js = media(f).replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
			assert.doesNotMatch(js, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(\s*['"](on|style)/i, f);
			assert.doesNotMatch(js, /https?:\/\//, `${f} names no remote address`);
			assert.doesNotMatch(js, /setTimeout\(\s*['"`]/, `${f} passes no string to setTimeout`);
		}
	});

	it('related.js sends only messages the extension accepts', () => {
		const js = media('related.js');
		const types = [...js.matchAll(/post\(\{\s*type:\s*'([A-Za-z]+)'/g)].map(m => m[1]);
		assert.deepEqual([...new Set(types)].sort(), ['compare', 'error', 'filter', 'manageTrust', 'open', 'pin', 'ready', 'rendered']);
		const samples: Record<string, unknown> = {
			ready: { type: 'ready' }, open: { type: 'open', id: 'a', preserveFocus: true }, pin: { type: 'pin', pinned: true },
			group: { type: 'group', mode: 'flat' }, filter: { type: 'filter', text: '天津' }, rendered: { type: 'rendered', seq: 1, shown: 1, total: 2 },
			error: { type: 'error', message: 'x' }, manageTrust: { type: 'manageTrust' }, compare: { type: 'compare', id: 'a' },
		};
		for (const t of types) { assert.ok(parseWebviewMessage(samples[t], new Set(['a'])), t); }
	});

	it('related.css takes every colour from the theme', () => {
		const css = media('related.css').replace(/\/\*[\s\S]*?\*\//g, '');
		assert.doesNotMatch(css, /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i, 'no literal colours');
		for (const m of css.matchAll(/(?:^|[\s;{])(color|background(?:-color)?|border(?:-[a-z]+)?-color|outline-color)\s*:\s*([^;]+);/g)) {
			assert.match(m[2].trim(), /^(var\(--vscode-|inherit|transparent|currentColor)/, `${m[1]}: ${m[2]}`);
		}
		assert.match(css, /--vscode-focusBorder/);
		assert.match(css, /--vscode-contrastBorder/);
		assert.match(css, /--vscode-contrastActiveBorder/);
	});
});
