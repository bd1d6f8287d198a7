// Quality of the outline, titles, targets, dates and recognition on the hand-labelled document
// gold set (test/gold), per document kind, for the tune split and the held-out split apart.
// Held-out documents are never shown one by one: only their totals.
//   node out/test/eval/documents.js [--details] [--doc real/045_mirrorcn.txt]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analysis } from '../../src/core/analysis';
import type { Section } from '../../src/core/model';
import { normalizeForMatch } from '../../src/core/outline/titles';
import { decodeText } from '../../src/core/io/decode';
import { CORPUS, FIXTURES } from '../unit/paths';
import { Squeezed, loadGold, locate, readCorpusText, selection, squeezeString, type GoldDoc, type Selected } from './gold';

export interface Counts {
	docs: number;
	headGold: number; headFound: number; headPred: number; headPredOk: number; parentOk: number;
	itemGold: number; itemFound: number;
	titleOk: number;
	tgtGold: number; tgtPred: number; tgtTp: number; deadlineOk: number;
	qtyGold: number; qtyFound: number;
	dateGold: number; dateFound: number; dateKindOk: number;
	recognized: number;
}
const zero = (): Counts => ({ docs: 0, headGold: 0, headFound: 0, headPred: 0, headPredOk: 0, parentOk: 0, itemGold: 0, itemFound: 0, titleOk: 0, tgtGold: 0, tgtPred: 0, tgtTp: 0, deadlineOk: 0, qtyGold: 0, qtyFound: 0, dateGold: 0, dateFound: 0, dateKindOk: 0, recognized: 0 });
function add(a: Counts, b: Counts): void { for (const k of Object.keys(a) as (keyof Counts)[]) { a[k] += b[k]; } }

interface Flat { s: Section; parent: Section | null }
function flatten(list: readonly Section[], parent: Section | null, out: Flat[]): Flat[] {
	for (const s of list) { out.push({ s, parent }); flatten(s.children, s, out); }
	return out;
}

const overlaps = (a: { offset: number; end: number }, b: { offset: number; end: number }) => a.offset < b.end && b.offset < a.end;

/** Scores one document; `log` receives the differences (tune documents only). */
export function scoreDocument(text: string, gold: GoldDoc, log?: (line: string) => void): Counts {
	const c = zero();
	c.docs = 1;
	const sq = new Squeezed(text);
	const loc = locate(text, gold, sq);
	if (loc.errors.length) { throw new Error(`${gold.file}: gold anchors not found: ${loc.errors.slice(0, 3).join('; ')}`); }
	const analysis = new Analysis(text);
	const model = analysis.model;
	const docs = model.documents.filter(d => d.duplicateOf === null);

	// Outline: a predicted node matches a gold heading that starts at the same non-blank character.
	const pred = docs.flatMap(d => flatten(d.sections, null, []));
	const predAt = new Map<number, Flat>();
	for (const p of pred) { predAt.set(sq.indexOf(p.s.heading.offset), p); }
	const goldAt = new Map<number, number>(); // squeezed index → gold heading index
	gold.headings.forEach((_, i) => goldAt.set(sq.indexOf(loc.headings[i]!.offset), i));
	const byId = new Map(gold.headings.map((h, i) => [h.id, i]));
	gold.headings.forEach((h, i) => {
		const at = sq.indexOf(loc.headings[i]!.offset);
		const p = predAt.get(at);
		if (h.type === 'item') { c.itemGold++; if (p) { c.itemFound++; } return; }
		c.headGold++;
		if (!p) { log?.(`  missed heading  ${h.text}`); return; }
		c.headFound++;
		const gp = h.parent === null ? null : byId.get(h.parent)!;
		const gpAt = gp === null ? null : sq.indexOf(loc.headings[gp]!.offset);
		const ppAt = p.parent ? sq.indexOf(p.parent.heading.offset) : null;
		if (gpAt === ppAt) { c.parentOk++; } else {
			log?.(`  wrong parent    ${h.text}  under ${p.parent ? p.parent.marker + p.parent.title.slice(0, 12) : '(top)'}, gold ${gp === null ? '(top)' : gold.headings[gp].text}`);
		}
	});
	for (const p of pred) {
		const gi = goldAt.get(sq.indexOf(p.s.heading.offset));
		if (gi !== undefined && gold.headings[gi].type === 'item') { continue; }
		c.headPred++;
		if (gi !== undefined) { c.headPredOk++; } else { log?.(`  extra heading   ${text.slice(p.s.heading.offset, p.s.heading.offset + 24).replace(/\s+/g, ' ')}`); }
	}

	// Title of the file's first document.
	const title = docs[0]?.title ?? '';
	const norm = (s: string) => normalizeForMatch(squeezeString(s));
	if (norm(title) === norm(gold.title)) { c.titleOk++; } else { log?.(`  title           "${title.slice(0, 50)}"  gold "${gold.title}"`); }

	// Targets and quantities: spans that overlap.
	const ann = analysis.annotations;
	const goldTargets = gold.quantities.map((q, i) => ({ q, at: loc.quantities[i]! })).filter(x => x.q.target);
	c.tgtGold = goldTargets.length;
	c.tgtPred = ann.targets.length;
	const used = new Set<number>();
	for (const t of ann.targets) {
		const gi = goldTargets.findIndex((g, i) => !used.has(i) && overlaps(g.at, t.quantity));
		if (gi < 0) { log?.(`  false target    ${t.quantity.text}  in ${text.slice(t.clause.offset, t.clause.end).slice(0, 30)}`); continue; }
		used.add(gi);
		c.tgtTp++;
		const want = goldTargets[gi].q.deadline ?? null;
		if (want === t.deadline) { c.deadlineOk++; } else { log?.(`  deadline        ${t.quantity.text}: ${t.deadline} gold ${want}`); }
	}
	goldTargets.forEach((g, i) => { if (!used.has(i)) { log?.(`  missed target   ${g.q.text}  (${g.q.context})`); } });
	c.qtyGold = gold.quantities.length;
	gold.quantities.forEach((q, i) => {
		if (ann.quantities.some(p => overlaps(p, loc.quantities[i]!))) { c.qtyFound++; } else { log?.(`  missed quantity ${q.text}  (${q.context})`); }
	});

	// Dates: a predicted date overlapping the gold one; its kind.
	c.dateGold = gold.dates.length;
	gold.dates.forEach((d, i) => {
		const p = ann.dates.find(x => overlaps(x, loc.dates[i]!));
		if (!p) { log?.(`  missed date     ${d.text} (${d.kind})`); return; }
		c.dateFound++;
		if (log) { dateConfusion.set(`${p.kind}>${d.kind}`, (dateConfusion.get(`${p.kind}>${d.kind}`) ?? 0) + 1); }
		if (p.kind === d.kind) { c.dateKindOk++; } else { log?.(`  date kind       ${d.text}: ${p.kind} gold ${d.kind}  (${d.context})`); }
	});

	if (analysis.detection.isNotice === (gold.recognize ?? true)) { c.recognized++; } else { log?.(`  recognition     ${analysis.detection.isNotice} (score ${analysis.detection.score})`); }
	return c;
}

/** Date kinds found (rows) against gold kinds (columns), tune documents scored with details only. */
const dateConfusion = new Map<string, number>();
function printDateConfusion(): void {
	const kinds = ['deadline', 'period', 'issued', 'effective', 'expiry', 'published', 'past', 'reference'];
	console.log(`\ndate kinds, tune: found (rows) × gold (columns)\n${''.padEnd(10)}${kinds.map(k => k.slice(0, 6).padStart(7)).join('')}`);
	for (const p of kinds) { console.log(p.padEnd(10) + kinds.map(k => String(dateConfusion.get(`${p}>${k}`) ?? 0).padStart(7)).join('')); }
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '  -  ');
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

function row(name: string, c: Counts): string {
	const tp = c.tgtTp / (c.tgtPred || 1), tr = c.tgtTp / (c.tgtGold || 1);
	return [
		name.padEnd(16), String(c.docs).padStart(3),
		`${ratio(c.headFound, c.headGold)} ${ratio(c.headPredOk, c.headPred)} ${ratio(c.parentOk, c.headFound)} (${c.headGold})`.padEnd(26),
		`${ratio(c.itemFound, c.itemGold)} (${c.itemGold})`.padEnd(12),
		ratio(c.titleOk, c.docs),
		`${ratio(c.tgtTp, c.tgtPred)} ${ratio(c.tgtTp, c.tgtGold)} ${c.tgtGold || c.tgtPred ? f1(tp, tr).toFixed(3) : '  -  '} ${ratio(c.deadlineOk, c.tgtTp)} (${c.tgtGold})`.padEnd(30),
		`${ratio(c.qtyFound, c.qtyGold)}`,
		`${ratio(c.dateFound, c.dateGold)} ${ratio(c.dateKindOk, c.dateFound)} (${c.dateGold})`.padEnd(20),
		ratio(c.recognized, c.docs),
	].join('  ');
}

const HEADER = `${'kind'.padEnd(16)}  ${'n'.padStart(3)}  ${'outline R P parent (gold)'.padEnd(26)}  ${'items R'.padEnd(12)}  title  ${'targets P R F1 deadline'.padEnd(30)}  qty R  ${'dates found kind'.padEnd(20)}  recog`;

/** Recognition over whole corpus folders (no labels needed: every real/ and policies/ file is a government document). */
function recognition(): string[] {
	const lines: string[] = [];
	const folder = (dir: string) => {
		const d = path.join(CORPUS, dir);
		return fs.existsSync(d) ? fs.readdirSync(d).filter(f => f.endsWith('.txt')).sort().map(f => path.join(d, f)) : [];
	};
	const rate = (files: string[]) => {
		let yes = 0;
		for (const f of files) { if (new Analysis(decodeText(fs.readFileSync(f)).text).detection.isNotice) { yes++; } }
		return yes;
	};
	for (const dir of ['real', 'policies', 'regulations']) {
		const files = folder(dir);
		lines.push(`  ${dir.padEnd(12)} recognized ${rate(files)} / ${files.length}`);
	}
	const neg = folder('not-notices');
	lines.push(`  ${'not-notices'.padEnd(12)} false positives ${rate(neg)} / ${neg.length}`);
	// Ordinary prose (test/fixtures/prose): each paragraph on its own.
	const prose = fs.readFileSync(path.join(FIXTURES, 'prose', 'paragraphs.txt'), 'utf8').split(/\n\s*\n/).map(p => p.trim()).filter(Boolean);
	const proseHits = prose.filter(p => new Analysis(p).detection.isNotice).length;
	lines.push(`  ${'prose'.padEnd(12)} false positives ${proseHits} / ${prose.length} paragraphs`);
	return lines;
}

/** Totals over every labelled document of both splits (for the regression floor in the unit tests). */
export function goldTotals(): Counts {
	const all = zero();
	for (const s of selection()) {
		const gold = loadGold(s.file);
		if (gold) { add(all, scoreDocument(readCorpusText(s.file), gold)); }
	}
	return all;
}

export function runDocumentEval(argv: string[]): boolean {
	if (!fs.existsSync(CORPUS)) { console.log(`document eval skipped: the shared corpus is not at ${CORPUS}`); return false; }
	const details = argv.includes('--details');
	const only = argv.includes('--doc') ? argv[argv.indexOf('--doc') + 1] : null;
	const sel = selection().filter(s => !only || s.file === only);
	const totals = new Map<string, Counts>();
	const get = (k: string) => { let c = totals.get(k); if (!c) { c = zero(); totals.set(k, c); } return c; };
	let missing = 0;
	for (const s of sel as Selected[]) {
		const gold = loadGold(s.file);
		if (!gold) { missing++; continue; }
		const text = readCorpusText(s.file);
		const lines: string[] = [];
		const showDetails = details && s.split === 'tune';
		const c = scoreDocument(text, gold, showDetails ? l => lines.push(l) : undefined);
		if (showDetails && lines.length) { console.log(`${s.file} (${s.kind})`); for (const l of lines) { console.log(l); } }
		add(get(`${s.split}|${s.kind}`), c);
		add(get(`${s.split}|all`), c);
	}
	console.log(`\nDocument gold set: ${sel.length - missing} labelled documents${missing ? ` (${missing} selected but not labelled yet)` : ''}`);
	console.log('outline: headings without enumeration items; P counts nodes that are not gold items; parent among found');
	for (const split of ['tune', 'holdout'] as const) {
		console.log(`\n${split === 'tune' ? 'TUNE split (looked at while tuning)' : 'HOLDOUT split (never looked at while tuning)'}`);
		console.log(HEADER);
		const kinds = [...new Set(sel.map(s => s.kind))].sort();
		for (const k of kinds) { const c = totals.get(`${split}|${k}`); if (c) { console.log(row(k, c)); } }
		const all = totals.get(`${split}|all`);
		if (all) { console.log(row('ALL', all)); }
		if (split === 'tune' && details) { printDateConfusion(); }
	}
	const both = zero();
	for (const split of ['tune', 'holdout']) { const c = totals.get(`${split}|all`); if (c) { add(both, c); } }
	console.log('\nBOTH splits'); console.log(HEADER); console.log(row('ALL', both));
	if (!only) { console.log('\nRecognition over whole folders:'); for (const l of recognition()) { console.log(l); } }
	return true;
}

if (require.main === module) { runDocumentEval(process.argv.slice(2)); }
