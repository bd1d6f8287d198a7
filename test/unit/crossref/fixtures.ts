// Small synthetic notices, a segmenter that needs no dictionary and tiny cache records, for the
// tests that index or cache many files fast (housekeeping, cache integrity, two writers).
import { sha1 } from '../../../src/core/index/sha1';
import type { FileTokens } from '../../../src/core/index/types';
import { VarintWriter } from '../../../src/core/index/varint';
import type { Segmenter } from '../../../src/core/segment/segmenter';

/** Two CJK characters a token, digit runs whole: deterministic, instant, and an edit adding a number adds a term. */
export class FakeSegmenter implements Segmenter {
	async segment(texts: string[]): Promise<string[][]> {
		return texts.map(t => t.match(/[\u4e00-\u9fff]{1,2}|\d+/gu) ?? []);
	}
	dispose(): void { /* nothing held */ }
}

const PROVINCES = ['甘肃省', '四川省', '湖北省', '山东省', '贵州省', '青海省', '陕西省', '山西省', '天津市', '河南省'];
const TOPICS = ['人工智能', '数字经济', '智能制造', '绿色低碳', '现代农业', '文化旅游', '医疗健康', '交通运输'];

/** Notice `i`: a cover letter issuing a plan with two parts and five numbered tasks; `extra` is added to the third task. */
export function syntheticNotice(i: number, extra = ''): string {
	const prov = PROVINCES[i % PROVINCES.length];
	const topic = TOPICS[i % TOPICS.length];
	const plan = `${prov}${topic}发展实施方案（第${i}号）`;
	return [
		`${prov}人民政府办公厅关于印发${plan}的通知`,
		'',
		'各市人民政府，省政府各部门：',
		`　　《${plan}》已经省政府同意，现印发给你们，请结合实际认真组织实施。`,
		'',
		`${prov}人民政府办公厅`,
		'2023年5月1日',
		'',
		plan,
		'',
		'一、总体要求',
		`（一）指导思想。坚持创新驱动，加快${topic}与实体经济深度融合，提升区域竞争力。`,
		`（二）发展目标。到2025年，${topic}产业规模明显扩大，培育一批骨干企业和创新平台。`,
		'二、重点任务',
		`1.建设创新平台。布局建设${topic}重点实验室和技术创新中心，开展关键共性技术攻关。（牵头单位：省科技厅）`,
		`2.培育骨干企业。支持${topic}企业做大做强，推动产业链上下游协同发展${extra}。（牵头单位：省工信厅）`,
		`3.加强人才培养。鼓励高校开设${topic}相关专业，引进高端人才和创新团队。（牵头单位：省教育厅）`,
		'',
	].join('\n');
}

/** A valid cache record of one task, `i` making its key, hash and words its own. */
export function tinyFileTokens(key: string, i: number): FileTokens {
	const text = `通知${i}\n一、任务${i}`;
	const w = new VarintWriter();
	for (const list of [[0], [1], [], [1, 0]]) { w.push(list.length); list.forEach(x => w.push(x)); }
	const docKey = `doc${i}`;
	return {
		key, hash: sha1(text), length: text.length,
		docs: [{ index: 0, docKey, meta: { title: `通知${i}`, planTitle: null, issuer: null, province: null, city: null, date: null, kind: '通知', form: null } }],
		tasks: [{
			id: `${key}#0@${text.indexOf('一')}`, file: key, document: 0, docKey, textKey: `t${i}`, kind: 'section',
			offset: text.indexOf('一'), end: text.length, line: 1, character: 0,
			path: [], title: `任务${i}`, marker: '一、', snippet: `任务${i}`, targets: [], lead: [], responsible: [],
		}],
		vocab: [`通知${i}`, `任务${i}`],
		seq: w.bytes(),
	};
}
