// Reading the files the CLI is given. Every failure becomes a one-line CliError.
import * as fs from 'node:fs';
import { decodeText } from '../core/io/decode';

export class CliError extends Error {
	constructor(message: string, readonly exitCode = 2) { super(message); }
}

/** Largest file the CLI reads; larger inputs are refused rather than exhausting memory. */
const MAX_BYTES = 512 * 1024 * 1024;

export function readTextFile(file: string): string {
	let stat: fs.Stats;
	try {
		stat = fs.statSync(file);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		throw new CliError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? 'error'})`);
	}
	if (stat.isDirectory()) { throw new CliError(`${file}: is a directory`); }
	if (stat.size > MAX_BYTES) { throw new CliError(`${file}: too large (${stat.size} bytes)`); }
	let bytes: Buffer;
	try {
		bytes = fs.readFileSync(file);
	} catch (e) {
		throw new CliError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
	}
	const decoded = decodeText(bytes);
	if (decoded.binary) { throw new CliError(`${file}: binary file, not text`); }
	return decoded.text;
}
