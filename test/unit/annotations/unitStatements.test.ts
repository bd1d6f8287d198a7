// Responsible units beyond the plain bracketed note: statements in running text, lists with
// unnamed rests, roles said inside a list, elided endings, and what must not be read as a unit.
import * as assert from 'node:assert/strict';
import { findLeadConvention, parseUnitNote, scanUnits, splitUnits } from '../../../src/core/annotations/units';

const all = (s: string) => ({ offset: 0, end: s.length });
const units = (s: string) => scanUnits(s, all(s), findLeadConvention(s, all(s))).map(u => ({ text: s.slice(u.offset, u.end), lead: u.lead, responsible: u.responsible }));

describe('annotations: unit statements in running text', () => {
	it('reads 由A牵头, with the units that join it', () => {
		assert.deepEqual(units('一、污染处置组。由环境保护部牵头，公安部、交通运输部、武警总部等参加。主要职责：收集汇总相关数据。'), [
			{ text: '由环境保护部牵头，公安部、交通运输部、武警总部等参加', lead: ['环境保护部'], responsible: ['公安部', '交通运输部', '武警总部'] },
		]);
		assert.deepEqual(units('五、新闻宣传组。由中央宣传部（国务院新闻办）牵头，中央网信办等参加。').map(u => [u.lead, u.responsible]),
			[[['中央宣传部（国务院新闻办）'], ['中央网信办']]]);
		assert.deepEqual(units('突发环境事件发生后，由环境保护主管部门牵头，可会同监察机关及相关部门，组织开展事件调查。').map(u => [u.lead, u.responsible]),
			[[['环境保护主管部门'], ['监察机关']]], 'running text keeps named units only');
		assert.deepEqual(units('(一)加强组织领导。由省科技厅牵头,与省直相关部门建立联席会议制度。').map(u => u.lead), [['省科技厅']]);
		assert.deepEqual(units('由省科技厅、省教育厅牵头，定期召开各职能部门参加的联席会议。').map(u => [u.lead, u.responsible]), [[['省科技厅', '省教育厅'], []]]);
	});

	it('reads A为…牵头单位 and B为责任单位', () => {
		assert.deepEqual(units('六、组织保障。省发展改革委和省林业局为全省国有林场电网改造的总牵头单位，市县林业局为责任单位，各单位要高度重视。').map(u => [u.lead, u.responsible]), [
			[['省发展改革委', '省林业局'], []],
			[[], ['市县林业局']],
		]);
	});

	it('reads a sentence ending in 按职责分工负责', () => {
		assert.deepEqual(units('加强督促检查。省发展改革委、省财政厅等部门按职责分工负责。').map(u => [u.lead, u.responsible]), [[[], ['省发展改革委', '省财政厅']]]);
		// …but not a duty with an object after it
		assert.deepEqual(units('县级以上人民政府有关部门按职责分工负责本行政区域内的监督管理工作。'), []);
	});

	it('reads nothing where the words mean something else', () => {
		for (const s of [
			'建立由政府负责人牵头、相关部门共同参与的工作机制。',
			'成立由市政府主要负责同志牵头，市委政研室等参加的领导小组。',
			'支持自由贸易试验区管委会牵头组织实施。',
			'各级各类医疗卫生服务机构作为责任单位，切实加强信息安全管理。',
			'每个审批阶段确定一家牵头部门，实行一家牵头、并联审批。',
			'牵头单位：省科技厅', // a label outside brackets is no statement of its own
		]) {
			assert.deepEqual(units(s), [], s);
		}
	});

	it('does not read a bracketed note twice', () => {
		assert.equal(units('推进试点。（由省科技厅牵头，省财政厅配合）').length, 1);
	});
});

describe('annotations: unit lists', () => {
	it('keeps the named unit before 等 and an unnamed rest', () => {
		assert.deepEqual(splitUnits('财政部、银保监会等国务院相关部门及各地区按职责分工负责'), ['财政部', '银保监会']);
		assert.deepEqual(splitUnits('人力资源社会保障部等有关部门和单位负责'), ['人力资源社会保障部']);
		assert.deepEqual(splitUnits('市场监管总局及相关地区按职责分工负责'), ['市场监管总局', '相关地区']);
		assert.deepEqual(splitUnits('国务院相关部门及各地区按职责分工负责'), ['国务院相关部门', '各地区']);
		// 高等 is no 等
		assert.deepEqual(splitUnits('省教育厅、省高等院校'), ['省教育厅', '省高等院校']);
	});

	it('drops a role said inside the list, keeps a unit written against an unspecified set', () => {
		assert.deepEqual(splitUnits('推进新型城镇化工作部际联席会议负责统筹协调，国务院有关部门按职责分工负责'), ['推进新型城镇化工作部际联席会议', '国务院有关部门']);
		assert.deepEqual(splitUnits('省经济和信息化委,科技厅、省国资委有关市〔州〕人民政府'), ['省经济和信息化委', '科技厅', '省国资委', '有关市〔州〕人民政府']);
	});

	it('restores elided endings', () => {
		assert.deepEqual(splitUnits('省地方金融监管局、人民银行济南分行、济南、青岛、烟台市政府'), ['省地方金融监管局', '人民银行济南分行', '济南市政府', '青岛市政府', '烟台市政府']);
		assert.deepEqual(splitUnits('市委宣传部，市工业和信息化局，各区、市政府'), ['市委宣传部', '市工业和信息化局', '各区市政府']);
		assert.deepEqual(splitUnits('市工业和信息化局，有关区、市政府'), ['市工业和信息化局', '有关区市政府']);
	});

	it('under 列第一位者为牵头单位, a list of one unit is led by it', () => {
		assert.deepEqual(parseUnitNote('各省级人民政府负责', true), { lead: ['各省级人民政府'], responsible: [] });
		assert.deepEqual(parseUnitNote('各省级人民政府负责', false), { lead: [], responsible: ['各省级人民政府'] });
	});
});
