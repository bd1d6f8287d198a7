// Drafting diagnostics on the real corpus (issue 9: "at most one false alarm per ten real documents
// at default settings"). Every diagnostic the language service raises at default settings on the
// files of real/, policies/ and regulations/ is looked up in the hand review
// (diagnostics-review.json: each reviewed diagnostic, by file, code and the text around it, judged
// a true problem or a false alarm). The review covers every diagnostic of most codes and a sample
// of the two punctuation codes (up to three per document). False alarms are estimated per file and
// code from its reviewed share (a web page with forty diagnostics weighs forty, not three), else from
// the code's share over all files. Split as the gold set: sha1(path)[0] in 0–5 is held out.
//   node out/test/eval/diagnostics.js [--details]   (--details lists the tune split's false alarms)
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText } from '../../src/core/io/decode';
import { createNoticeService } from '../../src/core/service';
import { LineIndex } from '../../src/core/text/lineIndex';
import { CORPUS, REPO } from '../unit/paths';

export const DIAGNOSTICS_REVIEW = path.join(REPO, 'test', 'eval', 'diagnostics-review.json');
const FOLDERS = ['real', 'policies', 'regulations'];
/** Characters of the diagnostic's line kept on each side of it: the key of a reviewed diagnostic. */
const AROUND = 60;

type Split = 'tune' | 'holdout';
export interface ReviewedDiagnostic { file: string; code: string; context: string; verdict: 'true' | 'false'; reason: string }
export interface RaisedDiagnostic { file: string; split: Split; code: string; context: string; line: number; message: string }

export function splitOfCorpusFile(rel: string): Split {
	return '012345'.includes(createHash('sha1').update(rel).digest('hex')[0]) ? 'holdout' : 'tune';
}

/** The corpus files of the review, relative to the corpus folder, in order. */
export function corpusFiles(): string[] {
	return FOLDERS.flatMap(folder => fs.readdirSync(path.join(CORPUS, folder)).filter(f => f.endsWith('.txt')).sort().map(f => `${folder}/${f}`));
}

/** Every diagnostic raised at default settings on `files`, with the text around it on its line. */
export function raisedDiagnostics(files: readonly string[]): RaisedDiagnostic[] {
	const service = createNoticeService({ logger: { error: m => { throw new Error(m); } } });
	const out: RaisedDiagnostic[] = [];
	for (const file of files) {
		const text = decodeText(fs.readFileSync(path.join(CORPUS, file))).text;
		const split = splitOfCorpusFile(file);
		const lines = new LineIndex(text);
		for (const d of service.getDiagnostics({ uri: file, version: 0, getText: () => text })) {
			const lineStart = text.lastIndexOf('\n', d.offset - 1) + 1;
			const newline = text.indexOf('\n', d.end);
			const lineEnd = newline < 0 ? text.length : newline;
			const context = text.slice(Math.max(lineStart, d.offset - AROUND), Math.min(lineEnd, d.end + AROUND));
			out.push({ file, split, code: d.code, context, line: lines.position(d.offset).line + 1, message: d.message });
		}
		service.documentClosed(file);
		service.forgetIfClosed(file);
	}
	return out;
}

export const reviewKey = (d: { file: string; code: string; context: string }) => `${d.file}\n${d.code}\n${d.context}`;

export interface DiagnosticsReport {
	docs: Record<Split, number>;
	flaggedDocs: Record<Split, number>;
	/** Per split and code: raised, reviewed, false among reviewed, estimated false alarms. */
	codes: Record<Split, Map<string, CodeCount>>;
	/** Raised diagnostics of a code with no reviewed diagnostic in its split (not estimated). */
	unreviewed: Record<Split, number>;
	falseTune: RaisedDiagnostic[];
}

export interface CodeCount { raised: number; reviewed: number; falseAlarms: number; estimated: number }

const zeroCount = (): CodeCount => ({ raised: 0, reviewed: 0, falseAlarms: 0, estimated: 0 });

export function scoreDiagnostics(files: readonly string[], raised: readonly RaisedDiagnostic[], review: readonly ReviewedDiagnostic[]): DiagnosticsReport {
	const verdicts = new Map(review.map(r => [reviewKey(r), r.verdict]));
	const report: DiagnosticsReport = {
		docs: { tune: 0, holdout: 0 }, flaggedDocs: { tune: 0, holdout: 0 },
		codes: { tune: new Map(), holdout: new Map() }, unreviewed: { tune: 0, holdout: 0 }, falseTune: [],
	};
	for (const f of files) { report.docs[splitOfCorpusFile(f)]++; }
	for (const f of new Set(raised.map(d => d.file))) { report.flaggedDocs[splitOfCorpusFile(f)]++; }
	// Counted per split and code, and per file and code.
	const perFile = new Map<string, CodeCount & { split: Split; code: string }>();
	for (const d of raised) {
		const c = report.codes[d.split].get(d.code) ?? zeroCount();
		report.codes[d.split].set(d.code, c);
		const key = `${d.file}\n${d.code}`;
		const f = perFile.get(key) ?? { ...zeroCount(), split: d.split, code: d.code };
		perFile.set(key, f);
		c.raised++;
		f.raised++;
		const v = verdicts.get(reviewKey(d));
		if (v === undefined) { continue; }
		c.reviewed++;
		f.reviewed++;
		if (v === 'false') {
			c.falseAlarms++;
			f.falseAlarms++;
			if (d.split === 'tune') { report.falseTune.push(d); }
		}
	}
	for (const f of perFile.values()) {
		const c = report.codes[f.split].get(f.code)!;
		if (f.reviewed) { c.estimated += f.falseAlarms / f.reviewed * f.raised; } else if (c.reviewed) { c.estimated += c.falseAlarms / c.reviewed * f.raised; }
	}
	for (const split of ['tune', 'holdout'] as const) {
		for (const c of report.codes[split].values()) { if (!c.reviewed) { report.unreviewed[split] += c.raised; } }
	}
	return report;
}

export function runDiagnosticsEval(argv: readonly string[] = []): DiagnosticsReport {
	const review = JSON.parse(fs.readFileSync(DIAGNOSTICS_REVIEW, 'utf8')) as ReviewedDiagnostic[];
	const files = corpusFiles();
	const report = scoreDiagnostics(files, raisedDiagnostics(files), review);
	console.log('default settings; false alarms estimated per file and code from the reviewed ones (else the code\'s share); goal: at most 1 per 10 documents');
	console.log('split    docs  flagged  code                      raised  reviewed  false  est. false');
	for (const split of ['tune', 'holdout'] as const) {
		let raised = 0, estimated = 0;
		for (const [code, c] of [...report.codes[split]].sort((a, b) => b[1].raised - a[1].raised)) {
			raised += c.raised;
			estimated += c.estimated;
			console.log(`${split.padEnd(8)} ${''.padStart(4)}  ${''.padStart(7)}  ${code.padEnd(24)} ${String(c.raised).padStart(7)} ${String(c.reviewed).padStart(9)} ${String(c.falseAlarms).padStart(6)} ${c.estimated.toFixed(1).padStart(11)}`);
		}
		const per10 = estimated / report.docs[split] * 10;
		console.log(`${split.padEnd(8)} ${String(report.docs[split]).padStart(4)}  ${String(report.flaggedDocs[split]).padStart(7)}  ${'all'.padEnd(24)} ${String(raised).padStart(7)}`
			+ `${''.padStart(10)}${''.padStart(7)} ${estimated.toFixed(1).padStart(11)}   → ${per10.toFixed(2)} false alarms per 10 documents${report.unreviewed[split] ? `, ${report.unreviewed[split]} of a code never reviewed` : ''}`);
	}
	if (argv.includes('--details')) {
		for (const d of report.falseTune) { console.log(`  false alarm  ${d.file}:${d.line}  ${d.code}  ${d.context.replace(/\s+/g, ' ')}`); }
	}
	return report;
}

if (require.main === module) { runDiagnosticsEval(process.argv.slice(2)); }
