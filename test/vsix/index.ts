// Mocha entry for the packaged-.vsix test: run in an extension host where the .vsix is
// INSTALLED (not loaded from the source folder):
//   node test/host/run-in-code-server.mjs . out/test/vsix/index.js samples --install-vsix FILE.vsix
//   node test/host/run-in-electron.js vsix FILE.vsix
// Runs out/test/vsix/**/*.test.js.
import { runHostSuite } from '../support/host-mocha';

export function run(): Promise<void> {
	return runHostSuite({ suite: process.env.PN_TEST_SUITE || 'vsix', testsRoot: __dirname, timeout: 60_000 });
}
