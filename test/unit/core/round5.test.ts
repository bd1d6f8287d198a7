// Issue 7, fifth round: a scrape on one line whose attachment starts right after the signature
// date, a run that restarts glued to a sentence, the steps of an undated plan's schedule, and the
// verbs that launch or select what a plan counts (启动, 选择). Every text is written for its case;
// the gold set (test/gold) measures the documents.
import * as assert from 'node:assert/strict';
import { dateKinds, outlineOf, targetsOf, tree } from './helpers';
import { parseFile } from '../../../src/core/parse';
import { annotate } from '../../../src/core/annotations/index';

const outline = (text: string) => outlineOf(text);

/** A 批复 on one line: its own 一、–三、, the 附件 line and the signature, then the attachment itself. */
const REPLY_ON_ONE_LINE = '国务院关于同意某某改革试点实施方案的批复\n'
	+ '国函〔2006〕9号某部、某委：你们《关于某某改革试点的实施方案》收悉。现批复如下：一、原则同意《关于某某改革试点的实施方案》，请认真组织实施。'
	+ '二、试点工作要以深化改革为核心，加大支持力度。三、各试点省人民政府要加强领导，积极稳妥地推进试点工作。'
	+ '附件：关于某某改革试点的实施方案国务院二○○六年九月三十日'
	+ '附件：关于某某改革试点的实施方案某部　某委为贯彻落实有关决定，现提出如下实施方案：一、总体思路坚持改革与发展并举。'
	+ '二、主要政策措施（一）严格实行有偿取得制度。自发布之日起实行。（二）合理调整税费政策。逐步调整。三、具体工作安排（一）试点范围。选择8个省。（二）时间进度。2007年底前完成。\n';

describe('outline, fifth round: one-line scrapes', () => {
	it('opens the attachment the 附件 line named where it starts after the signature date, its title the name they share', () => {
		const doc = parseFile(REPLY_ON_ONE_LINE).documents[0];
		assert.deepEqual(doc.sections.map(s => tree(s)), ['一、', '二、', '三、', '附件(一、,二、(（一）,（二）),三、(（一）,（二）))']);
		const annex = doc.sections[3];
		assert.equal(annex.title, '关于某某改革试点的实施方案');
	});

	it('takes a glued restart of 一、 as a run of its own when its 二、 and 三、 follow, not as text of the last heading', () => {
		const text = '某某试点实施方案的批复\n某部：现批复如下：一、原则同意实施方案，请认真组织实施。二、试点工作要以改革为核心。三、各省要积极推进试点工作。'
			+ '为做好试点工作，现提出如下实施方案：一、总体思路坚持改革与发展并举。二、主要政策措施（一）严格实行有偿取得制度。自发布之日起实行。'
			+ '（二）合理调整税费政策。逐步调整。三、具体工作安排。选择8个省。\n';
		assert.deepEqual(outline(text), ['一、', '二、', '三、', '一、', '二、(（一）,（二）)', '三、']);
		// one 一、 glued to a sentence, with no 二、 and 三、 after it, stays text
		const quoted = '某某方案\n一、总体要求\n坚持改革。二、主要任务\n推进改革。三、保障措施\n会议提出：一、要坚持改革，二、要加强领导。\n';
		assert.deepEqual(outline(quoted), ['一、', '二、', '三、']);
	});
});

describe('outline, fifth round: an issued title on two lines', () => {
	it('takes the lines of a wrapped issued title (关于推进某某工作的 / 实施意见) as one plan node over the document', () => {
		const text = '某某市人民政府办公厅关于印发《关于推进某某工作的实施意见》的通知\n各区县人民政府：\n'
			+ '《关于推进某某工作的实施意见》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。\n某某市人民政府办公厅\n2018年3月1日\n'
			+ '关于推进某某工作的\n实施意见\n为推进某某工作，提出如下意见。\n一、总体要求\n坚持改革。\n二、主要任务\n推进创新。\n';
		const doc = parseFile(text).documents[0];
		assert.deepEqual(doc.sections.map(s => tree(s)), ['关于推进某某工作的实施意(一、,二、)']);
		assert.equal(doc.sections[0].title, '关于推进某某工作的实施意见');
		// two short lines that only begin the title (the second line is a sentence) stay no plan
		const notTitle = text.replace('关于推进某某工作的\n实施意见\n', '关于推进某某工作的\n实施，意见如下。\n');
		assert.deepEqual(outline(notTitle), ['一、', '二、']);
	});
});

describe('targets and dates, fifth round', () => {
	it('reads the years that open the steps of an undated plan (2016年启动…，2017年…) as its deadlines, not 2016年启动了…', () => {
		const text = '某某试点示范行动方案\n一、主要目标\n2016年启动30个以上试点示范项目，2017年总结经验，2018年全面推广。\n二、工作基础\n2015年启动了12个项目。\n';
		const kinds = dateKinds(text);
		assert.deepEqual(kinds.slice(0, 3), ['2016年:deadline', '2017年:deadline', '2018年:deadline']);
		assert.ok(kinds[3].startsWith('2015年:') && kinds[3] !== '2015年:deadline', kinds[3]);
		assert.deepEqual(targetsOf(text), ['30个以上@2016']);
	});

	it('takes what a plan launches or selects (启动, 选择) as a target, a rate a rule fixes (确定为55元) not', () => {
		const text = '某市智能制造行动方案（2021—2023年）\n一、组织实施\n每年选择10个以上智能工厂，启动20个左右示范项目。\n'
			+ '二、资金标准\n补助标准确定为55元。\n';
		assert.deepEqual(targetsOf(text), ['10个以上@', '20个左右@2023']);
	});
});

describe('targets: counts that describe, fifth round', () => {
	it('takes no count of a list that follows (五项基本功能：) or of a set it is one of (三个…之一) as a target', () => {
		const text = '某市智慧城市建设方案（2021—2023年）\n一、主要任务\n平台实现五项基本功能：统一门户管理、统一身份认证。\n'
			+ '本工程是规划确定的三个重点领域示范工程之一。到2023年，建成10个示范区。\n';
		assert.deepEqual(targetsOf(text), ['10个@2023']);
	});
});

describe('targets, fifth round: lists', () => {
	it('takes a minimum count after 等 (…等20项以上标准) as a goal, an exact count after 等 as the size of the list', () => {
		const text = '某市标准化工作方案\n一、建设目标\n到2023年，完成通用技术、关键技术、安全等20项以上重点标准的预研工作，制定检测、认证等5个方面的规范。\n';
		assert.deepEqual(targetsOf(text), ['20项以上@2023']);
	});

	it('takes no amount in an item of the materials an application must include as a goal', () => {
		const text = '某市测试管理办法\n第十条 测试主体提交申请材料，应包括：\n（一）测试主体的基本情况；\n'
			+ '（二）交通事故责任强制险凭证以及每车不低于五百万元人民币的交通事故责任保险凭证。\n'
			+ '第十一条 市交通部门应当确保测试路段覆盖率达到90%。\n';
		assert.deepEqual(targetsOf(text), ['90%@']);
	});

	it('reads every number of a list an ordinal opens (第十二条第4、6、88项) as an ordinal, not an amount', () => {
		const text = '某市测试管理办法\n第十三条 申请增加测试车辆的，还应按本办法第十二条第4、6、10、88项规定提供材料，并在30日内完成评估。\n';
		const quantities = annotate(parseFile(text)).quantities.map(q => q.text);
		assert.deepEqual(quantities, ['30日']);
	});
});
