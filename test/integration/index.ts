// Mocha entry for the VS Code extension host (the @vscode/test-electron convention:
// export run(): Promise<void>). Runs out/test/integration/**/*.test.js.
// Launchers: `npm run test:integration` (code-server, here) and `npm run test:electron`.
import { runHostSuite } from '../support/host-mocha';

export function run(): Promise<void> {
	return runHostSuite({ suite: process.env.PN_TEST_SUITE || 'integration', testsRoot: __dirname, timeout: 60_000 });
}
