// The raw scraped dump: twenty notices, each twice, web footers and templates, one body that
// is only a file name.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFile } from '../../../src/core/parse';
import { FIXTURES, readSample, sampleNames } from '../paths';
import { countByLevel } from './helpers';

const dump = fs.readFileSync(path.join(FIXTURES, 'raw-dump.txt'), 'utf8');

describe('raw scraped dump', () => {
	const model = parseFile(dump);

	it('holds 20 notices, 10 of them exact duplicates of the one before', () => {
		assert.equal(model.documents.length, 20);
		const dups = model.documents.filter(d => d.duplicateOf !== null);
		assert.equal(dups.length, 10);
		for (const d of dups) {
			assert.equal(d.duplicateOf, d.index - 1);
			assert.equal(d.title, model.documents[d.index - 1].title);
		}
	});

	it('reads the web footer (date, publisher) and keeps it out of the body', () => {
		const qinghai = model.documents[0];
		assert.deepEqual({ date: qinghai.footer?.date, publisher: qinghai.footer?.publisher }, { date: '2018-05-29', publisher: '青海省政府办公厅' });
		for (const d of model.documents) {
			assert.ok(d.footer, `${d.title} has a footer`);
			for (const p of d.paragraphs) {
				assert.ok(!dump.slice(p.offset, p.end).includes('阅读:'), 'no paragraph holds the 阅读 counter');
				assert.ok(p.end <= d.footer!.offset);
			}
		}
	});

	it('sets the trailing {{el.src}} templates aside as remnants, not notices', () => {
		assert.equal(model.remnants.length, 2);
		for (const r of model.remnants) { assert.match(dump.slice(r.offset, r.end), /^\{\{el\.src\}\}/); }
		assert.ok(model.documents.every(d => !d.title.includes('{{')));
	});

	it('flags the 山西 notice whose body is only a PDF file name', () => {
		const missing = model.documents.filter(d => d.bodyMissing);
		assert.equal(missing.length, 2);
		assert.match(missing[0].title, /^山西省人民政府办公厅/);
		assert.match(missing[0].missingFile ?? '', /\.PDF$/);
		assert.deepEqual(missing[0].sections, []);
	});

	it('gives each distinct notice the same outline as its sample file', () => {
		const sum: Record<string, number> = {};
		for (const name of sampleNames()) {
			for (const [k, v] of Object.entries(countByLevel(parseFile(readSample(name))))) { sum[k] = (sum[k] ?? 0) + v; }
		}
		assert.deepEqual(countByLevel(model), sum);
		assert.deepEqual(sum, { L1: 42, L2: 129, L3: 102, box: 14, plan: 5 });
	});

	it('titles every notice by its title line', () => {
		const provinces = model.documents.filter(d => d.duplicateOf === null).map(d => d.title.slice(0, 2));
		assert.deepEqual(provinces, ['青海', '甘肃', '陕西', '贵州', '四川', '湖北', '山西', '天津', '天津', '山东']);
	});
});
