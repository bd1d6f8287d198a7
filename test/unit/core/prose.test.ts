// Ordinary Chinese prose is not a notice: news (also news about policies), essays, fiction,
// recipes, reviews, forum posts, class and club announcements… (test/fixtures/prose/README.md),
// each paragraph read as a file of its own.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analysis } from '../../../src/core/analysis';
import { FIXTURES } from '../paths';

const detect = (text: string) => new Analysis(text).detection;

function paragraphs(): string[] {
	const text = fs.readFileSync(path.join(FIXTURES, 'prose', 'paragraphs.txt'), 'utf8');
	return text.split(/\r?\n[ \t]*\r?\n/).map(p => p.trim()).filter(p => p.length > 0);
}

describe('ordinary prose', () => {
	it('has at least 150 paragraphs', () => {
		assert.ok(paragraphs().length >= 150, `${paragraphs().length} paragraphs`);
	});

	it('takes no paragraph for a notice', () => {
		const found: string[] = [];
		paragraphs().forEach((p, i) => {
			const d = detect(p);
			if (d.isNotice) { found.push(`#${i + 1} ${p.slice(0, 30).replace(/\s+/g, ' ')}… (${d.score}: ${d.reasons.join(', ')})`); }
		});
		assert.equal(found.length, 0, `${found.length} false positives:\n${found.join('\n')}`);
	});
});
