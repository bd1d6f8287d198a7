// Hostile input: random substrings and mutations of the samples, and broken models, never make
// annotate throw; every range stays inside the text, holds its text and comes in order; real
// text never hits an error annotate catches (broken models do, and it is reported, never
// swallowed); and the work grows linearly with the text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CoreError } from '../../../src/core/errors';
import type { FileModel } from '../../../src/core/model';
import { parseFile } from '../../../src/core/parse';
import { annotate, annotationsToJson } from '../../../src/core/annotations/index';
import type { Annotations } from '../../../src/core/annotations/types';
import { readSample, sampleNames } from '../paths';

function checkInvariants(text: string, a: Annotations): void {
	const lists: [string, { offset: number; end: number }[]][] = [
		['targets', a.targets], ['quantities', a.quantities], ['dates', a.dates], ['docNumbers', a.docNumbers], ['units', a.units],
	];
	for (const [name, list] of lists) {
		let last = -1;
		for (const s of list) {
			assert.ok(Number.isInteger(s.offset) && Number.isInteger(s.end), `${name}: non-integer range`);
			assert.ok(0 <= s.offset && s.offset < s.end && s.end <= text.length, `${name}: [${s.offset}, ${s.end}) outside 0..${text.length}`);
			assert.ok(s.offset >= last, `${name}: out of order at ${s.offset}`);
			last = s.offset;
		}
	}
	for (const x of [...a.targets, ...a.quantities, ...a.dates, ...a.docNumbers]) {
		assert.equal(text.slice(x.offset, x.end), x.text);
	}
	for (const t of a.targets) {
		assert.ok(t.clause.offset <= t.offset && t.end <= t.clause.end, 'a target outside its clause');
		assert.ok(t.quantity.isTarget);
		assert.ok(t.deadline === null || /^[12][0-9]{3}$/.test(t.deadline), `deadline ${t.deadline}`);
	}
	for (const d of a.dates) {
		assert.match(d.iso, /^[12][0-9]{3}(?:-[01][0-9](?:-[0-3][0-9])?)?(?:\/[12][0-9]{3}-[01][0-9]-[0-3][0-9])?$/, `iso ${d.iso}`);
	}
	for (const u of a.units) {
		assert.ok([...u.lead, ...u.responsible].length > 0 && [...u.lead, ...u.responsible].every(x => x.length > 0));
	}
	assert.doesNotThrow(() => JSON.stringify(annotationsToJson(a)));
}

/** Parses and annotates `s`, failing on any error either stage caught. */
function annotateStrict(s: string): Annotations {
	const errors: CoreError[] = [];
	const a = annotate(parseFile(s, e => errors.push(e)), e => errors.push(e));
	assert.deepEqual(errors, [], 'parse or annotate caught an error');
	return a;
}

const NOISE = ['2020年', '到', '底前', '—', '-', '至', '%', '％', '０', '9', '.', '．', '亿元', '万家', '以上', '个', '达到', '突破',
	'(', ')', '（', '）', '《', '》', '〔', '〕', '号', '、', '，', ',', '。', '；', '\n', '   ', '牵头单位:', '负责', '列在首位的为牵头单位', '第', 'G', '\u0000', '\ud800'];

describe('annotations: random input', function () {
	this.timeout(120_000);
	const texts = sampleNames().map(readSample).filter(t => t.length > 1000);

	it('annotates random substrings of the samples', () => {
		fc.assert(fc.property(
			fc.integer({ min: 0, max: texts.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 6000 }),
			(i, at, len) => {
				const t = texts[i];
				const start = Math.floor(at * t.length);
				const s = t.slice(start, start + len);
				checkInvariants(s, annotateStrict(s));
			}), { numRuns: 300 });
	});

	it('annotates random mutations of the samples', () => {
		fc.assert(fc.property(
			fc.integer({ min: 0, max: texts.length - 1 }),
			fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 8 }), fc.oneof(fc.constantFrom(...NOISE), fc.string({ maxLength: 4 }))), { maxLength: 40 }),
			(i, edits) => {
				let s = texts[i];
				for (const [at, del, ins] of edits) {
					const p = Math.floor(at * s.length);
					s = s.slice(0, p) + ins + s.slice(p + del);
				}
				checkInvariants(s, annotateStrict(s));
			}), { numRuns: 200 });
	});

	it('annotates random strings over the characters that matter', () => {
		fc.assert(fc.property(fc.array(fc.constantFrom(...NOISE), { maxLength: 300 }), parts => {
			const s = parts.join('');
			checkInvariants(s, annotateStrict(s));
		}), { numRuns: 300 });
	});

	it('survives broken models', () => {
		const text = readSample('shandong');
		const good = parseFile(text);
		const broken: unknown[] = [
			{ text, documents: [{ ...good.documents[0], paragraphs: [{ offset: -5, end: 1e9 }, { offset: 10, end: 5 }, { offset: NaN, end: 3 }] }], remnants: [] },
			{ text, documents: [{ ...good.documents[0], sections: [{ offset: 100, end: 50, children: [], title: 'x' }] }], remnants: [] },
			{ text, documents: [null, { ...good.documents[0], footer: { offset: 1e9, end: 1e9 + 5, date: '2018-10-29', publisher: null } }], remnants: [] },
			{ text: 'abc', documents: [{ index: 0, paragraphs: [{ offset: 0, end: 3 }] }], remnants: [] },
			{ text: undefined, documents: undefined },
			{},
		];
		for (const m of broken) {
			const a = annotate(m as FileModel, () => undefined);
			checkInvariants(typeof (m as FileModel).text === 'string' ? (m as FileModel).text : '', a);
		}
		// the good parts of a document with bad paragraphs are still annotated
		assert.ok(annotate(broken[0] as FileModel, () => undefined).quantities.length > 0);
	});

	it('reports the document that failed, and annotates the others', () => {
		const text = readSample('shandong');
		const good = parseFile(text);
		const failing = { ...good.documents[0], get paragraphs(): never { throw new Error('unreadable paragraphs'); } };
		const errors: CoreError[] = [];
		const a = annotate({ ...good, documents: [failing, good.documents[0]] } as FileModel, e => errors.push(e));
		assert.deepEqual(errors.map(e => [e.stage, e.document, e.message]), [['annotate', 0, 'unreadable paragraphs']]);
		assert.deepEqual(a.quantities.map(q => q.offset), annotate(good, () => assert.fail('a good model hit an error')).quantities.map(q => q.offset));
	});
});

describe('annotations: large input', function () {
	this.timeout(120_000);

	it('annotates a 20 MB one-line file: ten times the text, ten times the targets (time scaling: npm run bench)', () => {
		const body = sampleNames().map(readSample).join('   ').replace(/\n/g, '   ');
		const make = (chars: number) => Array.from({ length: Math.ceil(chars / (body.length + 3)) }, () => body).join('   ').slice(0, chars);
		const small = parseFile(make(2_000_000));
		const large = parseFile(make(20_000_000));
		const s = annotate(small);
		const l = annotate(large);
		assert.ok(s.targets.length > 0 && Math.abs(l.targets.length / s.targets.length - 10) < 1.5, `${s.targets.length} vs ${l.targets.length}`);
	});

	it('annotates pathological runs, every range inside the text (their scaling is measured by npm run bench)', () => {
		for (const unit of ['1', '(', '《', '2020-', '到2020年达到30%以上、', '(牵头单位:省科技厅;责任单位:省财政厅)', '国发〔2017〕35号']) {
			const text = unit.repeat(Math.ceil(200_000 / unit.length));
			const a = annotate(parseFile(text));
			for (const x of [...a.quantities, ...a.targets, ...a.dates, ...a.docNumbers, ...a.units]) {
				assert.ok(x.offset >= 0 && x.offset <= x.end && x.end <= text.length, `${unit}: range ${x.offset}-${x.end}`);
			}
		}
	});
});

