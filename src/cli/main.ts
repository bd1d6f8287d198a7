// policy-notice: the command-line face of the same core the editor uses.
import { parseArgs } from 'node:util';
import { CliError } from './input';
import { outlineCommand } from './commands/outline';
import { detectCommand } from './commands/detect';
import { annotateCommand } from './commands/annotate';
import { indexCommand, relatedCommand } from './commands/crossref';

const USAGE = `usage: policy-notice <command> [options]

commands:
  outline FILE [--json]        the 公文 outline of every notice in FILE
  detect FILE... [--json]      whether each FILE is a policy notice, with the reasons
  annotate FILE [--json]       targets, dates, 文号 and responsible units
  related FILE --at LINE:COL [--root DIR]... [--limit N] [--cache F] [--json]
                               tasks in other documents related to the task at LINE:COL
                               (zero-based; default root: the file's folder)
  index DIR... [--cache F] [--json]
                               index every notice below DIR, print counts and timings
                               (--cache F keeps segmented files in F between runs)`;

type Handler = (positionals: string[], values: Record<string, unknown>) => Promise<string> | string;

const commands: Record<string, Handler> = {
	outline: (p, v) => outlineCommand(one(p, 'outline'), !!v.json),
	detect: (p, v) => {
		if (!p.length) { throw new CliError('detect: expected at least one FILE'); }
		return detectCommand(p, !!v.json);
	},
	annotate: (p, v) => annotateCommand(one(p, 'annotate'), !!v.json),
	related: (p, v) => relatedCommand(one(p, 'related'), v),
	index: (p, v) => indexCommand(p, v),
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
				at: { type: 'string' }, root: { type: 'string', multiple: true }, limit: { type: 'string' },
				cache: { type: 'string' },
			},
		});
	} catch (e) {
		process.stderr.write(`policy-notice: ${(e as Error).message}\n`);
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
	try {
		const out = await handler(rest, parsed.values);
		process.stdout.write(out.endsWith('\n') || out === '' ? out : out + '\n');
		return 0;
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
