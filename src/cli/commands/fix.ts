// `fix FILE [--rules renumber,markers,punctuation] [--write]`: the drafting fixes the user names,
// from the language service (fixText). Prints the fixed text; only --write writes the file, atomically and
// only when it can be written back in the encoding it was read in.
import * as fs from 'node:fs';
import { houseStyleFrom, type HouseStyle } from '../../core/drafting';
import { writeAtomic } from '../../core/io/cacheFile';
import { FIX_RULES, fixText, type FixRule } from '../../core/service';
import { CliError, readDecodedFile } from '../input';
import type { CommandResult } from '../main';
import type { Report } from '../report';

export async function fixCommand(files: string[], values: Record<string, unknown>, report: Report): Promise<CommandResult> {
	if (files.length !== 1) { throw new CliError('fix: expected one FILE'); }
	const file = files[0];
	const rules = fixRules(values.rules);
	const style = markerStyle(values['marker-style']);
	const read = readDecodedFile(file, report);
	const { text, counts } = fixText(file, read.text, rules, style, report.logger);
	if (!values.write) { return { output: text, verbatim: true }; }
	if (text === read.text) { return { output: `${file}: nothing to fix` }; }
	await writeBack(file, read, text);
	const changed = Object.values(counts).reduce((a, b) => a + b, 0);
	const detail = FIX_RULES.filter(r => counts[r]).map(r => `${r} ${counts[r]}`).join(', ');
	return { output: `${file}: ${changed} change${changed === 1 ? '' : 's'} written (${detail})` };
}

function fixRules(given: unknown): FixRule[] {
	if (given === undefined) { return [...FIX_RULES]; }
	const names = String(given).split(',').map(s => s.trim()).filter(Boolean);
	const unknown = names.filter(n => !(FIX_RULES as readonly string[]).includes(n));
	if (unknown.length || !names.length) { throw new CliError(`fix: --rules takes a comma-separated list of ${FIX_RULES.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}`); }
	return FIX_RULES.filter(r => names.includes(r));
}

/** `--marker-style '{"arabicDot":"1．"}'`: the house style (GB/T 9704 for what it does not name). */
function markerStyle(given: unknown): HouseStyle {
	if (given === undefined) { return houseStyleFrom(undefined); }
	let parsed: unknown;
	try { parsed = JSON.parse(String(given)); } catch (e) {
		throw new CliError(`fix: --marker-style takes a JSON object such as {"arabicDot":"1．"} (${(e as Error).message})`);
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) { throw new CliError('fix: --marker-style takes a JSON object such as {"arabicDot":"1．"}'); }
	return houseStyleFrom(parsed as Record<string, unknown>);
}

/**
 * Writes the fixed text over the file (through a symlink to its target), atomically, keeping its
 * permissions and its encoding; refused when the file would not read back byte for byte as it
 * was read (a legacy encoding, bytes that were replaced while decoding).
 */
async function writeBack(file: string, read: ReturnType<typeof readDecodedFile>, text: string): Promise<void> {
	const same = encode(read.text, read.encoding, read.bom);
	if (!same || !Buffer.from(read.bytes).equals(same)) {
		throw new CliError(`fix: ${file} was read as ${read.encoding.toUpperCase()}${read.warnings.length ? ' with replaced bytes' : ''}; --write only writes UTF-8 or UTF-16 files it can write back unchanged apart from the fixes (without --write the fixed text is printed)`);
	}
	const target = fs.realpathSync(file);
	await writeAtomic(target, [encode(text, read.encoding, read.bom)!], fs.statSync(target).mode & 0o7777);
}

/** The text in `encoding` with its byte order mark if it had one; null for an encoding written nowhere here. */
function encode(text: string, encoding: string, bom: boolean): Buffer | null {
	switch (encoding) {
		case 'utf-8': return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
		case 'utf-16le': return Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
		case 'utf-16be': return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), Buffer.from(text, 'utf16le').swap16()]);
		default: return null;
	}
}
