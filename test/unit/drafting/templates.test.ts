// Templates: the snippets file holds exactly the templates of src/core/drafting/templates.ts, and
// each template, its placeholders at their defaults, is a notice with the GB/T 9704 parts that
// parses to the outline it shows and on which no drafting rule fires.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFile, walkSections } from '../../../src/core/parse';
import { diagnose } from '../../../src/core/drafting/diagnose';
import { expandTemplate, TEMPLATES } from '../../../src/core/drafting/templates';
import { SIGNATURE_DATE } from '../../../src/core/text/signature';
import { REPO } from '../paths';

const DATE = new Date(2025, 4, 1);

describe('drafting templates', () => {
	it('are the six kinds the issue names', () => {
		assert.deepEqual(TEMPLATES.map(t => t.label['zh-cn']), ['通知', '实施方案', '指导意见', '行动计划', '工作要点', '任务分工方案']);
	});

	it('snippets/notice.code-snippets holds the same templates, and package.json contributes it for policy-notice', () => {
		const snippets = JSON.parse(fs.readFileSync(path.join(REPO, 'snippets', 'notice.code-snippets'), 'utf8'));
		assert.deepEqual(Object.keys(snippets), TEMPLATES.map(t => t.label['zh-cn']));
		for (const t of TEMPLATES) {
			const s = snippets[t.label['zh-cn']];
			assert.deepEqual(s.body, t.body, t.id);
			assert.deepEqual(s.prefix, t.prefix, t.id);
			assert.ok(s.description.includes(t.description['zh-cn']), t.id);
		}
		const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
		assert.deepEqual(pkg.contributes.snippets, [{ language: 'policy-notice', path: './snippets/notice.code-snippets' }]);
		assert.ok(pkg.contributes.commands.some((c: { command: string }) => c.command === 'policyNotice.newNotice'));
		assert.match(fs.readFileSync(path.join(REPO, '.vscodeignore'), 'utf8'), /^!snippets\/\*\*$/m, 'the snippets ship in the .vsix');
	});

	for (const t of TEMPLATES) {
		it(`${t.id}: the GB/T 9704 parts, a sound outline, no diagnostic`, () => {
			const text = expandTemplate(t, DATE);
			assert.doesNotMatch(text, /\$\{|\$\d/, 'every placeholder expanded');
			const lines = text.split('\n');
			const model = parseFile(text);
			const [doc] = model.documents;
			assert.equal(model.documents.length, 1);
			assert.match(doc.title, /^××[市省]人民政府(?:办公厅)?关于.+的(?:通知|指导意见)$/, '标题');
			assert.match(lines[2], /^[^　].+：$/, '主送机关');
			assert.ok(lines.some(l => /^　　附件：/.test(l)), '附件说明');
			const date = lines.findIndex(l => SIGNATURE_DATE.test(l));
			assert.equal(lines[date], '2025年5月1日', '成文日期 (no leading zeros)');
			assert.match(lines[date - 1], /人民政府/, '发文机关署名 above the date');
			const headings: string[] = [];
			walkSections(doc.sections, s => headings.push(s.marker));
			assert.ok(headings.filter(m => /^[一二三四五]、$/.test(m)).length >= 3, 'a 一、 level');
			assert.ok(headings.some(m => /^（[一二三四五六七八九]）$/.test(m)), 'a （一） level');
			assert.deepEqual(diagnose(model), []);
		});
	}

	it('numbers its placeholders so that Tab walks through them, each once, and ends at $0', () => {
		for (const t of TEMPLATES) {
			const body = t.body.join('\n');
			const defined = [...body.matchAll(/\$\{(\d+):/g)].map(m => Number(m[1]));
			assert.equal(new Set(defined).size, defined.length, `${t.id}: a placeholder defined twice`);
			assert.deepEqual([...defined].sort((a, b) => a - b), defined.map((_, i) => i + 1), `${t.id}: placeholders 1..n`);
			assert.ok(body.endsWith('$0'), t.id);
		}
	});
});
