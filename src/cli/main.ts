// policy-notice: the command-line face of the same core the editor uses.
import { parseArgs } from 'node:util';
import { CliError, MAX_INPUT_BYTES } from './input';
import { outlineCommand } from './commands/outline';
import { detectCommand } from './commands/detect';
import { annotateCommand } from './commands/annotate';
import { indexCommand, relatedCommand } from './commands/crossref';
import { checkCommand } from './commands/check';
import { fixCommand } from './commands/fix';
import { targetsCommand } from './commands/targets';
import { tasksCommand } from './commands/tasks';
import { compareCommand } from './commands/compare';
import { Report } from './report';

const USAGE = `usage: policy-notice <command> [options]

commands:
  outline FILE [--json]        the 公文 outline of every notice in FILE
  detect FILE... [--json]      whether each FILE is a policy notice, with the reasons
  annotate FILE [--json]       targets, dates, 文号 and responsible units
  related FILE (--at LINE[:COL] | --offset N) [--root DIR]... [--limit N] [--cache F | --no-cache] [--json]
                               tasks in other documents related to the task at a position
                               (default root: the file's folder)
  index DIR... [--cache F | --no-cache] [--json]
                               index every notice below DIR, print counts and timings.
                               Segmented files are kept between runs: in F with --cache F,
                               else in the user's cache folder (~/.cache/policy-notice, or
                               $XDG_CACHE_HOME, or $PN_CACHE_DIR), one file per set of roots
  check FILE... [--json] [--include-scraped] [--locale zh-cn|en]
                               drafting problems (GB/T 9704 numbering, markers, punctuation,
                               文号, 附件), one line each: FILE:LINE:COL severity code message;
                               --json: one line per file, {file, diagnostics: [{code, severity,
                               offset, end, line, character, message}]}. Exit 1 when an error
                               or a warning is found. Scraped dumps are skipped unless
                               --include-scraped. Messages in --locale, else in $LANG's language
  fix FILE [--rules renumber,markers,punctuation] [--marker-style JSON] [--write]
                               the fixes named (default: all three): renumber sibling headings
                               with gaps or repeats (and 第X条 references), markers in the house
                               style (GB/T 9704 一、 （一） 1. （1）, or --marker-style
                               '{"arabicDot":"1．"}'), half-width punctuation in Chinese text to
                               full-width. Prints the fixed text; --write replaces FILE instead
                               (atomically, permissions kept; UTF-8 and UTF-16 files only)
  targets DIR|FILE... [--by-metric] [--json | --csv]
                               the targets of every notice below DIR (or FILE), normalized:
                               metric, value in one unit per kind (亿元, %, 个百分点, 个 …),
                               comparator, deadline year. --by-metric groups them by metric
                               across files; --json: {"metrics": [{"metric", "unit", "targets":
                               [{"file", "offset", "end", "text", "value", "deadline"}]}]};
                               --csv: one row per target, UTF-8 with BOM
  tasks DIR|FILE... [--format json|csv|md|xlsx] [--out F]
                               the task table (任务分工表) of every notice below DIR (or
                               FILE): number, section path, task, lead units (牵头),
                               responsible units (责任/配合), deadline, targets; unit names
                               normalized (省发改委 → 省发展改革委). Without --format one line
                               per task; --format json: {"tasks": [{"file", "offset", "end",
                               "path", "title", "lead", "responsible", "deadline", "targets"}]};
                               csv (UTF-8 with BOM) / md / xlsx: a header row, then one row per
                               task. --out F writes F instead of printing (xlsx needs it)
  compare A B [--root DIR]... [--min-score N] [--cache F | --no-cache] [--json]
                               two notices side by side: their tasks aligned one to one by
                               the cross-reference ranking (over the index of the roots;
                               default: the two files' folders), then the tasks of each
                               without a counterpart, then the differences of the aligned
                               tasks' targets (same metric, values in one unit, B − A)

folders (index, related, compare, targets, tasks):
  --include GLOB, --exclude GLOB
                               the files read below a folder, as the editor's index reads them
                               (repeatable; each replaces its setting). Without them, the
                               folder's .vscode/settings.json policyNotice.index.include /
                               .exclude, else the defaults (**/*.txt, **/*.notice; not below
                               node_modules or .git)

positions:
  --at LINE[:COL]              counted from 1, like the editor's Go to Line (Ctrl+G) and the
                               LINE:COL this tool prints; COL counts UTF-16 code units
  --offset N                   zero-based UTF-16 offset into the text, as in the JSON output
  JSON output keeps zero-based fields: offset, end, line, character

input:
  regular files only (not devices, FIFOs or sockets), at most ${MAX_INPUT_BYTES / 2 ** 20} MiB each;
  UTF-8, UTF-16 (with BOM or NUL pattern), GB18030/GBK and Big5, guessed from the bytes;
  CR, LF and CRLF line ends. A file that cannot be read gets one line on stderr; commands over
  several files go on with the others and exit with 2 at the end.`;

/** What a command prints, and its exit code when it is not the default (0, or 2 after a file failed). */
export interface CommandResult {
	output: string;
	exitCode?: number;
	/** Printed exactly as it is (fixed text): no newline added. */
	verbatim?: boolean;
}

type Handler = (positionals: string[], values: Record<string, unknown>, report: Report) => Promise<string | CommandResult> | string | CommandResult;

const commands: Record<string, Handler> = {
	outline: (p, v, r) => outlineCommand(one(p, 'outline'), !!v.json, r),
	detect: (p, v, r) => {
		if (!p.length) { throw new CliError('detect: expected at least one FILE'); }
		return detectCommand(p, !!v.json, r);
	},
	annotate: (p, v, r) => annotateCommand(one(p, 'annotate'), !!v.json, r),
	related: (p, v, r) => relatedCommand(one(p, 'related'), v, r),
	index: (p, v, r) => indexCommand(p, v, r),
	check: (p, v, r) => checkCommand(p, v, r),
	fix: (p, v, r) => fixCommand(p, v, r),
	targets: (p, v, r) => targetsCommand(p, v, r),
	tasks: (p, v, r) => tasksCommand(p, v, r),
	compare: (p, v, r) => compareCommand(p, v, r),
};

function one(p: string[], cmd: string): string {
	if (p.length !== 1) { throw new CliError(`${cmd}: expected one FILE`); }
	return p[0];
}

export async function main(argv: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv, allowPositionals: true, strict: true,
			options: {
				json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
				at: { type: 'string' }, offset: { type: 'string' }, root: { type: 'string', multiple: true }, limit: { type: 'string' },
				cache: { type: 'string' }, 'no-cache': { type: 'boolean' },
				'include-scraped': { type: 'boolean' }, locale: { type: 'string' },
				rules: { type: 'string' }, 'marker-style': { type: 'string' }, write: { type: 'boolean' },
				'by-metric': { type: 'boolean' }, csv: { type: 'boolean' },
				format: { type: 'string' }, out: { type: 'string' }, 'min-score': { type: 'string' },
				include: { type: 'string', multiple: true }, exclude: { type: 'string', multiple: true },
			},
		});
	} catch (e) {
		process.stderr.write(`policy-notice: ${(e as Error).message.replace(/\s*\n\s*/g, ' ')}\n`); // one line
		return 2;
	}
	const [command, ...rest] = parsed.positionals;
	if (parsed.values.help || !command) {
		process.stdout.write(USAGE + '\n');
		return command || parsed.values.help ? 0 : 2;
	}
	const handler = commands[command];
	if (!handler) {
		process.stderr.write(`policy-notice: unknown command '${command}'\n${USAGE}\n`);
		return 2;
	}
	const report = new Report(line => process.stderr.write(line + '\n'));
	try {
		const result = await handler(rest, parsed.values, report);
		const { output: out, exitCode = 0, verbatim = false } = typeof result === 'string' ? { output: result } : result;
		process.stdout.write(verbatim || out.endsWith('\n') || out === '' ? out : out + '\n');
		return report.failures ? 2 : exitCode;
	} catch (e) {
		if (e instanceof CliError) {
			process.stderr.write(`policy-notice: ${e.message}\n`);
			return e.exitCode;
		}
		process.stderr.write(`policy-notice: internal error: ${(e as Error)?.message ?? e}\n`);
		return 70;
	}
}

if (require.main === module) {
	main(process.argv.slice(2)).then(code => { process.exitCode = code; });
}
