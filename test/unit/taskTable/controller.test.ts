// The task table's controller (src/extension/tasks/controller.ts): which loads run and which
// answers are shown, what a reload of the same scope keeps on screen, the workspace's rows kept per
// notice by text hash, partial results while the workspace is read, the states, and the batching
// of the reloads edits, notes and workspace changes ask for. Plain Node: a fake source, a fake
// clock, and the messages the controller posts recorded.
import * as assert from 'node:assert/strict';
import type { TaskRow } from '../../../src/core/tasks/table';
import type { UnitAliases } from '../../../src/core/units/normalize';
import {
	EDIT_DELAY_MS, NOTES_DELAY_MS, PARTIAL_EVERY_MS, TaskTableController, WORKSPACE_DELAY_MS,
	type TaskNotice, type TaskRowsSource,
} from '../../../src/extension/tasks/controller';
import type { TaskHostMessage, TaskTableModel } from '../../../src/extension/tasks/messages';
import { DEFAULT_QUERY, type TaskQuery } from '../../../src/extension/tasks/model';
import { FakeClock, settle } from '../fakeClock';

const GANSU = 'file:///w/gansu.txt';
const SICHUAN = 'file:///w/sichuan.txt';

function row(file: string, title: string, fields: Partial<TaskRow> = {}): TaskRow {
	return { file, offset: 0, end: 1, number: '', path: ['二、重点任务'], title, lead: [], responsible: [], deadline: null, targets: [], ...fields };
}

function notice(uri: string, title = '某市数字经济行动方案'): TaskNotice & { isClosed: boolean } {
	return { uri, title, isClosed: false };
}

function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
	return { promise, resolve, reject };
}


/** A source answering from maps; an answer can be replaced by a promise the test settles. */
class FakeSource implements TaskRowsSource<TaskNotice> {
	isTrusted = true;
	readonly documents = new Map<string, TaskRow[]>();
	readonly files = new Map<string, { textHash: string; rows: TaskRow[] }>();
	readonly failing = new Set<string>();
	/** When set, answers documentRows instead of `documents`. */
	documentAnswer: ((notice: TaskNotice) => Promise<TaskRow[]>) | undefined;
	/** When set, answers workspaceRows instead of `files`. */
	fileAnswer: ((uri: string) => Promise<TaskRow[] | undefined>) | undefined;
	readonly documentCalls: { uri: string; aliases: UnitAliases }[] = [];
	readonly fileCalls: { uri: string; aliases: UnitAliases }[] = [];
	noticeCalls = 0;

	documentRows(n: TaskNotice, aliases: UnitAliases): Promise<TaskRow[]> {
		this.documentCalls.push({ uri: n.uri, aliases });
		return this.documentAnswer ? this.documentAnswer(n) : Promise.resolve(this.documents.get(n.uri) ?? []);
	}

	async workspaceNotices(): Promise<{ uri: string; textHash: string }[]> {
		this.noticeCalls++;
		// Not in URI order: the controller orders them.
		return [...this.files].reverse().map(([uri, f]) => ({ uri, textHash: f.textHash }));
	}

	workspaceRows(uri: string, aliases: UnitAliases): Promise<TaskRow[] | undefined> {
		this.fileCalls.push({ uri, aliases });
		if (this.fileAnswer) { return this.fileAnswer(uri); }
		if (this.failing.has(uri)) { return Promise.reject(new Error('EACCES: permission denied')); }
		return Promise.resolve(this.files.get(uri)?.rows);
	}
}

function setup() {
	const clock = new FakeClock();
	const source = new FakeSource();
	const posted: TaskHostMessage[] = [];
	const logged = { info: [] as string[], warn: [] as string[], error: [] as string[] };
	const aliases: { workspace: UnitAliases; asked: (string | undefined)[] } = { workspace: {}, asked: [] };
	const controller = new TaskTableController({
		source,
		unitAliases: uri => { aliases.asked.push(uri); return uri === undefined ? aliases.workspace : { 科技厅: '省科技厅' }; },
		post: m => posted.push(m),
		log: { info: m => logged.info.push(m), warn: m => logged.warn.push(m), error: m => logged.error.push(m) },
		baseName: uri => uri.replace(/^.*\//, ''),
	}, clock);
	const models = (): TaskTableModel[] => posted.flatMap(m => (m.type === 'model' ? [m.model] : []));
	const last = (): TaskTableModel => { const m = models(); assert.ok(m.length, 'a model was posted'); return m[m.length - 1]; };
	/** The titles of the rows the last model shows, in its order. */
	const shown = () => last().order.map(i => controller.rows[i].title);
	const query = (change: Partial<TaskQuery>) => controller.queryChanged({ ...controller.model.query, ...change });
	return { clock, source, posted, logged, aliases, controller, models, last, shown, query };
}

/** A controller with a panel open on gansu's rows, ready. */
async function showingGansu() {
	const s = setup();
	s.source.documents.set(GANSU, [
		row(GANSU, '建设数据中心', { lead: ['省科技厅'], responsible: ['省工信厅'] }),
		row(GANSU, '推进智慧政务', { lead: ['省大数据局'] }),
	]);
	s.source.documents.set(SICHUAN, [row(SICHUAN, '培育智能产业', { lead: ['省经信厅'] })]);
	s.controller.takeNotice(notice(GANSU));
	s.controller.panelAttached();
	await settle();
	assert.equal(s.last().state, 'ready');
	s.posted.length = 0;
	s.source.documentCalls.length = 0;
	return s;
}

/** A controller with a panel open on the workspace's rows (a.txt, b.txt), ready. */
async function showingWorkspace() {
	const s = setup();
	s.source.files.set('file:///w/a.txt', { textHash: 'a1', rows: [row('file:///w/a.txt', '甲任务')] });
	s.source.files.set('file:///w/b.txt', { textHash: 'b1', rows: [row('file:///w/b.txt', '乙任务')] });
	s.controller.panelAttached();
	s.query({ scope: 'workspace' });
	await settle();
	assert.equal(s.last().state, 'ready');
	s.posted.length = 0;
	s.source.fileCalls.length = 0;
	return s;
}

describe('task table view: controller', () => {
	describe('loading the notice shown', () => {
		it('loads when a panel is attached: loading, then the rows numbered, with the notice\'s title and file', async () => {
			const s = setup();
			s.source.documents.set(GANSU, [row(GANSU, '建设数据中心'), row(GANSU, '推进智慧政务')]);
			s.controller.takeNotice(notice(GANSU, '甘肃省新一代人工智能发展实施方案'));
			s.controller.panelAttached();
			assert.deepEqual(s.models().map(m => m.state), ['loading']);
			await settle();
			const m = s.last();
			assert.equal(m.state, 'ready');
			assert.deepEqual(m.source, { title: '甘肃省新一代人工智能发展实施方案', fileName: 'gansu.txt', notices: 1 });
			assert.deepEqual(s.controller.rows.map(r => [r.seq, r.title, r.fileName]), [[1, '建设数据中心', 'gansu.txt'], [2, '推进智慧政务', 'gansu.txt']]);
			assert.deepEqual(m.order, [0, 1]);
			assert.equal(m.total, 2);
			// The rows go to the page once, before the model that orders them.
			const rowsMessage = s.posted.findIndex(p => p.type === 'rows' && p.version === m.rowsVersion);
			assert.ok(rowsMessage >= 0 && rowsMessage < s.posted.lastIndexOf(s.posted.find(p => p.type === 'model' && p.model === m)!));
			assert.deepEqual(s.source.documentCalls, [{ uri: GANSU, aliases: { 科技厅: '省科技厅' } }], 'with the notice\'s unit names');
		});

		it('loads nothing while no panel is open', async () => {
			const s = setup();
			s.controller.noticeActivated(notice(GANSU));
			s.controller.documentEdited(GANSU);
			s.controller.workspaceChanged();
			assert.equal(s.clock.pending, 0);
			await s.controller.reload();
			assert.equal(s.source.documentCalls.length, 0);
			assert.deepEqual(s.posted, []);
		});

		it('shows noNotice when no notice editor was active, and when the notice was closed', async () => {
			const s = setup();
			s.controller.panelAttached();
			await settle();
			assert.equal(s.last().state, 'noNotice');
			assert.equal(s.last().source, null);

			const closing = notice(GANSU);
			s.controller.takeNotice(closing);
			await s.controller.reload();
			assert.equal(s.last().state, 'ready');
			closing.isClosed = true;
			await s.controller.reload();
			assert.equal(s.last().state, 'noNotice');
			assert.equal(s.last().total, 0);
			assert.equal(s.source.documentCalls.length, 1, 'a closed document is not read');
		});

		it('drops the answer of a load overtaken by a newer one', async () => {
			const s = await showingGansu();
			const gansu = deferred<TaskRow[]>();
			const sichuan = deferred<TaskRow[]>();
			s.source.documentAnswer = n => (n.uri === GANSU ? gansu.promise : sichuan.promise);
			s.controller.documentEdited(GANSU);
			s.clock.advance(EDIT_DELAY_MS);
			s.controller.noticeActivated(notice(SICHUAN));
			s.clock.advance(0);
			assert.deepEqual(s.source.documentCalls.map(c => c.uri), [GANSU, SICHUAN]);
			sichuan.resolve([row(SICHUAN, '培育智能产业')]);
			await settle();
			assert.equal(s.last().source?.fileName, 'sichuan.txt');
			const posted = s.posted.length;
			gansu.resolve([row(GANSU, '一个过时的任务')]);
			await settle();
			assert.equal(s.posted.length, posted, 'nothing posted for the older load');
			assert.deepEqual(s.shown(), ['培育智能产业']);
		});

		it('drops the failure of a load overtaken by a newer one', async () => {
			const s = await showingGansu();
			const failing = deferred<TaskRow[]>();
			s.source.documentAnswer = () => failing.promise;
			const overtaken = s.controller.reload();
			s.source.documentAnswer = undefined;
			await s.controller.reload();
			const posted = s.posted.length;
			failing.reject(new Error('the analysis worker stopped'));
			await overtaken;
			assert.equal(s.posted.length, posted);
			assert.equal(s.controller.model.state, 'ready');
			assert.deepEqual(s.logged.error, []);
		});

		it('drops the load under way when the panel is closed', async () => {
			const s = await showingGansu();
			const answer = deferred<TaskRow[]>();
			s.source.documentAnswer = () => answer.promise;
			void s.controller.reload();
			s.controller.panelClosed();
			answer.resolve([row(GANSU, '关闭之后才到的任务')]);
			await settle();
			assert.deepEqual(s.posted, []);
			assert.ok(!s.controller.rows.some(r => r.title === '关闭之后才到的任务'));
		});

		it('keeps the rows on screen while the same notice is read again; another notice or scope shows loading', async () => {
			const s = await showingGansu();
			const answer = deferred<TaskRow[]>();
			s.source.documentAnswer = () => answer.promise;
			s.controller.documentEdited(GANSU);
			s.clock.advance(EDIT_DELAY_MS);
			assert.equal(s.source.documentCalls.length, 1, 'the notice is read again');
			assert.deepEqual(s.posted, [], 'no loading model: the rows stay');
			answer.resolve([row(GANSU, '建设数据中心（修订）')]);
			await settle();
			assert.deepEqual(s.shown(), ['建设数据中心（修订）']);

			s.posted.length = 0;
			s.source.documentAnswer = () => new Promise(() => { /* still reading */ });
			s.controller.noticeActivated(notice(SICHUAN));
			s.clock.advance(0);
			assert.deepEqual(s.models().map(m => m.state), ['loading'], 'another notice');

			const t = await showingGansu();
			t.source.files.set('file:///w/a.txt', { textHash: 'a1', rows: [] });
			t.source.workspaceNotices = () => new Promise(() => { /* still reading */ });
			t.query({ scope: 'workspace' });
			assert.deepEqual(t.models().map(m => [m.state, m.source]), [['loading', null]], 'another scope');
		});

		it('asks the source again only when the scope changes; another filter or sort only orders the rows again', async () => {
			const s = await showingGansu();
			s.query({ filter: '智慧' });
			assert.deepEqual(s.shown(), ['推进智慧政务']);
			s.query({ filter: '', sort: 'title', descending: true });
			assert.deepEqual(s.shown(), ['推进智慧政务', '建设数据中心']);
			assert.equal(s.clock.pending, 0);
			assert.equal(s.source.documentCalls.length, 0);
			assert.ok(!s.posted.some(p => p.type === 'rows'), 'the rows are not sent again');
		});

		it('drops a unit filter no row has any more, and keeps one the rows still have', async () => {
			const s = await showingGansu();
			assert.deepEqual([...s.controller.model.units].sort(), ['省科技厅', '省大数据局', '省工信厅'].sort());
			s.query({ unit: '省科技厅' });
			assert.deepEqual(s.shown(), ['建设数据中心']);
			s.source.documents.set(GANSU, [row(GANSU, '建设数据中心', { lead: ['省科技厅'] }), row(GANSU, '新任务')]);
			await s.controller.reload();
			assert.equal(s.last().query.unit, '省科技厅', 'still a unit of the rows');
			assert.deepEqual(s.shown(), ['建设数据中心']);
			s.source.documents.set(GANSU, [row(GANSU, '推进智慧政务', { lead: ['省大数据局'] })]);
			await s.controller.reload();
			assert.equal(s.last().query.unit, '');
			assert.deepEqual(s.shown(), ['推进智慧政务']);
			assert.deepEqual(s.controller.messageContext().units, new Set(['省大数据局']), 'the page may filter only by the units shown');
		});

		it('shows state error with the source\'s message, and loading again on the next load', async () => {
			const s = await showingGansu();
			s.source.documentAnswer = () => Promise.reject(new Error('the analysis worker stopped'));
			await s.controller.reload();
			const m = s.last();
			assert.equal(m.state, 'error');
			assert.equal(m.message, 'the analysis worker stopped');
			assert.equal(m.total, 0);
			assert.equal(s.logged.error.length, 1);
			assert.match(s.logged.error[0], /could not read the tasks: .*the analysis worker stopped/);
			s.posted.length = 0;
			s.source.documentAnswer = undefined;
			await s.controller.reload();
			assert.deepEqual(s.models().map(x => [x.state, x.message]), [['loading', null], ['ready', null]]);
		});

		it('leaves the table as it is when a load is cancelled', async () => {
			const s = await showingGansu();
			const rows = s.controller.rows;
			s.source.documentAnswer = () => Promise.reject(Object.assign(new Error('document changed'), { name: 'Cancelled' }));
			await s.controller.reload();
			assert.deepEqual(s.posted, []);
			assert.equal(s.controller.model.state, 'ready');
			assert.equal(s.controller.rows, rows);
			assert.deepEqual(s.logged.error, []);
			assert.match(s.logged.info.join('\n'), /cancelled \(document changed\)/);
		});
	});

	describe('loading the workspace', () => {
		it('shows untrusted in Restricted Mode without reading anything', async () => {
			const s = await showingGansu();
			s.source.isTrusted = false;
			s.query({ scope: 'workspace' });
			await settle();
			assert.deepEqual(s.models().map(m => m.state), ['untrusted']);
			assert.equal(s.last().total, 0);
			assert.equal(s.source.noticeCalls, 0);
		});

		it('shows the rows of every notice in URI order, with the workspace\'s unit names', async () => {
			const t = setup();
			t.source.files.set('file:///w/b.txt', { textHash: 'b1', rows: [row('file:///w/b.txt', '乙任务')] });
			t.source.files.set('file:///w/a.txt', { textHash: 'a1', rows: [row('file:///w/a.txt', '甲任务'), row('file:///w/a.txt', '甲任务二')] });
			t.source.files.set('file:///w/c.txt', { textHash: 'c1', rows: [] });
			t.aliases.workspace = { 发改委: '省发展改革委' };
			t.controller.panelAttached();
			t.query({ scope: 'workspace' });
			await settle();
			const w = t.last();
			assert.equal(w.state, 'ready');
			assert.equal(w.partial, false);
			assert.deepEqual(t.controller.rows.map(r => [r.seq, r.title]), [[1, '甲任务'], [2, '甲任务二'], [3, '乙任务']]);
			assert.deepEqual(w.source, { title: '', fileName: '', notices: 2 }, 'notices with tasks');
			assert.ok(t.source.fileCalls.every(c => c.aliases === t.aliases.workspace));
		});

		it('reuses a notice\'s rows while its text hash is unchanged, reads it again when it changes, forgets a removed one', async () => {
			const s = await showingWorkspace();
			s.controller.workspaceChanged();
			s.clock.advance(WORKSPACE_DELAY_MS);
			await settle();
			assert.equal(s.source.fileCalls.length, 0, 'both from the cache');
			assert.deepEqual(s.shown(), ['甲任务', '乙任务']);
			assert.deepEqual(s.models().map(m => m.state), ['ready'], 'no loading model: the rows stay while the workspace is read again');

			s.source.files.set('file:///w/a.txt', { textHash: 'a2', rows: [row('file:///w/a.txt', '甲任务（修订）')] });
			await s.controller.reload();
			assert.deepEqual(s.source.fileCalls.map(c => c.uri), ['file:///w/a.txt']);
			assert.deepEqual(s.shown(), ['甲任务（修订）', '乙任务']);

			const b = s.source.files.get('file:///w/b.txt')!;
			s.source.files.delete('file:///w/b.txt');
			await s.controller.reload();
			assert.deepEqual(s.shown(), ['甲任务（修订）']);
			// Back with the same text: it was dropped from the cache, so it is read again.
			s.source.files.set('file:///w/b.txt', b);
			s.source.fileCalls.length = 0;
			await s.controller.reload();
			assert.deepEqual(s.source.fileCalls.map(c => c.uri), ['file:///w/b.txt']);
		});

		it('reads every notice again when the unit names change, and a notice again when its notes change', async () => {
			const s = await showingWorkspace();
			s.controller.unitAliasesChanged();
			s.clock.advance(0);
			await settle();
			assert.deepEqual(s.source.fileCalls.map(c => c.uri).sort(), ['file:///w/a.txt', 'file:///w/b.txt']);

			s.source.fileCalls.length = 0;
			s.controller.notesChanged('file:///w/b.txt');
			s.clock.advance(NOTES_DELAY_MS - 1);
			assert.equal(s.source.fileCalls.length, 0);
			s.clock.advance(1);
			await settle();
			assert.deepEqual(s.source.fileCalls.map(c => c.uri), ['file:///w/b.txt']);
		});

		it('skips a notice that cannot be read, with a warning, and shows the others (it is read again next time)', async () => {
			const s = setup();
			for (const f of ['a', 'b', 'c']) { s.source.files.set(`file:///w/${f}.txt`, { textHash: `${f}1`, rows: [row(`file:///w/${f}.txt`, `${f}的任务`)] }); }
			s.source.failing.add('file:///w/b.txt');
			s.controller.panelAttached();
			s.query({ scope: 'workspace' });
			await settle();
			assert.equal(s.last().state, 'ready');
			assert.deepEqual(s.shown(), ['a的任务', 'c的任务']);
			assert.equal(s.last().source?.notices, 2);
			assert.deepEqual(s.logged.warn, ['task table: skipped file:///w/b.txt: EACCES: permission denied']);
			assert.deepEqual(s.logged.error, []);
			s.source.fileCalls.length = 0;
			s.source.failing.clear();
			await s.controller.reload();
			assert.deepEqual(s.source.fileCalls.map(c => c.uri), ['file:///w/b.txt']);
			assert.deepEqual(s.shown(), ['a的任务', 'b的任务', 'c的任务']);
		});

		it('drops the rows of a workspace load overtaken by a newer one', async () => {
			const s = await showingWorkspace();
			s.source.files.set('file:///w/a.txt', { textHash: 'a2', rows: [row('file:///w/a.txt', '甲任务（新）')] });
			const slow = deferred<TaskRow[] | undefined>();
			s.source.fileAnswer = () => slow.promise;
			const overtaken = s.controller.reload();
			await settle();
			s.source.fileAnswer = undefined;
			await s.controller.reload();
			assert.deepEqual(s.shown(), ['甲任务（新）', '乙任务']);
			const posted = s.posted.length;
			slow.resolve([row('file:///w/a.txt', '甲任务（旧）')]);
			await overtaken;
			assert.equal(s.posted.length, posted);
			assert.deepEqual(s.shown(), ['甲任务（新）', '乙任务']);
		});

		it('shows the rows so far, with progress, every PARTIAL_EVERY_MS while the notices are read', async () => {
			const s = setup();
			const files = ['a', 'b', 'c', 'd'].map(f => `file:///w/${f}.txt`);
			for (const f of files) { s.source.files.set(f, { textHash: 'h', rows: [] }); }
			const answers = new Map(files.map(f => [f, deferred<TaskRow[] | undefined>()]));
			s.source.fileAnswer = uri => answers.get(uri)!.promise;
			s.controller.panelAttached();
			s.query({ scope: 'workspace' });
			await settle();
			assert.deepEqual(s.source.fileCalls.map(c => c.uri), files.slice(0, 2), 'two notices in flight');
			s.posted.length = 0;

			s.clock.advance(PARTIAL_EVERY_MS - 1);
			answers.get(files[0])!.resolve([row(files[0], 'a的任务')]);
			await settle();
			assert.deepEqual(s.models(), [], 'too soon for partial results');

			s.clock.advance(1);
			answers.get(files[1])!.resolve([row(files[1], 'b的任务')]);
			await settle();
			const partial = s.last();
			assert.equal(partial.state, 'ready');
			assert.equal(partial.partial, true);
			assert.deepEqual(partial.progress, { done: 2, total: 4 });
			assert.deepEqual(s.shown(), ['a的任务', 'b的任务']);
			assert.deepEqual(s.source.fileCalls.map(c => c.uri), files);

			answers.get(files[3])!.resolve([row(files[3], 'd的任务')]);
			answers.get(files[2])!.resolve([row(files[2], 'c的任务')]);
			await settle();
			const done = s.last();
			assert.equal(done.partial, false);
			assert.equal(done.progress, null);
			assert.deepEqual(s.shown(), ['a的任务', 'b的任务', 'c的任务', 'd的任务'], 'in URI order, not in the order read');
			assert.equal(s.models().length, 2, 'one partial model, then the whole table');
		});
	});

	describe('scheduling reloads', () => {
		it('loads once for a burst of edits in the notice shown, EDIT_DELAY_MS after the last', async () => {
			const s = await showingGansu();
			for (let i = 0; i < 3; i++) {
				s.controller.documentEdited(GANSU);
				s.clock.advance(EDIT_DELAY_MS - 1);
			}
			assert.equal(s.source.documentCalls.length, 0);
			s.clock.advance(1);
			assert.equal(s.source.documentCalls.length, 1);
			assert.equal(s.clock.pending, 0);
			assert.equal(s.controller.pending, false);
		});

		it('does not reload for edits of another document, nor for changes of a scope not shown', async () => {
			const s = await showingGansu();
			s.controller.documentEdited(SICHUAN);
			s.controller.workspaceChanged();
			s.controller.notesChanged(SICHUAN);
			assert.equal(s.clock.pending, 0);

			const w = await showingWorkspace();
			w.controller.takeNotice(notice(GANSU));
			w.controller.documentEdited(GANSU);
			w.controller.noticeActivated(notice(SICHUAN));
			assert.equal(w.clock.pending, 0);
			w.clock.advance(10_000);
			await settle();
			assert.equal(w.source.documentCalls.length, 0);
			assert.equal(w.source.noticeCalls, 1, 'only the first load');
		});

		it('reloads the notice shown NOTES_DELAY_MS after its notes change', async () => {
			const s = await showingGansu();
			s.controller.notesChanged(GANSU);
			s.clock.advance(NOTES_DELAY_MS - 1);
			assert.equal(s.source.documentCalls.length, 0);
			s.clock.advance(1);
			assert.equal(s.source.documentCalls.length, 1);
		});

		it('reloads when another notice becomes active, not for the one shown; a reopened document is another one', async () => {
			const s = await showingGansu();
			const gansu = s.controller.notice as ReturnType<typeof notice>;
			s.controller.noticeActivated(notice(GANSU));
			s.controller.noticeActivated(undefined);
			assert.equal(s.clock.pending, 0);
			assert.equal(s.controller.notice, gansu, 'no editor, or another kind of file: the notice stays');

			gansu.isClosed = true;
			const reopened = notice(GANSU);
			s.controller.noticeActivated(reopened);
			assert.equal(s.controller.notice, reopened);
			s.clock.advance(0);
			assert.equal(s.source.documentCalls.length, 1);
		});
	});

	describe('rows for an export', () => {
		it('with no panel open: all the tasks of the active notice, in text order; false with no notice', async () => {
			const s = setup();
			assert.equal(await s.controller.loadForExport(undefined), false);
			s.source.documents.set(GANSU, [row(GANSU, '建设数据中心'), row(GANSU, '推进智慧政务')]);
			assert.equal(await s.controller.loadForExport(notice(GANSU)), true);
			assert.deepEqual(s.controller.shownRows().map(r => r.title), ['建设数据中心', '推进智慧政务']);
			assert.deepEqual(s.controller.model.query, DEFAULT_QUERY);
			assert.equal(s.controller.model.state, 'ready');
		});

		it('with a table on screen: its rows in its order, without asking the source', async () => {
			const s = await showingGansu();
			s.query({ sort: 'title', descending: true, filter: '数据中心 ' });
			assert.equal(await s.controller.loadForExport(notice(SICHUAN)), true);
			assert.equal(s.source.documentCalls.length, 0);
			assert.equal(s.controller.notice?.uri, GANSU, 'the table shown stays');
			assert.deepEqual(s.controller.shownRows(), [row(GANSU, '建设数据中心', { lead: ['省科技厅'], responsible: ['省工信厅'] })]);
		});
	});
});
