// Note anchors: where notes can be made, and each note found again after scripted edits —
// text inserted above, renumbering, paragraphs put on their own lines or split, a section deleted.
import * as assert from 'node:assert/strict';
import { Analysis } from '../../../src/core/analysis';
import { applyEdits } from '../../../src/core/drafting/edits';
import { createNoticeService, type NoticeTextDocument } from '../../../src/core/service';
import { anchorAt, anchorCandidates, resolveAnchor, type NoteAnchor } from '../../../src/core/notes/index';
import { paragraphGaps } from '../../../src/core/service/anchors';

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
	'1.建设社会治理一格通。建设全市统一的网格化管理平台。',
	'2.建设公共服务一卡通。整合交通、社保等各类卡。',
	'二、保障措施',
	'（一）加强组织领导。建立工作推进机制。定期调度重点任务进展。',
	'（二）强化督查考核。建立工作推进机制。',
];
const NOTICE = LINES.join('\n');

const analyse = (text: string) => new Analysis(text, e => assert.fail(e.message));
const span = (text: string, needle: string, from = 0) => {
	const offset = text.indexOf(needle, from);
	assert.ok(offset >= 0, needle);
	return { offset, end: offset + needle.length };
};

/** The anchor a note made on `needle` (a selection) gets. */
function anchorOn(text: string, needle: string, from = 0): NoteAnchor {
	return anchorAt(analyse(text), span(text, needle, from));
}

describe('note anchors', () => {
	it('offers the headings and the targets, each with its section path (plan title left out)', () => {
		const candidates = anchorCandidates(analyse(NOTICE));
		const heading = candidates.find(c => c.anchor.text === '（二）推进智慧政务');
		assert.equal(heading?.kind, 'heading');
		assert.deepEqual(heading?.anchor.path, ['一、重点任务']);
		assert.equal(NOTICE.slice(heading!.offset, heading!.end), '（二）推进智慧政务');
		const target = candidates.find(c => c.kind === 'target');
		assert.ok(target, 'the target 10个');
		assert.deepEqual(target.anchor.path, ['一、重点任务', '（一）建设数据中心']);
		assert.equal(NOTICE.slice(target.offset, target.end), target.anchor.text);
		assert.deepEqual(candidates.map(c => c.offset), candidates.map(c => c.offset).sort((a, b) => a - b), 'in text order');
	});

	it('anchors a note on a heading line to the heading, inside a sentence to the words selected, on a line to its first sentence', () => {
		const line = span(NOTICE, LINES[8]);
		assert.deepEqual(anchorAt(analyse(NOTICE), line), { kind: 'heading', path: ['一、重点任务'], text: '（二）推进智慧政务', offset: line.offset });
		const words = anchorOn(NOTICE, '定期调度重点任务进展');
		assert.deepEqual(words, { kind: 'text', path: ['二、保障措施', '（一）加强组织领导'], text: '定期调度重点任务进展', offset: NOTICE.indexOf('定期调度') });
		// A caret (empty range) in the body of a section: the sentence around it.
		const caret = NOTICE.indexOf('工作推进机制');
		const sentence = anchorAt(analyse(NOTICE), { offset: caret, end: caret });
		assert.equal(sentence.text, '建立工作推进机制。');
		assert.equal(sentence.kind, 'text');
	});

	it('finds every anchor again, by path, after text is inserted above', () => {
		const anchors = anchorCandidates(analyse(NOTICE)).map(c => c.anchor).concat(anchorOn(NOTICE, '实现全程网办'));
		const edited = NOTICE.replace('一、重点任务', '为加快发展，特制定如下措施。\n新增一段说明文字。\n一、重点任务');
		const shift = edited.length - NOTICE.length;
		const now = analyse(edited);
		for (const a of anchors) {
			const r = resolveAnchor(now, a);
			assert.equal(r?.match, 'path', a.text);
			assert.equal(r.offset, a.offset + (a.offset >= NOTICE.indexOf('一、重点任务') ? shift : 0), a.text);
			assert.equal(edited.slice(r.offset, r.end), a.text);
		}
	});

	it('finds a heading and the text below it by path after the sections are renumbered', () => {
		const heading = anchorOn(NOTICE, '（二）推进智慧政务');
		const words = anchorOn(NOTICE, '上线统一政务服务平台');
		// A new （一） is inserted and the following siblings renumbered, as Renumber Siblings does.
		const edited = NOTICE.replace('（一）建设数据中心', '（一）夯实网络基础。建设千兆光网。\n（二）建设数据中心')
			.replace('（二）推进智慧政务', '（三）推进智慧政务').replace('（三）实施', '（四）实施');
		const now = analyse(edited);
		const h = resolveAnchor(now, heading);
		assert.equal(h?.match, 'path');
		assert.equal(edited.slice(h.offset, h.end), '（三）推进智慧政务');
		assert.equal(h.anchor.text, '（三）推进智慧政务', 'the anchor reads as the text now does');
		const w = resolveAnchor(now, words);
		assert.equal(w?.match, 'path');
		assert.deepEqual(w.anchor.path, ['一、重点任务', '（三）推进智慧政务']);
		assert.equal(w.offset, edited.indexOf('上线统一政务服务平台'));
	});

	it('finds every anchor of a one-line scraped notice by path after Put Each Paragraph on Its Own Line', () => {
		const oneLine = LINES.join('　　');
		const before = analyse(oneLine);
		const anchors = anchorCandidates(before).map(c => c.anchor).concat(anchorAt(before, span(oneLine, '全市建成数据中心10个')));
		const gaps = paragraphGaps(before);
		assert.ok(gaps.length > 10, 'the scraped line has paragraphs to put on their own lines');
		let split = oneLine;
		for (const g of [...gaps].reverse()) { split = split.slice(0, g.offset) + '\n' + split.slice(g.end); }
		const after = analyse(split);
		for (const a of anchors) {
			const r = resolveAnchor(after, a);
			assert.equal(r?.match, 'path', a.text);
			assert.equal(split.slice(r.offset, r.end), a.text, a.text);
		}
	});

	it('finds text whose paragraph was split inside it, blanks and line breaks ignored', () => {
		const words = anchorOn(NOTICE, '围绕城市治理和民生服务，建设覆盖全市的六个一基础工程');
		const edited = NOTICE.replace('民生服务，建设', '民生服务，\n　　建设');
		const r = resolveAnchor(analyse(edited), words);
		assert.equal(r?.match, 'path');
		assert.equal(edited.slice(r.offset, r.end), '围绕城市治理和民生服务，\n　　建设覆盖全市的六个一基础工程');
	});

	it('picks the occurrence in the anchor\'s own section, then the one nearest where it was', () => {
		// 建立工作推进机制 is in both （一） and （二） of 二、.
		const second = anchorOn(NOTICE, '建立工作推进机制', NOTICE.indexOf('（二）强化督查考核'));
		assert.deepEqual(second.path, ['二、保障措施', '（二）强化督查考核']);
		const edited = NOTICE.replace('二、保障措施', '二、保障措施\n（零）新增段落。建立工作推进机制。');
		const r = resolveAnchor(analyse(edited), second);
		assert.equal(r?.match, 'path');
		assert.equal(r.offset, edited.indexOf('建立工作推进机制', edited.indexOf('（二）强化督查考核')));
	});

	it('finds text moved to another section by its text alone', () => {
		const words = anchorOn(NOTICE, '整合交通、社保等各类卡');
		const edited = NOTICE.replace('整合交通、社保等各类卡。', '').replace('建立工作推进机制。定期', '整合交通、社保等各类卡。定期');
		const r = resolveAnchor(analyse(edited), words);
		assert.equal(r?.match, 'text');
		assert.deepEqual(r.anchor.path, ['二、保障措施', '（一）加强组织领导']);
		assert.equal(edited.slice(r.offset, r.end), '整合交通、社保等各类卡');
	});

	it('falls back to the heading of the innermost section left when the anchored text or section is deleted', () => {
		const words = anchorOn(NOTICE, '实现全程网办');
		const heading = anchorOn(NOTICE, '（二）推进智慧政务');
		const deleted = NOTICE.replace(LINES[8] + '\n', '');
		const now = analyse(deleted);
		for (const a of [words, heading]) {
			const r = resolveAnchor(now, a);
			assert.equal(r?.match, 'heading', a.text);
			assert.equal(deleted.slice(r.offset, r.end), '一、重点任务');
			assert.deepEqual(r.anchor, a, 'the stored anchor is kept, to be found again if the text comes back');
			assert.ok(r.scopeEnd > deleted.indexOf('2.建设公共服务一卡通'), 'a heading covers its section');
		}
		// Only the sentence is gone: the section's heading.
		const r = resolveAnchor(analyse(NOTICE.replace('实现全程网办。', '')), words);
		assert.equal(r?.match, 'heading');
		assert.equal(r.anchor.text, '实现全程网办');
	});

	it('orphans a note whose whole top-level section is deleted, and one with an empty text and no path', () => {
		const words = anchorOn(NOTICE, '定期调度重点任务进展');
		const heading = anchorOn(NOTICE, '二、保障措施');
		const deleted = NOTICE.slice(0, NOTICE.indexOf('二、保障措施') - 1);
		assert.equal(resolveAnchor(analyse(deleted), words), null);
		assert.equal(resolveAnchor(analyse(deleted), heading), null);
		assert.equal(resolveAnchor(analyse(NOTICE), { kind: 'text', path: [], text: '　', offset: 0 }), null);
	});

	it('follows two notes through the editor\'s scripted edits: lines inserted above, paragraphs put on their own lines, a heading inserted and renumbered, the section deleted', () => {
		// The series test/integration/notes.test.ts ran on the comment threads (it now keeps lines inserted above and the section deleted), through the service here.
		const lines = LINES.slice(0, 10).concat('二、保障措施', '（一）加强组织领导。建立工作推进机制。');
		const service = createNoticeService();
		let version = 0;
		let text = lines.join('　　'); // a scraped notice: every paragraph on one line
		const doc = (): NoticeTextDocument => { const t = text; return { uri: 'mem:/plan.txt', version: ++version, getText: () => t }; };
		const anchors = [service.getNoteAnchorAt(doc(), span(text, '实现全程网办')), service.getNoteAnchorAt(doc(), span(text, '（二）推进智慧政务'))];
		assert.equal(anchors[1].kind, 'heading');
		/** Where each note is now: the text its range holds. */
		const found = () => service.resolveNoteAnchors(doc(), anchors).map(r => r && text.slice(r.offset, r.end));

		text = `（此件公开发布）\n\n${text}`;
		assert.deepEqual(found(), ['实现全程网办', '（二）推进智慧政务'], 'after lines inserted above');
		const withoutSection = (t: string) => t.slice(0, t.indexOf('一、重点任务')) + t.slice(t.indexOf('二、保障措施'));
		const kept = text;
		text = withoutSection(kept);
		assert.deepEqual(found(), [null, null], 'the section deleted from the one-line text: both orphaned');
		text = kept;

		const gaps = service.getParagraphGaps(doc());
		assert.ok(gaps.length > 10);
		text = applyEdits(text, gaps.map(g => ({ offset: g.offset, end: g.end, newText: '\n' })));
		assert.ok(text.split('\n').length > 10, 'the paragraphs are on lines of their own');
		assert.deepEqual(found(), ['实现全程网办', '（二）推进智慧政务'], 'after Put Each Paragraph on Its Own Line');

		text = text.replace('（一）建设数据中心', '（一）夯实网络基础。建设千兆光网。\n（一）建设数据中心');
		const at = text.indexOf('（一）建设数据中心');
		const renumber = service.getEdits(doc(), 'renumber', { offset: at, end: at });
		assert.ok(renumber.edits.length > 0);
		text = applyEdits(text, renumber.edits);
		assert.ok(text.includes('（三）推进智慧政务'), text);
		assert.deepEqual(found(), ['实现全程网办', '（三）推进智慧政务'], 'after a heading inserted and the siblings renumbered');

		text = withoutSection(text);
		assert.deepEqual(found(), [null, null], 'the whole section deleted: both orphaned, none dropped');
	});
});
