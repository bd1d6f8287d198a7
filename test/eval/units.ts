// Lead and responsible units of tasks (issue 12, point 4): precision and recall of the task
// table's lead units and of its responsible units against the hand labels of units-gold.json, per
// split (tune, holdout, all). Counted per unit mention: for each task the pipeline extracts from a
// gold file, its units against those of the gold tasks whose anchor falls inside it (none: no
// units); a gold task whose anchor falls inside no task has all its units missed. Two rows: names
// as the extraction writes them, and normalized as the table shows them (shipped). Only tune
// files are ever listed one by one (--details).
//   node out/test/eval/units.js [--details]
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analysis } from '../../src/core/analysis';
import { decodeText } from '../../src/core/io/decode';
import { taskAt } from '../../src/core/tasks/extract';
import { taskRows, tasksOf } from '../../src/core/tasks/table';
import type { Task } from '../../src/core/tasks/types';
import { describeCoreError } from '../../src/core/errors';
import { REPO, resolveFile } from './lib';

export const UNITS_GOLD = path.join(REPO, 'test', 'eval', 'units-gold.json');

export interface GoldTask { file: string; anchor: string; lead: string[]; responsible: string[] }
export interface UnitsGold { files: string[]; tasks: GoldTask[] }
export type Split = 'tune' | 'holdout';

export function loadUnitsGold(): UnitsGold {
	return JSON.parse(fs.readFileSync(UNITS_GOLD, 'utf8')) as UnitsGold;
}

/** Held out when the first hex digit of sha1(file) is 0–3. */
export function splitOfFile(file: string): Split {
	return '0123'.includes(createHash('sha1').update(file).digest('hex')[0]) ? 'holdout' : 'tune';
}

export interface PR { tp: number; fp: number; fn: number; precision: number; recall: number }
export interface UnitScores { lead: PR; responsible: PR }
export interface UnitEvalReport {
	counts: Record<Split, { files: number; tasks: number; lead: number; responsible: number }>;
	/** Per ablation (`written`, `normalized`), per split. */
	scores: Record<'written' | 'normalized', Record<Split | 'all', UnitScores>>;
}

interface Units { lead: string[]; responsible: string[] }
interface Tally { tp: number; fp: number; fn: number }

function tally(pred: readonly string[], gold: readonly string[], into: Tally): string[] {
	const g = new Set(gold), p = new Set(pred);
	const wrong: string[] = [];
	for (const x of p) { if (g.has(x)) { into.tp++; } else { into.fp++; wrong.push(`+${x}`); } }
	for (const x of g) { if (!p.has(x)) { into.fn++; wrong.push(`-${x}`); } }
	return wrong;
}

function pr(t: Tally): PR {
	return { ...t, precision: t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1, recall: t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1 };
}

/** Union of gold units, leads left out of the responsible ones (as the table does). */
function union(list: readonly Units[]): Units {
	const lead = new Set(list.flatMap(u => u.lead));
	return { lead: [...lead], responsible: [...new Set(list.flatMap(u => u.responsible))].filter(n => !lead.has(n)) };
}

/** Units as extracted, blanks trimmed, each once, leads left out of the responsible ones. */
function written(t: Task): Units {
	const lead = [...new Set(t.lead.map(s => s.trim()).filter(Boolean))];
	return { lead, responsible: [...new Set(t.responsible.map(s => s.trim()).filter(Boolean))].filter(n => !lead.includes(n)) };
}

export function runUnitEval(argv: readonly string[] = [], log: (line: string) => void = console.log): UnitEvalReport {
	const details = argv.includes('--details');
	const gold = loadUnitsGold();
	const tallies = {
		written: { tune: blank(), holdout: blank() },
		normalized: { tune: blank(), holdout: blank() },
	};
	const counts = { tune: { files: 0, tasks: 0, lead: 0, responsible: 0 }, holdout: { files: 0, tasks: 0, lead: 0, responsible: 0 } };
	const problems: string[] = [];
	for (const file of gold.files) {
		const split = splitOfFile(file);
		const text = decodeText(fs.readFileSync(resolveFile(file))).text;
		const analysis = new Analysis(text, e => problems.push(`${file}: ${describeCoreError(e)}`));
		const tasks = tasksOf(analysis, file);
		const rows = taskRows(analysis, file);
		const mine = gold.tasks.filter(g => g.file === file);
		counts[split].files++;
		counts[split].tasks += mine.length;
		counts[split].lead += mine.reduce((n, g) => n + g.lead.length, 0);
		counts[split].responsible += mine.reduce((n, g) => n + g.responsible.length, 0);
		// Gold tasks by the extracted task their anchor falls in (index into tasks; -1: none).
		const byTask = new Map<number, GoldTask[]>();
		for (const g of mine) {
			const at = text.indexOf(g.anchor);
			if (at < 0) { problems.push(`${file}: anchor not found: ${g.anchor}`); continue; }
			const t = taskAt(tasks, at);
			const i = t ? tasks.indexOf(t) : -1;
			byTask.set(i, [...(byTask.get(i) ?? []), g]);
		}
		const compare = (kind: 'written' | 'normalized', i: number, pred: Units) => {
			const g = union(byTask.get(i) ?? []);
			const into = tallies[kind][split];
			const wrong = [...tally(pred.lead, g.lead, into.lead).map(w => `lead ${w}`), ...tally(pred.responsible, g.responsible, into.responsible).map(w => `resp ${w}`)];
			if (details && split === 'tune' && kind === 'normalized' && wrong.length) {
				const where = i >= 0 ? tasks[i] : undefined;
				const name = where ? `${where.marker}${where.title}`.slice(0, 24) : `(no task) ${(byTask.get(-1) ?? []).map(x => x.anchor).join(' / ').slice(0, 40)}`;
				log(`  ${file.replace(/^.*\//, '').padEnd(26)} ${name.padEnd(26)} ${wrong.join(' ')}`);
			}
		};
		tasks.forEach((t, i) => { compare('written', i, written(t)); compare('normalized', i, rows[i]); });
		if (byTask.has(-1)) {
			compare('written', -1, { lead: [], responsible: [] });
			compare('normalized', -1, { lead: [], responsible: [] });
		}
	}
	for (const p of problems) { log(`problem: ${p}`); }

	const report = { counts, scores: {} } as UnitEvalReport;
	for (const kind of ['written', 'normalized'] as const) {
		const t = tallies[kind];
		const all = { lead: sum(t.tune.lead, t.holdout.lead), responsible: sum(t.tune.responsible, t.holdout.responsible) };
		report.scores[kind] = {
			tune: { lead: pr(t.tune.lead), responsible: pr(t.tune.responsible) },
			holdout: { lead: pr(t.holdout.lead), responsible: pr(t.holdout.responsible) },
			all: { lead: pr(all.lead), responsible: pr(all.responsible) },
		};
	}
	const c = counts;
	log(`${gold.files.length} notices, ${gold.tasks.length} tasks with units (tune ${c.tune.files} notices / ${c.tune.tasks} tasks / ${c.tune.lead} lead + ${c.tune.responsible} responsible; `
		+ `holdout ${c.holdout.files} / ${c.holdout.tasks} / ${c.holdout.lead} + ${c.holdout.responsible}); goal: precision and recall ≥ 0.95`);
	log(`${'names'.padEnd(22)} ${'split'.padEnd(8)} lead P / R        responsible P / R`);
	for (const kind of ['written', 'normalized'] as const) {
		for (const split of ['tune', 'holdout', 'all'] as const) {
			const s = report.scores[kind][split];
			const label = split === 'tune' ? (kind === 'written' ? 'as extracted' : 'normalized (shipped)') : '';
			log(`${label.padEnd(22)} ${split.padEnd(8)} ${s.lead.precision.toFixed(3)} / ${s.lead.recall.toFixed(3)}    ${s.responsible.precision.toFixed(3)} / ${s.responsible.recall.toFixed(3)}`);
		}
	}
	return report;
}

function blank(): { lead: Tally; responsible: Tally } {
	return { lead: { tp: 0, fp: 0, fn: 0 }, responsible: { tp: 0, fp: 0, fn: 0 } };
}

function sum(a: Tally, b: Tally): Tally {
	return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

if (require.main === module) {
	runUnitEval(process.argv.slice(2));
}
