// Unit names: one spelling per body (the built-in table, then the user's), and names that name
// no one left out.
import * as assert from 'node:assert/strict';
import { createUnitNormalizer, normalizeUnitName, normalizeUnits } from '../../../src/core/units/normalize';

describe('units: normalized names', () => {
	it('maps the variants of a department to its short official form, keeping the level or place before it', () => {
		for (const written of ['省发改委', '省发展和改革委员会', '省发展改革委员会', '省发展和改革委', '省发展改革委']) {
			assert.equal(normalizeUnitName(written), '省发展改革委', written);
		}
		assert.equal(normalizeUnitName('省科学技术厅'), '省科技厅');
		assert.equal(normalizeUnitName('济南市人社局'), '济南市人力资源社会保障局');
		assert.equal(normalizeUnitName('市人力社保局'), '市人力资源社会保障局');
		assert.equal(normalizeUnitName('市经济信息委'), '市经济和信息化委');
		assert.equal(normalizeUnitName('省工信委'), '省工业和信息化委');
		assert.equal(normalizeUnitName('国家发改委'), '国家发展改革委');
		assert.equal(normalizeUnitName('省大数据发展管理局'), '省大数据局');
		// a body whose name starts like a level word: 市场监督管理局 is not 市 + 场监督管理局
		assert.equal(normalizeUnitName('市场监督管理局'), '市场监管局');
		assert.equal(normalizeUnitName('市市场监督管理局'), '市市场监管局');
	});

	it('maps whole names of central bodies', () => {
		assert.equal(normalizeUnitName('中国人民银行'), '人民银行');
		assert.equal(normalizeUnitName('国家市场监督管理总局'), '市场监管总局');
		assert.equal(normalizeUnitName('住房和城乡建设部'), '住房城乡建设部');
		assert.equal(normalizeUnitName('工信部'), '工业和信息化部');
		// names with no variant stay as written
		assert.equal(normalizeUnitName('医保局'), '医保局');
		assert.equal(normalizeUnitName('人民银行济南分行'), '人民银行济南分行');
	});

	it('writes a government in full, gives a bare provincial department its 省, drops a second name in brackets', () => {
		assert.equal(normalizeUnitName('各设区市政府'), '各设区市人民政府');
		assert.equal(normalizeUnitName('省政府办公厅'), '省人民政府办公厅');
		assert.equal(normalizeUnitName('崂山区人民政府'), '崂山区人民政府');
		assert.equal(normalizeUnitName('科技厅'), '省科技厅');
		assert.equal(normalizeUnitName('住房城乡建设厅'), '省住房城乡建设厅');
		assert.equal(normalizeUnitName('四川省科技厅'), '四川省科技厅');
		assert.equal(normalizeUnitName('国务院办公厅'), '国务院办公厅');
		assert.equal(normalizeUnitName('中央宣传部（国务院新闻办）'), '中央宣传部');
		assert.equal(normalizeUnitName(' 省 财政厅 '), '省财政厅');
	});

	it('returns null for names that name no one in particular, and for people', () => {
		for (const none of ['有关部门', '相关单位', '各有关部门', '各地区', '各部门', '国务院相关部门', '省政府各部门', '专班成员单位',
			'有关市〔州〕人民政府', '省级有关部门', '单位', '企业', '一个部门', '政府负责人', '市政府主要负责同志', '分管副市长', '']) {
			assert.equal(normalizeUnitName(none), null, none);
		}
		// all governments of one level are units
		for (const level of ['各省级人民政府', '各区市', '主城各区人民政府', '市县发展改革部门']) {
			assert.equal(normalizeUnitName(level), level);
		}
	});

	it('applies the user table to the name as written and to the normalized name; an empty value hides a name', () => {
		const normalize = createUnitNormalizer({ 省工信委: '省工业和信息化厅', 省发展改革委: '省发改委（规划处）', 市大数据中心: '' });
		assert.equal(normalize('省工信委'), '省工业和信息化厅', 'as written, before the built-in table');
		assert.equal(normalize('省发展和改革委员会'), '省发改委（规划处）', 'the built-in result, mapped again');
		assert.equal(normalize('市大数据中心'), null);
		assert.equal(normalize('省科学技术厅'), '省科技厅', 'names the user did not map keep the built-in form');
		assert.equal(createUnitNormalizer()('省发改委'), '省发展改革委');
	});

	it('normalizes a list: each unit once, in order, the unspecified ones left out', () => {
		const normalize = createUnitNormalizer();
		assert.deepEqual(normalizeUnits(['省发改委', '有关部门', '省发展和改革委员会', '科技厅', '各地区'], normalize), ['省发展改革委', '省科技厅']);
	});
});
