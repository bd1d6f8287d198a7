// media/webview-base.js: what every webview builds alike. Its pure part runs in Node; the DOM
// helpers are exercised by the views' UI checks.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../paths';

type Handler = (msg: { type: string }) => void;
interface Base {
	format(template: unknown, ...args: unknown[]): string;
	localizer(strings: () => Record<string, string>): (key: string, ...args: unknown[]) => string;
	debounce(fn: (...args: unknown[]) => void, ms: number): (...args: unknown[]) => void;
	announcer(live: { textContent: string }): (text: string) => void;
	stringsOf(msg: Record<string, unknown>): Record<string, string>;
	showOnInit(ui: { strings?: unknown }, app: { hidden: boolean }, render: () => void): (msg: Record<string, unknown>) => void;
	dispatch(handlers: Record<string, Handler>, msg: unknown): boolean;
	errorText(e: { message?: unknown; error?: unknown }): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const W: Base = require(path.join(REPO, 'media', 'webview-base.js'));

/** setTimeout and clearTimeout replaced by a clock that moves only when told (`tick`). */
function fakeClock(): { tick(ms: number): void; restore(): void } {
	const real = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
	const timers = new Map<number, { at: number; fn: () => void }>();
	let now = 0, next = 1;
	globalThis.setTimeout = ((fn: () => void, ms: number) => { timers.set(next, { at: now + ms, fn }); return next++; }) as unknown as typeof setTimeout;
	globalThis.clearTimeout = ((id: number) => { timers.delete(id); }) as unknown as typeof clearTimeout;
	return {
		tick(ms) {
			now += ms;
			for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
				if (t.at <= now) { timers.delete(id); t.fn(); }
			}
		},
		restore() { globalThis.setTimeout = real.setTimeout; globalThis.clearTimeout = real.clearTimeout; },
	};
}

describe('webview base script', () => {
	it('fills the placeholders of a localized string, leaving the ones without an argument', () => {
		assert.equal(W.format('{0} of {1} related tasks', 3, 12), '3 of 12 related tasks');
		assert.equal(W.format('{1}/{0} {2}', 'a', 'b'), 'b/a {2}');
		assert.equal(W.format(undefined), '');
	});

	it('localizes from the strings the extension sent last, a key without a string showing the key', () => {
		let strings: Record<string, string> = {};
		const t = W.localizer(() => strings);
		assert.equal(t('count', 3), 'count', 'before init: the key');
		strings = { count: '{0} tasks', empty: '' };
		assert.equal(t('count', 3), '3 tasks', 'the strings of a later init');
		assert.equal(t('empty'), 'empty', 'an empty string counts as missing');
		assert.equal(t('noMatch {0}', 'x'), 'noMatch x', 'the key is filled like a string');
	});

	it('debounces: only the last call runs, with its arguments, once the wait has passed without a newer one', () => {
		const clock = fakeClock();
		try {
			const calls: unknown[][] = [];
			const f = W.debounce((...args) => calls.push(args), 200);
			f('a');
			clock.tick(150);
			f('b', 2);
			clock.tick(150);
			assert.deepEqual(calls, [], 'the second call restarted the wait');
			clock.tick(50);
			assert.deepEqual(calls, [['b', 2]]);
			f('c');
			clock.tick(200);
			assert.deepEqual(calls, [['b', 2], ['c']]);
		} finally {
			clock.restore();
		}
	});

	it('announces the last text after 400 ms, never an empty text nor the same text twice in a row', () => {
		const clock = fakeClock();
		try {
			const live = { textContent: '' };
			const announce = W.announcer(live);
			announce('3 results');
			clock.tick(399);
			assert.equal(live.textContent, '');
			clock.tick(1);
			assert.equal(live.textContent, '3 results');
			live.textContent = 'cleared by the test';
			announce('3 results');
			announce('');
			clock.tick(400);
			assert.equal(live.textContent, 'cleared by the test', 'the same text again, and an empty one, are not announced');
			announce('2 results');
			announce('1 result');
			clock.tick(400);
			assert.equal(live.textContent, '1 result');
		} finally {
			clock.restore();
		}
	});

	it('takes the strings of an init message only when they are an object', () => {
		const strings = { count: '{0}' };
		assert.equal(W.stringsOf({ type: 'init', strings }), strings);
		assert.deepEqual(W.stringsOf({ type: 'init' }), {});
		assert.deepEqual(W.stringsOf({ type: 'init', strings: 'count' }), {});
		assert.deepEqual(W.stringsOf({ type: 'init', strings: null }), {});
	});

	it('shows and draws a view on its init message, with the strings it brings (none: {})', () => {
		const ui: { strings?: unknown } = {}, app = { hidden: true };
		let drawn: unknown[] = [];
		const init = W.showOnInit(ui, app, () => { drawn.push([ui.strings, app.hidden]); });
		const strings = { count: '{0}' };
		init({ type: 'init', strings });
		assert.deepEqual(drawn, [[strings, false]]);
		drawn = [];
		init({ type: 'init' });
		assert.deepEqual(drawn, [[{}, false]]);
	});

	it('dispatches a message from the extension to the handler of its type, and drops anything else', () => {
		const seen: unknown[] = [];
		const handlers: Record<string, Handler> = { init: m => seen.push(['init', m]), model: m => seen.push(['model', m]) };
		const init = { type: 'init', strings: {} };
		assert.equal(W.dispatch(handlers, init), true);
		assert.deepEqual(seen, [['init', init]]);
		for (const msg of [null, undefined, 'init', 42, {}, { type: 'busy' }, { type: ['init'] }, { type: 'toString' }, { type: '__proto__' }, { type: 'hasOwnProperty' }]) {
			assert.equal(W.dispatch(handlers, msg), false, JSON.stringify(msg));
		}
		assert.equal(seen.length, 1);
	});

	it('reports an uncaught error by its message, else its error, at most 2000 characters', () => {
		assert.equal(W.errorText({ message: 'x is not defined', error: new Error('other') }), 'x is not defined');
		assert.equal(W.errorText({ message: '', error: 'thrown' }), 'thrown');
		assert.equal(W.errorText({}), 'error');
		assert.equal(W.errorText({ message: 'a'.repeat(5000) }).length, 2000);
	});

	it('is the one home of the shared helpers: no view script defines them again', () => {
		for (const f of ['related.js', 'compare.js', 'tasks.js', 'compareNotices.js']) {
			const js = fs.readFileSync(path.join(REPO, 'media', f), 'utf8');
			assert.doesNotMatch(js, /function (h|icon|format|announce)\(|'progress-bit'|'filter-box'|'sr-only'/, f);
			// Listening to the extension, the page's keys, the strings, the waits and the shared parts of the DOM.
			assert.doesNotMatch(js, /addEventListener\('(message|error)'|key === '\/'|ui\.strings\[|clearTimeout|'(empty-text|empty-hint|empty-action|banner-text|sort-label|checkbox)'/, f);
			assert.match(js, /PnWebview/, `${f} uses the shared helpers`);
		}
	});
});
