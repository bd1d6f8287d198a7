// Large and hostile input: a 50 MB one-line file parses in linear time, and random
// mutations of the samples never throw, hang, produce ranges outside the text or hit an error
// the parser catches (it is reported, never swallowed: errors.ts).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analysis } from '../../../src/core/analysis';
import { sinkForFile, sinkToLog, type CoreError } from '../../../src/core/errors';
import { parseFile } from '../../../src/core/parse';
import { detectNotice } from '../../../src/core/detect';
import { readSample, sampleNames } from '../paths';
import { allSections } from './helpers';

/** One long line of `copies` notices, joined the way scraped dumps join paragraphs. */
function oneLine(chars: number): string {
	const body = readSample('gansu').split('\n')[2];
	return Array.from({ length: Math.ceil(chars / (body.length + 3)) }, () => body).join('   ');
}

describe('large input', function () {
	this.timeout(120_000);

	it('parses a 50 MB one-line file, ten times the text giving ten times the outline (time scaling: npm run bench)', () => {
		const small = oneLine(5_000_000);
		const large = oneLine(50_000_000);
		assert.ok(large.length >= 50_000_000 && !large.includes('\n'));
		const s = parseFile(small);
		const l = parseFile(large);
		// The outline scales with the text: one 一、 per copy, in both files.
		const ones = (m: ReturnType<typeof parseFile>) => allSections(m).filter(x => x.marker === '一、').length;
		assert.ok(ones(s) > 0 && Math.abs(ones(l) - ones(s) * 10) <= 10, `${ones(s)} vs ${ones(l)}`);
	});
});

describe('random mutations of the samples', function () {
	this.timeout(120_000);
	const texts = sampleNames().map(readSample);
	const pieces = ['一、', '(一)', '（二）', '1.', '2、', '(1)', '①', '专栏1', '附件', '第一章', '第三条', '   ', '\n', '\r\n', '\u3000\u3000', '。', '{{', '}}', '阅读:', '\ufeff', '\ud800', '2018-05-29', '.PDF'];

	it('never throw and keep every range inside the text and ordered', () => {
		fc.assert(fc.property(
			fc.integer({ min: 0, max: texts.length - 1 }),
			fc.array(fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.constantFrom(...pieces)), { maxLength: 30 }),
			(which, edits) => {
				let text = texts[which];
				for (const [at, del, ins] of edits) {
					const i = at % (text.length + 1);
					text = text.slice(0, i) + ins + text.slice(i + del);
				}
				const errors: CoreError[] = [];
				const model = parseFile(text, e => errors.push(e));
				assert.deepEqual(errors, [], 'the parser caught an error');
				detectNotice(model);
				for (const d of model.documents) {
					assert.ok(0 <= d.offset && d.offset <= d.end && d.end <= text.length);
					for (const p of d.paragraphs) { assert.ok(p.offset < p.end && p.end <= text.length); }
				}
				for (const s of allSections(model)) {
					assert.ok(0 <= s.offset && s.offset < s.end && s.end <= text.length, `section [${s.offset},${s.end})`);
					assert.ok(s.heading.offset >= s.offset && s.heading.end <= s.end);
				}
			},
		), { numRuns: 300, seed: 20181015 });
	});

	it('never throw on arbitrary strings', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), s => {
			const errors: CoreError[] = [];
			const model = parseFile(s, e => errors.push(e));
			assert.deepEqual(errors, [], 'the parser caught an error');
			for (const x of allSections(model)) { assert.ok(x.end <= s.length); }
		}), { numRuns: 500, seed: 7 });
	});

	it('every sample goes through every stage of an Analysis without a caught error', () => {
		for (const name of sampleNames()) {
			const heard: CoreError[] = [];
			const a = new Analysis(readSample(name), e => heard.push(e));
			assert.ok(a.model.documents.length > 0 && a.annotations.quantities.length >= 0, name);
			assert.deepEqual(a.errors, [], name);
			assert.deepEqual(heard, [], name);
		}
	});
});

describe('errors the core catches are reported, never swallowed', () => {
	/** A text whose every string method throws: the parser's first use of it fails. */
	const poisoned = () => new Proxy(Object.create(String.prototype) as object, {
		get: (_t, key) => (key === 'length' ? 10 : () => { throw new Error('poisoned text'); }),
	}) as unknown as string;

	it('parseFile falls back to an empty model and reports the error to its sink', () => {
		const errors: CoreError[] = [];
		const model = parseFile(poisoned(), e => errors.push(e));
		assert.deepEqual(model.documents, []);
		assert.equal(errors.length, 1);
		assert.equal(errors[0].stage, 'parse');
		assert.equal(errors[0].message, 'poisoned text');
		assert.match(errors[0].stack ?? '', /poisoned text/);
	});

	it('an Analysis keeps the errors of its stages and passes each to its sink once', () => {
		const heard: CoreError[] = [];
		const a = new Analysis(poisoned(), e => heard.push(e));
		assert.deepEqual(a.model.documents, []);
		assert.deepEqual(a.model.documents, [], 'memoized: parsed (and reported) once');
		assert.deepEqual(a.errors.map(e => [e.stage, e.message]), [['parse', 'poisoned text']]);
		assert.deepEqual(heard, a.errors);
	});

	it('a log sink writes one line per error, naming the file, the stage and the stack', () => {
		const lines: string[] = [];
		const a = new Analysis(poisoned(), sinkForFile(sinkToLog(line => lines.push(line)), 'a/通知.txt'));
		assert.deepEqual(a.model.documents, []);
		assert.equal(lines.length, 1);
		assert.match(lines[0], /^a\/通知\.txt: parse failed: Error: poisoned text\n\s+at /);
	});
});
