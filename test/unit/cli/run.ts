// Runs the CLI as users do: the built dist/cli.js, or the script PN_CLI names (a tsc output,
// to test src/cli before a build).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../paths';

export const CLI = process.env.PN_CLI ? path.resolve(process.env.PN_CLI) : path.join(REPO, 'dist', 'cli.js');

/**
 * A hung CLI fails its test instead of hanging the run. These are hang guards, not speed checks:
 * one CLI run took ~55 s on a 2-core machine running five CI runs at once (load 20), so a test
 * that spawns a few of them gets SUITE_MS.
 */
const LIMIT_MS = 180_000;
/** The mocha timeout of a suite whose tests spawn the CLI (several runs each, at most). */
export const SUITE_MS = 600_000;

/** PN_CACHE_DIR is empty unless given: no test run writes the user's cache folder. */
export function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
	return runWith({}, ...args);
}

/** `run` with extra environment variables. */
export function runWith(env: Record<string, string>, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: LIMIT_MS, maxBuffer: 64 * 2 ** 20, env: { ...process.env, PN_CACHE_DIR: '', ...env } });
	if (r.error) { throw r.error; }
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Where the first `needle` in a UTF-8 file with LF line ends is: `at` one-based LINE:COL, `offset` zero-based. */
export function positionIn(file: string, needle: string): { at: string; offset: number } {
	const text = fs.readFileSync(file, 'utf8');
	const offset = text.indexOf(needle);
	assert.ok(offset >= 0, `${needle} in ${file}`);
	const line = text.slice(0, offset).split('\n').length;
	const col = offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
	return { at: `${line}:${col}`, offset };
}
