// The drafting side of the language service: diagnostics, code actions, command edits and the
// marker Enter continues with, as plain data over a document version.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createNoticeService, FIX_RULES, fixText, type NoticeTextDocument } from '../../../src/core/service';
import { applyEdits, DEFAULT_HOUSE_STYLE, levelsFromSettings } from '../../../src/core/drafting';
import { notice } from '../drafting/helpers';
import { FIXTURES } from '../paths';

let version = 0;
const doc = (text: string, uri = 'mem:/draft.notice'): NoticeTextDocument => ({ uri, version: ++version, getText: () => text });
const at = (text: string, needle: string, plus = 0) => {
	const i = text.indexOf(needle);
	assert.ok(i >= 0, needle);
	return { offset: i + plus, end: i + plus };
};

describe('language service: drafting', () => {
	const gap = notice('一、任务', '（一）甲。内容。', '（二）乙。内容。', '（四）丁。内容。', '二、保障', '（一）己。内容。');

	describe('fixText (policy-notice fix)', () => {
		it('renumbers, then leaves the fixed text alone; a text under the URI of one fixed before is its own', () => {
			const clean = gap.replace('（四）', '（三）');
			assert.deepEqual(fixText('mem:/x.notice', clean, FIX_RULES, DEFAULT_HOUSE_STYLE), { text: clean, counts: {} });
			// Same URI, another text: it is analysed, not answered from the one before.
			const fixed = fixText('mem:/x.notice', gap, FIX_RULES, DEFAULT_HOUSE_STYLE);
			assert.equal(fixed.text, clean);
			assert.deepEqual(fixed.counts, { renumber: 1 });
		});

		it('applies the rules named only', () => {
			const both = gap.replace('甲。内容。', '甲,内容。');
			const r = fixText('mem:/y.notice', both, ['punctuation'], DEFAULT_HOUSE_STYLE);
			assert.equal(r.text, gap.replace('甲。内容。', '甲，内容。'));
			assert.deepEqual(r.counts, { punctuation: 1 });
		});
	});

	describe('getDiagnostics', () => {
		it('reports a numbering gap with its code, default severity, span and message', () => {
			const [d, ...rest] = createNoticeService().getDiagnostics(doc(gap), { locale: 'en' });
			assert.equal(rest.length, 0);
			assert.equal(d.code, 'numbering-gap');
			assert.equal(d.severity, 'warning');
			assert.equal(gap.slice(d.offset, d.end), '（四）');
			assert.match(d.message, /expected （三）/);
		});

		it('takes per-rule levels from settings: off, or another severity', () => {
			const service = createNoticeService();
			assert.deepEqual(service.getDiagnostics(doc(gap), { rules: levelsFromSettings({ numberingGap: 'off' }) }), []);
			const [d] = service.getDiagnostics(doc(gap), { rules: levelsFromSettings({ numberingGap: 'error' }) });
			assert.equal(d.severity, 'error');
			assert.match(d.message, /编号从/, 'Chinese by default');
		});

		it('is memoized per version and options, and recomputed for a new version', () => {
			const service = createNoticeService();
			const d = doc(gap);
			const first = service.getDiagnostics(d, { locale: 'en' });
			assert.equal(service.getDiagnostics(d, { locale: 'en' }), first);
			assert.notEqual(service.getDiagnostics(d, { locale: 'zh-cn' }), first);
			const fixed = gap.replace('（四）', '（三）');
			assert.deepEqual(service.getDiagnostics({ uri: d.uri, version: d.version + 1, getText: () => fixed }), []);
		});

		it('keeps quiet on a scraped dump unless asked (diagnostics and code actions)', () => {
			const dump = fs.readFileSync(path.join(FIXTURES, 'raw-dump.txt'), 'utf8');
			const service = createNoticeService();
			const d = doc(dump, 'mem:/dump.txt');
			assert.deepEqual(service.getDiagnostics(d), []);
			assert.ok(service.getDiagnostics(d, { includeScraped: true }).length > 0);
			assert.deepEqual(service.getCodeActions(d, { offset: 0, end: 0 }), []);
		});

		it('reports a failing check through the injected logger, never the console', () => {
			const logged: string[] = [];
			const service = createNoticeService({ logger: { error: m => logged.push(m) } });
			const d = doc(gap);
			const model = service.analysis(d).model;
			(model.documents[0].sections[0] as { children: unknown }).children = null;
			const consoleError = console.error;
			const printed: unknown[] = [];
			console.error = (...args: unknown[]) => { printed.push(args); };
			try {
				service.getDiagnostics(d);
			} finally {
				console.error = consoleError;
			}
			assert.ok(logged.some(m => /^diagnose failed \(document 0\)/.test(m)), logged.join('\n'));
			assert.deepEqual(printed, []);
		});
	});

	describe('getCodeActions', () => {
		it('offers the preferred renumber quick fix at the gap and refactorings of the heading', () => {
			const service = createNoticeService();
			const actions = service.getCodeActions(doc(gap), at(gap, '（四）', 1), { locale: 'en' });
			const fix = actions.find(a => a.kind === 'quickfix' && a.diagnosticCodes.includes('numbering-gap'));
			assert.ok(fix?.isPreferred, actions.map(a => a.title).join(' | '));
			assert.equal(applyEdits(gap, fix.edits), gap.replace('（四）', '（三）'));
			assert.ok(actions.some(a => a.kind === 'refactor' && a.title === 'Promote “（四）” one level'));
			assert.ok(actions.some(a => a.kind === 'refactor' && a.title === 'Move “（四）” up with its body'));
		});

		it('offers no quick fix for a rule turned off, and the same answer again for the same range', () => {
			const service = createNoticeService();
			const d = doc(gap);
			const options = { rules: levelsFromSettings({ numberingGap: 'off' }) };
			const actions = service.getCodeActions(d, at(gap, '（四）', 1), options);
			assert.ok(!actions.some(a => a.kind === 'quickfix'));
			assert.ok(actions.some(a => a.kind === 'refactor'), 'the heading can still be renumbered as a refactoring');
			assert.equal(service.getCodeActions(d, at(gap, '（四）', 1), options), actions);
		});
	});

	describe('getEdits', () => {
		const service = createNoticeService();
		const run = (text: string, command: Parameters<typeof service.getEdits>[1], range: { offset: number; end: number }) => {
			const r = service.getEdits(doc(text), command, range);
			return { ...r, text: applyEdits(text, r.edits) };
		};

		it('renumber: the run of the heading at the cursor; nothing off a heading or on a sound run', () => {
			assert.equal(run(gap, 'renumber', at(gap, '丁')).text, gap.replace('（四）', '（三）'));
			assert.equal(run(gap, 'renumber', at(gap, '内容')).reason, 'noHeading');
			const sound = gap.replace('（四）', '（三）');
			assert.equal(run(sound, 'renumber', at(sound, '（三）丁')).reason, 'unchanged');
		});

		it('renumber: 第X条 references in the text follow their articles', () => {
			const text = notice('第一条　为了规范管理，制定本办法。', '第三条　依照本办法第四条执行。', '第四条　本办法自发布之日起施行。');
			assert.equal(run(text, 'renumber', at(text, '第三条')).text,
				notice('第一条　为了规范管理，制定本办法。', '第二条　依照本办法第三条执行。', '第三条　本办法自发布之日起施行。'));
		});

		it('normalizeMarkers: the whole text, or only the selection', () => {
			const text = notice('一.总体要求', '(一)指导思想。内容。', '二.重点任务', '(一)任务。内容。');
			assert.equal(run(text, 'normalizeMarkers', { offset: 0, end: 0 }).text, notice('一、总体要求', '（一）指导思想。内容。', '二、重点任务', '（一）任务。内容。'));
			const second = text.indexOf('二.');
			assert.equal(run(text, 'normalizeMarkers', { offset: second, end: text.length }).text, notice('一.总体要求', '(一)指导思想。内容。', '二、重点任务', '（一）任务。内容。'));
		});

		it('normalizeMarkers: a configured house style', () => {
			const text = notice('一、任务', '（一）甲', '1、子一。内容。', '2、子二。内容。');
			const r = service.getEdits(doc(text), 'normalizeMarkers', { offset: 0, end: 0 }, { houseStyle: { cnComma: '一、', cnParen: '（一）', arabicDot: '1．', arabicParen: '（1）', circled: '①' } });
			assert.equal(applyEdits(text, r.edits), notice('一、任务', '（一）甲', '1．子一。内容。', '2．子二。内容。'));
		});

		it('promote and demote: the heading and its subheadings, the numbers around them', () => {
			const text = notice('一、总体要求', '内容。', '二、重点任务', '（一）甲。内容。', '（二）乙', '1.子一。内容。', '三、保障措施', '内容。');
			assert.equal(run(text, 'promote', at(text, '（二）乙')).text,
				notice('一、总体要求', '内容。', '二、重点任务', '（一）甲。内容。', '三、乙', '（一）子一。内容。', '四、保障措施', '内容。'));
			assert.equal(run(text, 'demote', at(text, '三、保障措施')).text,
				notice('一、总体要求', '内容。', '二、重点任务', '（一）甲。内容。', '（二）乙', '1.子一。内容。', '（三）保障措施', '内容。'));
			assert.equal(run(text, 'promote', at(text, '一、总体要求')).reason, 'unchanged', 'nothing above 一、');
		});

		it('moveUp and moveDown: the section with its body, numbers swapped, the caret on the moved heading', () => {
			const text = notice('一、总体要求', '内容甲。', '二、重点任务', '内容乙。', '三、保障措施', '内容丙。');
			const caret = at(text, '重点任务', 2);
			const up = run(text, 'moveUp', caret);
			assert.equal(up.text, notice('一、重点任务', '内容乙。', '二、总体要求', '内容甲。', '三、保障措施', '内容丙。'));
			assert.equal(up.cursor, up.text.indexOf('重点任务') + 2);
			const down = run(text, 'moveDown', caret);
			assert.equal(down.text, notice('一、总体要求', '内容甲。', '二、保障措施', '内容丙。', '三、重点任务', '内容乙。'));
			assert.equal(down.cursor, down.text.indexOf('重点任务') + 2);
			assert.equal(run(text, 'moveUp', at(text, '总体要求')).reason, 'unchanged', 'the first section cannot move up');
		});

		it('moveDown keeps the caret on the heading when the numeral changes length (九 → 十)', () => {
			const heads = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].flatMap((n, i) => [`${n}、标题${i + 1}`, `内容${i + 1}。`]);
			const text = notice(...heads);
			const down = run(text, 'moveDown', at(text, '标题9', 3));
			assert.ok(down.text.includes('九、标题10') && down.text.includes('十、标题9'), down.text);
			assert.equal(down.cursor, down.text.indexOf('标题9') + 3);
		});

		it('fullWidth: the document, or only the selection', () => {
			const text = notice('一、任务', '（一）各单位要加强领导,完善机制;按期完成。', '（二）各单位要加强督查,定期通报。');
			assert.equal(run(text, 'fullWidth', { offset: 0, end: 0 }).text, text.replace(',完善机制;', '，完善机制；').replace('督查,', '督查，'));
			const second = text.indexOf('（二）');
			assert.equal(run(text, 'fullWidth', { offset: second, end: text.length }).text, text.replace('督查,', '督查，'));
		});
	});

	describe('getNextMarker', () => {
		const service = createNoticeService();
		const text = notice('　　一、任务', '　　（三）加强领导。内容。', '第十九条　内容。', '5、乙', '（六）', '某些内容。');
		const endOf = (needle: string) => text.indexOf(needle) + needle.length;

		it('continues the numbering at the end of a numbered line, with its indent and blank', () => {
			assert.deepEqual(service.getNextMarker(doc(text), endOf('加强领导。内容。')), { marker: '（四）', insert: '　　（四）' });
			assert.deepEqual(service.getNextMarker(doc(text), endOf('一、任务')), { marker: '二、', insert: '　　二、' });
			assert.deepEqual(service.getNextMarker(doc(text), endOf('第十九条　内容。')), { marker: '第二十条', insert: '第二十条　' });
			assert.deepEqual(service.getNextMarker(doc(text), endOf('5、乙')), { marker: '6、', insert: '6、' });
		});

		it('answers null inside a line, on a marker alone, on a line without a marker, and with CRLF line ends too', () => {
			assert.equal(service.getNextMarker(doc(text), text.indexOf('加强领导')), null);
			assert.equal(service.getNextMarker(doc(text), endOf('（六）')), null);
			assert.equal(service.getNextMarker(doc(text), endOf('某些内容。')), null);
			assert.equal(service.getNextMarker(doc(text), text.length + 1), null);
			const crlf = text.replace(/\n/g, '\r\n');
			assert.deepEqual(service.getNextMarker(doc(crlf), crlf.indexOf('5、乙') + 3), { marker: '6、', insert: '6、' });
		});
	});
});
