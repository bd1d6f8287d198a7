// The Related Tasks view's controller (src/extension/related/controller.ts): when it asks the
// source, what it tells the webview, and which messages it accepts. Plain Node: a fake host that
// records what it is asked to do, answers the controller holds until the test settles them, and a
// fake clock.
import * as assert from 'node:assert/strict';
import type { Uri } from 'vscode';
import { CHANGE_DELAY_MS, RelatedViewController, type RelatedViewHost } from '../../../src/extension/related/controller';
import { FOLLOW_DELAY_MS, type FollowedEditor, type QueryTarget } from '../../../src/extension/related/follow';
import type { HostMessage, ViewModel } from '../../../src/extension/related/messages';
import type { RelatedItem, RelatedResult } from '../../../src/extension/related/types';
import { FakeClock, settle } from '../fakeClock';

const uri = (key: string): Uri => ({ toString: () => key }) as unknown as Uri;
const NOTICE = 'file:///w/gansu.txt';
const OTHER = 'file:///w/tianjin.txt';

function editor(key: string, offset: number, isNotice = true): FollowedEditor {
	return { uri: uri(key), offset, version: 1, isNotice };
}

function item(id: string, file = OTHER): RelatedItem {
	return {
		id, uri: file, file, offset: 10, end: 40, line: 2, character: 0, region: '天津', issuer: '天津市人民政府',
		document: '天津市行动计划', year: 2023, title: '发展智能制造', path: ['二、重点任务'], score: 7.5, terms: ['智能制造'],
		snippet: '发展智能制造', highlights: [[2, 6]], targets: [], lead: [], responsible: [],
	} as RelatedItem;
}

function result(ids: string[], offset = 0): RelatedResult {
	return {
		state: 'ready', results: ids.map(id => item(id)),
		query: { uri: NOTICE, file: 'gansu.txt', offset, end: offset + 100, title: '推进制造业升级', path: ['二、重点任务', '（一）推进制造业升级'] },
	};
}

/** A question to the source; `asked` tells the controller the source has it (at once unless the test holds it). */
interface Ask { target: QueryTarget; signal: AbortSignal; asked(): void; answer(r: RelatedResult): void; fail(e: Error): void }

/** A controller over a fake host; `asks` are the source's questions, each answered by the test. */
function setup(options: { visible?: boolean } = {}) {
	const clock = new FakeClock();
	const asks: Ask[] = [];
	const posted: HostMessage[] = [];
	const opened: { item: RelatedItem; preserveFocus: boolean }[] = [];
	const errors: string[] = [], warnings: string[] = [];
	const host = {
		active: editor(NOTICE, 50) as FollowedEditor | undefined,
		visible: options.visible ?? true,
		indexingProgress: undefined as { done: number; total: number } | null | undefined,
		pinned: [] as boolean[],
		openFails: false,
		holdAsked: false,
		groups: [] as string[],
	};
	const port: RelatedViewHost = {
		activeEditor: () => host.active,
		hasTextEditor: () => !!host.active,
		isVisible: () => host.visible,
		webviewStrings: () => ({ listLabel: '相关任务' }),
		post: m => posted.push(m),
		ask: (target, signal, asked) => new Promise((resolve, reject) => {
			asks.push({ target, signal, asked, answer: resolve, fail: reject });
			if (!host.holdAsked) { asked(); }
		}),
		indexing: () => (host.indexingProgress === undefined ? undefined : { progress: host.indexingProgress }),
		open: async (i, preserveFocus, opening) => {
			if (host.openFails) { throw new Error('file deleted'); }
			opened.push({ item: i, preserveFocus });
			opening();
		},
		compare: async () => undefined,
		manageTrust: () => undefined,
		pinnedChanged: p => host.pinned.push(p),
		groupChanged: g => host.groups.push(g),
		log: { warn: m => warnings.push(m), error: m => errors.push(m) },
	};
	const controller = new RelatedViewController(port, 'flat', clock);
	const models = () => posted.filter((m): m is Extract<HostMessage, { type: 'model' }> => m.type === 'model').map(m => m.model);
	const lastModel = (): ViewModel => controller.state().lastModel;
	/** Loads the page and has its script say ready. */
	const open = () => { controller.webviewLoaded(); assert.equal(controller.receive({ type: 'ready' }), true); };
	return { clock, asks, posted, opened, errors, warnings, host, controller, models, lastModel, open };
}


describe('Related Tasks view controller', () => {
	it('posts nothing before the page is ready; then the strings, the model, and asks about the cursor', async () => {
		const t = setup();
		t.controller.webviewLoaded();
		assert.equal(t.asks.length, 1, 'the active notice is asked about when the page loads');
		assert.equal(t.posted.length, 0, 'nothing posted to a page that has not said ready');
		t.controller.receive({ type: 'ready' });
		assert.deepEqual(t.posted.map(m => m.type), ['init', 'model', 'loading']);
		assert.deepEqual((t.posted[0] as Extract<HostMessage, { type: 'init' }>).strings, { listLabel: '相关任务' });
		assert.equal(t.asks.length, 1, 'a query under way is not asked again on ready');
		t.asks[0].answer(result(['a', 'b'], 40));
		await settle();
		assert.equal(t.lastModel().state, 'ready');
		assert.deepEqual(t.lastModel().results.map(r => r.id), ['a', 'b']);
		assert.equal(t.lastModel().query?.fileName, 'gansu.txt');
		assert.deepEqual(t.posted.at(-1), { type: 'loading', loading: false });
	});

	it('batches a burst of index changes into one query', async () => {
		const t = setup();
		t.open();
		t.asks[0].answer(result(['a']));
		await settle();
		// 60 changes over 600 ms: asked once the first change's delay is over, not postponed by
		// the changes that follow, and once more for the changes after that query.
		for (let i = 0; i < 60; i++) { t.controller.sourceChanged(); t.clock.advance(10); }
		assert.equal(t.asks.length, 2, 'asked during the burst, when the first change\'s delay was over');
		t.clock.advance(CHANGE_DELAY_MS);
		assert.equal(t.asks.length, 3, 'two queries for the burst, not one per change');
		assert.equal(t.controller.state().pendingTimers, 0);
	});

	it('drops an answer overtaken by a newer question, and aborts its query', async () => {
		const t = setup();
		t.open();
		t.controller.limitChanged();
		assert.equal(t.asks.length, 2);
		assert.equal(t.asks[0].signal.aborted, true, 'the overtaken query is told');
		t.asks[1].answer(result(['new']));
		t.asks[0].answer(result(['old']));
		await settle();
		assert.deepEqual(t.lastModel().results.map(r => r.id), ['new']);
		assert.ok(t.models().every(m => !m.results.some(r => r.id === 'old')), 'the old answer was never shown');
	});

	it('asks nothing while hidden, and asks again once when shown', async () => {
		const t = setup();
		t.open();
		t.asks[0].answer(result(['a']));
		await settle();
		t.host.visible = false;
		t.controller.visibilityChanged(false);
		t.controller.sourceChanged();
		t.controller.limitChanged();
		t.clock.advance(CHANGE_DELAY_MS * 2);
		assert.equal(t.asks.length, 1, 'a hidden view asks nothing');
		t.host.visible = true;
		t.controller.visibilityChanged(true);
		assert.equal(t.asks.length, 2, 'shown again, it asks once');
	});

	it('hiding the view aborts the query under way, which is asked again when it shows', async () => {
		const t = setup();
		t.open();
		t.host.visible = false;
		t.controller.visibilityChanged(false);
		assert.equal(t.asks[0].signal.aborted, true);
		t.asks[0].answer(result(['late']));
		await settle();
		assert.equal(t.lastModel().state, 'idle', 'an aborted answer is not shown');
		t.host.visible = true;
		t.controller.visibilityChanged(true);
		assert.equal(t.asks.length, 2);
	});

	it('says Indexing with its progress while a query waits for the index, unless results are on screen', async () => {
		const t = setup();
		t.host.indexingProgress = { done: 3, total: 10 };
		t.open();
		assert.equal(t.lastModel().state, 'indexing');
		assert.deepEqual(t.lastModel().progress, { done: 3, total: 10 });
		t.asks[0].answer(result(['a']));
		await settle();
		t.controller.limitChanged();
		assert.equal(t.lastModel().state, 'ready', 'results on screen stay while the next query waits');
		assert.deepEqual(t.lastModel().results.map(r => r.id), ['a']);
	});

	it('a query that fails shows the error and logs it', async () => {
		const t = setup();
		t.open();
		t.asks[0].fail(new Error('index file unreadable'));
		await settle();
		assert.equal(t.lastModel().state, 'error');
		assert.equal(t.lastModel().message, 'index file unreadable');
		assert.match(t.errors.join('\n'), /query failed: Error: index file unreadable/);
	});

	it('a non-notice editor ends the query under way and says so', async () => {
		const t = setup();
		t.open();
		t.host.active = editor('file:///w/readme.md', 0, false);
		t.controller.activeEditorChanged(t.host.active);
		t.clock.advance(0);
		assert.equal(t.asks[0].signal.aborted, true);
		assert.equal(t.lastModel().state, 'notNotice');
		t.asks[0].answer(result(['a']));
		await settle();
		assert.equal(t.lastModel().state, 'notNotice', 'the ended query\'s answer is dropped');
	});

	it('pinned, it holds its task while the cursor moves; unpinned, it follows again', async () => {
		const t = setup();
		t.open();
		t.asks[0].answer(result(['a'], 40));
		await settle();
		t.controller.setPinned(true);
		assert.deepEqual(t.host.pinned, [true]);
		assert.equal(t.lastModel().pinned, true);
		t.host.active = editor(NOTICE, 900);
		t.controller.selectionChanged(t.host.active, true);
		t.clock.advance(FOLLOW_DELAY_MS * 4);
		assert.equal(t.asks.length, 1, 'a pinned view does not follow the cursor');
		t.controller.setPinned(false);
		assert.deepEqual(t.host.pinned, [true, false]);
		assert.equal(t.asks.length, 2);
		assert.equal(t.asks[1].target.offset, 900, 'unpinned, it asks about the cursor');
	});

	it('grouping is told to the host and republished', () => {
		const t = setup();
		t.open();
		t.controller.setGroup('document');
		t.controller.setGroup('document');
		assert.deepEqual(t.host.groups, ['document'], 'told once per change');
		assert.equal(t.lastModel().group, 'document');
		assert.equal(t.controller.receive({ type: 'group', mode: 'flat' }), true);
		assert.equal(t.lastModel().group, 'flat');
	});

	it('opens a result it showed, and the editor events of that opening do not ask again', async () => {
		const t = setup();
		t.open();
		t.asks[0].answer(result(['a']));
		await settle();
		assert.equal(t.controller.receive({ type: 'open', id: 'a', preserveFocus: true }), true);
		assert.deepEqual(t.opened.map(o => [o.item.id, o.preserveFocus]), [['a', true]]);
		t.host.active = editor(OTHER, 10);
		t.controller.activeEditorChanged(t.host.active);
		t.controller.selectionChanged(t.host.active, false);
		t.clock.advance(FOLLOW_DELAY_MS * 4);
		assert.equal(t.asks.length, 1, 'opening a result is not the person moving the cursor');
	});

	it('rejects a message it did not expect, and an id it never showed', () => {
		const t = setup();
		t.open();
		assert.equal(t.controller.receive({ type: 'open', id: 'never-shown' }), false);
		assert.equal(t.controller.receive({ type: 'eval', code: '1' }), false);
		assert.equal(t.controller.state().rejected, 2);
		assert.equal(t.warnings.length, 2);
		assert.deepEqual(t.opened, []);
	});

	it('a result that could not be opened is logged, and its file stays one the view follows', async () => {
		const t = setup();
		t.open();
		t.asks[0].answer(result(['a']));
		await settle();
		t.host.openFails = true;
		t.controller.receive({ type: 'open', id: 'a', preserveFocus: false });
		await settle();
		assert.match(t.errors.join('\n'), /could not open file:\/\/\/w\/tianjin\.txt: Error: file deleted/);
		t.host.active = editor(OTHER, 10);
		t.controller.activeEditorChanged(t.host.active);
		t.clock.advance(0);
		assert.equal(t.asks.length, 2, 'the person opening that file later is followed');
	});

	it('a question an abandoned query put to the source does not replace what is shown', async () => {
		const t = setup();
		t.host.indexingProgress = { done: 1, total: 10 };
		t.host.holdAsked = true;
		t.open();
		t.host.active = editor('file:///w/readme.md', 0, false);
		t.controller.activeEditorChanged(t.host.active);
		t.clock.advance(0);
		assert.equal(t.lastModel().state, 'notNotice');
		t.asks[0].asked();
		assert.equal(t.lastModel().state, 'notNotice', 'the abandoned query says nothing now');
	});

	it('once disposed, its timers are cleared and the query under way is aborted', () => {
		const t = setup();
		t.open();
		t.controller.sourceChanged();
		t.controller.selectionChanged(editor(NOTICE, 300), true);
		assert.equal(t.controller.state().pendingTimers, 2);
		t.controller.dispose();
		assert.equal(t.clock.pending, 0);
		assert.equal(t.asks[0].signal.aborted, true);
	});
});
