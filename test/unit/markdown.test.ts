// Document text in hover Markdown is shown as written: escapeMarkdown (src/extension/markdown.ts)
// leaves nothing Markdown would read as syntax. Plain Node: markdown.ts has no vscode import.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeMarkdown } from '../../src/extension/markdown';

const isAsciiPunctuation = (c: string) => /^[!-/:-@[-`{-~]$/.test(c);

/**
 * The text CommonMark reads from `md`, if `md` has no syntax at all: a backslash before ASCII
 * punctuation gives that character; any other ASCII punctuation would be syntax (or could be),
 * so it fails. Also fails on a line break (it would end the line, list item or link label).
 */
function literalText(md: string): string {
	let out = '';
	for (let i = 0; i < md.length; i++) {
		const c = md[i];
		if (c === '\\' && i + 1 < md.length && isAsciiPunctuation(md[i + 1])) { out += md[++i]; continue; }
		assert.ok(!isAsciiPunctuation(c), `unescaped ${JSON.stringify(c)} at ${i} in ${JSON.stringify(md)}`);
		assert.ok(c !== '\n' && c !== '\r', `a line break in ${JSON.stringify(md)}`);
		out += c;
	}
	return out;
}

const collapse = (s: string) => s.replace(/[ \t\n\v\f\r]+/g, ' ');

describe('hover markdown: escapeMarkdown', () => {
	it('escapes every Markdown special, one by one', () => {
		for (const c of '\\`*_{}[]()#+-.!|<>~&$:') {
			assert.equal(escapeMarkdown(c), `\\${c}`, c);
		}
	});

	it('turns off emphasis, code, links, images, headings, lists, quotes, tables and HTML', () => {
		const cases: [string, string][] = [
			['**重点**', '\\*\\*重点\\*\\*'],
			['`code`', '\\`code\\`'],
			['[链接](command:workbench.action.quit)', '\\[链接\\]\\(command\\:workbench\\.action\\.quit\\)'],
			['![img](x.png)', '\\!\\[img\\]\\(x\\.png\\)'],
			['# 标题', '\\# 标题'],
			['1. 第一项', '1\\. 第一项'],
			['- 一项', '\\- 一项'],
			['> 引用', '\\> 引用'],
			['a | b', 'a \\| b'],
			['<img src=x onerror=alert(1)>', '\\<img src\\=x onerror\\=alert\\(1\\)\\>'],
		];
		for (const [text, md] of cases) { assert.equal(escapeMarkdown(text), md, text); }
	});

	it('escapes entities, theme icons and bare URLs (no autolink)', () => {
		assert.equal(escapeMarkdown('&copy; &#169;'), '\\&copy\\; \\&\\#169\\;');
		assert.equal(escapeMarkdown('$(zap) $(sync~spin)'), '\\$\\(zap\\) \\$\\(sync\\~spin\\)');
		for (const url of ['https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm', 'http://example.com', 'www.gov.cn', 'ftp://a.b/c', 'mail@example.com']) {
			const md = escapeMarkdown(`见 ${url} 。`);
			assert.doesNotMatch(md, /:\/\/|www\./, md);
			assert.equal(literalText(md), `见 ${url} 。`);
		}
	});

	it('leaves Chinese text and full-width punctuation as written', () => {
		assert.equal(escapeMarkdown('到2020年，全省达到15%以上（一）《规划》：【专栏1】'), '到2020年，全省达到15\\%以上（一）《规划》：【专栏1】');
		assert.equal(escapeMarkdown('\u3000\u3000一、总体要求'), '\u3000\u3000一、总体要求', 'the ideographic space is not Markdown white space');
	});

	it('keeps the text on one line: every run of white space is one space', () => {
		assert.equal(escapeMarkdown('第一行\n\n    第二行\t\r\n第三行'), '第一行 第二行 第三行');
	});

	it('reads back as the text itself, whatever the text (white space runs as one space)', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), s => {
			assert.equal(literalText(escapeMarkdown(s)), collapse(s));
		}), { numRuns: 1000, seed: 8 });
		fc.assert(fc.property(fc.array(fc.constantFrom('\\', '`', '*', '_', '[', ']', '(', ')', '$', '&', ':', '/', '.', '<', '>', '!', '#', '|', '~', '-', '+', 'a', '中', ' ', '\n'), { maxLength: 60 }), parts => {
			const s = parts.join('');
			assert.equal(literalText(escapeMarkdown(s)), collapse(s));
		}), { numRuns: 1000, seed: 9 });
	});
});
