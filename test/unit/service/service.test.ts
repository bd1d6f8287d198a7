// The language service in plain Node: every editor feature as data, on the samples and on small
// texts, without VS Code (the adapters only convert types; test/integration keeps them end to end).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createNoticeService, TOKEN_MODIFIERS, TOKEN_TYPES, type NoticeSymbol, type NoticeTextDocument } from '../../../src/core/service';
import { tasksOf } from '../../../src/core/tasks/table';
import { FIXTURES, readSample } from '../paths';

let version = 0;
const doc = (text: string, uri = 'mem:/a.txt'): NoticeTextDocument => ({ uri, version: ++version, getText: () => text });
const names = (list: NoticeSymbol[]): string[] => list.map(s => s.children.length ? `${s.name}(${names(s.children).join(',')})` : s.name);

describe('language service', () => {
	const text = ['某省人民政府关于加快数字经济发展的通知', '各市人民政府：', '一、总体要求', '（一）发展目标。到2025年，全省数字经济规模突破1000亿元。',
		'二、保障措施', '（一）加强组织领导。（省发展改革委牵头，省财政厅配合）', '某省人民政府', '2021年3月1日'].join('\n');

	it('answers symbols with names, kinds and heading ranges', () => {
		const service = createNoticeService();
		const symbols = service.getDocumentSymbols(doc(text));
		assert.deepEqual(names(symbols), ['一、总体要求(（一）发展目标)', '二、保障措施(（一）加强组织领导)']);
		const first = symbols[0];
		assert.equal(first.kind, 'section');
		assert.equal(text.slice(first.selectionRange.offset, first.selectionRange.end), '一、总体要求');
		assert.ok(first.range.end >= first.children[0].range.end);
	});

	it('gives a dump one node per notice, with why a notice is special', () => {
		const dump = fs.readFileSync(path.join(FIXTURES, 'raw-dump.txt'), 'utf8');
		const service = createNoticeService();
		const symbols = service.getDocumentSymbols(doc(dump, 'mem:/dump.txt'));
		assert.equal(symbols.length, service.analysis(doc(dump, 'mem:/dump2.txt')).model.documents.length);
		assert.ok(symbols.length >= 10);
		assert.ok(symbols.every(s => s.kind === 'notice'));
		assert.ok(symbols.some(s => s.detail !== null && 'duplicateOf' in s.detail), 'a duplicate is marked');
		assert.ok(symbols.some(s => s.children.length > 0));
		const folds = service.getFoldingRanges(doc(dump, 'mem:/dump.txt'));
		assert.equal(folds.filter(r => r.region).length, symbols.length);
	});

	it('gives each offset’s line and character as the editor counts them (\r\n, \n and \r each end a line)', () => {
		const service = createNoticeService();
		const d = doc('一、总体要求\r\n（一）目标\n（二）任务\r三、附则');
		const offsets = [0, 6, 8, 13, 14, 19, 20, 24];
		assert.deepEqual([...service.getPositions(d, offsets)], [0, 0, 0, 6, 1, 0, 1, 5, 2, 0, 2, 5, 3, 0, 3, 4]);
	});

	it('answers a token range given in lines as the same range given in offsets', () => {
		const service = createNoticeService();
		const d = doc(text);
		const from = text.indexOf('（一）发展目标'), to = text.indexOf('二、保障措施');
		const [s, e] = [from, to].map(o => ({ line: text.slice(0, o).split('\n').length - 1, character: o - text.lastIndexOf('\n', o - 1) - 1 }));
		const byLines = service.getSemanticTokenData(d, { startLine: s.line, startCharacter: s.character, endLine: e.line, endCharacter: e.character });
		assert.ok(byLines.length > 0);
		assert.deepEqual([...byLines], [...service.getSemanticTokenData(d, { offset: from, end: to })]);
	});

	it('folds every section over more than one line, by line', () => {
		const folds = createNoticeService().getFoldingRanges(doc(text));
		// 一、 (lines 2–3) and 二、 (from line 4); each （一） is one line and does not fold.
		assert.deepEqual(folds.map(r => r.startLine), [2, 4]);
		assert.equal(folds[0].endLine, 3);
		assert.ok(folds.every(r => !r.region && r.endLine > r.startLine));
	});

	it('keeps the outer levels when there are more ranges than the editor takes', () => {
		const cn = ['一', '二', '三'];
		const lines = ['某省人民政府关于推进数字经济发展的实施方案'];
		for (const a of cn) {
			lines.push(`${a}、第${a}部分`);
			for (const b of cn) {
				lines.push(`（${b}）第${b}项工作`);
				for (const c of ['1', '2']) { lines.push(`${c}.具体任务${c}`, '加快推进相关工作，确保按期完成。'); }
			}
		}
		const service = createNoticeService();
		const all = service.getFoldingRanges(doc(lines.join('\n'), 'mem:/levels.txt'));
		assert.equal(all.length, 3 + 9 + 18);
		const capped = service.getFoldingRanges(doc(lines.join('\n'), 'mem:/levels.txt'), 20);
		assert.equal(capped.length, 20);
		const key = (r: { startLine: number; endLine: number }) => `${r.startLine}-${r.endLine}`;
		const kept = new Set(capped.map(key));
		for (const k of capped) {
			for (const a of all) {
				const encloses = a.startLine <= k.startLine && a.endLine >= k.endLine && key(a) !== key(k);
				assert.ok(!encloses || kept.has(key(a)), `${key(a)} encloses the kept ${key(k)} and is kept too`);
			}
		}
		assert.ok(capped.every((r, i) => i === 0 || r.startLine >= capped[i - 1].startLine), 'in document order');
	});

	it('tokens: the target, its deadline, the issue date and the lead unit, sorted and without overlaps', () => {
		const tokens = createNoticeService().getSemanticTokens(doc(text));
		const shown = tokens.map(t => {
			const mods = TOKEN_MODIFIERS.filter((_, i) => t.modifiers & (1 << i));
			return `${text.slice(t.offset, t.end)}:${TOKEN_TYPES[t.type]}${mods.length ? `.${mods.join('.')}` : ''}`;
		});
		assert.ok(shown.includes('突破1000亿元:target'), shown.join(' '));
		assert.ok(shown.includes('到2025年:date.deadline'), shown.join(' '));
		assert.ok(shown.includes('2021年3月1日:date.issued'), shown.join(' '));
		assert.ok(shown.includes('省发展改革委:unit.lead'), shown.join(' '));
		for (let i = 1; i < tokens.length; i++) { assert.ok(tokens[i].offset >= tokens[i - 1].end, 'no overlap'); }
		const at = text.indexOf('1000亿元');
		const some = createNoticeService().getSemanticTokens(doc(text), { offset: at, end: at + 2 });
		assert.deepEqual(some.map(t => TOKEN_TYPES[t.type]), ['target']);
	});

	it('hovers: a target\'s facts with its task and units, a date\'s kind, nothing on plain text', () => {
		const service = createNoticeService();
		const d = doc(text);
		const target = service.getHover(d, text.indexOf('1000亿元') + 1);
		assert.ok(target && target.kind === 'target');
		assert.equal(target.deadline, '2025');
		assert.equal(target.value, '1000亿元');
		assert.deepEqual(target.section, ['总体要求', '发展目标']);
		const date = service.getHover(d, text.indexOf('2021年3月1日') + 2);
		assert.ok(date && date.kind === 'date' && date.dateKind === 'issued' && date.iso === '2021-03-01');
		assert.equal(service.getHover(d, text.indexOf('各市')), undefined);
	});

	it('underlines the clauses that set targets, merged and in order (gansu)', () => {
		const gansu = readSample('gansu');
		const clauses = createNoticeService().getTargetClauses(doc(gansu)).map(c => gansu.slice(c.offset, c.end));
		assert.ok(clauses.includes('试点示范项目运营成本降低 30%'), clauses.join(' | '));
		assert.ok(clauses.includes('不良品率降低 30%'), clauses.join(' | '));
		assert.ok(!clauses.some(c => c.includes('制造业重点领域智能化水平稳步提升')), 'a clause without a target is not underlined');
	});

	it('parses a document version once, and again after an edit; a closed document that reopens unchanged keeps it', () => {
		const service = createNoticeService();
		const d = doc(text, 'mem:/v.txt');
		const a = service.analysis(d);
		assert.equal(service.analysis(d), a);
		const edited = { uri: d.uri, version: d.version + 1, getText: () => `${text}\n` };
		assert.notEqual(service.analysis(edited), a);
		const b = service.analysis(edited);
		service.documentClosed(d.uri);
		assert.equal(service.analysis(edited), b, 'reopened with the same text');
		service.documentClosed(d.uri);
		service.forgetIfClosed(d.uri);
		assert.notEqual(service.analysis(edited), b, 'forgotten after close');
	});

	it('extracts a document\'s tasks once for the task table and the index', () => {
		const service = createNoticeService();
		const d = doc(readSample('gansu'));
		const rows = service.getTaskRows(d);
		const analyzed = service.getIndexAnalysis(d);
		assert.ok(rows.length > 10);
		assert.equal(tasksOf(service.analysis(d), d.uri), analyzed.tasks, 'the index takes the table\'s tasks, not a second extraction');
		assert.deepEqual(rows.map(r => r.offset), analyzed.tasks.map(t => t.offset));
	});

});
