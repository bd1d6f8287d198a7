// Issue 7, eleventh round (real documents): titles, date kinds and recognition, each case a general
// way of writing them from test/gold/GUIDE.md. Every text is written for its case; the gold set
// measures the documents.
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse';
import { outlineOf } from './helpers';

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
