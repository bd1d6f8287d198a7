// Templates of six kinds of notice with the GB/T 9704 parts (标题, 主送机关, 正文 with 一、 （一） 1.,
// 附件说明, 发文机关署名, 成文日期), in VS Code snippet syntax: snippets/notice.code-snippets holds the
// same bodies (a test keeps them equal) and the "New Notice…" command inserts them as snippets.
import type { Locale } from './types';

export type TemplateId = 'notice' | 'implementationPlan' | 'guidingOpinion' | 'actionPlan' | 'workPoints' | 'taskDivision';

export interface NoticeTemplate {
	id: TemplateId;
	/** Snippet prefixes: the Chinese kind, its pinyin initials, an English word. */
	prefix: string[];
	label: Record<Locale, string>;
	description: Record<Locale, string>;
	/** Snippet body, one string per line. */
	body: string[];
}

/** 成文日期 as GB/T 9704 writes it: Arabic numerals, no leading zeros (2025年5月1日). */
const DATE = '${CURRENT_YEAR}年${CURRENT_MONTH/^0//}月${CURRENT_DATE/^0//}日';
const INDENT = '　　';

/** The cover letter that issues a document (印发) and the document after it, its title repeated. */
function issuing(annex: string, defaultTitle: string, plan: string[]): string[] {
	return [
		`\${1:××市人民政府办公厅}关于印发\${2:${defaultTitle}}的通知`,
		'',
		'${3:各区人民政府，市政府各部门、各直属机构}：',
		`${INDENT}《\${2}》已经\${4:市人民政府}同意，现印发给你们，请结合实际认真贯彻执行。`,
		'',
		`${INDENT}附件：\${5:${annex}}`,
		'',
		'${1}',
		DATE,
		'',
		'${2}',
		...plan.map(l => INDENT + l),
		'$0',
	];
}

export const TEMPLATES: readonly NoticeTemplate[] = [
	{
		id: 'notice',
		prefix: ['通知', 'tz', 'notice'],
		label: { 'zh-cn': '通知', en: 'Notice (通知)' },
		description: { 'zh-cn': '发布、传达要求下级机关执行和有关单位周知或执行的事项', en: 'Tells the offices addressed what to do or know' },
		body: [
			'${1:××市人民政府办公厅}关于${2:做好××工作}的通知',
			'',
			'${3:各区人民政府，市政府各部门、各直属机构}：',
			`${INDENT}为\${4:贯彻落实……}，经市人民政府同意，现就有关事项通知如下：`,
			`${INDENT}一、\${5:提高思想认识}`,
			`${INDENT}\${6:××××××。}`,
			`${INDENT}二、\${7:明确工作任务}`,
			`${INDENT}（一）\${8:加强统筹协调}。××××××。`,
			`${INDENT}（二）完善工作机制。××××××。`,
			`${INDENT}（三）强化要素保障。××××××。`,
			`${INDENT}三、\${9:加强组织实施}`,
			`${INDENT}（一）加强组织领导。××××××。`,
			`${INDENT}（二）强化督促检查。××××××。`,
			'',
			`${INDENT}附件：1.\${10:××工作任务分工表}`,
			`${INDENT}　　　2.××工作联系人名单`,
			'',
			'${1}',
			DATE,
			'$0',
		],
	},
	{
		id: 'implementationPlan',
		prefix: ['实施方案', 'ssfa', 'implementation plan'],
		label: { 'zh-cn': '实施方案', en: 'Implementation plan (实施方案)' },
		description: { 'zh-cn': '印发通知及方案：总体要求、重点任务、实施步骤、保障措施', en: 'Cover notice and plan: requirements, tasks, steps, safeguards' },
		body: issuing('重点任务分工表', '××实施方案', [
			'为${6:深入贯彻落实……}，结合本市实际，制定本方案。',
			'一、总体要求',
			'（一）指导思想。××××××。',
			'（二）基本原则。××××××。',
			'（三）工作目标。到${7:2027}年，××××××。',
			'二、重点任务',
			'（一）${8:推进××建设}。××××××。',
			'（二）提升××水平。××××××。',
			'（三）完善××机制。××××××。',
			'三、实施步骤',
			'（一）动员部署阶段。××××××。',
			'（二）组织实施阶段。××××××。',
			'（三）总结评估阶段。××××××。',
			'四、保障措施',
			'（一）加强组织领导。××××××。',
			'（二）强化资金保障。××××××。',
			'（三）加强督查考核。××××××。',
		]),
	},
	{
		id: 'guidingOpinion',
		prefix: ['指导意见', 'zdyj', 'guiding opinion'],
		label: { 'zh-cn': '指导意见', en: 'Guiding opinion (指导意见)' },
		description: { 'zh-cn': '对重要问题提出见解和处理办法：总体要求、主要任务、保障措施', en: 'Views and measures on an important matter' },
		body: [
			'${1:××省人民政府}关于${2:推进××高质量发展}的指导意见',
			'',
			'${3:各市人民政府，省政府各部门、各直属机构}：',
			`${INDENT}\${4:××××××}。为\${5:……}，现提出如下意见。`,
			`${INDENT}一、总体要求`,
			`${INDENT}（一）指导思想。××××××。`,
			`${INDENT}（二）基本原则。××××××。`,
			`${INDENT}（三）主要目标。到\${6:2027}年，××××××。`,
			`${INDENT}二、主要任务`,
			`${INDENT}（一）\${7:优化××布局}。××××××。`,
			`${INDENT}（二）培育××主体。××××××。`,
			`${INDENT}（三）深化××改革。××××××。`,
			`${INDENT}三、保障措施`,
			`${INDENT}（一）加强组织领导。××××××。`,
			`${INDENT}（二）完善政策支持。××××××。`,
			`${INDENT}（三）营造良好氛围。××××××。`,
			'',
			`${INDENT}附件：\${8:重点任务分工表}`,
			'',
			'${1}',
			DATE,
			'$0',
		],
	},
	{
		id: 'actionPlan',
		prefix: ['行动计划', 'xdjh', 'action plan'],
		label: { 'zh-cn': '行动计划', en: 'Action plan (行动计划)' },
		description: { 'zh-cn': '印发通知及行动计划：总体目标、重点行动（一、（一）1.）、保障措施', en: 'Cover notice and action plan: goals, actions, safeguards' },
		body: issuing('重点项目清单', '××行动计划（2025—2027年）', [
			'为${6:加快推进……}，制定本行动计划。',
			'一、总体目标',
			'到${7:2027}年，××××××。',
			'二、重点行动',
			'（一）${8:××提升行动}。',
			'1.${9:××××}。××××××。',
			'2.××××。××××××。',
			'3.××××。××××××。',
			'（二）××培育行动。',
			'1.××××。××××××。',
			'2.××××。××××××。',
			'3.××××。××××××。',
			'三、保障措施',
			'（一）加强组织领导。××××××。',
			'（二）加大政策支持。××××××。',
			'（三）强化监测评估。××××××。',
		]),
	},
	{
		id: 'workPoints',
		prefix: ['工作要点', 'gzyd', 'work points'],
		label: { 'zh-cn': '工作要点', en: 'Work points (工作要点)' },
		description: { 'zh-cn': '印发通知及年度工作要点：分领域列出重点工作', en: 'Cover notice and the year\'s key tasks by area' },
		body: issuing('重点工作任务清单', '${CURRENT_YEAR}年××工作要点', [
			'${CURRENT_YEAR}年是……。做好今年${6:××}工作，要……。',
			'一、${7:着力推动××}',
			'（一）${8:××××}。××××××。',
			'（二）××××。××××××。',
			'（三）××××。××××××。',
			'二、着力提升××',
			'（四）××××。××××××。',
			'（五）××××。××××××。',
			'（六）××××。××××××。',
			'三、着力强化××',
			'（七）××××。××××××。',
			'（八）××××。××××××。',
			'（九）××××。××××××。',
		]),
	},
	{
		id: 'taskDivision',
		prefix: ['任务分工方案', 'rwfg', 'task division'],
		label: { 'zh-cn': '任务分工方案', en: 'Task division plan (任务分工方案)' },
		description: { 'zh-cn': '印发通知及任务分工：每项任务注明牵头单位和责任单位', en: 'Cover notice and tasks with lead and responsible units' },
		body: issuing('××工作联系人名单', '××重点任务分工方案', [
			'为${6:贯彻落实《××》}，现将重点任务分工如下：',
			'一、${7:××××}',
			'（一）${8:××××}。（牵头单位：${9:市发展改革委}；责任单位：${10:各区人民政府}）',
			'（二）××××。（牵头单位：××；责任单位：××）',
			'（三）××××。（牵头单位：××；责任单位：××）',
			'二、××××',
			'（四）××××。（牵头单位：××；责任单位：××）',
			'（五）××××。（牵头单位：××；责任单位：××）',
			'（六）××××。（牵头单位：××；责任单位：××）',
			'三、工作要求',
			'（七）加强组织领导。××××××。',
			'（八）强化督查落实。××××××。',
			'（九）做好宣传引导。××××××。',
		]),
	},
];

export function templateById(id: string): NoticeTemplate | undefined {
	return TEMPLATES.find(t => t.id === id);
}

/** The snippet body as one string (the New Notice command inserts it as a snippet). */
export function snippetText(t: NoticeTemplate): string {
	return t.body.join('\n');
}

/**
 * The text the snippet inserts when every placeholder keeps its default, on `date` (the CLI
 * and the tests read templates this way). Understands the syntax the templates use: `${1:…}`,
 * `${1}`, `$0`, `${CURRENT_YEAR}` and `${CURRENT_MONTH/^0//}`.
 */
export function expandTemplate(t: NoticeTemplate, date: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const vars: Record<string, string> = { CURRENT_YEAR: String(date.getFullYear()), CURRENT_MONTH: pad(date.getMonth() + 1), CURRENT_DATE: pad(date.getDate()) };
	const defaults = new Map<string, string>();
	const expand = (s: string): string => s
		.replace(/\$\{([A-Z_]+)(?:\/\^0\/\/)?\}/g, (m, name: string) => {
			const v = vars[name] ?? '';
			return m.includes('/^0//') ? v.replace(/^0/, '') : v;
		})
		// Variables are expanded first, so a default is plain text by now.
		.replace(/\$\{(\d+):([^{}]*)\}/g, (_, n: string, d: string) => {
			defaults.set(n, d);
			return d;
		})
		.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a: string | undefined, b: string | undefined) => defaults.get(a ?? b ?? '') ?? '');
	return t.body.map(expand).join('\n');
}
