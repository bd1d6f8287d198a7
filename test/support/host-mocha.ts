// Shared body of the mocha entries that run inside a VS Code extension host
// (test/integration/index.ts, test/vsix/index.ts). Both launchers call the entry's run():
// test/host/run-in-code-server.mjs (code-server) and test/host/run-in-electron.js
// (@vscode/test-electron).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** All files under `dir` (recursively) whose name ends with `suffix`, sorted. No glob dependency. */
export function findFiles(dir: string, suffix = '.test.js'): string[] {
	const found: string[] = [];
	const walk = (d: string): void => {
		let entries: fs.Dirent[];
		try {
			entries = fs.readdirSync(d, { withFileTypes: true });
		} catch {
			return;
		}
		for (const e of entries) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) {
				if (e.name !== 'node_modules') walk(p);
			} else if (e.isFile() && e.name.endsWith(suffix)) {
				found.push(p);
			}
		}
	};
	walk(dir);
	return found.sort();
}

/** test/support/summary-reporter.js (plain JS, not compiled) seen from out/test/support/. */
const SUMMARY_REPORTER = path.resolve(__dirname, '..', '..', '..', 'test', 'support', 'summary-reporter.js');

export interface HostSuiteOptions {
	/** Suite name written into the JSON summary. */
	suite: string;
	/** Folder searched recursively for *.test.js. */
	testsRoot: string;
	/** Per-test timeout (ms). */
	timeout?: number;
}

/**
 * Runs every *.test.js under testsRoot with mocha (bdd, spec output). If $PN_TEST_RESULTS is set,
 * writes { suite, passed, failed, pending } there (the launcher's environment reaches the
 * extension host). $PN_TEST_GREP filters tests by title. Rejects if any test failed.
 */
export function runHostSuite(opts: HostSuiteOptions): Promise<void> {
	// Stack traces of failing tests point at the .ts sources (tsc emits source maps).
	process.setSourceMapsEnabled?.(true);
	const mocha = new Mocha({
		ui: 'bdd',
		timeout: opts.timeout ?? 60_000,
		color: false,
	});
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const Reporter = require(SUMMARY_REPORTER);
	mocha.reporter(Reporter, { suite: opts.suite, output: process.env.PN_TEST_RESULTS });
	if (process.env.PN_TEST_GREP) {
		mocha.grep(process.env.PN_TEST_GREP);
	}
	const files = findFiles(opts.testsRoot);
	if (files.length === 0) {
		return Promise.reject(new Error(`no *.test.js files under ${opts.testsRoot} (did \`npm run compile\` run?)`));
	}
	for (const f of files) {
		mocha.addFile(f);
	}
	return new Promise<void>((resolve, reject) => {
		try {
			mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} test(s) failed.`)) : resolve()));
		} catch (err) {
			reject(err);
		}
	});
}
