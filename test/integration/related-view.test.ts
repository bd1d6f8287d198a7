// The Related Tasks view (政策文件 › 相关任务) inside a real VS Code.
//
// Part 1 drives RelatedViewProvider directly with a fake RelatedSource and a stand-in
// WebviewView that records what the provider posts: following the cursor (debounced, one query
// per task, previous query cancelled), pin, group, open, message validation, the page's CSP.
// It needs nothing but this module.
//
// Part 2 ("wired view") checks the real view the extension registers over the real workspace
// index: the webview's script loads under its CSP, says `ready`, and draws the results for the
// cursor in 甘肃 8.智能制造; pin, group, open and an invalid message through its commands, and
// "no task" for the cursor in the title.
//
// In plain Node: the cursor follower's decisions (test/unit/related/follow.test.ts), every
// message the page may send (test/unit/related/messages.test.ts), the page and its scripts
// (test/unit/related/webview.test.ts, model.test.ts), the contributions
// (test/unit/extension/viewsManifest.test.ts) and what the index answers
// (test/unit/service/related.test.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HostMessage, ViewModel } from '../../src/extension/related/messages';
import type { RelatedItem, RelatedResult, RelatedSource } from '../../src/extension/related/types';
import { RELATED_COMMANDS, RELATED_VIEW_ID } from '../../src/extension/related/messages';
import { RelatedViewProvider, type RelatedViewTestState } from '../../src/extension/related/view';
import { fakeContext, FakeView } from './fakePanel';
import { EXT_ID, openNotice, repoPath, sampleUri, waitFor } from './util';

// ── a fake index ─────────────────────────────────────────────────────────────

interface Call { uri: string; offset: number; limit: number; token: vscode.CancellationToken }

/** Tasks are `N.标题` headings; the related tasks are two fixed ones in tianjin and sichuan. */
class FakeSource implements RelatedSource {
	readonly calls: Call[] = [];
	private readonly emitter = new vscode.EventEmitter<void>();
	readonly onDidChange = this.emitter.event;
	/** While set, every query waits for it: the test decides when a query answers. */
	private gate: Promise<void> | undefined;
	items: RelatedItem[] = [];
	/** Set by a test: the index is being built (the view says "Indexing… n / N" while a query waits). */
	isIndexing = false;
	progress = { done: 0, total: 0 };

	/** Holds every query (those already waiting and those to come) until the returned function is called. */
	hold(): () => void {
		let release!: () => void;
		const gate = this.gate = new Promise<void>(r => { release = r; });
		return () => { if (this.gate === gate) { this.gate = undefined; } release(); };
	}

	async init(): Promise<void> {
		const item = async (name: string, needle: string, region: string, title: string, score: number): Promise<RelatedItem> => {
			const doc = await vscode.workspace.openTextDocument(sampleUri(name));
			const offset = doc.getText().indexOf(needle);
			assert.ok(offset >= 0, `${needle} in ${name}`);
			const pos = doc.positionAt(offset);
			return {
				id: `${doc.uri.toString()}#${offset}`, uri: doc.uri.toString(), file: doc.uri.fsPath, offset, end: offset + 60, line: pos.line, character: pos.character,
				document: `${region}人民政府关于印发${region}新一代人工智能发展实施方案的通知`, issuer: `${region}人民政府`, region, year: 2018,
				title, path: ['二、重点任务', needle], score, terms: ['智能制造'], snippet: `推广${title}，智能制造示范`, highlights: [[2, 2 + title.length]],
				targets: [{ text: '10家以上', deadline: '2020', metric: '智能工厂' }], lead: ['工业和信息化厅'], responsible: [],
			};
		};
		this.items = [
			await item('tianjin-ai-industry', '1.智能制造', '天津市', '智能制造', 42.19),
			await item('sichuan', '制造业智能化示范', '四川省', '制造业智能化示范', 40.5),
		];
	}

	fire(): void { this.emitter.fire(); }

	async related(document: vscode.TextDocument, offset: number, limit: number, token: vscode.CancellationToken): Promise<RelatedResult> {
		this.calls.push({ uri: document.uri.toString(), offset, limit, token });
		if (this.gate) { await this.gate; }
		const text = document.getText();
		let task: { offset: number; end: number; title: string } | undefined;
		for (const m of text.matchAll(/\d+\.([\u4e00-\u9fa5]{2,8})/g)) {
			if (m.index! > offset) { break; }
			task = { offset: m.index!, end: m.index! + m[0].length + 80, title: m[1] };
		}
		if (!task || offset >= task.end) { return { state: 'noTask', query: null, results: [] }; }
		return {
			state: 'ready',
			query: { uri: document.uri.toString(), file: document.uri.fsPath, offset: task.offset, end: task.end, title: task.title, path: ['二、重点任务', `8.${task.title}`] },
			results: this.items.slice(0, limit),
		};
	}
}

/** Sets the cursor (VS Code reports it back asynchronously: wait on `settled` to know the view has seen it). */
function moveTo(editor: vscode.TextEditor, offset: number): void {
	const p = editor.document.positionAt(offset);
	editor.selection = new vscode.Selection(p, p);
}

describe('related tasks view', function () {
	this.timeout(60_000);

	describe('provider over a fake index', () => {
		let source: FakeSource;
		let view: FakeView<HostMessage, ViewModel>;
		let provider: RelatedViewProvider;
		let gansu: vscode.TextEditor;
		let at8: number;

		beforeEach(async () => {
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			const doc = await openNotice(sampleUri('gansu'));
			gansu = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
			at8 = doc.getText().indexOf('8.智能制造') + 3;
			source = new FakeSource();
			await source.init();
			provider = new RelatedViewProvider(fakeContext(), source);
			view = new FakeView<HostMessage, ViewModel>(RELATED_VIEW_ID);
		});
		afterEach(() => provider.dispose());

		/**
		 * The barrier after moving the cursor to `offset`: the provider has seen the move and has
		 * nothing scheduled, so every query the move leads to has gone to the source.
		 */
		const settled = async (offset: number) => {
			await waitFor(() => provider.testState().cursor === offset, 5000, `the view to see the cursor at ${offset}`);
			await waitFor(() => provider.testState().pendingTimers === 0, 5000, 'the view to have no timer pending');
		};

		const resolveReady = async () => {
			provider.resolveWebviewView(view.asView());
			view.send({ type: 'ready' });
		};

		it('serves a page with a strict CSP, scripts only with its nonce, resources only from media/ and the codicons, command links off', () => {
			provider.resolveWebviewView(view.asView());
			const html = view.webview.html;
			const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
			assert.match(csp, /^default-src 'none'; style-src https:\/\/fake\.vscode-cdn\.net 'nonce-[^']+'; script-src 'nonce-[^']+'; font-src https:\/\/fake\.vscode-cdn\.net; img-src https:\/\/fake\.vscode-cdn\.net$/);
			const nonce = /'nonce-([^']+)'/.exec(csp)![1];
			const scripts = [...html.matchAll(/<script ([^>]*)><\/script>/g)].map(m => m[1]);
			assert.deepEqual(scripts.map(s => /src="[^"]*\/([^/"]+)"/.exec(s)?.[1]), ['webview-base.js', 'related-model.js', 'related.js']);
			assert.ok(scripts.every(s => s.includes(`nonce="${nonce}"`)));
			assert.ok(decodeURIComponent(html).includes('/node_modules/@vscode/codicons/dist/codicon.css'));
			// The options every view's webview gets (webview/host.ts: the task table and both compare panels too).
			assert.strictEqual(view.webview.options.enableScripts, true);
			assert.strictEqual(view.webview.options.enableCommandUris, false);
			const roots = (view.webview.options.localResourceRoots ?? []).map(u => u.path);
			assert.deepEqual(roots, [vscode.Uri.joinPath(vscode.Uri.file(repoPath()), 'media').path, vscode.Uri.joinPath(vscode.Uri.file(repoPath()), 'node_modules', '@vscode', 'codicons', 'dist').path]);
		});

		it('posts nothing before the page says ready, then its strings and the model', async () => {
			provider.resolveWebviewView(view.asView());
			// Resolving follows the active editor: wait until that query has been answered and its
			// model made (seq > 0), nothing scheduled; none of it may have been posted.
			await waitFor(() => { const s = provider.testState(); return s.pendingTimers === 0 && (s.lastModel?.seq ?? 0) > 0; }, 5000, 'the first answer, with nothing pending');
			assert.strictEqual(view.posted.length, 0);
			view.send({ type: 'ready' });
			const init = view.posted.find(m => m.type === 'init');
			assert.ok(init && init.type === 'init');
			for (const k of ['filterPlaceholder', 'empty', 'noTask', 'notNotice', 'count', 'pin', 'unpin', 'targets', 'lead', 'responsible']) { assert.ok(init.strings[k], k); }
			if (vscode.env.language.startsWith('zh')) { assert.match(init.strings.empty, /[\u4e00-\u9fa5]/); }
			assert.ok(view.posted.some(m => m.type === 'model'));
		});

		it('follows the cursor into 甘肃 8.智能制造 and shows the related tasks', async () => {
			moveTo(gansu, at8);
			await resolveReady();
			const model = await waitFor(() => { const m = view.last(); return m?.query ? m : undefined; }, 5000, 'a model with a query');
			assert.strictEqual(model.state, 'ready');
			assert.strictEqual(model.query!.title, '智能制造');
			assert.strictEqual(model.query!.fileName, 'gansu.txt');
			assert.deepEqual(model.results.map(r => r.region), ['天津市', '四川省']);
			const tj = model.results[0];
			assert.strictEqual(tj.fileName, 'tianjin-ai-industry.txt');
			assert.ok(tj.line >= 1);
			assert.deepEqual(tj.targets[0], { text: '10家以上', deadline: '2020', metric: '智能工厂' });
			assert.strictEqual(source.calls[source.calls.length - 1].limit, vscode.workspace.getConfiguration('policyNotice').get('related.limit'));
			assert.ok(source.calls.every(c => c.uri === gansu.document.uri.toString()));
		});

		it('asks once for a burst of cursor moves, not again inside the same task, and cancels a query overtaken by another', async () => {
			moveTo(gansu, at8);
			await resolveReady();
			await waitFor(() => view.last()?.query, 5000, 'first result');
			const before = source.calls.length;
			for (let i = 1; i <= 5; i++) { moveTo(gansu, at8 + i); }
			await settled(at8 + 5);
			assert.strictEqual(source.calls.length, before, 'moving inside the shown task asks nothing');

			const text = gansu.document.getText();
			const at9 = text.indexOf('9.') + 3;
			const at7 = text.indexOf('7.') + 3;
			assert.ok(at9 > 2 && at7 > 2);
			// Queries wait for the test: the first is still running when the second overtakes it.
			const release = source.hold();
			// A burst, back to back; its last offset is unique in it, so `settled` waits for the last move.
			moveTo(gansu, at7 + 1);
			moveTo(gansu, at9);
			moveTo(gansu, at7);
			await settled(at7);
			// Debounced (when, exactly, is checked with a fake clock in test/unit/related/follow.test.ts).
			assert.strictEqual(source.calls.length, before + 1, 'one query for the burst');
			moveTo(gansu, at9);
			await waitFor(() => source.calls.length === before + 2, 3000, 'second query');
			assert.ok(source.calls[before].token.isCancellationRequested, 'the overtaken query was cancelled');
			release();
			await waitFor(() => view.last()?.query?.title === '智能农业', 5000, 'the 9. task shown');
		});

		it('says "Indexing… n / N" while a query waits for the index, in place of what it said before', async () => {
			const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'hello' });
			await vscode.window.showTextDocument(plain);
			await resolveReady();
			await waitFor(() => view.last()?.state === 'notNotice', 5000, 'notNotice first');
			source.isIndexing = true;
			source.progress = { done: 3, total: 10 };
			const release = source.hold();
			const editor = await vscode.window.showTextDocument(gansu.document, vscode.ViewColumn.One);
			moveTo(editor, at8);
			const waiting = await waitFor(() => { const m = view.last(); return m?.state === 'indexing' ? m : undefined; }, 5000, 'the indexing model while the query waits');
			assert.deepStrictEqual(waiting.progress, { done: 3, total: 10 });
			assert.strictEqual(waiting.query, null);
			assert.deepStrictEqual(waiting.results, []);
			source.isIndexing = false;
			release();
			await waitFor(() => view.last()?.state === 'ready' && view.last()?.query?.title === '智能制造', 5000, 'the answer once the index is built');
		});

		it('holds its task while pinned, re-asks for it when the index changes, follows again when unpinned', async () => {
			moveTo(gansu, at8);
			await resolveReady();
			await waitFor(() => view.last()?.query, 5000, 'first result');
			view.send({ type: 'pin', pinned: true });
			assert.strictEqual(view.last()!.pinned, true);
			const pinnedCalls = source.calls.length;
			const at9 = gansu.document.getText().indexOf('9.') + 3;
			moveTo(gansu, at9);
			await settled(at9);
			assert.strictEqual(source.calls.length, pinnedCalls, 'a pinned view does not follow the cursor');
			source.fire();
			await waitFor(() => source.calls.length === pinnedCalls + 1, 3000, 're-query on index change');
			const q = source.calls[source.calls.length - 1];
			assert.strictEqual(q.uri, gansu.document.uri.toString());
			assert.ok(Math.abs(q.offset - at8) < 10, 'asks for the pinned task');
			assert.strictEqual(view.last()!.query!.title, '智能制造');
			view.send({ type: 'pin', pinned: false });
			await waitFor(() => view.last()?.query?.title && view.last()!.query!.title !== '智能制造' && !view.last()!.pinned, 3000, 'following again');
		});

		it('switches between grouped and ranked and remembers it', async () => {
			const context = fakeContext();
			provider.dispose();
			provider = new RelatedViewProvider(context, source);
			await resolveReady();
			assert.strictEqual(view.last()!.group, 'flat', 'ranked by default');
			view.send({ type: 'group', mode: 'document' });
			assert.strictEqual(view.last()!.group, 'document');
			assert.strictEqual(context.globalState.get('policyNotice.related.group'), 'document');
			provider.dispose();
			provider = new RelatedViewProvider(context, source);
			const again = new FakeView<HostMessage, ViewModel>(RELATED_VIEW_ID);
			provider.resolveWebviewView(again.asView());
			again.send({ type: 'ready' });
			const init = again.posted.find(m => m.type === 'init');
			assert.ok(init && init.type === 'init' && init.group === 'document');
		});

		it('opens a result beside the query, at its range, and keeps the results while it is shown', async () => {
			moveTo(gansu, at8);
			await resolveReady();
			await waitFor(() => view.last()?.query, 5000, 'first result');
			const calls = source.calls.length;
			const target = source.items[0];
			assert.strictEqual(provider.receive({ type: 'open', id: target.id, preserveFocus: false }), true);
			const editor = await waitFor(() => vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === target.uri), 5000, 'tianjin opened');
			assert.strictEqual(editor.viewColumn, vscode.ViewColumn.Two, 'beside the query in column 1');
			assert.strictEqual(editor.document.offsetAt(editor.selection.active), target.offset);
			assert.ok(editor.visibleRanges.some(r => r.contains(editor.document.positionAt(target.offset))), 'the task is in view');
			assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), target.uri, 'Enter moves focus to the opened editor');
			await settled(target.offset);
			assert.strictEqual(source.calls.length, calls, 'the view does not jump to the task it just opened');
			assert.strictEqual(view.last()!.query!.title, '智能制造');
			await vscode.window.showTextDocument(gansu.document, vscode.ViewColumn.One);
			await waitFor(() => source.calls.length > calls, 3000, 'follows the query editor again');
		});

		it('says when the active editor is not a policy notice, and asks nothing while hidden', async () => {
			await resolveReady();
			await waitFor(() => view.last()?.state === 'ready' || view.last()?.state === 'noTask', 5000, 'a first answer');
			const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'hello' });
			await vscode.window.showTextDocument(plain);
			await waitFor(() => view.last()?.state === 'notNotice', 3000, 'notNotice');
			view.setVisible(false);
			const calls = source.calls.length;
			const editor = await vscode.window.showTextDocument(gansu.document);
			// The view has followed the editor it just switched to before the cursor moves there, so
			// the move below is the last thing it sees (its offset alone would not tell them apart).
			await settled(editor.document.offsetAt(editor.selection.active));
			moveTo(editor, at8);
			await settled(at8);
			assert.strictEqual(source.calls.length, calls, 'hidden: no query');
			view.setVisible(true);
			view.send({ type: 'ready' });
			await waitFor(() => view.last()?.query?.title === '智能制造', 3000, 'asks when shown again');
		});
	});

	// ── Part 2: the view the extension registers (needs registerRelatedView in extension.ts) ──

	describe('wired view (needs registerRelatedView(context, related) in extension.ts)', () => {
		const state = () => vscode.commands.executeCommand<RelatedViewTestState | undefined>(RELATED_COMMANDS.testState);

		before(async function () {
			const ext = vscode.extensions.getExtension(EXT_ID)!;
			if (!ext.isActive) { await ext.activate(); }
			const commands = await vscode.commands.getCommands(true);
			assert.ok(commands.includes(RELATED_COMMANDS.testState),
				'policyNotice.related._state is not registered: extension.ts must call registerRelatedView(context, related) (src/extension/related/view.ts)');
			assert.ok(commands.includes(`${RELATED_VIEW_ID}.focus`), 'VS Code made the contributed view (its focus command)');
		});

		it('loads its page under the CSP and draws the related tasks of 甘肃 8.智能制造', async function () {
			this.timeout(150_000);
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			const doc = await openNotice(sampleUri('gansu'));
			const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
			moveTo(editor, doc.getText().indexOf('8.智能制造') + 3);
			await vscode.commands.executeCommand(`${RELATED_VIEW_ID}.focus`);
			await waitFor(async () => (await state())?.ready, 30_000, 'the webview to load its script and say ready');
			await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
			const s = await waitFor(async () => {
				const st = await state();
				const m = st?.lastModel;
				return m && m.state === 'ready' && m.query?.title === '智能制造' && m.results.length >= 5 ? st : undefined;
			}, 120_000, 'the view to show the related tasks of 8.智能制造');
			const m = s.lastModel!;
			const tianjin = m.results.find(r => r.fileName === 'tianjin-ai-industry.txt' && r.title === '智能制造');
			assert.ok(tianjin, m.results.map(r => `${r.region} ${r.title}`).join(', '));
			assert.strictEqual(tianjin.region, '天津市', 'the index\'s result as the view shows it');
			assert.ok(m.results.every(r => r.fileName !== 'gansu.txt'));
			// Ranked by score, except that the notice cap (ranking.ts, diversify) may lift a result
			// of another notice that scores within 10% of the one it displaces in the top five.
			assert.ok(m.results.every((r, i) => i === 0 || r.score <= m.results[i - 1].score / 0.9 + 1e-9), 'ranked');
			assert.ok(m.results.slice(5).every((r, i) => i === 0 || r.score <= m.results[i + 4].score), 'ranked below the top five');
			const drawn = await waitFor(async () => { const st = await state(); return st?.lastRendered && st.lastRendered.seq === st.lastModel?.seq ? st.lastRendered : undefined; }, 10_000, 'the webview to draw the model');
			assert.strictEqual(drawn.total, m.results.length);
			assert.strictEqual(drawn.shown, m.results.length);
		});

		it('pins, groups and opens through its commands and messages', async () => {
			const s0 = (await state())!;
			assert.ok(s0.lastModel?.query, 'after the previous test');
			await vscode.commands.executeCommand(RELATED_COMMANDS.pin);
			assert.strictEqual((await state())!.lastModel!.pinned, true);
			await vscode.commands.executeCommand(RELATED_COMMANDS.groupByDocument);
			assert.strictEqual((await state())!.lastModel!.group, 'document');
			await waitFor(async () => { const st = await state(); return st?.lastRendered?.seq === st?.lastModel?.seq; }, 10_000, 'redrawn grouped');
			await vscode.commands.executeCommand(RELATED_COMMANDS.showFlat);
			assert.strictEqual((await state())!.lastModel!.group, 'flat');
			const tj = s0.lastModel!.results.find(r => r.fileName === 'tianjin-ai-industry.txt')!;
			assert.strictEqual(await vscode.commands.executeCommand(RELATED_COMMANDS.testMessage, { type: 'open', id: tj.id, preserveFocus: true }), true);
			const opened = await waitFor(() => vscode.window.visibleTextEditors.find(e => e.document.uri.fsPath.endsWith('tianjin-ai-industry.txt')), 10_000, 'tianjin opened');
			assert.strictEqual(opened.viewColumn, vscode.ViewColumn.Two);
			const rejected = (await state())!.rejected;
			assert.strictEqual(await vscode.commands.executeCommand(RELATED_COMMANDS.testMessage, { type: 'open', id: 'file:///etc/passwd#0' }), false);
			assert.strictEqual((await state())!.rejected, rejected + 1, 'an invalid message is counted, and nothing opens');
			assert.ok(!vscode.window.visibleTextEditors.some(e => e.document.uri.fsPath === '/etc/passwd'));
			await vscode.commands.executeCommand(RELATED_COMMANDS.unpin);
			assert.strictEqual((await state())!.lastModel!.pinned, false);
			// Following again: the cursor in the notice's title is in no task.
			const gansu = await vscode.window.showTextDocument(await openNotice(sampleUri('gansu')), vscode.ViewColumn.One);
			moveTo(gansu, 2);
			await waitFor(async () => (await state())?.lastModel?.state === 'noTask', 10_000, 'the view to say there is no task at the cursor');
		});
	});
});
