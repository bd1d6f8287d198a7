// The outline of the govdoc-cn document agrees with its per-character heading labels.
// The gold file has one `char label` row per character, blanks written as 曌 and some line
// breaks as 錓 (others dropped), so both sides are compared on their visible characters.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFile } from '../../../src/core/parse';
import { CORPUS } from '../paths';
import { allSections } from './helpers';

interface GoldHeading { level: number; text: string }

const LEVEL: Record<string, number> = { 一级标题: 1, 二级标题: 2, 三级标题: 3, 四级标题: 4 };
const INVISIBLE = /[\s\u3000曌錓]/;

function goldHeadings(rows: string[]): GoldHeading[] {
	const out: GoldHeading[] = [];
	let current: GoldHeading | null = null;
	for (const row of rows) {
		const ch = row[0];
		const label = row.slice(2);
		const m = /^([BI])_(.+)$/.exec(label);
		const level = m ? LEVEL[m[2]] : undefined;
		if (m && level && m[1] === 'B') { current = { level, text: '' }; out.push(current); } else if (!level || !m) { current = null; }
		if (current && !INVISIBLE.test(ch)) { current.text += ch; }
	}
	return out;
}

describe('govdoc-cn gold heading labels', () => {
	const dir = path.join(CORPUS, 'govdoc-cn');
	const text = fs.readFileSync(path.join(dir, '0001.txt'), 'utf8');
	const gold = goldHeadings(fs.readFileSync(path.join(dir, 'gold', '0001.bio.txt'), 'utf8').split('\n').filter(Boolean));
	const ours = allSections(parseFile(text)).filter(s => s.kind === 'section');

	it('has the labelled headings to compare against', () => {
		assert.ok(gold.length >= 10, `${gold.length} gold headings`);
	});

	it('finds every labelled heading, at its level, and no other', () => {
		assert.deepEqual(ours.map(s => s.level), gold.map(g => g.level));
	});

	it('each heading (marker and title) is how the gold label begins', () => {
		for (const [i, s] of ours.entries()) {
			const heading = text.slice(s.heading.offset, s.heading.end).replace(/[\s\u3000]/g, '');
			assert.ok(gold[i].text.startsWith(heading), `${heading} vs gold ${gold[i].text.slice(0, 40)}`);
			// A level-2 label ends at its title's 。; ours ends just before it.
			if (gold[i].level === 2) { assert.equal(gold[i].text.replace(/。$/, ''), heading); }
		}
	});
});
