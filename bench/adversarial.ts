// npm run bench: the inputs a tester found quadratic, and the scanners' densest inputs, at 1×, 2×
// and 4× the size. Each row is the whole pipeline a workspace scan runs (parse, annotate, extract
// tasks); the stages are timed apart so a stage that grows too fast shows even when another one
// dominates. Linear work doubles (×2.0); each doubling should stay ≤ 2.3×. Times are CPU time
// (user + system) of this process, so other work on a busy machine does not skew the ratios; on
// an idle machine they are the wall-clock times.
//   node --expose-gc out/bench/adversarial.js [--runs 5] [--only footers] [--stages]
import { annotate } from '../src/core/annotations/index';
import { parseFile } from '../src/core/parse';
import { extractTasks } from '../src/core/tasks/extract';
import { machine } from './corpus';

interface Family {
	key: string;
	name: string;
	/** Size at 1× in the family's own unit (lines, notices, items, characters). */
	base: number;
	unit: string;
	make: (n: number) => string;
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1 → 一, 12 → 十二, 45 → 四十五 (1–99). */
function cn(n: number): string {
	const tens = Math.floor(n / 10), ones = n % 10;
	return (tens ? (tens > 1 ? CN[tens] : '') + '十' : '') + CN[ones];
}

function repeatTo(unit: string, n: number): string {
	return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** Web footers, each with its `{{…}}` counter, and body lines with inline placeholders between them. */
function webFooters(lines: number): string {
	const out = ['关于加强安全生产管理工作的通知', '各区县人民政府，市政府各部门：'];
	for (let i = 0; i < lines; i++) {
		if (i % 4 === 0) { out.push(`现将{{ item.name${i} }}有关事项通知如下，请{{ el.unit }}认真贯彻落实。`); }
		out.push(`2018-05-29青海省政府办公厅    阅读: {{ h${4836155 + i}}}`);
	}
	return out.join('\n');
}

/**
 * Notices with one title whose long bodies differ in a few characters only, between the
 * characters a cheap content hash samples: every pair looks alike until the text is compared.
 */
function sameTitle(notices: number): string {
	const sentence = '为进一步加强安全生产管理工作，切实保障人民群众生命财产安全，现将有关事项通知如下，请各单位认真贯彻落实。';
	const body = sentence.repeat(40);
	const out: string[] = [];
	for (let i = 0; i < notices; i++) {
		out.push('关于加强安全生产管理工作的通知', '各区县人民政府，市政府各部门：',
			body.slice(0, 1001) + String(i).padStart(5, '0') + body.slice(1006),
			`2018-05-29青海省政府办公厅    阅读: ${i}`);
	}
	return out.join('\n');
}

/** One notice with many numbered task items, each with a target and a unit note, under few headings. */
function taskItems(items: number): string {
	const out = ['关于印发加快数字经济发展行动计划的通知', '各区县人民政府，市政府各部门：', '现将《加快数字经济发展行动计划》印发给你们，请认真贯彻执行。', '加快数字经济发展行动计划'];
	for (let i = 0; i < items; i++) {
		if (i % 1000 === 0) { out.push(`${cn(i / 1000 % 99 + 1)}、重点任务`); }
		out.push(`${i % 1000 + 1}.推进第${i + 1}项工作。到2020年，产业规模突破${i + 1}00亿元，覆盖率达到95%。（牵头单位：市发展改革委；责任单位：市工信局、市科技局）`);
	}
	return out.join('\n');
}

/** One section whose paragraphs are run-in headed tasks, each with a unit note. */
function runInItems(items: number): string {
	const out = ['关于加快数字经济发展的实施意见', '一、重点任务', '（一）发展重点产业。'];
	for (let i = 0; i < items; i++) {
		out.push(`第${i + 1}类装备产品。重点发展高端数控机床，到2020年产值达到${i + 1}0亿元。（牵头单位：市工信局${i % 7}处；责任单位：市科技局）`);
	}
	return out.join('\n');
}

/** Numbered headings of every family, continuing and restarting, and glued after 。 */
function markers(chars: number): string {
	const out: string[] = [];
	let n = 0;
	for (let i = 0; n < chars; i++) {
		const k = i % 99 + 1;
		const block = `${cn(k)}、总体要求\n（${cn(k % 9 + 1)}）指导思想。加快建设。1.推进应用。2.完善机制。\n${k % 9 + 1}.加快建设。\n（${k % 9 + 1}）推进应用。\n①完善机制。\n第${cn(k)}条 本办法自公布之日起施行。\n`;
		out.push(block);
		n += block.length;
	}
	return out.join('').slice(0, chars);
}

/** Short title lines each opening a 1. run, no 一、 anywhere: each line asks whether it stands for a lost 一、. */
function untitledRuns(runs: number): string {
	return '某市关于推进专项工作的通知\n' + '专项工作\n1.甲项工作要求。\n2.乙项工作要求。\n'.repeat(runs);
}

export const FAMILIES: Family[] = [
	{ key: 'footers', name: 'web footers × inline templates', base: 20_000, unit: 'footer lines', make: webFooters },
	{ key: 'titles', name: 'notices with the same title', base: 1_000, unit: 'notices', make: sameTitle },
	{ key: 'tasks', name: 'task items in one notice', base: 4_000, unit: 'items', make: taskItems },
	{ key: 'runins', name: 'run-in tasks in one section', base: 4_000, unit: 'items', make: runInItems },
	{ key: 'lostHeadings', name: 'title lines opening 1. runs, no 一、', base: 8_000, unit: 'runs', make: untitledRuns },
	{ key: 'markers', name: 'dense outline markers', base: 400_000, unit: 'chars', make: markers },
	{ key: 'quantities', name: 'dense quantities', base: 400_000, unit: 'chars', make: n => repeatTo('突破1000亿元、30家以上、95%、3-5个、1.42万亿元、十二个、年均增长8.5%左右，', n) },
	// one clause of bounds on durations in a document of rules: every check before a quantity looks back only a few characters
	{ key: 'bounds', name: 'one clause of duration bounds', base: 200_000, unit: 'chars', make: n => '某市档案管理条例\n第一条 ' + repeatTo('保存不少于3日、', n) },
	{ key: 'dates', name: 'dense dates', base: 400_000, unit: 'chars', make: n => repeatTo('2018年5月1日起、2019年底前、2020年12月31日至2023年4月30日、二〇一八年五月十五日，', n) },
	{ key: 'unitText', name: 'unit statements in running text', base: 400_000, unit: 'chars', make: n => repeatTo('由市发展改革委牵头，市工信局、市科技局等参加。市林业局为责任单位，省财政厅等部门按职责分工负责。牵头由牵头为牵头单位', n) },
];

type Stage = 'parse' | 'annotate' | 'tasks';
const STAGES: Stage[] = ['parse', 'annotate', 'tasks'];

/** A collection before each run, so garbage of the run before is not charged to it (node --expose-gc). */
function collectGarbage(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

/** CPU time of this process since `from`, in ms. */
function cpuSince(from: NodeJS.CpuUsage): number {
	const u = process.cpuUsage(from);
	return (u.user + u.system) / 1000;
}

/** Least CPU time of each stage over `runs` runs on `text` (the least disturbed run). */
function timeStages(text: string, runs: number): Record<Stage, number> {
	const samples: Record<Stage, number[]> = { parse: [], annotate: [], tasks: [] };
	for (let r = 0; r < runs; r++) {
		collectGarbage();
		let t0 = process.cpuUsage();
		const model = parseFile(text);
		samples.parse.push(cpuSince(t0));
		t0 = process.cpuUsage();
		const ann = annotate(model);
		samples.annotate.push(cpuSince(t0));
		t0 = process.cpuUsage();
		extractTasks(model, ann, 'bench');
		samples.tasks.push(cpuSince(t0));
	}
	return { parse: Math.min(...samples.parse), annotate: Math.min(...samples.annotate), tasks: Math.min(...samples.tasks) };
}

const LABEL = 56;
const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`).padStart(10);
const ratio = (a: number, b: number) => `×${(b / a).toFixed(2)}`;

export function benchAdversarial(runs = 5, only?: string, verbose = false): string[] {
	const lines = [
		`adversarial inputs (parse + annotate + tasks, CPU time, least of ${runs} runs; 1×, 2×, 4× the size) — ${machine()}`,
		`  ${'family (size at 1×)'.padEnd(LABEL)}${'1×'.padStart(10)}${'2×'.padStart(10)}${'4×'.padStart(10)}   doubling       last doubling by stage`,
	];
	for (const f of FAMILIES) {
		if (only && f.key !== only) { continue; }
		timeStages(f.make(f.base), 1); // warm-up
		const bySize = [1, 2, 4].map(k => timeStages(f.make(f.base * k), runs));
		const total = bySize.map(s => s.parse + s.annotate + s.tasks);
		// A stage of a few ms, or a tenth of the whole, is timer and scheduler noise, not growth.
		const weighty = STAGES.filter(s => bySize[1][s] >= Math.max(20, total[1] / 10));
		const stages = weighty.map(s => `${s} ${ratio(bySize[1][s], bySize[2][s])}`).join(' ');
		const worst = Math.max(total[1] / total[0], total[2] / total[1], ...weighty.map(s => bySize[2][s] / bySize[1][s]));
		const label = `${f.name} (${f.base.toLocaleString('en')} ${f.unit})`;
		lines.push(`  ${label.padEnd(LABEL)}${total.map(fmt).join('')}   ${ratio(total[0], total[1])} ${ratio(total[1], total[2])}    ${stages}${worst > 2.3 ? '  (over ×2.3)' : ''}`);
		if (verbose) { lines.push(...STAGES.map(s => `    ${s.padEnd(LABEL - 2)}${bySize.map(b => fmt(b[s])).join('')}`)); }
	}
	return lines;
}

if (require.main === module) {
	const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
	console.log(benchAdversarial(Number(arg('--runs') ?? 5), arg('--only'), process.argv.includes('--stages')).join('\n'));
}
