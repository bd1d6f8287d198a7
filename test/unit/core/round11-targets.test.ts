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
