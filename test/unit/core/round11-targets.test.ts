// Issue 7, eleventh round: targets by the sentence's structure (a bound, a modal of duty, a verb of
// assigning staff, a bracketed note), following the GUIDE's standing bounds. Every text is written for its case; the gold set
// (test/gold) measures the documents.
import * as assert from 'node:assert/strict';
import { targetsOf } from './helpers';

describe('targets: the least staff a duty requires, eleventh round', () => {
	it('takes the least staff a duty assigns to an act (应当指派两名以上, 应当组织两名以上) as a standing bound, as after 由', () => {
		const text = '某省精神卫生条例\n第六条 医疗机构应当在接到申请之日起五个工作日内，指派两名以上精神科执业医师进行再次诊断。\n'
			+ '第七条 医疗机构应当组织两名以上执业医师进行复核。\n';
		assert.deepEqual(targetsOf(text), ['两名以上@', '两名以上@']);
	});

	it('reads a verb inside a bracketed note after a count (两名以上医师（其中至少有一名…）) as the note’s, not the count’s', () => {
		const text = '某省精神卫生条例\n第七条 医疗机构应当组织两名以上执业医师（其中至少有一名具有副主任医师以上职称）进行复核。\n';
		assert.deepEqual(targetsOf(text), ['两名以上@', '一名@']);
	});

	it('leaves a number of people a right needs (由十名以上代表联名) and who is picked out (组织十名以上人员参加的活动) alone', () => {
		const text = '某市人民代表大会议事规则\n第五条 由十名以上代表联名，可以提出议案。\n'
			+ '第六条 组织十名以上人员参加的活动，应当报告。\n';
		assert.deepEqual(targetsOf(text), []);
	});
});

describe('targets: a least duration a duty keeps each time, eleventh round', () => {
	it('takes a least duration followed by what it measures (不少于两年保修期义务, 至少90秒的数据, 每年至少1个月在企业实践) as a standing bound', () => {
		const text = '某市信息化条例\n第五条 承建单位应当履行不少于两年保修期义务。\n'
			+ '第六条 车辆应当记录事故发生前至少90秒的数据。\n'
			+ '第七条 专业课教师每年至少1个月在企业实践。\n';
		assert.deepEqual(targetsOf(text), ['两年@', '至少90秒@', '至少1个月@']);
	});

	it('leaves a least term the rule grants or leaves to others (留出不少于三十日的适应调整期, 赋予不少于十年的使用权) and a history an applicant must have (进行过合计不少于240小时的测试)', () => {
		const text = '某市优化营商环境条例\n第五条 制定政策措施，应当为市场主体留出一般不少于三十日的适应调整期。\n'
			+ '第六条 单位可以赋予科技人员不少于十年的科技成果使用权。\n'
			+ '第七条 申请示范应用的车辆，应当在拟申请的路段进行过合计不少于240小时的道路测试。\n';
		assert.deepEqual(targetsOf(text), []);
	});
});

describe('targets: the standard a provision is made by, eleventh round', () => {
	it('takes a rate or amount after 按照 that a verb of provision follows (按照…面积的千分之二配置, 按每生每年600元的标准核定) as the level it sets', () => {
		const text = '某市物业管理条例\n第五条 物业服务企业用房按照物业管理区域房屋总建筑面积的千分之二配置。\n'
			+ '第六条 学校公用经费按每生每年600元的标准核定。\n';
		assert.deepEqual(targetsOf(text), ['千分之二@', '600元@']);
	});

	it('leaves what 按照 names as a basis of an incentive or a fee (按照投资额的百分之十给予补助, 按照每人200元收取)', () => {
		const text = '某市物业管理条例\n第五条 对改造项目，按照投资额的百分之十给予补助。\n'
			+ '第六条 培训费按照每人200元收取。\n';
		assert.deepEqual(targetsOf(text), []);
	});
});

describe('targets: a duty carried to the items of its list, eleventh round', () => {
	it('reads the modal of a list’s lead (应当同时符合下列要求：) in each item that raises a level (高于…一个百分点以上)', () => {
		const text = '某省科学技术进步条例\n第四十六条 财政用于科学技术经费的增长幅度应当同时符合下列要求：\n'
			+ '（一）省、市科学技术经费的增长幅度高于本级财政经常性收入的增长幅度一个百分点以上；\n'
			+ '（二）县级科学技术经费的增长幅度高于本级财政经常性收入的增长幅度两个百分点以上。\n';
		assert.deepEqual(targetsOf(text), ['一个百分点以上@', '两个百分点以上@']);
	});

	it('leaves the items of a list whose lead sets no duty (有下列情形之一的：…增加30天) as grants', () => {
		const text = '某省人口与计划生育条例\n第三十条 符合下列规定的，可以享受以下待遇：\n'
			+ '（一）女方增加产假三十天；\n（二）男方增加护理假十五天。\n';
		assert.deepEqual(targetsOf(text), []);
	});
});

describe('targets: the deadline of a rule, eleventh round', () => {
	it('dates a rule’s target only by its own sentence or its list’s lead, not by another sentence of its article', () => {
		const text = '某省科学技术进步条例\n第四十六条 到2015年，全省研究与试验发展经费支出占生产总值的比重应当达到百分之二点五。'
			+ '市本级科学技术普及经费应当占本年度财政预算支出的万分之二以上。\n'
			+ '第四十七条 到2020年，财政用于科学技术的经费应当符合下列要求：\n（一）占财政支出的比例达到百分之三；\n'
			+ '（二）增长幅度应当高于财政收入增长幅度一个百分点以上。\n';
		assert.deepEqual(targetsOf(text), ['百分之二点五@2015', '万分之二以上@', '百分之三@2020', '一个百分点以上@2020']);
	});
});

describe('targets: how often a duty recurs without a count of times, eleventh round', () => {
	it('takes the period after 每 of a duty to report or review (应当每半年将…报…备案, 应当每两年对…进行评估) as its frequency', () => {
		const text = '某省测绘地理信息条例\n第五条 互联网地图服务单位应当每半年将新增标注内容报省自然资源主管部门备案。\n'
			+ '第六条 管理单位应当每两年对设施安全状况进行评估。\n';
		assert.deepEqual(targetsOf(text), ['半年@', '两年@']);
	});

	it('leaves a period after 每 that no duty sets (每工作满两年增加一天年休假, 每三年为一个周期)', () => {
		const text = '某省职工休假条例\n第五条 职工每工作两年增加一天年休假，每三年为一个考核周期。\n';
		assert.deepEqual(targetsOf(text), []);
	});
});

describe('targets: what a duty list requires one to have, eleventh round', () => {
	it('takes the least staff an item of a list of duties requires (应当符合下列要求：…有三名以上咨询人员) as a standing bound', () => {
		const text = '某省精神卫生条例\n第二十三条 心理咨询机构开展心理咨询服务应当符合下列要求：\n（一）有固定的服务场所；\n'
			+ '（二）有三名以上符合从业要求的咨询人员。\n';
		assert.deepEqual(targetsOf(text), ['三名以上@']);
	});

	it('leaves what an applicant must have in a list of conditions (应当具备下列条件：…有三名以上专业技术人员)', () => {
		const text = '某省精神卫生条例\n第二十三条 申请设立心理咨询机构，应当具备下列条件：\n（一）有固定的服务场所；\n'
			+ '（二）有三名以上专业技术人员。\n';
		assert.deepEqual(targetsOf(text), []);
	});
});

describe('targets: a forecast by others, eleventh round', () => {
	it('leaves what another body forecasts (研究院预计，到2020年…将达到64亿部以上) as no goal of the document', () => {
		const text = '关于促进智能硬件产业发展的意见\n一、总体要求\n智能硬件产业持续发展，据中国信息通信研究院预计，到2020年，全球智能硬件出货量将达到64亿部以上，年复合增长率超过30%。\n'
			+ '到2020年，全省智能硬件产业规模达到5000亿元。\n';
		assert.deepEqual(targetsOf(text), ['5000亿元@2020']);
	});

	it('keeps the document’s own expectation (预计全年为企业新增减负超过2.5万亿元)', () => {
		const text = '2020年政府工作报告\n二、今年工作安排\n预计全年为企业新增减负超过2.5万亿元。\n';
		assert.deepEqual(targetsOf(text), ['2.5万亿元@2020']);
	});
});

describe('targets: a least time left for an authority’s own act, eleventh round', () => {
	it('leaves the least time an authority has to review or decide (审核时间，一般不得少于5个工作日) as a procedural time limit, not 公示期 or 征求意见时间', () => {
		const text = '某市规范性文件管理规定\n第五条 报送单位应当保证法制机构必要的审核时间，一般不得少于5个工作日。\n'
			+ '第六条 起草单位应当公开征求意见，征求意见时间不少于15日。\n第七条 审查结果应当公示，公示期不少于5个工作日。\n';
		assert.deepEqual(targetsOf(text), ['15日@', '5个工作日@']);
	});
});

describe('targets: the document’s own committed resources, eleventh round', () => {
	it('takes a sum a least bound sets, followed by the funds it measures (安排不少于5000万元的专项资金, 设立总规模不少于100亿元的专项基金)', () => {
		const text = '关于加快数字经济发展的意见\n一、加大投入\n市财政每年安排不少于5000万元的专项资金，设立总规模不少于100亿元的数字经济专项基金。\n';
		assert.deepEqual(targetsOf(text), ['5000万元@', '100亿元@']);
	});

	it('leaves a sum with no bound that describes what is set up or picked out (组建总规模1000亿元的基金群, 营业收入超过1亿元的企业)', () => {
		const text = '关于加快数字经济发展的意见\n一、加大投入\n组建总规模1000亿元的基金群，支持营业收入超过1亿元的企业。\n';
		assert.deepEqual(targetsOf(text), []);
	});
});

describe('targets: a cap before 有, eleventh round', () => {
	it('takes a cap written before 有 (至多有一个可设置为不可卸载) as the limit it sets, as 至少有 sets a least', () => {
		const text = '关于加强移动智能终端管理的通知\n一、基本要求\n终端中预置的实现同一功能的基本功能软件，至多有一个可设置为不可卸载，最多有两个可设置为默认。\n';
		assert.deepEqual(targetsOf(text), ['一个@', '两个@']);
	});
});

describe('targets: the parts of a division, eleventh round', () => {
	it('leaves a count of the aspects, stages or dimensions something is divided into (两个阶段工作, 5个方面20个标准, 2个维度, 四项重点任务) as no level', () => {
		const text = '关于推进智能制造标准化的通知\n一、主要任务\n通过实施四项重点任务，研究者开展两个阶段工作，完成5个方面20个信息化标准的编制工作，'
			+ '综合素质评价中2个维度均达合格以上。\n';
		assert.deepEqual(targetsOf(text), ['20个@']);
	});
});

describe('targets: the size of a list just given, eleventh round', () => {
	it('leaves a count right after the names it counts (北京、天津、上海、重庆4个直辖市, 选择…、西安11个城市) as the size of that list, as after 等', () => {
		const text = '关于开展药品集中采购试点的通知\n一、试点范围\n选择北京、天津、上海、重庆和沈阳、大连、厦门、广州、深圳、成都、西安11个城市开展试点，'
			+ '培育认定创新型、专精特新中小企业110家。\n';
		assert.deepEqual(targetsOf(text), ['110家@']);
	});
});

describe('targets: what the list-size and division rules leave alone, eleventh round', () => {
	it('keeps a share of the subjects just listed (…服务中心、交易中心和党员群众服务中心100%接通) and a count after 等领域实施 as goals', () => {
		const text = '关于加快数字政府建设的意见\n一、重点任务\n到2020年，政务服务中心、公共资源交易中心和党员群众服务中心100%接通电子政务外网，'
			+ '每年在工业、农业、服务业等领域实施1—2项科技计划项目。\n';
		assert.deepEqual(targetsOf(text), ['100%@2020', '1—2项@2020']);
	});

	it('passes the verb over the parts to the amount after them (压缩…四个环节办理时限至3个工作日以内)', () => {
		const text = '关于优化营商环境的意见\n一、重点任务\n2019年6月底前压缩设立登记、公章刻制、申领发票和社保登记四个环节办理时限至3个工作日以内。\n';
		assert.deepEqual(targetsOf(text), ['3个工作日以内@2019']);
	});
});

describe('targets: a heading that reports on the situation is an agenda item, not a review of it', () => {
	it('keeps a frequency (每半年召开一次: its period and its count) under （二）通报国内外形势, what a meeting does, and still reads a 当前形势 section as a baseline', () => {
		const rules = '某市人民政府工作规则\n第十条 市政府全体会议的主要任务是：\n（一）讨论决定市政府工作中的重大事项；\n（二）通报国内外形势。\n市政府全体会议一般每半年召开一次。\n';
		assert.deepEqual(targetsOf(rules), ['半年@', '一次@']);
		const review = '某市“十四五”数字经济发展规划\n一、当前形势\n全市数字经济规模达到3000亿元，占GDP比重达到35%。\n二、发展目标\n到2025年，数字经济规模达到5000亿元。\n';
		assert.deepEqual(targetsOf(review), ['5000亿元@2025']);
	});
});
