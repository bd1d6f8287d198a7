// `check FILE…`: the drafting diagnostics of each file, as the editor's Problems view lists
// them (the same language service). Readable lines FILE:LINE:COL (from 1), or one JSON line per
// file with zero-based fields. Exit 1 when an error or a warning is found.
import { createNoticeService, type Diagnostic, type DraftingOptions, type Locale, type Severity } from '../../core/service';
import { LineIndex } from '../../core/text/lineIndex';
import { CliError, readOrReport } from '../input';
import type { CommandResult } from '../main';
import type { Report } from '../report';

export interface DiagnosticJson {
	code: string;
	severity: Severity;
	offset: number;
	end: number;
	/** Zero-based, like every position of the JSON output. */
	line: number;
	character: number;
	message: string;
}

/** Severities that fail a check (exit 1); information and hints do not. */
const FAILING: ReadonlySet<Severity> = new Set(['error', 'warning']);

export function checkCommand(files: string[], values: Record<string, unknown>, report: Report): CommandResult {
	if (!files.length) { throw new CliError('check: expected at least one FILE'); }
	const options: DraftingOptions = { locale: cliLocale(values), includeScraped: !!values['include-scraped'] };
	const service = createNoticeService({ logger: report.logger });
	const lines: string[] = [];
	let failing = false;
	for (const file of files) {
		const text = readOrReport(file, report);
		if (text === undefined) { continue; }
		const found = service.getDiagnostics({ uri: file, version: 0, getText: () => text }, options).map(toJson(new LineIndex(text)));
		service.documentClosed(file);
		service.forgetIfClosed(file);
		failing ||= found.some(d => FAILING.has(d.severity));
		if (values.json) {
			lines.push(JSON.stringify({ file, diagnostics: found }));
		} else {
			for (const d of found) { lines.push(`${file}:${d.line + 1}:${d.character + 1} ${d.severity} ${d.code} ${d.message}`); }
		}
	}
	return { output: lines.join('\n'), exitCode: failing ? 1 : 0 };
}

function toJson(lines: LineIndex): (d: Diagnostic) => DiagnosticJson {
	return d => {
		const p = lines.position(d.offset);
		return { code: d.code, severity: d.severity, offset: d.offset, end: d.end, line: p.line, character: p.character, message: d.message };
	};
}

/** `--locale zh-cn|en`, else the environment's (LC_ALL, LC_MESSAGES, LANG): Chinese for zh*, English otherwise. */
function cliLocale(values: Record<string, unknown>): Locale {
	const given = values.locale;
	if (given !== undefined) {
		if (given === 'zh-cn' || given === 'en') { return given; }
		throw new CliError(`--locale takes zh-cn or en, not '${String(given)}'`);
	}
	const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
	return /^zh/i.test(env) ? 'zh-cn' : 'en';
}
