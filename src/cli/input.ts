// Reading the files the CLI is given: regular files only, never a blocking read of a device or
// a FIFO, a size limit, and the shared decoder. Every failure becomes a one-line CliError.
import * as fs from 'node:fs';
import { decodeText, type Decoded } from '../core/io/decode';
import type { Report } from './report';

export class CliError extends Error {
	constructor(message: string, readonly exitCode = 2) { super(message); }
}

/** Largest file the CLI reads; larger inputs are refused rather than exhausting memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** The file's text; decoding caveats go to `report` as warnings. */
export function readTextFile(file: string, report?: Report): string {
	return readDecodedFile(file, report).text;
}

/** The file's text, or undefined after its one line on stderr (a command over several files goes on). */
export function readOrReport(file: string, report: Report): string | undefined {
	try { return readTextFile(file, report); } catch (e) {
		if (!(e instanceof CliError)) { throw e; }
		report.fail(e.message);
		return undefined;
	}
}

/** The file's bytes and how they were decoded (`fix --write` writes a file back only the way it read it). */
export function readDecodedFile(file: string, report?: Report): Decoded & { bytes: Uint8Array } {
	const bytes = readBytes(file);
	const decoded = decodeText(bytes);
	if (decoded.binary) { throw new CliError(`${file}: ${decoded.reason}, not read`); }
	for (const w of decoded.warnings) { report?.warn(`${file}: ${w}`); }
	return { ...decoded, bytes };
}

function readBytes(file: string): Uint8Array {
	checkRegular(file, attempt(file, () => fs.statSync(file)));
	// Non-blocking, and checked again on the descriptor: the path may have changed since.
	const fd = attempt(file, () => fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0)));
	try {
		const st = checkRegular(file, attempt(file, () => fs.fstatSync(fd)));
		const bytes = Buffer.allocUnsafe(st.size);
		let got = 0;
		while (got < bytes.length) {
			const n = attempt(file, () => fs.readSync(fd, bytes, got, bytes.length - got, got));
			if (n === 0) { break; } // truncated meanwhile
			got += n;
		}
		return bytes.subarray(0, got);
	} finally {
		fs.closeSync(fd);
	}
}

function checkRegular(file: string, st: fs.Stats): fs.Stats {
	if (st.isDirectory()) { throw new CliError(`${file}: is a directory`); }
	if (!st.isFile()) { throw new CliError(`${file}: not a regular file (${kind(st)}), not read`); }
	if (st.size > MAX_INPUT_BYTES) { throw new CliError(`${file}: too large (${mib(st.size)} MiB; the limit is ${mib(MAX_INPUT_BYTES)} MiB)`); }
	return st;
}

function kind(st: fs.Stats): string {
	if (st.isFIFO()) { return 'a named pipe'; }
	if (st.isCharacterDevice()) { return 'a character device'; }
	if (st.isBlockDevice()) { return 'a block device'; }
	if (st.isSocket()) { return 'a socket'; }
	return 'not a file';
}

const mib = (n: number) => Number((n / 2 ** 20).toFixed(1));

/** Runs an fs call, turning its error into a one-line CliError. */
function attempt<T>(file: string, run: () => T): T {
	try {
		return run();
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') { throw new CliError(`${file}: no such file`); }
		if (code === 'EACCES' || code === 'EPERM') { throw new CliError(`${file}: permission denied`); }
		throw new CliError(`${file}: cannot read (${code ?? (e as Error).message})`);
	}
}
