// Issue 7, eleventh round (real documents): titles, date kinds and recognition, each case a general
// way of writing them from test/gold/GUIDE.md. Every text is written for its case; the gold set
// measures the documents.
import * as assert from 'node:assert/strict';
import { Analysis } from '../../../src/core/analysis';
import { parseFile } from '../../../src/core/parse';
import { dateKinds, outlineOf } from './helpers';

const titleOf = (text: string) => parseFile(text).documents[0].title.replace(/\s+/g, '');

describe('titles: the document\'s own title, eleventh round', () => {
	it('gives no title to a notice that lost its title line, not the title of the plan it issues (GUIDE: the notice\'s title)', () => {
		const text = '为贯彻落实部党组的部署，加强水资源管理，我部制定了《2022年水资源管理信息化工作要点》，现印发你们，请结合实际做好相关工作。\n'
			+ '某部办公厅\n2022年6月14日\n2022年水资源管理信息化工作要点\n'
			+ '　　2022年水资源管理信息化工作要全面落实部党组的部署。\n一、强化业务应用\n按照需求开展工作。\n二、夯实数据底座\n完善数据。\n';
		assert.equal(titleOf(text), '');
		// The plan it issues still opens its own part of the outline.
		assert.deepEqual(outlineOf(text), ['2022年水资源管理信息(一、,二、)']);
	});

	it('keeps the promulgated document\'s title where the cover only promulgates it by name (《X》已经…同意，现予印发)', () => {
		const text = '各区人民政府，市政府直属各单位：\n　　《某市权责清单管理办法》已经市政府同意，现予印发，请遵照执行。\n'
			+ '某市人民政府办公厅\n2016年3月2日\n某市权责清单管理办法\n第一条 为深化行政体制改革，制定本办法。\n第二条 本办法适用于市政府部门。\n第三条 本办法自印发之日起施行。\n';
		assert.equal(titleOf(text), '某市权责清单管理办法');
	});

	it('takes the edition on the line below into the title (（2021 版）), not the draft\'s state (（征求意见稿）)', () => {
		const text = '建材行业标准体系建设指南\n\n（2021 版）（征求意见稿）\n2021 年 10 月\n一、总体要求\n（一）指导思想\n加快标准体系建设。\n';
		assert.equal(titleOf(text), '建材行业标准体系建设指南（2021版）');
	});

	it('reads a technical requirement\'s title wrapped over two lines (…直连通信 / 无线电设备技术要求) whole', () => {
		const text = '车联网直连通信\n无线电设备技术要求\n一、工作频率范围\n5905-5925MHz。\n二、信道带宽\n20MHz。\n';
		assert.equal(titleOf(text), '车联网直连通信无线电设备技术要求');
	});
});

describe('date kinds: a rule\'s cut-offs (GUIDE: a cut-off or a cohort condition of a rule is reference), eleventh round', () => {
	const notice = (body: string) => `关于组织申报某重大项目的通知\n各有关单位：\n${body}\n某部\n2017年10月12日\n`;

	it('reads the day a status must date from (注册时间为2017年9月30日前) as a cut-off, a day to hand in by as a deadline', () => {
		const text = notice('一、申报单位应为境内注册的企业，注册时间为2017年9月30日前，具有独立法人资格。\n二、申报材料报送时间为2017年11月30日前。');
		assert.deepEqual(dateKinds(text), ['2017年9月30日前:reference', '2017年11月30日前:deadline', '2017年10月12日:issued']);
	});

	it('reads the end of a term that picks out the projects after it (执行期到2019年6月30日之前的在研项目) as a cut-off, not the notice\'s expiry', () => {
		const text = notice('一、计划任务书执行期到2019年6月30日之前的在研项目不在限项范围内。\n二、本通知有效期至2019年12月31日。');
		assert.deepEqual(dateKinds(text), ['2019年6月30日之前:reference', '2019年12月31日:expiry', '2017年10月12日:issued']);
	});

	it('reads 截止 a day before what a rule requires of an applicant (须连续持有) as a cut-off, before a state reached as past', () => {
		const text = notice('一、截止2017年4月30日，申请人须连续持有居住证。\n二、截至2017年9月30日，全市已办理居住证10万张。');
		assert.deepEqual(dateKinds(text), ['2017年4月30日:reference', '2017年9月30日:past', '2017年10月12日:issued']);
	});

	it('reads a start inside the condition of a rule (期限自2027年7月1日起超过5年的，) as a cut-off, a start of what the rule orders as effective', () => {
		const text = '某规定\n第二条 2024年6月30日前登记设立的公司，剩余认缴出资期限自2027年7月1日起超过5年的，应当在2027年6月30日前调整。\n'
			+ '第三条 自2025年1月1日起，登记机关对新设公司实行认缴登记。\n某局\n2024年7月1日\n';
		assert.deepEqual(dateKinds(text), ['2024年6月30日前:reference', '2027年7月1日:reference', '2027年6月30日前:deadline', '2025年1月1日:effective', '2024年7月1日:issued']);
	});
});

describe('date kinds: spans and the year a call names, eleventh round', () => {
	it('reads the year a call for projects names (将2018年度项目申报指南予以公布) as its period (GUIDE), also where the title is lost', () => {
		const text = '各有关单位：\n为落实规划部署，现将2018年度项目申报指南予以公布。请按照指南要求组织申报。\n一、申报要求\n申报单位应具有独立法人资格。\n某部\n2018年10月12日\n';
		assert.deepEqual(dateKinds(text), ['2018年度:period', '2018年10月12日:issued']);
	});

	it('reads 从现在到2009年 as the span from now to then (a period), 到2009年 alone as a deadline', () => {
		const text = '关于某某建议的答复\n从现在到2009年，随着工程蓄水，将是地质灾害的高发期。到2010年，建成监测网络。\n某部\n2006年7月5日\n';
		assert.deepEqual(dateKinds(text), ['2009年:period', '2010年:deadline', '2006年7月5日:issued']);
	});
});

describe('date kinds: an undated text\'s own time, eleventh round', () => {
	it('takes an undated text as written after the day it counts up to (截至2021年1月底): what happened before then is past', () => {
		const text = '关于某某建议的答复\n截至2021年1月底，各省已完成信息录入。2020年12月，工业和信息化部组织召开成果展示会。到2021年底前，优化高龄津贴制度。\n';
		assert.deepEqual(dateKinds(text), ['2021年1月底:past', '2020年12月:past', '2021年底前:deadline']);
	});
});

describe('date kinds: titles of other documents, eleventh round', () => {
	it('reads a period inside a 《title》 hard-wrapped over two lines (《建\\n材工业…行动计划（2021-2023 年）》) as naming that document', () => {
		const text = '建材行业标准体系建设指南\n一、总体要求\n为推动转型升级，全面贯彻落实《建\n材工业数字转型行动计划（2021-2023 年）》，实现\n建材工业智能化转型升级。\n';
		assert.deepEqual(dateKinds(text), ['2021-2023 年:reference']);
	});
});

describe('date kinds: another document\'s adoption, eleventh round', () => {
	it('reads the day a law the notice acts on was adopted (《X法》已由…于2016年12月25日通过) as past, not the notice\'s issue', () => {
		const text = '国务院关于环境保护税收入归属问题的通知\n各省人民政府：\n《中华人民共和国环境保护税法》已由全国人民代表大会常务委员会第二十五次会议于2016年12月25日通过，自2018年1月1日起施行。现就有关问题通知如下。\n'
			+ '一、环境保护税全部作为地方收入。\n国务院\n2017年12月22日\n';
		assert.deepEqual(dateKinds(text), ['2016年12月25日:past', '2018年1月1日:effective', '2017年12月22日:issued']);
		// (the salutation glued before it, as scrapes join them)
		assert.deepEqual(dateKinds(text.replace('各省人民政府：\n', '各省人民政府：')), ['2016年12月25日:past', '2018年1月1日:effective', '2017年12月22日:issued']);
	});

	it('keeps the adoption day of the document itself (《某市制定法规条例》经…于2016年2月4日通过，现予公布) as its issue', () => {
		const text = '某市制定法规条例\n《某市制定法规条例》经某市人民代表大会第二次会议于2016年2月4日通过，现予公布，自2016年7月1日起施行。\n第一条 为规范立法活动，制定本条例。\n';
		assert.deepEqual(dateKinds(text), ['2016年2月4日:issued', '2016年7月1日:effective']);
	});
});

describe('recognition: a numbered body without a title line, eleventh round', () => {
	const detect = (text: string) => new Analysis(text).detection;
	// A technical guide's body that lost its title: 一、… headings and provisions worded 应/宜 (GB/T 1.1's provision verbs).
	const guide = '小型水电站应达到无人值班并实现远程监控的要求。应具有获取水情信息的有效途径，宜配置在线监测系统。\n'
		+ '一、水情测报\n电站水库宜具有水情测报系统，应能根据降雨量计算坝前水位变化过程。电站应有上游水位自动监测装置，监测数据应实时上传。\n'
		+ '二、水工建筑物监测\n大坝宜设置变形和渗流监测设施，监测频次应满足运行要求。闸门应具备远程启闭功能，启闭状态应能实时显示。\n'
		+ '三、机组控制\n机组应具备自动开停机功能，宜具备负荷自动调节功能。调速器应能接收远程指令，励磁系统应能自动调节电压。\n'
		+ '四、电气设备\n主变压器宜配置在线监测装置，应能监测油温和绕组温度。开关设备应具备远程操作功能，不得采用手动操作作为唯一方式。\n'
		+ '五、安全防护\n电站应设置视频监控系统，重要部位宜配置红外报警装置。监控数据应保存不少于30日，不得擅自删除。\n'
		+ '六、通信系统\n电站应具有两条独立的通信通道，宜采用光纤通信。通信中断时应能自动切换，切换时间不得超过规定值。\n'
		+ '七、运行维护\n电站应建立设备巡检制度，巡检记录应完整保存。智能化系统宜定期开展功能测试，发现缺陷应及时处理，不得带病运行。\n'
		+ '八、人员配置\n电站应配备熟悉智能化系统的运行维护人员，人员上岗前应经过培训考核，宜定期组织应急演练。\n';

	it('recognizes a title-less body of 一、 headings worded as provisions (应/宜) as a document', () => {
		const d = detect(guide);
		assert.ok(d.isNotice, `${d.score} ${d.reasons.join(', ')}`);
	});

	it('does not recognize ordinary prose with 一、 headings, nor a short paragraph full of 应', () => {
		const diary = '一、出发\n我们早上六点出发，天气很好，路上车不多，大家有说有笑，很快就到了山脚下。\n'
			+ '二、登山\n山路很陡，我们走走停停，中午才到半山腰，在亭子里吃了带来的午饭，休息了一会儿。\n'
			+ '三、下山\n下午下起了小雨，我们只好加快脚步，回到家时已经是晚上八点了，大家都很累，但很开心。\n';
		assert.ok(!detect(diary).isNotice, detect(diary).reasons.join(', '));
		const advice = '孩子应该早睡早起，应多喝水，宜多运动，不得熬夜，必须按时吃饭，应注意身体。';
		assert.ok(!detect(advice).isNotice, detect(advice).reasons.join(', '));
	});
});

describe('date kinds: cohorts of rules, eleventh round', () => {
	const rules = (article: string) => `某市居住证管理办法\n第一条 为规范管理，制定本办法。\n${article}\n某市人民政府\n2016年5月10日\n`;

	it('reads a year that picks out the people who did something then (2014年办理居住登记的人员) as a cohort condition (GUIDE)', () => {
		assert.deepEqual(dateKinds(rules('第二条 2014年办理居住登记的人员，按原规定执行。')), ['2014年:reference', '2016年5月10日:issued']);
	});
});

describe('date kinds: a year\'s plan, eleventh round', () => {
	it('reads a 年度 followed by what is planned for it (2023年度拟资助培育项目25～30项) as the period the plan figure is for (GUIDE)', () => {
		const text = '某基金项目指南\n一、资助计划\n2023年度拟资助培育项目25～30项，资助强度约为80万元/项。\n二、申请要求\n申请书提交截止时间为2023年5月15日。\n';
		assert.deepEqual(dateKinds(text).slice(0, 1), ['2023年度:period']);
	});
});

describe('date kinds: a schedule of stages, eleventh round', () => {
	it('reads the next year of a list of stages (2017年总体建成、2020年深化完善) as a deadline like the first, also in an undated text', () => {
		const text = '最高人民法院关于加快建设智慧法院的意见\n确保完成规划提出的2017年总体建成、2020年深化完善人民法院信息化3.0版的建设任务，制定本意见。\n一、总体要求\n加快建设。\n';
		assert.deepEqual(dateKinds(text), ['2017年:deadline', '2020年:deadline']);
	});
});
