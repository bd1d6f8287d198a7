// Notes (批注) in a real VS Code: a note made through the extension's API is written to the
// sidecar FILE.notes.json, its comment thread follows its text when lines are inserted above and
// is orphaned (kept, labelled, at the top) when its section is deleted, and no edit rewrites the
// sidecar; a malformed sidecar is left alone and the notes read-only; an untitled document's notes
// stay in memory. Where an anchor is found again after every kind of edit (Put Each Paragraph on
// Its Own Line, renumbering, …) is asserted in plain Node: test/unit/notes/anchors.test.ts, which
// runs this suite's whole scripted series on the service.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXT_ID, openNotice, waitFor } from './util';

interface StoredNote { id: string; body: string; anchor: { text: string } }
interface NotesApi {
	notes: {
		addNote(document: vscode.TextDocument, range: vscode.Range, body: string): Promise<StoredNote | undefined>;
		threadsOf(uri: vscode.Uri): { note: StoredNote; range: vscode.Range | undefined; label: string | undefined }[];
		loaded(uri: vscode.Uri): Promise<void>;
	};
}

const LINES = [
	'某市人民政府办公厅关于印发某市数字经济行动方案的通知',
	'各区县人民政府，市政府各部门：',
	'现将《某市数字经济行动方案》印发给你们，请认真贯彻执行。',
	'某市人民政府办公厅',
	'2021年3月1日',
	'某市数字经济行动方案',
	'一、重点任务',
	'（一）建设数据中心。到2022年，全市建成数据中心10个。（牵头单位：市发改委；责任单位：市工信局、有关部门）',
	'（二）推进智慧政务。2021年6月底前上线统一政务服务平台，实现全程网办。（市大数据局、市政府办公厅负责）',
	'（三）实施“六个一”基础工程。围绕城市治理和民生服务，建设覆盖全市的六个一基础工程。（各区县政府负责）',
	'二、保障措施',
	'（一）加强组织领导。建立工作推进机制。',
];
/** A scraped notice: every paragraph on one line, separated by ideographic spaces. */
const ONE_LINE = LINES.join('　　');

async function extensionApi(): Promise<NotesApi> {
	const ext = vscode.extensions.getExtension<NotesApi>(EXT_ID)!;
	return ext.isActive ? ext.exports : ext.activate();
}

function rangeOf(doc: vscode.TextDocument, needle: string, from = 0): vscode.Range {
	const offset = doc.getText().indexOf(needle, from);
	assert.ok(offset >= 0, `${needle} in the document`);
	return new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + needle.length));
}

describe('notes', function () {
	this.timeout(60_000);
	let dir: string;
	let api: NotesApi;

	before(async () => {
		api = await extensionApi();
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-notes-'));
	});
	afterEach(async () => {
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});
	after(() => fs.rmSync(dir, { recursive: true, force: true }));

	it('follows its text when lines are inserted above, is orphaned when its section is deleted; the sidecar holds it as made', async () => {
		const file = path.join(dir, 'plan.txt');
		fs.writeFileSync(file, ONE_LINE);
		const uri = vscode.Uri.file(file);
		const doc = await openNotice(uri);
		const editor = await vscode.window.showTextDocument(doc);
		await api.notes.loaded(uri);

		const words = await api.notes.addNote(doc, rangeOf(doc, '实现全程网办'), '跟进上线时间');
		const heading = await api.notes.addNote(doc, rangeOf(doc, '（二）推进智慧政务'), '本节由市大数据局汇总');
		assert.ok(words && heading, 'both notes made');
		const sidecar = `${file}.notes.json`;
		const stored = () => (JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { version: number; notes: StoredNote[] });
		assert.equal(stored().version, 1);
		assert.deepEqual(stored().notes.map(n => [n.id, n.body, n.anchor.text]), [[words.id, '跟进上线时间', '实现全程网办'], [heading.id, '本节由市大数据局汇总', '（二）推进智慧政务']]);

		const thread = (id: string) => api.notes.threadsOf(uri).find(t => t.note.id === id);
		const textOf = (id: string) => { const r = thread(id)?.range; return r ? doc.getText(r) : undefined; };
		const lineOf = (needle: string) => doc.positionAt(doc.getText().indexOf(needle)).line;
		/** Both threads on their text, on the line that text is on now. */
		const onTheirText = () => {
			const w = thread(words.id)?.range, h = thread(heading.id)?.range;
			return textOf(words.id) === '实现全程网办' && w?.start.line === lineOf('实现全程网办')
				&& textOf(heading.id) === '（二）推进智慧政务' && h?.start.line === lineOf('（二）推进智慧政务');
		};
		const state = () => JSON.stringify(api.notes.threadsOf(uri).map(t => [t.note.body, t.range && doc.getText(t.range), t.range?.start.line]));
		await waitFor(onTheirText, 20_000, state);

		// Lines inserted above: the threads move down with their text.
		assert.ok(await editor.edit(b => b.insert(new vscode.Position(0, 0), '（此件公开发布）\n\n')));
		await waitFor(() => lineOf('实现全程网办') === 2 && onTheirText(), 20_000, state);

		// The whole section deleted: both notes orphaned at the top of the file, none dropped.
		const start = rangeOf(doc, '一、重点任务').start, end = rangeOf(doc, '二、保障措施').start;
		assert.ok(await editor.edit(b => b.delete(new vscode.Range(start, end))));
		await waitFor(() => api.notes.threadsOf(uri).every(t => t.range?.start.line === 0 && t.range.isEmpty && /Orphaned|孤立批注/.test(t.label ?? '')), 20_000, state);
		assert.equal(api.notes.threadsOf(uri).length, 2);
		// The sidecar is written only by the user's actions on notes: it still holds both, as made.
		assert.deepEqual(stored().notes.map(n => [n.id, n.anchor.text]), [[words.id, '实现全程网办'], [heading.id, '（二）推进智慧政务']]);
	});

	it('leaves a malformed sidecar as it is and makes no notes on that document', async () => {
		const file = path.join(dir, 'broken.txt');
		fs.writeFileSync(file, LINES.join('\n'));
		const sidecar = `${file}.notes.json`;
		fs.writeFileSync(sidecar, '{"version": 1, "notes": [');
		const uri = vscode.Uri.file(file);
		const doc = await openNotice(uri);
		await api.notes.loaded(uri);
		assert.equal(await api.notes.addNote(doc, rangeOf(doc, '（二）推进智慧政务'), '不应保存'), undefined);
		assert.deepEqual(api.notes.threadsOf(uri), []);
		assert.equal(fs.readFileSync(sidecar, 'utf8'), '{"version": 1, "notes": [');
	});

	it('keeps the notes of an untitled document in memory and says so on the thread', async () => {
		const doc = await vscode.workspace.openTextDocument({ language: 'policy-notice', content: LINES.join('\n') });
		await vscode.window.showTextDocument(doc);
		await api.notes.loaded(doc.uri);
		const note = await api.notes.addNote(doc, rangeOf(doc, '（二）推进智慧政务'), '草稿批注');
		assert.ok(note);
		const t = await waitFor(() => api.notes.threadsOf(doc.uri).find(x => x.note.id === note.id && x.range && doc.getText(x.range) === '（二）推进智慧政务'), 20_000, 'the thread on its heading');
		assert.match(t.label ?? '', /in memory only|仅保存在内存中/, 'the thread says its note is kept in memory only');
	});
});
