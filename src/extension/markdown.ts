// Document text inside hover Markdown: shown as written, never read as Markdown. Pure (no
// vscode import), so it is unit-tested in plain Node (test/unit/markdown.test.ts).

/**
 * Every ASCII punctuation character. CommonMark (and marked, which renders VS Code's hovers)
 * lets a backslash escape any of them, so escaping them all covers emphasis, code, links,
 * headings, lists, tables, HTML and entities (`&`), theme icons (`$(…)`) and autolinks (a bare
 * `https://…` or `www.…` no longer matches once its `:` and `.` are escaped), with no list to
 * keep up to date. Chinese punctuation is not Markdown syntax and stays as it is.
 */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
/** The white space Markdown reads as structure (the ideographic space U+3000 is not). */
const MARKDOWN_SPACE = /[ \t\n\v\f\r]+/g;

/**
 * `text` as literal inline Markdown: ASCII punctuation backslash-escaped, and every run of
 * white space (line breaks included) one space, so the text stays inside its line, list item or
 * link label (a line break would end it, leading spaces would start a code block).
 */
export function escapeMarkdown(text: string): string {
	return text.replace(ASCII_PUNCTUATION, '\\$&').replace(MARKDOWN_SPACE, ' ');
}
