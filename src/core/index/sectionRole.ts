// The role of a task's section in its plan: the parts most policy notices share (总体要求,
// 主要任务, 保障措施, 组织实施). A 保障措施 item is best compared with another notice's 保障措施
// items, whatever its words; the ranking gives tasks of the same role a small prior.
import type { IndexedTask } from './types';

export type SectionRole = 'general' | 'tasks' | 'safeguards' | 'implementation';

const ROLES: [SectionRole, RegExp][] = [
	['general', /总体要求|总体思路|指导思想|基本原则|发展目标|主要目标|总体目标|工作目标|战略目标|总体部署/],
	['safeguards', /保障措施|保障机制|支撑保障|政策保障|组织保障|保障体系|政策措施|支持政策|配套政策/],
	['implementation', /组织实施|实施步骤|工作步骤|进度安排|时间安排|推进步骤|工作要求|实施保障/],
	['tasks', /主要任务|重点任务|重点工作|主要措施|重点领域|重点工程|重点项目|工作任务|主要内容|重点方向/],
];

function roleOfHeading(heading: string): SectionRole | undefined {
	for (const [role, re] of ROLES) { if (re.test(heading)) { return role; } }
	return undefined;
}

/**
 * The role of the outermost enclosing heading that names one, else of the task's own heading;
 * undefined when none does. Outermost first: under 五、保障措施 an item 1.加强组织领导 is a
 * safeguard, not a piece of 组织实施.
 */
export function sectionRole(task: Pick<IndexedTask, 'path' | 'title'>): SectionRole | undefined {
	for (const h of task.path) {
		const r = roleOfHeading(h);
		if (r) { return r; }
	}
	return roleOfHeading(task.title);
}
