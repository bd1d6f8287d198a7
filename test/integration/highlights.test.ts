// Highlights in a real VS Code, end to end: the legend, the tokens as the editor receives them
// (the service's, as it encodes them, placed where the editor shows their text), a range request,
// and hovers over a date, a target and a quantity as the UI words them. What the tokens and hovers
// say on the samples, and their encoding (sorted, one line each, UTF-16 columns), is asked of the
// language service in plain Node (test/unit/service/samples.test.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { createNoticeService } from '../../src/core/service';
import { openNotice, sampleUri, waitFor } from './util';

interface Token { line: number; char: number; length: number; type: string; modifiers: string[]; text: string; offset: number }

function decode(doc: vscode.TextDocument, legend: vscode.SemanticTokensLegend, tokens: vscode.SemanticTokens): Token[] {
	const out: Token[] = [];
	const d = tokens.data;
	let line = 0, char = 0;
	for (let i = 0; i + 4 < d.length; i += 5) {
		line += d[i];
		char = d[i] === 0 ? char + d[i + 1] : d[i + 1];
		const length = d[i + 2];
		const type = legend.tokenTypes[d[i + 3]];
		const modifiers = legend.tokenModifiers.filter((_, k) => (d[i + 4] >> k) & 1);
		const start = new vscode.Position(line, char);
		out.push({ line, char, length, type, modifiers, text: doc.getText(new vscode.Range(start, start.translate(0, length))), offset: doc.offsetAt(start) });
	}
	return out;
}

async function legendOf(uri: vscode.Uri): Promise<vscode.SemanticTokensLegend> {
	return waitFor(async () => await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri), 20_000, 'semantic tokens legend');
}

async function tokensOf(doc: vscode.TextDocument): Promise<Token[]> {
	const legend = await legendOf(doc.uri);
	const tokens = await waitFor(async () => {
		const t = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
		return t && t.data.length ? t : undefined;
	}, 20_000, 'semantic tokens');
	return decode(doc, legend, tokens);
}

/** Hover Markdown as it reads: the backslash escapes of the document's text dropped. */
function readable(markdown: string): string {
	return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Hovers of this extension's highlights at a position (the related-targets hover may add its own). */
async function ownHovers(doc: vscode.TextDocument, position: vscode.Position): Promise<{ text: string; range: string }[]> {
	const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
	return hovers
		.map(h => ({ text: readable(h.contents.map(c => typeof c === 'string' ? c : c.value).join('\n')), range: h.range ? doc.getText(h.range) : '' }))
		// The same-metric hover (metricHover.ts) is another provider's, also headed `**…** · `.
		.filter(h => /^\*\*[^*\n]+\*\* · /.test(h.text) && !h.text.startsWith(`**${METRIC_HOVER_TITLE}**`));
}

/** The heading of the same-metric hover, in the host's UI language (English here). */
const METRIC_HOVER_TITLE = 'Same metric in other notices';

async function hoverAt(doc: vscode.TextDocument, needle: string, { nth = 0, skip = 1 } = {}): Promise<{ text: string; range: string }> {
	let at = -1;
	for (let k = 0; k <= nth; k++) { at = doc.getText().indexOf(needle, at + 1); }
	assert.ok(at >= 0, `${needle} is in the document`);
	const hovers = await ownHovers(doc, doc.positionAt(at + skip));
	assert.strictEqual(hovers.length, 1, `one highlights hover at ${needle}`);
	return hovers[0];
}

describe('highlights: semantic tokens', () => {
	it('declares the legend: target, quantity, date, docNumber, unit and the date kinds', async () => {
		const doc = await openNotice(sampleUri('gansu'));
		const legend = await legendOf(doc.uri);
		assert.deepStrictEqual(legend.tokenTypes, ['target', 'quantity', 'date', 'docNumber', 'unit']);
		for (const m of ['deadline', 'period', 'issued', 'effective', 'published', 'reference', 'past', 'lead']) { assert.ok(legend.tokenModifiers.includes(m), m); }
	});

	it('gives the service\'s tokens as it encodes them, placed where the editor shows their text (CRLF, a surrogate pair)', async () => {
		const service = createNoticeService();
		const gansu = await openNotice(sampleUri('gansu'));
		const tokens = await waitFor(async () => {
			const t = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', gansu.uri);
			return t && t.data.length ? t : undefined;
		}, 20_000, 'semantic tokens');
		assert.deepStrictEqual([...tokens.data], [...service.getSemanticTokenData({ uri: 'oracle:gansu', version: 1, getText: () => gansu.getText() })]);
		// CRLF line ends and a surrogate pair before the target on its line, read back in the editor's lines and columns.
		const content = '某市关于加快数字经济发展的通知\r\n一、发展目标\r\n到2020年，𠮷市数字经济规模达到1000亿元以上，增长10%。\r\n';
		const doc = await vscode.workspace.openTextDocument({ language: 'policy-notice', content });
		assert.strictEqual(doc.eol, vscode.EndOfLine.CRLF);
		assert.deepStrictEqual((await tokensOf(doc)).map(t => `${t.line}:${t.char}:${t.text}:${t.type}`), [
			'2:0:到2020年:date', '2:16:达到1000亿元以上:target', '2:27:增长10%:target',
		]);
	});

	it('answers a range request with the tokens of that range', async () => {
		const doc = await openNotice(sampleUri('gansu'));
		const full = await tokensOf(doc);
		const from = doc.getText().indexOf('8.智能制造'), to = doc.getText().indexOf('9.智能农业');
		const range = new vscode.Range(doc.positionAt(from), doc.positionAt(to));
		const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentRangeSemanticTokensLegend', doc.uri, range);
		const part = decode(doc, legend, await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentRangeSemanticTokens', doc.uri, range));
		const expected = full.filter(t => t.offset < to && t.offset + t.length > from);
		assert.ok(expected.length >= 8, `${expected.length} tokens in 8.智能制造`);
		assert.deepStrictEqual(part.map(t => `${t.offset}:${t.text}:${t.type}`), expected.map(t => `${t.offset}:${t.text}:${t.type}`));
	});
});

describe('highlights: hovers', () => {
	it('shows a date\'s kind and ISO form, and for a deadline the time from today', async () => {
		const gansu = await openNotice(sampleUri('gansu'));
		const issued = await hoverAt(gansu, '2018年8月1日');
		assert.strictEqual(issued.range, '2018年8月1日');
		assert.match(issued.text, /Issue date|成文日期/);
		assert.match(issued.text, /2018-08-01/);
		assert.doesNotMatch(issued.text, /From today|距今/);
		const hubei = await openNotice(sampleUri('hubei'));
		const deadline = await hoverAt(hubei, '2019年6月底');
		assert.strictEqual(deadline.range, '2019年6月底');
		assert.match(deadline.text, /Deadline|截止日期/);
		assert.match(deadline.text, /2019-06-30/);
		// 2019-06-30 is in the past: "N years ago (M days)"
		const days = Math.round((Date.UTC(new Date().getFullYear(), new Date().getMonth(), new Date().getDate()) - Date.UTC(2019, 5, 30)) / 86_400_000);
		assert.match(deadline.text, /(From today|距今).*(ago|前)/);
		assert.ok(deadline.text.includes(days.toLocaleString(vscode.env.language)), `${days} days in ${deadline.text}`);
		const qinghai = await openNotice(sampleUri('qinghai'));
		const effective = await hoverAt(qinghai, '2018年6月14日');
		assert.match(effective.text, /Effective date|施行日期/);
		assert.match(effective.text, /From today|距今/);
	});

	it('shows a target\'s metric, value, verb, deadline, task and units (gansu 8.智能制造)', async () => {
		const doc = await openNotice(sampleUri('gansu'));
		const h = await hoverAt(doc, '降低 30%', { skip: 4 });
		assert.strictEqual(h.range, '降低 30%');
		assert.match(h.text, /Target|目标/);
		for (const s of ['试点示范项目运营成本', '30%', '降低', '2020', '推动人工智能与各行业融合创新 › 智能制造', '省工信委', '省发展改革委、省教育厅、省科技厅、各市州政府']) {
			assert.ok(h.text.includes(s), `${s} in ${h.text}`);
		}
		assert.match(h.text, /(Lead units|牵头单位)[:：] ?省工信委/);
	});

	it('says a baseline figure is not a target, and shows nothing on plain text', async () => {
		const doc = await openNotice(sampleUri('shandong'));
		const h = await hoverAt(doc, '1.42万亿元');
		assert.match(h.text, /Quantity \(not a target\)|数值（非目标）/);
		assert.match(h.text, /1\.42万亿元/);
		const plain = doc.getText().indexOf('推动大数据优秀产品和解决方案深入应用');
		assert.ok(plain > 0);
		assert.deepStrictEqual(await ownHovers(doc, doc.positionAt(plain + 3)), []);
	});
});
