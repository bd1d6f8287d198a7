// Properties of the fixes over real documents (../shared/corpus/{real,policies,regulations}) and generated
// notices: a fix keeps the outline (same headings, same titles) and changes only the markers or
// punctuation it names; a renumbering after a heading was deleted, duplicated or moved counts
// 1..n again. Fixed seeds: a failure prints its seed and path and comes back on every run.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import type { FileModel, Section } from '../../../src/core/model';
import { parseFile, walkSections } from '../../../src/core/parse';
import { decodeText } from '../../../src/core/io/decode';
import { matchMarker } from '../../../src/core/outline/markers';
import { applyEdits } from '../../../src/core/drafting/edits';
import { normalizeMarkers } from '../../../src/core/drafting/fixes/normalize';
import { toFullWidthPunctuation } from '../../../src/core/drafting/fixes/punctuation';
import { renumberSiblings } from '../../../src/core/drafting/fixes/renumber';
import { demoteSection, promoteSection } from '../../../src/core/drafting/fixes/level';
import { moveSection } from '../../../src/core/drafting/fixes/move';
import { isLadder, LADDER } from '../../../src/core/drafting/markerText';
import type { TextEdit } from '../../../src/core/drafting/types';
import { FIX_RULES, fixText } from '../../../src/core/service';
import { DEFAULT_HOUSE_STYLE } from '../../../src/core/drafting';
import { CORPUS, corpusFiles } from '../paths';

interface Doc { name: string; text: string; model: FileModel; sections: Section[] }

function sectionsOf(model: FileModel): Section[] {
	const out: Section[] = [];
	for (const d of model.documents) { walkSections(d.sections, s => out.push(s)); }
	return out;
}

const HALF = ',;:?!.()';
const FULL = '，；：？！。（）';
/**
 * A title compared across a punctuation fix: punctuation folded, blanks and trailing marks
 * dropped, and cut at its first full stop (a title runs to the first 。, and a `.` made one ends it).
 */
const fold = (s: string) => [...s].map(c => (FULL.includes(c) ? HALF[FULL.indexOf(c)] : c)).join('').replace(/[\s\u3000]+/gu, '').replace(/(?<![0-9])\..*$/u, '').replace(/[,;:?!.]+$/, '');
const NUMERAL = /[一二三四五六七八九十百千零〇两]+|[0-9０-９]+/g;
/**
 * A title compared across a renumbering: the numbers of 第X条/章 references masked, and only
 * its start (a title is cut at 60 characters, and a longer number moves the cut).
 */
const masked = (s: string) => s.replace(new RegExp(`(${NUMERAL.source})(?=[条章])`, 'g'), '#').slice(0, 40);

function titles(text: string, norm: (s: string) => string = s => s): string[] {
	return sectionsOf(parseFile(text)).map(s => norm(s.title));
}

/** Each edit lies inside the marker of a heading of the model. */
function insideMarkers(model: FileModel, edits: readonly TextEdit[]): boolean {
	const spans = sectionsOf(model).map(s => ({ offset: s.offset, end: s.offset + s.marker.length }));
	return edits.every(e => spans.some(m => m.offset <= e.offset && e.end <= m.end));
}

describe('drafting fixes: properties', function () {
	this.timeout(60_000);
	let docs: Doc[] = [];

	before(function () {
		if (!fs.existsSync(CORPUS)) {
			console.log(`    (skipped: the shared corpus is not at ${CORPUS})`);
			this.skip();
		}
		docs = ['real', 'policies', 'regulations'].flatMap(dir => corpusFiles(dir)).map(f => {
			const text = decodeText(fs.readFileSync(f)).text;
			const model = parseFile(text);
			return { name: f, text, model, sections: sectionsOf(model) };
		});
	});

	it('normalizing the markers keeps every heading and title and changes markers only', () => {
		for (const d of docs) {
			const edits = normalizeMarkers(d.model);
			if (!edits.length) { continue; }
			assert.ok(insideMarkers(d.model, edits), d.name);
			for (const e of edits) {
				const probe = `${e.newText}标题`;
				const was = d.sections.find(s => s.offset === e.offset)!;
				assert.equal(matchMarker(probe, 0, probe.length)?.family, was.family, `${d.name}: ${e.newText}`);
			}
			assert.deepEqual(titles(applyEdits(d.text, edits)), d.sections.map(s => s.title), d.name);
		}
	});

	it('full-width punctuation keeps every heading and title and changes named punctuation only', () => {
		for (const d of docs) {
			const edits = toFullWidthPunctuation(d.model);
			if (!edits.length) { continue; }
			for (const e of edits) {
				const old = d.text.slice(e.offset, e.end);
				assert.ok(old.length === 1 && HALF.includes(old) && e.newText === FULL[HALF.indexOf(old)], `${d.name}: ${old} → ${e.newText}`);
			}
			assert.deepEqual(titles(applyEdits(d.text, edits), fold), d.sections.map(s => fold(s.title)), d.name);
		}
	});

	/**
	 * A document with numbered headings and one of its headings, drawn by index with a fixed seed
	 * (a counterexample prints the file's name and the heading, not the whole text).
	 */
	const heading = () => fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => {
		const withHeadings = docs.filter(d => d.sections.some(s => s.number > 0));
		const d = withHeadings[i % withHeadings.length];
		const numbered = d.sections.filter(s => s.number > 0);
		const s = numbered[j % numbered.length];
		return { file: d.name, heading: `${s.marker}${s.title}`, at: s.offset };
	});
	const docOf = (file: string) => docs.find(d => d.name === file)!;

	it('renumbering keeps every heading and changes numerals of markers and 第X条 references only', () => {
		/** `sub` in order within `all` (a renumbering may bring back headings the outline read as body text). */
		const inOrder = (sub: string[], all: string[]) => { let i = 0; for (const t of all) { if (t === sub[i]) { i++; } } return i === sub.length; };
		fc.assert(fc.property(heading(), ({ file, at }) => {
			const d = docOf(file);
			const edits = renumberSiblings(d.model, at);
			for (const e of edits) {
				assert.match(d.text.slice(e.offset, e.end), /^(?:[一二三四五六七八九十百千零〇两]+|[0-9０-９]+|[\u2460-\u2473])$/);
				assert.match(e.newText, /^(?:[一二三四五六七八九十百千零〇两]+|[0-9０-９]+|[\u2460-\u2473])$/);
			}
			assert.ok(inOrder(d.sections.map(x => masked(x.title)), titles(applyEdits(d.text, edits), masked)), d.name);
		}), { seed: 20251, numRuns: 150 });
	});

	it('promoting or demoting keeps every heading and title and changes markers only', () => {
		fc.assert(fc.property(heading(), fc.boolean(), ({ file, at }, up) => {
			const d = docOf(file);
			fc.pre(isLadder(d.sections.find(x => x.offset === at)!.family));
			const edits = up ? promoteSection(d.model, at) : demoteSection(d.model, at);
			assert.ok(insideMarkers(d.model, edits), d.name);
			assert.deepEqual(titles(applyEdits(d.text, edits)), d.sections.map(x => x.title), d.name);
		}), { seed: 20252, numRuns: 150 });
	});

	it('all fixes together (policy-notice fix) keep every title in order, change only markers, numerals and punctuation, and leave nothing for a second run', () => {
		/** A text as the fixes may not change it: numbers masked, punctuation and marker forms folded, blanks dropped. */
		const skeleton = (s: string) => fold(s.replace(NUMERAL, '#').replace(/[\u2460-\u2473]/g, '#')).replace(/[、．]/g, '.').replace(/[\s\u3000]+/gu, '');
		const inOrder = (sub: string[], all: string[]) => { let i = 0; for (const t of all) { if (t === sub[i]) { i++; } } return i === sub.length; };
		let fixed = 0;
		for (const d of docs) {
			const once = fixText(d.name, d.text, FIX_RULES, DEFAULT_HOUSE_STYLE);
			if (once.text === d.text) { continue; }
			fixed++;
			const title = (t: string) => skeleton(masked(t)).slice(0, 30);
			assert.ok(inOrder(d.sections.map(x => title(x.title)), titles(once.text, title)), `${d.name}: a title changed or went missing`);
			assert.equal(skeleton(once.text).replace(/#+/g, '#').replace(/[()]/g, ''), skeleton(d.text).replace(/#+/g, '#').replace(/[()]/g, ''), `${d.name}: more than markers, numerals and punctuation changed`);
			assert.equal(fixText(d.name, once.text, FIX_RULES, DEFAULT_HOUSE_STYLE).text, once.text, `${d.name}: a second run changed the fixed text again`);
		}
		assert.ok(fixed > 20, `${fixed} documents fixed: the property was exercised`);
	});

	it('moving a section keeps every heading and every character but its numerals', () => {
		const chars = (s: string) => [...s.replace(NUMERAL, '')].sort().join('');
		fc.assert(fc.property(heading(), fc.boolean(), ({ file, at }, up) => {
			const d = docOf(file);
			const edits = moveSection(d.model, at, up ? 'up' : 'down');
			if (!edits.length) { return; }
			assert.equal(edits.length, 1);
			const [e] = edits;
			assert.equal(chars(e.newText), chars(d.text.slice(e.offset, e.end)), d.name);
			assert.deepEqual(titles(applyEdits(d.text, edits)).sort(), d.sections.map(x => x.title).sort(), d.name);
		}), { seed: 20253, numRuns: 150 });
	});
});

// Generated notices: 一、 （一） 1. headings, each on its line with a sentence of body.
interface Node { number: number; title: string; children: Node[] }
const MARK = [(n: number) => `${'一二三四五六七八九十'[n - 1] ?? ''}、`, (n: number) => `（${'一二三四五六七八九十'[n - 1] ?? ''}）`, (n: number) => `${n}.`];
const VERB = '加强完善推进深化健全强化优化提升';
const NOUN = '领导机制保障服务监管创新开放协同';

function render(nodes: readonly Node[], depth = 0): string[] {
	return nodes.flatMap(n => [`${MARK[depth](n.number)}${n.title}`, '各单位要认真落实。', ...render(n.children, depth + 1)]);
}

describe('drafting fixes: renumbering after an edit (generated notices)', function () {
	this.timeout(60_000);
	const tree = fc.array(fc.array(fc.array(fc.constant(0), { maxLength: 4 }), { maxLength: 5 }), { minLength: 2, maxLength: 6 }).map(top => {
		let k = 0;
		const title = () => { k++; return `${VERB.slice((k % 8) * 2, (k % 8) * 2 + 2)}${NOUN.slice((Math.floor(k / 8) % 8) * 2, (Math.floor(k / 8) % 8) * 2 + 2)}${'甲乙丙丁戊己庚辛'[Math.floor(k / 64) % 8]}`; };
		return top.map((kids, i) => ({ number: i + 1, title: title(), children: kids.map((g, j) => ({ number: j + 1, title: title(), children: g.map((_, l) => ({ number: l + 1, title: title(), children: [] })) })) }));
	});

	it('restores 1..n after a random delete, duplicate or move of a heading', () => {
		fc.assert(fc.property(tree, fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('delete', 'duplicate', 'move'), (generated, gi, ki, ji, op) => {
			// The edit works on a copy: fast-check runs a value again while it shrinks it.
			const top = structuredClone(generated);
			// The sibling lists with two headings or more, and the title of their parent ('' at the top).
			const lists: { parent: string; list: Node[]; depth: number }[] = [{ parent: '', list: top, depth: 0 }];
			const walk = (ns: Node[], depth: number) => ns.forEach(n => { lists.push({ parent: n.title, list: n.children, depth: depth + 1 }); walk(n.children, depth + 1); });
			walk(top, 0);
			const candidates = lists.filter(l => l.list.length >= 2);
			fc.pre(candidates.length > 0);
			const { parent, list, depth } = candidates[gi % candidates.length];
			const k = ki % list.length;
			if (op === 'delete') { list.splice(k, 1); }
			if (op === 'duplicate') { list.splice(k + 1, 0, structuredClone(list[k])); }
			if (op === 'move') { const [n] = list.splice(k, 1); list.splice(ji % (list.length + 1), 0, n); }
			const text = ['关于做好某项工作的通知', '', '各单位：', '　　现将有关事项通知如下：', ...render(top)].join('\n');
			const model = parseFile(text);
			const group = (m: FileModel): Section[] => {
				const all = sectionsOf(m);
				const holder = parent ? all.find(s => s.title === parent)?.children : m.documents[0].sections;
				return (holder ?? []).filter(s => s.family === LADDER[depth]);
			};
			const before = group(model);
			fc.pre(before.length > 0);
			const fixed = applyEdits(text, renumberSiblings(model, before[0].offset));
			const after = parseFile(fixed);
			const got = group(after);
			const numbers = got.map(s => s.number);
			// A clean sequence: every heading there, counting up by one from 1, or on from the
			// cousin before it (`（一）` under 一、, `（二）` under 二、 is running numbering).
			const family = sectionsOf(after).filter(x => x.family === LADDER[depth]);
			const cousin = family[family.indexOf(got[0]) - 1]?.number ?? 0;
			const why = `${op} at ${k}:\n${text}\n→\n${fixed}`;
			assert.equal(numbers.length, list.length, why);
			assert.ok(numbers[0] === 1 || numbers[0] === cousin + 1, why);
			assert.ok(numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1), why);
		}), { seed: 20254, numRuns: 300 });
	});
});
