// One test per fix: what it changes, and that it changes nothing else.
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import { diagnose } from '../../../src/core/drafting/diagnose';
import { renumberSiblings } from '../../../src/core/drafting/fixes/renumber';
import { normalizeMarkers } from '../../../src/core/drafting/fixes/normalize';
import { demoteSection, promoteSection } from '../../../src/core/drafting/fixes/level';
import { moveSection } from '../../../src/core/drafting/fixes/move';
import { nextMarkerAfter } from '../../../src/core/drafting/fixes/nextMarker';
import { toFullWidthPunctuation } from '../../../src/core/drafting/fixes/punctuation';
import { codeActions } from '../../../src/core/drafting/codeActions';
import { applyEdits, combineEdits, editsOverlap } from '../../../src/core/drafting/edits';
import { houseStyleFrom } from '../../../src/core/drafting/markerText';
import { parseNumber, toChineseNumeral } from '../../../src/core/text/numerals';
import { applied, heading, notice, outline } from './helpers';

describe('drafting fixes', () => {
	describe('renumberSiblings', () => {
		it('closes a gap and a repeat, writing numerals as they were', () => {
			const text = notice('一、任务', '（一）甲。内容。', '（二）乙。内容。', '（二）丙。内容。', '（三）丁。内容。', '（五）戊。内容。', '二、保障', '（一）己。内容。');
			const model = parseFile(text);
			const edits = renumberSiblings(model, heading(model, '（五）戊').offset);
			assert.ok(edits.every(e => /^[一二三四五六七八九十]+$/.test(e.newText)), 'only numerals change');
			assert.equal(applied(text, edits), notice('一、任务', '（一）甲。内容。', '（二）乙。内容。', '（三）丙。内容。', '（四）丁。内容。', '（五）戊。内容。', '二、保障', '（一）己。内容。'));
		});

		it('renumbers running numbers across parents as one run', () => {
			const text = notice('一、任务', '（一）甲', '1.子一。内容。', '2.子二。内容。', '（二）乙', '4.子四。内容。', '5.子五。内容。');
			const model = parseFile(text);
			assert.equal(applied(text, renumberSiblings(model, heading(model, '4.子四').offset)), notice('一、任务', '（一）甲', '1.子一。内容。', '2.子二。内容。', '（二）乙', '3.子四。内容。', '4.子五。内容。'));
		});

		it('renumbers articles and the references to them, not those to another law', () => {
			const text = notice('第一条　为了规范管理，制定本办法。', '第三条　依照本办法第三条、第四条和刑法第三条、《某法》第四条执行。', '第四条　本办法自发布之日起施行。');
			const model = parseFile(text);
			assert.equal(applied(text, renumberSiblings(model, heading(model, '第三条依照本办法第三条、第四条和刑法第三条、《某法》第四条执行').offset)),
				notice('第一条　为了规范管理，制定本办法。', '第二条　依照本办法第二条、第三条和刑法第三条、《某法》第四条执行。', '第三条　本办法自发布之日起施行。'));
		});

		it('leaves a sound run alone and a second enumeration its own count', () => {
			const text = notice('第一条　应当履行下列职责：', '（一）甲；', '（二）乙；', '（三）丙。', '应当履行下列义务：', '（一）丁；', '（二）戊。');
			const model = parseFile(text);
			assert.deepEqual(renumberSiblings(model, text.lastIndexOf('（二）')), []);
		});
	});

	describe('normalizeMarkers', () => {
		const text = notice('一.总体要求', '(一)指导思想。内容。', '1、主要目标。内容。', '(1)近期目标。内容。', '二、重点任务', '（一）任务。内容。', '1、2017年开始全面实施。', '2、其他。');
		it('writes every marker in the GB/T 9704 style and nothing else', () => {
			const edits = normalizeMarkers(parseFile(text));
			assert.equal(applied(text, edits), notice('一、总体要求', '（一）指导思想。内容。', '1.主要目标。内容。', '（1）近期目标。内容。', '二、重点任务', '（一）任务。内容。', '1、2017年开始全面实施。', '2.其他。'));
		});

		it('takes a configured house style, and ignores one that would change a family', () => {
			const style = houseStyleFrom({ arabicDot: '1．', cnComma: '（1）', cnParen: '(一)' });
			assert.deepEqual([style.cnComma, style.cnParen, style.arabicDot], ['一、', '(一)', '1．']);
			const out = applied(text, normalizeMarkers(parseFile(text), style));
			assert.ok(out.includes('1．主要目标') && out.includes('(一)指导思想') && out.includes('一、总体要求'));
		});

		it('keeps to a range when given one', () => {
			const at = text.indexOf('(1)');
			assert.equal(applied(text, normalizeMarkers(parseFile(text), undefined, { offset: at, end: at + 3 })), text.replace('(1)', '（1）'));
		});
	});

	describe('promote and demote', () => {
		const text = notice('一、总体要求', '内容。', '二、重点任务', '（一）甲。内容。', '（二）乙', '1.子一。内容。', '2.子二。内容。', '三、保障措施', '（一）丙。内容。');

		it('promote: （二） becomes 三、 with its 1. 2. as （一）（二）; the next 三、 becomes 四、', () => {
			const model = parseFile(text);
			const edits = promoteSection(model, heading(model, '（二）乙').offset);
			assert.deepEqual(outline(applied(text, edits)), ['一、总体要求', '二、重点任务', '  （一）甲', '三、乙', '  （一）子一', '  （二）子二', '四、保障措施', '  （一）丙']);
		});

		it('demote: 三、 becomes （三） under 二、, its （一） a 1.', () => {
			const model = parseFile(text);
			const edits = demoteSection(model, heading(model, '三、保障措施').offset);
			assert.deepEqual(outline(applied(text, edits)), ['一、总体要求', '二、重点任务', '  （一）甲', '  （二）乙', '    1.子一', '    2.子二', '  （三）保障措施', '    1.丙']);
		});

		it('offers nothing past the ladder’s ends', () => {
			const model = parseFile(text);
			assert.deepEqual(promoteSection(model, heading(model, '一、总体要求').offset), []);
			const deep = notice('一、甲', '（一）乙', '1.丙', '（1）丁', '①戊。内容。', '②己。内容。');
			assert.deepEqual(demoteSection(parseFile(deep), deep.indexOf('①')), []);
		});
	});

	describe('moveSection', () => {
		const text = notice('一、任务', '（一）甲。内容甲。', '1.子。内容。', '（二）乙。内容乙。', '（三）丙。内容丙。', '', '　　附件：某表', '', '××市人民政府', '2025年5月1日');

		it('moves a heading with its body and subheadings, the two numbers swapped', () => {
			const model = parseFile(text);
			const down = applied(text, moveSection(model, heading(model, '（一）甲').offset, 'down'));
			assert.equal(down, notice('一、任务', '（一）乙。内容乙。', '（二）甲。内容甲。', '1.子。内容。', '（三）丙。内容丙。', '', '　　附件：某表', '', '××市人民政府', '2025年5月1日'));
			const up = applied(text, moveSection(model, heading(model, '（二）乙').offset, 'up'));
			assert.equal(up, down);
		});

		it('leaves the 附件说明 after the last section where it is', () => {
			const model = parseFile(text);
			const up = applied(text, moveSection(model, heading(model, '（三）丙').offset, 'up'));
			assert.ok(up.endsWith('（二）丙。内容丙。\n（三）乙。内容乙。\n\n　　附件：某表\n\n××市人民政府\n2025年5月1日'), up);
		});

		it('offers nothing at the ends of the run', () => {
			const model = parseFile(text);
			assert.deepEqual(moveSection(model, heading(model, '（一）甲').offset, 'up'), []);
			assert.deepEqual(moveSection(model, heading(model, '（三）丙').offset, 'down'), []);
		});
	});

	describe('nextMarkerAfter', () => {
		it('continues the numbering of the heading line, written the same way', () => {
			const text = notice('一、任务', '（三）甲。内容。', '5、乙', '第十九条　内容。', '⑳最后。');
			const model = parseFile(text);
			assert.equal(nextMarkerAfter(model, text.indexOf('甲')), '（四）');
			assert.equal(nextMarkerAfter(model, text.indexOf('5、') + 2), '6、');
			assert.equal(nextMarkerAfter(model, text.indexOf('第十九条') + 1), '第二十条');
			assert.equal(nextMarkerAfter(model, text.indexOf('最后')), null);
			assert.equal(nextMarkerAfter(model, text.indexOf('某项')), null);
		});
	});

	describe('toFullWidthPunctuation', () => {
		const text = notice('一、任务', '（一）各单位要加强领导,完善机制;到2025年(含)完成,投入1,000万元。', '（二）详见http://www.gov.cn/a,b 与 A,B:C。');
		it('converts the document’s Chinese punctuation, not numbers, Latin text or URLs', () => {
			assert.equal(applied(text, toFullWidthPunctuation(parseFile(text))), notice('一、任务', '（一）各单位要加强领导，完善机制；到2025年（含）完成，投入1,000万元。', '（二）详见http://www.gov.cn/a,b 与 A,B:C。'));
		});

		it('converts a selection only', () => {
			const from = text.indexOf('完善');
			const edits = toFullWidthPunctuation(parseFile(text), { offset: from, end: from + 6 });
			assert.equal(applied(text, edits), text.replace('完善机制;', '完善机制；'));
		});
	});

	describe('codeActions', () => {
		const text = notice('一、任务', '（一）甲。内容,内容。', '（二）乙。内容。', '（四）丁。内容。', '二、保障', '（一）戊。内容。');

		it('offers the renumbering as the preferred quick fix of a gap, with refactorings and source actions', () => {
			const model = parseFile(text);
			const diagnostics = diagnose(model);
			const at = text.indexOf('（四）');
			const actions = codeActions(model, { offset: at, end: at }, diagnostics, { locale: 'en' });
			const fix = actions.find(a => a.kind === 'quickfix' && a.diagnosticCodes.includes('numbering-gap'));
			assert.ok(fix?.isPreferred);
			assert.ok(applied(text, fix!.edits).includes('（三）丁'));
			// the renumbering is offered once, as the quick fix, not again among the refactorings
			assert.deepEqual(actions.filter(a => a.kind === 'refactor').map(a => a.title), ['Promote “（四）” one level', 'Demote “（四）” one level', 'Move “（四）” up with its body']);
			assert.equal(actions.filter(a => /^Renumber/.test(a.title)).length, 1);
			assert.ok(actions.some(a => a.kind === 'source' && /full-width \(document\)/.test(a.title)));
			for (const a of actions) { assert.ok(!editsOverlap(a.edits), a.title); }
		});

		it('offers a diagnostic’s own edits as its quick fix', () => {
			const model = parseFile(text);
			const comma = text.indexOf(',');
			const actions = codeActions(model, { offset: comma, end: comma + 1 }, diagnose(model), { locale: 'zh-cn' });
			const fix = actions.find(a => a.diagnosticCodes.includes('half-width-punctuation') && a.kind === 'quickfix');
			assert.equal(fix?.title, '改为全角“，”');
			assert.equal(applied(text, fix!.edits), text.replace(',', '，'));
		});
	});

	describe('numerals', () => {
		it('writes numbers as 第X条 and 一、 write them, and back', () => {
			const cases: [number, string][] = [[1, '一'], [10, '十'], [12, '十二'], [20, '二十'], [99, '九十九'], [100, '一百'], [105, '一百零五'], [110, '一百一十'], [1001, '一千零一']];
			for (const [n, cn] of cases) {
				assert.equal(toChineseNumeral(n), cn);
				assert.equal(parseNumber(cn), n);
			}
			assert.equal(toChineseNumeral(0), '');
		});
	});

	describe('edits', () => {
		it('applies edits in any order, refuses overlapping ones, and combines fixes without overlaps', () => {
			assert.equal(applyEdits('abcdef', [{ offset: 4, end: 5, newText: 'E' }, { offset: 0, end: 1, newText: 'AA' }]), 'AAbcdEf');
			assert.throws(() => applyEdits('abcdef', [{ offset: 0, end: 3, newText: '' }, { offset: 2, end: 4, newText: '' }]), RangeError);
			const combined = combineEdits([[{ offset: 0, end: 3, newText: 'x' }], [{ offset: 2, end: 4, newText: 'y' }], [{ offset: 5, end: 6, newText: 'z' }]]);
			assert.equal(applyEdits('abcdef', combined), 'xdez');
		});
	});
});
