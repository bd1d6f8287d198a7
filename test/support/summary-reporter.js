// Mocha reporter: mocha's `spec` output, plus a JSON summary
//   { "suite": NAME, "passed": N, "failed": N, "pending": N, "failures": [titles...] }
// written when the run ends to reporterOptions.output, else to $PN_TEST_RESULTS (if set).
// The suite name is reporterOptions.suite, else $PN_TEST_SUITE, else the file's base name.
//
// Used by the mocha CLI for unit tests (scripts/test-all.mjs):
//   mocha out/test/unit --recursive --reporter test/support/summary-reporter.js
// and programmatically by the extension-host entries (test/support/host-mocha.ts).
// Plain CommonJS (not compiled), so it works even before `npm run compile`.
'use strict';
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_FAIL } = Mocha.Runner.constants;

class SummaryReporter extends Mocha.reporters.Spec {
	constructor(runner, options) {
		super(runner, options);
		const opts = (options && (options.reporterOption || options.reporterOptions)) || {};
		const output = opts.output || process.env.PN_TEST_RESULTS;
		const suite = opts.suite || process.env.PN_TEST_SUITE || (output ? path.basename(output, '.json') : 'mocha');
		const failures = [];
		runner.on(EVENT_TEST_FAIL, (test, err) => {
			failures.push({ title: test.fullTitle(), error: String((err && err.message) || err).split('\n')[0].slice(0, 500) });
		});
		runner.once(EVENT_RUN_END, () => {
			if (!output) return;
			const summary = {
				suite,
				passed: this.stats.passes || 0,
				failed: this.stats.failures || 0,
				pending: this.stats.pending || 0,
				durationMs: this.stats.duration || 0,
				failures,
			};
			try {
				fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
				fs.writeFileSync(path.resolve(output), JSON.stringify(summary, null, 2) + '\n');
			} catch (e) {
				console.error(`summary-reporter: cannot write ${output}: ${e && e.message}`);
			}
		});
	}
}

module.exports = SummaryReporter;
