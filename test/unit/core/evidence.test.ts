// Numbering is evidence, not a gate (issue: real documents). Each case is a layout or a
// numbering accident seen in real documents, written small; the gold set measures the rest.
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import { toChineseNumeral } from '../../../src/core/text/numerals';
import { annotate } from '../../../src/core/annotations/index';
import { allSections } from './helpers';

const HEAD = '某省人民政府关于加快推进数字经济发展的通知\n各市人民政府:\n';
const outline = (body: string, head = HEAD) => allSections(parseFile(head + body)).map(s => `${s.level}${s.marker}|${s.title}`);
const markers = (body: string, head = HEAD) => outline(body, head).map(s => s.split('|')[0]);

describe('outline: numbering as evidence', () => {
	it('a missing heading costs that heading only: the run goes on after the gap', () => {
		assert.deepEqual(markers('一、甲\n二、乙\n四、丁\n五、戊\n六、己\n'), ['1一、', '1二、', '1四、', '1五、', '1六、']);
		assert.deepEqual(markers('一、甲\n（一）子。\n（二）子。\n（四）子。\n（五）子。\n二、乙\n'), ['1一、', '2（一）', '2（二）', '2（四）', '2（五）', '1二、']);
	});

	it('a run whose first heading is unreadable starts at its second', () => {
		assert.deepEqual(markers('二、乙\n三、丙\n四、丁\n'), ['1二、', '1三、', '1四、']);
	});

	it('a repeated number, confirmed by the next one, is kept', () => {
		assert.deepEqual(markers('一、甲\n二、乙\n二、乙又\n三、丙\n'), ['1一、', '1二、', '1二、', '1三、']);
	});

	it('a restart after an unnumbered part line opens a part; the earlier run gets its own part', () => {
		const text = '2025年工作回顾\n一、经济稳中有进\n二、改革不断深化\n2026年工作安排\n一、扩大有效需求\n二、推进科技创新\n';
		const [doc] = parseFile('某市政府工作报告\n' + text).documents;
		assert.deepEqual(doc.sections.map(s => `${s.kind}|${s.title}|${s.children.map(c => c.marker).join(',')}`), ['part|2025年工作回顾|一、,二、', 'part|2026年工作安排|一、,二、']);
		// A third part is the parts' sibling, not the second one's child.
		const [three] = parseFile('某市政府工作报告\n' + text + '2027年展望\n一、丙\n二、丁\n').documents;
		assert.deepEqual(three.sections.map(s => `${s.kind}|${s.title}|${s.children.length}`), ['part|2025年工作回顾|2', 'part|2026年工作安排|2', 'part|2027年展望|2']);
	});

	it('restarts under each 第X章, articles keep running', () => {
		const [doc] = parseFile('某条例\n第一章 总则\n第一条 目的。\n一、甲\n二、乙\n第二章 管理\n第二条 管理。\n一、丙\n二、丁\n').documents;
		assert.deepEqual(doc.sections.map(s => s.marker), ['第一章', '第二章']);
		assert.deepEqual(doc.sections[1].children.map(s => s.marker), ['第二条']);
		assert.deepEqual(doc.sections[1].children[0].children.map(s => s.marker), ['一、', '二、']);
	});

	it('an outlier that the next marker contradicts is not a heading', () => {
		assert.deepEqual(markers('一、甲\n二、乙\n五、丙\n三、丁\n'), ['1一、', '1二、', '1三、']);
	});

	it('bare markers and quotations are not headings', () => {
		assert.deepEqual(markers('一、甲\n二、\n三、丙\n'), ['1一、', '1三、']);
		assert.deepEqual(markers('第一条 总则。\n第一条，反对；第二条，不怕。\n第二条 附则。\n'), ['3第一条', '3第二条']);
	});
});

describe('outline: characters and layout', () => {
	it('headings indented with EM SPACE, EN SPACE, NBSP or ZERO WIDTH SPACE are found', () => {
		for (const sp of ['\u2003\u2003', '\u2002', '\u00a0\u00a0', '\u200b', '\u3000\u3000']) {
			assert.deepEqual(markers(`${sp}一、总体要求\n${sp}（一）指导思想。\n${sp}二、重点任务\n`), ['1一、', '2（一）', '1二、'], JSON.stringify(sp));
		}
	});

	it('every dot or comma variant after a number is a marker', () => {
		assert.deepEqual(markers('一、甲\n1﹒乙。\n2．丙。\n3.丁。\n4，戊。\n5、己。\n'), ['1一、', '31﹒', '32．', '33.', '34，', '35、']);
		assert.deepEqual(markers('一．甲\n二.乙\n'), ['1一．', '1二.']);
	});

	it('headings glued after 。 or ：are found where the numbering confirms them', () => {
		const body = '现通知如下:一、继续教育对象全省会计人员。二、继续教育学分每年不少于60学分。三、内容和形式。(一)继续教育内容。(二)继续教育形式。';
		assert.deepEqual(markers(body), ['1一、', '1二、', '1三、', '2(一)', '2(二)']);
		// Glued without its confirmation (no 二、 follows), a 一、 after 。 is body text.
		assert.deepEqual(markers('一、甲\n正文。一、另一件事。\n'), ['1一、']);
	});

	it('decimal numbering nests by depth under the number it extends', () => {
		const text = '第1章 总则\n1.1 编制目的\n1.2 编制依据\n1.2.1 法律\n1.2.2 规章\n第2章 组织\n2.1 指挥机构\n';
		const [doc] = parseFile('某应急预案\n' + text).documents;
		const tree = (list: typeof doc.sections): string => list.map(s => s.marker + (s.children.length ? `(${tree(s.children)})` : '')).join(' ');
		assert.equal(tree(doc.sections), '第1章(1.1 1.2(1.2.1 1.2.2)) 第2章(2.1)');
		// Amounts are not decimal headings.
		assert.deepEqual(markers('一、甲\n1.5亿元用于建设。\n2.1 万元补助。\n'), ['1一、']);
	});

	it('hard-wrapped text is read as joined lines: a body line that starts with a number is not a heading', () => {
		const wrapped = [
			'一、总体要求',
			'为贯彻落实国家关于加快推进数字经济发展的决策部署，进一步推动',
			'2.5万家企业上云用平台，结合我省实际，现就有关事项通知如下。这是',
			'第二行的续写内容，继续描述加快推进数字经济发展的主要目标和要求',
			'3.0版本的政策体系基本建立，数字经济发展环境持续优化，产业规模',
			'持续扩大，创新能力不断增强，融合应用不断深化，治理体系更加完善',
			'二、重点任务',
			'加快建设数字基础设施，推动新一代信息技术与实体经济深度融合发展',
			'不断提升数字化、网络化、智能化水平，培育壮大数字经济核心产业群',
			'体，打造一批具有国际竞争力的数字产业集群和创新平台，推进数字化',
			'转型和产业升级，加快形成以数字经济为引领的现代化经济体系建设。',
			'三、保障措施',
			'加强组织领导，完善工作机制，强化要素保障，营造良好发展环境氛围',
			'加大财政资金支持力度，创新投融资机制，引导社会资本投向数字经济',
		].join('\n');
		assert.deepEqual(markers(wrapped + '\n'), ['1一、', '1二、', '1三、']);
		// The model's offsets stay those of the file.
		const text = HEAD + wrapped;
		const sections = allSections(parseFile(text));
		assert.equal(text.slice(sections[1].heading.offset, sections[1].heading.end), '二、重点任务');
		// A run-in heading's paragraph runs on over the wrapped lines, to the end of its sentence.
		const runIn = '（一）加快建设数字基础设施，推动新一代信息技术与实体经济深度融合发展';
		const text2 = HEAD + wrapped.replace('加快建设数字基础设施，推动新一代信息技术与实体经济深度融合发展', runIn);
		const s2 = allSections(parseFile(text2)).find(s => s.marker === '（一）')!;
		assert.equal(s2.paragraph.end, text2.indexOf('现代化经济体系建设。') + '现代化经济体系建设。'.length);
	});

	it('a notice that issues two documents shows both', () => {
		const text = '某市人民政府关于印发《甲行动计划》和《乙实施方案》的通知\n各区人民政府：\n现将《甲行动计划》和《乙实施方案》印发给你们。\n某市人民政府\n2020年5月1日\n甲行动计划\n一、目标\n二、任务\n乙实施方案\n一、原则\n二、措施\n';
		const [doc] = parseFile(text).documents;
		assert.deepEqual(doc.sections.map(s => `${s.kind}|${s.title}|${s.children.map(c => c.marker).join(',')}`), ['plan|甲行动计划|一、,二、', 'plan|乙实施方案|一、,二、']);
	});

	it('a table of contents after 目录 is skipped without dot leaders', () => {
		const text = '目录\n一、总体要求\n二、重点任务\n一、总体要求\n正文。\n二、重点任务\n正文。\n';
		const sections = allSections(parseFile(HEAD + text));
		assert.deepEqual(sections.map(s => s.marker), ['一、', '二、']);
		assert.equal(sections[0].offset, (HEAD + text).indexOf('一、总体要求\n正文'));
	});
});

describe('outline: layouts seen in the gold set', () => {
	it('a table of contents without 目录 or dot leaders: headings that come again later', () => {
		const text = '某预案\n1　总则\n1.1　编制目的\n1.2　编制依据\n2　组织体系\n2.1　指挥机构\n1　总则\n1.1　编制目的\n正文。\n1.2　编制依据\n正文。\n2　组织体系\n2.1　指挥机构\n正文。\n';
		const [doc] = parseFile(text).documents;
		const tree = (list: typeof doc.sections): string => list.map(s => s.marker + (s.children.length ? `(${tree(s.children)})` : '')).join(' ');
		assert.equal(tree(doc.sections), '1(1.1 1.2) 2(2.1)');
		assert.equal(doc.sections[0].offset, text.indexOf('1　总则\n1.1　编制目的\n正文'));
	});

	it('a chapter whose 第X章 the scrape lost, and a 第X章 whose title is on the next line', () => {
		const [doc] = parseFile('某条例\n第一章 总则\n第一条 目的。\n第二条 原则。\n网络素养促进\n第三条 教育。\n第四条 培训。\n').documents;
		assert.deepEqual(doc.sections.map(s => `${s.marker}|${s.title}|${s.children.map(c => c.marker).join(',')}`), ['第一章|总则|第一条,第二条', '|网络素养促进|第三条,第四条']);
		const [two] = parseFile('某条例\n第一章\n总则\n第一条 目的。\n第二章\n附则\n第二条 施行。\n').documents;
		assert.deepEqual(two.sections.map(s => `${s.marker}|${s.title}|${s.children.length}`), ['第一章|总则|1', '第二章|附则|1']);
	});

	it('一、 numbering running on across chapters', () => {
		const [doc] = parseFile('某工作规则\n第一章　总则\n一、甲。\n二、乙。\n第二章　职责\n三、丙。\n四、丁。\n').documents;
		assert.deepEqual(doc.sections.map(s => `${s.marker}:${s.children.map(c => c.marker).join(',')}`), ['第一章:一、,二、', '第二章:三、,四、']);
	});

	it('a （一） glued right after its parent heading, and headings after a single blank', () => {
		assert.deepEqual(markers('二、总体要求（一）指导思想。正文。（二）基本原则。正文。三、重点任务\n'), ['1二、', '2（一）', '2（二）', '1三、']);
		assert.deepEqual(markers('一、总体要求 （一）目标任务。正文。 （二）总体思路。正文。\n'), ['1一、', '2（一）', '2（二）']);
	});

	it('the 附件： list and its entries are not headings; the attachment is', () => {
		const text = '某预案\n一、总则\n正文。\n附件：\n1.分级标准\n2.职责分工\n附件1\n分级标准\n一、特别重大\n';
		const [doc] = parseFile(text).documents;
		assert.deepEqual(doc.sections.map(s => `${s.kind}|${s.marker}|${s.title}`), ['section|一、|总则', 'annex|附件1|分级标准']);
	});

	it('the 附件说明 before the signature (附件：1.… on its line, 2.… next) names attachments, never headings', () => {
		const text = '某省关于加强管理的通知\n一、总体要求\n正文。\n附件：1.分级标准\n2.职责分工\n某省人民政府\n2020年1月1日\n附件1\n分级标准\n一、特别重大\n';
		const [doc] = parseFile(text).documents;
		assert.deepEqual(doc.sections.map(s => `${s.kind}|${s.marker}|${s.title}`), ['section|一、|总体要求', 'annex|附件1|分级标准']);
	});

	it('articles up to 第一百一十九条, and 第八条第（二）项 is a reference, not a heading', () => {
		const articles = Array.from({ length: 112 }, (_, i) => `第${toChineseNumeral(i + 1)}条　内容。${i === 110 ? '依照第八条第（二）项规定处理。' : ''}`);
		const got = markers(articles.join('\n') + '\n');
		assert.equal(got.length, 112, got.slice(-3).join(' '));
		assert.deepEqual(got.slice(-3), ['3第一百一十条', '3第一百一十一条', '3第一百一十二条']);
	});

	it('an issued document whose title line starts with the cover letter\'s bracketed note', () => {
		const text = '国务院办公厅关于印发国家突发环境事件应急预案的通知\n各省人民政府：\n现印发给你们。\n国务院办公厅\n2014年12月29日\n（此件公开发布） 国家突发环境事件应急预案\n1　总则\n1.1　编制目的\n';
		const [doc] = parseFile(text).documents;
		assert.equal(doc.sections[0].kind, 'plan');
		assert.equal(text.slice(doc.sections[0].heading.offset, doc.sections[0].heading.offset + 4), '国家突发');
		assert.deepEqual(doc.sections[0].children.map(s => s.marker), ['1']);
	});
});

describe('outline: issued documents wherever their title stands', () => {
	const kinds = (text: string) => parseFile(text).documents[0].sections.map(s => `${s.kind}|${s.title}|${s.children.map(c => c.marker).join(',')}`);

	it('after the signature date on the same line, glued to its first sentence, or named without 《》', () => {
		assert.deepEqual(kinds('国务院关于印发国家环境保护“十二五”规划的通知\n各省人民政府：\n现将《国家环境保护“十二五”规划》印发给你们。\n国务院\n二○一一年十二月十五日\u00a0\u00a0国家环境保护“十二五”规划\n保护环境是基本国策。\n一、环境形势\n二、指导思想\n'),
			['plan|国家环境保护“十二五”规划|一、,二、']);
		assert.deepEqual(kinds('某省人民政府办公厅转发省教育厅等部门关于做好随迁子女升学考试工作意见的通知\n各市人民政府：\n现转发给你们。\n关于做好随迁子女升学考试工作的意见\n一、高度重视\n二、因地制宜\n'),
			['plan|关于做好随迁子女升学考试工作的意见|一、,二、']);
		assert.deepEqual(kinds('某厅关于印发《林场电网改造实施方案》的通知\n各市：\n《林场电网改造实施方案》已经厅务会同意，现印发给你们。\n《林场电网改造实施方案》为持续改善林场生产条件，制定本方案。\n一、指导思想\n二、主要任务\n'),
			['plan|《林场电网改造实施方案》|一、,二、']);
	});
});

describe('titles', () => {
	const title = (text: string) => parseFile(text).documents[0].title;
	it('a title wrapped over lines is read whole, blanks between its characters dropped', () => {
		assert.equal(title('广东省人民政府办公厅转发省教育厅等部门\n关于做好随迁子女升学考试\n工作意见的通知\n粤府办〔2012〕137号\n各地级以上市人民政府：\n'), '广东省人民政府办公厅转发省教育厅等部门关于做好随迁子女升学考试工作意见的通知');
		assert.equal(title('国务院关于进一步推进\n户 籍 制 度 改 革 的 意 见\n国发〔2014〕25号\n'), '国务院关于进一步推进户籍制度改革的意见');
	});

	it('never a 文号, a chapter, a speaker, a link or a chrome line', () => {
		assert.equal(title('国办发〔2015〕38号国务院办公厅关于城市公立医院综合改革试点的指导意见\n发布时间：2015-06-05\n'), '国务院办公厅关于城市公立医院综合改革试点的指导意见');
		assert.equal(title('下载\nhttp://www.gov.cn/zhengce/content/2018.htm\n某市政府工作报告\n市长 马 军\n各位代表：\n'), '某市政府工作报告');
		assert.equal(title('第一章 总则\n第一条 为了规范管理，制定本办法。\n'), '');
		// a page's metadata table and navigation
		assert.equal(title('索 引 号  \t01151201X/2016-00037 \t信息分类 \t法规公文  \\  意见\n标      题 \t某区人民政府办公厅关于调整户口迁移政策的实施意见\n'), '某区人民政府办公厅关于调整户口迁移政策的实施意见');
		assert.equal(title('返回PC端\n\n深圳市2014-2016年随迁子女参加中考的工作方案\n发布时间:2015-01-12\n'), '深圳市2014-2016年随迁子女参加中考的工作方案');
		assert.equal(title('标题： 国务院关于完善义务教育经费保障机制的通知\n'), '国务院关于完善义务教育经费保障机制的通知');
	});

	it('a scrape without line breaks gives the title at the start of its one line', () => {
		assert.equal(title('国务院办公厅关于印发国家突发环境事件应急预案的通知国办函〔2014〕119号各省、自治区、直辖市人民政府：现印发给你们。'), '国务院办公厅关于印发国家突发环境事件应急预案的通知');
	});
});

describe('date kinds', () => {
	const kinds = (body: string) => annotate(parseFile(`某省关于某事项的通知\n${body}\n某省人民政府\n2018年5月1日\n`)).dates.map(d => `${d.text}:${d.kind}`);
	it('expiry, effective from, comparison bases, past events', () => {
		assert.deepEqual(kinds('本通知自2018年6月1日起施行，有效期至2023年5月31日。'), ['2018年6月1日:effective', '2023年5月31日:expiry', '2018年5月1日:issued']);
		assert.deepEqual(kinds('自2019年起可在我省报名参加高考。2020年开始全面实施。'), ['2019年:effective', '2020年:effective', '2018年5月1日:issued']);
		assert.deepEqual(kinds('到2020年，排放量比2015年下降10%。'), ['2020年:deadline', '2015年:reference', '2018年5月1日:issued']);
		assert.deepEqual(kinds('2017年3月5日，全省召开推进会。'), ['2017年3月5日:past', '2018年5月1日:issued']);
	});

	it('numeric dates of web pages, and signatures glued to the end of a paragraph', () => {
		assert.deepEqual(kinds('发布时间：2018-05-03\n正文见2017/12/1通知。'), ['2018-05-03:published', '2017/12/1:reference', '2018年5月1日:issued']);
		assert.deepEqual(kinds('特此通知。国务院二○一八年四月二十日'), ['二○一八年四月二十日:issued', '2018年5月1日:issued']);
		assert.deepEqual(kinds('本办法已经2018年4月16日召开的市政府第54次常务会议通过。'), ['2018年4月16日:issued', '2018年5月1日:issued']);
	});
});
