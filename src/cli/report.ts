import { sinkForFile, sinkToLog, type ErrorSink } from '../core/errors';

// Per-file trouble in a command that reads many files: each problem gets its own stderr line
// as it happens, the other files are still processed, and a failure sets the exit code to 2.
export class Report {
	failures = 0;
	private readonly warned = new Set<string>();

	constructor(private readonly writeLine: (line: string) => void) {}

	/** The core's errors (a parser or annotator bug it caught and fell back from), as warnings. */
	readonly coreErrors: ErrorSink = sinkToLog(line => this.warn(line));

	/** coreErrors for what is read from `file` (the warning names it). */
	coreErrorsIn(file: string): ErrorSink { return sinkForFile(this.coreErrors, file); }

	/** The language service's logger: the same warnings. */
	readonly logger = { error: (message: string) => this.warn(message) };

	/** A file that could not be used (the command goes on with the others). */
	fail(message: string): void {
		this.failures++;
		this.writeLine(`policy-notice: ${message}`);
	}

	/** A file that was read, with a caveat (bytes replaced, encoding guessed); said once per run. */
	warn(message: string): void {
		if (this.warned.has(message)) { return; }
		this.warned.add(message);
		this.writeLine(`policy-notice: warning: ${message}`);
	}
}
