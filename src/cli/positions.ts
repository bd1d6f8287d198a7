// Where `related` looks: `--at LINE[:COL]` counted from 1 like the editor's Go to Line, the
// `file:line:col` links and the readable output, or `--offset N`, the zero-based UTF-16 offset
// the JSON output uses, for scripts.
import { LineIndex } from '../core/text/lineIndex';
import { CliError } from './input';

export interface QueryPosition {
	/** Zero-based, as the core takes it. */
	line: number;
	character: number;
	/** The position as the user gave it, for messages. */
	label: string;
}

/** `LINE` or `LINE:COL`, both from 1 → zero-based; null when malformed or 0. */
function parseOneBased(at: string): { line: number; character: number } | null {
	const m = /^(\d+)(?::(\d+))?$/.exec(at.trim());
	if (!m) { return null; }
	const line = Number(m[1]), col = m[2] === undefined ? 1 : Number(m[2]);
	if (line < 1 || col < 1) { return null; }
	return { line: line - 1, character: col - 1 };
}

/** The position the options name in `text`; a CliError when they name none or one outside it. */
export function queryPosition(values: Record<string, unknown>, text: string, file: string): QueryPosition {
	const at = values.at, offset = values.offset;
	if (at !== undefined && offset !== undefined) { throw new CliError('related: give --at or --offset, not both'); }
	const lines = new LineIndex(text);
	if (typeof offset === 'string') {
		const n = /^\d+$/.test(offset.trim()) ? Number(offset) : NaN;
		if (!(n <= text.length)) { throw new CliError(`related: --offset takes a zero-based UTF-16 offset from 0 to ${text.length}`); }
		return { ...lines.position(n), label: `offset ${n}` };
	}
	if (typeof at !== 'string') { throw new CliError('related: --at LINE:COL (from 1) or --offset N (from 0) is required'); }
	const p = parseOneBased(at);
	if (!p) { throw new CliError('related: --at takes LINE or LINE:COL counted from 1, like the editor (--offset N is zero-based)'); }
	if (p.line >= lines.lineCount) { throw new CliError(`related: line ${p.line + 1} is past the end of ${file} (${lines.lineCount} lines)`); }
	if (lines.position(lines.offset(p.line, p.character)).line !== p.line) { throw new CliError(`related: column ${p.character + 1} is past the end of line ${p.line + 1}`); }
	return { ...p, label: `${p.line + 1}:${p.character + 1}` };
}
