// The Compare Two Notices panel: its messages checked before the extension acts on them, its rows
// made from an alignment, and the webview's safety rules (the shared strict page, no HTML from
// strings, theme colours only, only messages and strings the extension knows).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AlignedTask, Alignment } from '../../../src/core/compare/align';
import type { TargetDiff } from '../../../src/core/compare/targetDiff';
import { compareNoticesPage } from '../../../src/extension/compareNotices/html';
import { parseCompareMessage } from '../../../src/extension/compareNotices/messages';
import { compareRows, targetDiffers } from '../../../src/extension/compareNotices/model';
import { contentSecurityPolicy, newNonce } from '../../../src/extension/webview/page';
import { REPO } from '../paths';

const media = (f: string) => fs.readFileSync(path.join(REPO, 'media', f), 'utf8');
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const withoutComments = (js: string) => js.replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');

const task = (file: string, offset: number, heading: string): AlignedTask => ({ file, offset, end: offset + 10, line: 0, character: offset, path: ['二、重点任务', heading], title: heading, snippet: '…' });
const side = (value: number, deadline: number | null = 2025) => ({ text: `${value}亿元`, offset: 0, end: 5, value, valueMax: null, comparator: '=' as const, deadline, shown: `${value}亿元` });
const diff = (a: number | null, b: number | null, deadline: number | null = 2025): TargetDiff => ({
	metric: '产业规模', scope: 'total', unit: '亿元', a: a === null ? null : side(a), b: b === null ? null : side(b, deadline),
	difference: a !== null && b !== null ? b - a : null,
});

describe('compare notices: rows', () => {
	const al: Alignment = {
		a: 'A', b: 'B', minScore: 40,
		pairs: [
			{ a: task('A', 100, '1.智能制造'), b: task('B', 500, '1.智能制造'), score: 52.5, targets: [diff(500, 150)] },
			{ a: task('A', 300, '3.智能农业'), b: task('B', 900, '7.智能农业'), score: 60, targets: [diff(10, 10)] },
		],
		onlyA: [task('A', 200, '2.智能元器件')],
		onlyB: [task('B', 50, '0.总体要求'), task('B', 700, '5.智能家居'), task('B', 1000, '9.文化旅游')],
	};

	it('pairs and A\'s unmatched in A\'s order, each of B\'s unmatched before the first pair whose B task follows it', () => {
		const rows = compareRows(al);
		const label = (r: ReturnType<typeof compareRows>[number]) => `${r.kind}:${r.a?.heading ?? ''}|${r.b?.heading ?? ''}`;
		assert.deepEqual(rows.map(label), [
			'onlyB:|0.总体要求', 'pair:1.智能制造|1.智能制造', 'onlyA:2.智能元器件|', 'onlyB:|5.智能家居', 'pair:3.智能农业|7.智能农业', 'onlyB:|9.文化旅游',
		]);
		assert.equal(rows.length, al.pairs.length + al.onlyA.length + al.onlyB.length);
	});

	it('marks a pair whose targets differ, not one whose targets agree', () => {
		const rows = compareRows(al).filter(r => r.kind === 'pair');
		assert.deepEqual(rows.map(r => r.differs), [true, false]);
		assert.equal(targetDiffers(diff(10, null)), true, 'one side only');
		assert.equal(targetDiffers(diff(10, 10, 2030)), true, 'another deadline');
		assert.equal(targetDiffers(diff(10, 10)), false);
	});
});

describe('compare notices: webview messages', () => {
	const rows = [{ a: task('A', 0, 'x'), b: task('B', 0, 'y') }, { a: task('A', 20, 'z'), b: null }];
	const context = { rowsVersion: 3, rows };
	const parse = (raw: unknown) => parseCompareMessage(raw, context);

	it('accepts each well-formed message', () => {
		assert.deepEqual(parse({ type: 'ready' }), { type: 'ready' });
		assert.deepEqual(parse({ type: 'swap' }), { type: 'swap' });
		assert.deepEqual(parse({ type: 'open', version: 3, index: 0, side: 'b', preserveFocus: false }), { type: 'open', version: 3, index: 0, side: 'b', preserveFocus: false });
		assert.deepEqual(parse({ type: 'rendered', version: 3, shown: 1, total: 2 }), { type: 'rendered', version: 3, shown: 1, total: 2 });
		assert.deepEqual(parse({ type: 'error', message: 'x'.repeat(5000) }), { type: 'error', message: 'x'.repeat(2000) });
	});

	it('refuses an open of another version, a row not held, an empty side, an unknown side', () => {
		assert.equal(parse({ type: 'open', version: 2, index: 0, side: 'a', preserveFocus: true }), null);
		assert.equal(parse({ type: 'open', version: 3, index: 2, side: 'a', preserveFocus: true }), null);
		assert.equal(parse({ type: 'open', version: 3, index: 1, side: 'b', preserveFocus: true }), null, 'no task on that side');
		assert.equal(parse({ type: 'open', version: 3, index: 0, side: 'c', preserveFocus: true }), null);
		assert.equal(parse({ type: 'open', version: 3, index: -1, side: 'a', preserveFocus: true }), null);
		assert.equal(parse({ type: 'open', version: 3, index: 0.5, side: 'a', preserveFocus: true }), null);
	});

	it('refuses unknown types, extra fields and wrong shapes', () => {
		for (const raw of [null, 'ready', [], { type: 'nope' }, { type: 'ready', x: 1 }, { type: 'swap', to: 'a' },
			{ type: 'open', version: 3, index: 0, side: 'a', preserveFocus: 'yes' }, { type: 'rendered', version: 3, shown: 3, total: 2 },
			{ type: 'error', message: 1 }]) {
			assert.equal(parse(raw), null, JSON.stringify(raw));
		}
	});
});

describe('compare notices: webview page and script', () => {
	const nonce = newNonce();
	const page = compareNoticesPage({
		cspSource: CSP_SOURCE, nonce, lang: 'zh-cn', title: '对比两个通知 "<x>"',
		media: f => `${CSP_SOURCE}/ext/media/${f}`, codicons: `${CSP_SOURCE}/ext/node_modules/@vscode/codicons/dist/codicon.css`,
	});

	it('sets the strict policy, loads compareNotices.js with the nonce, the base style sheet first', () => {
		assert.ok(page.includes(`content="${contentSecurityPolicy(CSP_SOURCE, nonce)}"`));
		const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
		assert.deepEqual(scripts.map(([, attrs]) => /src="[^"]*\/([^/"]+)"/.exec(attrs)?.[1]), ['webview-base.js', 'compareNotices.js']);
		for (const [, attrs, body] of scripts) { assert.ok(attrs.includes(`nonce="${nonce}"`)); assert.equal(body.trim(), ''); }
		const styles = [...page.matchAll(/<link rel="stylesheet" nonce="[^"]+" href="[^"]*\/([^/"]+)">/g)].map(m => m[1]);
		assert.deepEqual(styles, ['codicon.css', 'webview-base.css', 'compareNotices.css']);
		assert.doesNotMatch(page, /<style\b|\sstyle=|\son[a-z]+=/i);
	});

	it('compareNotices.js builds the DOM with textContent only and loads nothing remote', () => {
		const js = withoutComments(media('compareNotices.js'));
		assert.doesNotMatch(js, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(\s*['"](on|style)/i);
		assert.doesNotMatch(js, /https?:\/\//);
	});

	it('compareNotices.js sends only messages the extension accepts', () => {
		const js = media('compareNotices.js');
		const types = [...js.matchAll(/post\(\{\s*type:\s*'([A-Za-z]+)'/g)].map(m => m[1]);
		assert.deepEqual([...new Set(types)].sort(), ['error', 'open', 'ready', 'rendered', 'swap']);
		const samples: Record<string, unknown> = {
			ready: { type: 'ready' }, swap: { type: 'swap' }, open: { type: 'open', version: 1, index: 0, side: 'a', preserveFocus: true },
			rendered: { type: 'rendered', version: 1, shown: 1, total: 1 }, error: { type: 'error', message: 'x' },
		};
		for (const t of types) { assert.ok(parseCompareMessage(samples[t], { rowsVersion: 1, rows: [{ a: task('A', 0, 'x'), b: null }] }), t); }
	});

	it('compareNotices.js shows only strings the extension sends, and uses every one', () => {
		const view = fs.readFileSync(path.join(REPO, 'src', 'extension', 'compareNotices', 'view.ts'), 'utf8');
		const body = /function webviewStrings\(\)[^{]*\{\s*return \{([\s\S]*?)\n\t\};/.exec(view)?.[1] ?? '';
		const sent = new Set([...body.matchAll(/^\s*(\w+):\s*vscode\.l10n\.t\(/gm)].map(m => m[1]));
		assert.ok(sent.size > 15);
		const used = new Set([...media('compareNotices.js').matchAll(/\bt\('(\w+)'/g)].map(m => m[1]));
		assert.deepEqual([...used].filter(k => !sent.has(k)), [], 'used but never sent');
		assert.deepEqual([...sent].filter(k => !used.has(k)), [], 'sent but never used');
	});

	it('compareNotices.css takes every colour from the theme', () => {
		const css = media('compareNotices.css').replace(/\/\*[\s\S]*?\*\//g, '');
		assert.doesNotMatch(css, /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i, 'no literal colours');
		for (const m of css.matchAll(/(?:^|[\s;{])(color|background(?:-color)?|border(?:-[a-z]+)?-color|outline-color|accent-color)\s*:\s*([^;]+);/g)) {
			assert.match(m[2].trim(), /^(var\(--(vscode-|pn-)|inherit|transparent|currentColor)/, `${m[1]}: ${m[2]}`);
		}
		assert.match(css, /--vscode-focusBorder/);
		assert.match(css, /--vscode-contrastBorder|--vscode-contrastActiveBorder/);
	});
});
