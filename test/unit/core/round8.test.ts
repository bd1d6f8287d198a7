// Issue 7, eighth round: technical requirements state their limits in dBm, kHz, 度 and ℃, often as a
// list under a heading such as 发射功率限值. Every text is written for its case; the gold set
// (test/gold) measures the documents.
import * as assert from 'node:assert/strict';
import { targetsOf } from './helpers';
import { parseFile } from '../../../src/core/parse';
import { annotate } from '../../../src/core/annotations/index';

const quantities = (text: string) => annotate(parseFile(text)).quantities.map(q => q.text);

describe('quantities and targets, eighth round', () => {
	it('reads dBm, kHz, 度 (also after a blank) and ℃ as units; a unit never runs on into 度量 or Latin letters', () => {
		const text = '某市无线电设备技术要求\n一、技术指标\n发射功率不超过26dBm，带宽30kHz，实现 360 度感知，工作温度不高于40℃。\n'
			+ '二、其他\n提升3度量能力，支持5dBmx模式。\n';
		assert.deepEqual(quantities(text), ['26dBm', '30kHz', '360 度', '40℃']);
	});

	it('takes the values listed under a heading of limits (发射功率限值) as standing targets; a band that defines what is measured is not', () => {
		const text = '某频段无线电设备技术要求\n一、信道带宽\n20MHz。\n二、发射功率限值\n（一）车载无线电设备：26dBm；\n（二）路边无线电设备：29dBm。\n';
		assert.deepEqual(targetsOf(text), ['26dBm@', '29dBm@']);
	});
});
