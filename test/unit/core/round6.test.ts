// Issue 7, sixth round: a letter's attachment title after its signature is not the letter's title,
// a title's own revision year dates the text, a call for applications' planned projects, record
// retention, a call's caps on applicants, one of several subjects a goal applies to, and a 联席会议's
// rules on a one-line scrape.
// Every text is written for its case; the gold set (test/gold) measures the documents.
import * as assert from 'node:assert/strict';
import { dateKinds, outlineOf, targetsOf } from './helpers';
import { parseFile } from '../../../src/core/parse';

const outline = (text: string) => outlineOf(text, 4);

describe('outline, sixth round', () => {
	const OPINION = '关于推进某某工作的意见\n一、总体要求\n（一）指导思想。坚持。\n（二）主要目标。达到。\n二、主要任务\n（一）加强研发。推进。\n（二）培育企业。支持。\n'
		+ '保障措施\n（一）加强领导。落实。\n（二）加强宣传。营造。\n';

	it('takes a title line whose 三、 was lost before a restarted （一） for the lost heading: it costs that marker, not its items’ parents', () => {
		assert.deepEqual(outline(OPINION), ['一、(（一）,（二）)', '二、(（一）,（二）)', '保障措施(（一）,（二）)']);
		assert.deepEqual(outline(`${OPINION}四、组织实施\n（一）明确分工。\n`), ['一、(（一）,（二）)', '二、(（一）,（二）)', '保障措施(（一）,（二）)', '四、(（一）)']);
	});

	it('does not when the next 一、 heading takes the number the lost one would have', () => {
		assert.deepEqual(outline(`${OPINION}三、组织实施\n（一）明确分工。\n`), ['一、(（一）,（二）)', '二、(（一）,（二）,（一）,（二）)', '三、(（一）)']);
	});
});

describe('titles, sixth round', () => {
	const REPLY = '某某大学：\n　　你校《关于报送〈某某试点实施方案〉的函》收悉。经研究，函复如下：\n'
		+ '　　一、原则同意开展试点（具体要点附后）。\n　　二、加强组织领导。\n交通运输部\n　　2022年9月20日\n\n'
		+ '某某试点任务要点（某某大学）\n　　一、城市公共交通智能化技术研究\n　　（一）试点单位。某某大学。\n';

	it('does not take the title of an attachment after the signature date for the letter’s title', () => {
		assert.equal(parseFile(REPLY).documents[0].title, '');
	});

	it('goes on to the next line when the title reads whole at a kind word but leaves 《 open', () => {
		const text = '国务院办公厅关于印发《某某三年行动计划\n（2018—2020年）》的通知\n国办发〔2018〕12号\n各省、自治区、直辖市人民政府：\n现印发给你们，请认真贯彻执行。\n一、总体要求\n坚持创新。\n';
		assert.equal(parseFile(text).documents[0].title, '国务院办公厅关于印发《某某三年行动计划（2018—2020年）》的通知');
		// a title that is whole stays one line
		const whole = '某某三年行动计划\n（一）坚持创新。\n';
		assert.equal(parseFile(whole).documents[0].title, '某某三年行动计划');
	});

	it('still takes the title of the document the letter issues by name after its signature (印发《X》)', () => {
		const text = '各区人民政府：\n　　《某某市权责清单管理办法》已经市政府同意，现予印发，请遵照执行。\n某某市人民政府办公厅\n2016年3月2日\n\n'
			+ '某某市权责清单管理办法\n　　第一条 为深化行政体制改革，制定本办法。\n　　第二条 本办法自印发之日起施行。\n';
		assert.equal(parseFile(text).documents[0].title, '某某市权责清单管理办法');
	});
});

describe('dates, sixth round', () => {
	it('dates a text by the revision its own title names, before a web page’s later publication date', () => {
		const text = '某某市免费义务教育实施办法（2013年修订）\n发表时间：2014-08-27\n一、免费对象\n本市户籍学生。\n'
			+ '二、免费标准\n1.从2013年春季学期起，小学每生每学年970元。\n2.从2014年春季学期起，小学每生每学年1170元。\n';
		assert.deepEqual(dateKinds(text), ['2013年:issued', '2014-08-27:published', '2013年:effective', '2014年:effective']);
		const fullWidth = text.replace('（2013年修订）', '（２０１３年修订）');
		assert.deepEqual(dateKinds(fullWidth).map(d => d.split(':')[1]), ['issued', 'published', 'effective', 'effective']);
	});
});

describe('dates, sixth round: a notice for a year', () => {
	const HEAD = '关于做好2019年某某工作的通知\n各区教育局：\n';
	const SIGNED = '\n某市教育局\n2019年3月1日\n';

	it('reads 从…起 as when something starts to apply, also for the year the notice is for', () => {
		const kinds = dateKinds(`${HEAD}从2019年秋季学期起，全面实施新的收费标准。${SIGNED}`);
		assert.deepEqual(kinds, ['2019年:period', '2019年:effective', '2019年3月1日:issued']);
	});

	it('reads the version year of a cited document (《某某管理办法》（2015年修订）) as a reference, not a past event', () => {
		const kinds = dateKinds(`${HEAD}根据《某某管理办法》（2015年修订），制定本通知。2017年以来，全市累计完成改造500所。${SIGNED}`);
		assert.deepEqual(kinds, ['2019年:period', '2015年:reference', '2017年以来:past', '2019年3月1日:issued']);
	});
});

describe('dates, sixth round: cut-off days', () => {
	it('reads a day that draws a rule’s line as a reference, and what it qualifies as a condition', () => {
		const text = '某某市积分入学管理办法\n第一条 申请人须为1958年1月1日以后出生的人员。\n'
			+ '第二条 2016年1月1日后的孕情检查不纳入积分计算，2017年9月30日前注册的企业注册资本不低于500万元。\n'
			+ '第三条 申请材料应于2019年6月30日前报送。\n';
		// (in order: 1958年1月1日, 2016年1月1日, 2017年9月30日 — a reference already before this round, its 前
		// being the date's suffix — and the deadline 2019年6月30日)
		assert.deepEqual(dateKinds(text).map(d => d.split(':')[1]), ['reference', 'reference', 'reference', 'deadline']);
		assert.deepEqual(targetsOf(text), []);
	});
});

describe('deadlines, sixth round: yearly blocks of an undated plan', () => {
	it('dates the targets of a block or a step by the year its heading or its line names (（一）2019年目标, 2019年：…, 第一阶段（2018年）)', () => {
		const blocks = '某市三年行动方案\n一、分年度目标\n（一）2019年目标\n建成5G基站1000个。\n（二）2020年目标\n新增企业50家。\n（三）2021年目标\n培育企业100家。\n';
		assert.deepEqual(targetsOf(blocks), ['1000个@2019', '50家@2020', '100家@2021']);
		const runIn = '某市三年行动方案（2019—2021年）\n一、分年度目标\n（一）2019年。建成5G基站1000个。\n（二）2020年。新增企业50家。\n二、重点任务\n（一）建设园区。建成园区5个。\n';
		assert.deepEqual(targetsOf(runIn), ['1000个@2019', '50家@2020', '5个@2021']);
		// the steps of its schedule: a year opening a line with a colon, a stage's bracketed year
		const steps = '某市工作方案\n三、进度安排\n2019年：完成规划编制，建成试点3个。\n2020年：建成示范区10个。\n';
		assert.deepEqual(targetsOf(steps), ['3个@2019', '10个@2020']);
		const stages = '某市实施方案\n三、实施步骤\n第一阶段（2018年）：建成试点5个。第二阶段（2019—2020年）：全面推广，建成示范点50个。\n';
		assert.deepEqual(targetsOf(stages), ['5个@2018', '50个@2020']);
		// a year that only names a past review stays no deadline
		const review = '某市行动方案\n一、2018年工作回顾\n建成基站800个。\n';
		assert.deepEqual(targetsOf(review), []);
	});
});

describe('targets, sixth round', () => {
	it('counts the projects a call plans to fund as its targets, not the money each one gets', () => {
		const text = '某某重大研究计划2023年度项目指南\n一、资助计划\n　　2023年度拟资助培育项目25～30项，直接费用资助强度约为80万元/项；拟资助重点支持项目6～8项，资助强度约为300万元/项。\n';
		const found = targetsOf(text).map(t => t.split('@')[0]);
		assert.deepEqual(found, ['25～30项', '6～8项']);
	});

	it('reads a call’s caps on what an applicant may ask for or hold as conditions, not goals', () => {
		const text = '关于开展2023年度重点专项项目申报工作的通知\n一、申报要求\n　　申请人根据申请的具体研究内容选择不超过5个申请代码；合作研究单位不得超过2个；项目负责人在研项目总数不得超过6个。\n'
			+ '二、工作目标\n　　到2025年，新建重点实验室不超过3个，培育创新团队不少于10个。\n';
		assert.deepEqual(targetsOf(text), ['3个@2025', '10个@2025']);
		// a notice's limits on what each district may recommend, and a fee it charges
		const call = '关于组织申报2019年某某示范项目的通知\n各区科技局：\n一、申报要求\n各区推荐项目不超过3个，每个单位限报1项；参加培训的每人收取资料费100元。\n某市科技局\n2019年3月1日\n';
		assert.deepEqual(targetsOf(call), []);
		// a reform's caps on what it asks of applicants are its goals
		const reform = '关于优化营商环境的实施方案\n一、工作目标\n　　到2025年，企业开办申请材料压减至不超过4项，每个申请事项办理环节不超过3个。\n';
		assert.deepEqual(targetsOf(reform), ['4项@2025', '3个@2025']);
	});

	it('counts the projects a plan implements after the size that qualifies them (实施总投资约50亿元的重大项目20个)', () => {
		const text = '某市数字经济发展行动计划（2021—2025年）\n二、重点任务\n（一）推进项目建设。实施总投资约50亿元的重大项目20个，带动社会投资100亿元。\n'
			+ '（二）落实扣除。市辖区户籍人口不超过100万的城市，扣除标准为每月800元。\n';
		assert.deepEqual(targetsOf(text), ['20个@2025', '100亿元@2025']);
	});

	it('reads how long a record must be kept as a duty’s level, also in a document of rules; a time limit is none', () => {
		const text = '某某信息系统管理条例\n第一条 为了规范管理，制定本条例。\n第二条 采集的图像信息应当保存不少于30日；计费原始数据至少保存5个月。\n'
			+ '第三条 有关部门应当在15日内作出决定，公示期不少于5个工作日。\n';
		assert.deepEqual(targetsOf(text), ['30日@', '5个月@', '5个工作日@']);
	});

	it('does not take a size that names one of the subjects a goal applies to for the goal', () => {
		const text = '关于推进煤矿智能化建设的通知\n一、工作目标\n　　到2020年年底，省属煤矿、生产能力120万吨/年以上大型煤矿、高瓦斯煤矿必须实现智能化开采，建成智能化示范矿井10处。\n';
		assert.deepEqual(targetsOf(text), ['10处@2020']);
	});

	it('reads a time cap under 工作规则 as a time limit and its meetings as a standing bound, also when the scrape ran the title into the text', () => {
		const oneLine = '国务院关于同意建立某某部际联席会议制度的批复\n国函〔2018〕1号教育部：你部关于建立某某部际联席会议制度的请示收悉。现批复如下：同意建立某某部际联席会议制度。联席会议不刻制印章，不正式行文。国务院2018年11月20日'
			+ '附件某某部际联席会议制度一、主要职能统筹协调全国某某工作。二、工作规则 联席会议原则上每年召开两次会议，议定事项办理时间控制在30日以内。三、工作要求各成员单位要按照职责分工，积极研究。\n';
		assert.deepEqual(targetsOf(oneLine), ['两次@']);
		// in a plan's tasks, a duration brought down to a level is a reduction to achieve
		const plan = '某某工作实施方案\n一、主要任务\n（一）加强统筹。每年召开两次推进会议，议定事项办理时间控制在30日以内。\n';
		assert.deepEqual(targetsOf(plan), ['两次@', '30日以内@']);
	});
});
