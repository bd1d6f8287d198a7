// npm run bench: how parse and annotate time grows with the input, at 1×, 2× and 4× the size, for
// ordinary text (markers, quantities, dates) and pathological runs. Linear work doubles (×2.0);
// each doubling should stay ≤ 2.3×. This replaces slope assertions in tests, which a loaded
// machine can fail.
import { annotate } from '../src/core/annotations/index';
import { parseFile } from '../src/core/parse';
import { median, rawDump, time } from './corpus';

const FAMILIES: [string, (n: number) => string][] = [
	['markers (一、 （一） 1. lines)', n => repeatTo('一、总体要求\n（一）指导思想。\n1.加快建设。\n2.推进应用。\n', n)],
	['quantities', n => repeatTo('到2020年，产业规模突破1000亿元，培育30家以上企业，覆盖率达到95%。', n)],
	['dates', n => repeatTo('自2018年5月1日起施行，有效期至2023年4月30日，2019年底前完成。', n)],
	['raw dump, one line', n => repeatTo(rawDump().replace(/\n/g, '   '), n)],
	['pathological: 1111…', n => '1'.repeat(n)],
	['pathological: ((((…', n => '('.repeat(n)],
	['pathological: 到2020年达到30%以上、…', n => repeatTo('到2020年达到30%以上、', n)],
	['pathological: 。一、 glued', n => repeatTo('正文。一、', n)],
	['pathological: restarts 一、二、 (parts)', n => repeatTo('工作安排\n一、甲\n二、乙\n', n)],
	['pathological: gaps 一、三、五、…', n => repeatTo('一、甲\n三、乙\n二、丙\n', n)],
];

function repeatTo(unit: string, n: number): string {
	return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

export function benchScaling(base = 400_000): string[] {
	const lines = [`scaling (parse + annotate, median of 3; size ${base / 1000}k, ×2, ×4 characters)`];
	for (const [name, make] of FAMILIES) {
		const ms = [1, 2, 4].map(k => {
			const text = make(base * k);
			return median(time(3, () => annotate(parseFile(text))));
		});
		const worst = Math.max(ms[1] / ms[0], ms[2] / ms[1]);
		lines.push(`  ${name.padEnd(40)} ${ms.map(x => `${x.toFixed(1)} ms`.padStart(10)).join('')}   doubling ×${(ms[1] / ms[0]).toFixed(2)} ×${(ms[2] / ms[1]).toFixed(2)}${worst > 2.3 ? '  (over ×2.3)' : ''}`);
	}
	return lines;
}

if (require.main === module) {
	console.log(benchScaling().join('\n'));
}
