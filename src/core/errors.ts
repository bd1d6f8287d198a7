// What the core does with an error it catches. A parser or annotator bug must not take a
// feature down, so parseFile and annotate catch and fall back; but the error is reported, never
// swallowed: to the sink the caller passes (the editor's output channel, the CLI's report, a
// test's list). The core never writes to the console: without a sink the error is thrown back.

/** `index`: the index refused a file's data (it keeps the file's previous version, if any). */
export type CoreStage = 'parse' | 'annotate' | 'tasks' | 'diagnose' | 'index';

export interface CoreError {
	stage: CoreStage;
	/** Index of the document in FileModel.documents the error came from, when it is known. */
	document?: number;
	message: string;
	stack?: string;
	/** The file it came from, when the sink serves several (a workspace, a CLI run over a folder). */
	file?: string;
}

export type ErrorSink = (error: CoreError) => void;

export function coreError(stage: CoreStage, e: unknown, document?: number): CoreError {
	const err = e instanceof Error ? e : undefined;
	return {
		stage,
		...(document === undefined ? {} : { document }),
		message: err ? err.message : String(e),
		...(err?.stack ? { stack: err.stack } : {}),
	};
}

/** One line for a log: what failed, where, and the stack when there is one. */
export function describeCoreError(e: CoreError): string {
	const where = e.document === undefined ? '' : ` (document ${e.document})`;
	return `${e.file ? `${e.file}: ` : ''}${e.stage} failed${where}: ${e.stack ?? e.message}`;
}

/** Where a host's components log (the editor's output channel, the CLI's stderr, a test's lists). */
export interface Logger {
	info(message: string): void;
	warn(message: string): void;
	error(message: string): void;
}

/** A sink that writes each error as one line (describeCoreError) to a log or a report. */
export function sinkToLog(writeLine: (line: string) => void): ErrorSink {
	return e => writeLine(describeCoreError(e));
}

/** `sink` with each error marked as coming from `file` (unless it names its file already). */
export function sinkForFile(sink: ErrorSink, file: string): ErrorSink {
	return e => sink(e.file === undefined ? { ...e, file } : e);
}

/**
 * The sink when the caller gives none (tests, scripts): the error is thrown back, so a core bug
 * fails loudly there. The hosts (editor, analysis thread, CLI) always pass their own.
 */
export const rethrowSink: ErrorSink = e => { throw new CoreErrorThrown(e); };

/** A caught error thrown back by rethrowSink: a stage that catches errors passes this one on. */
export class CoreErrorThrown extends Error {
	override name = 'CoreErrorThrown';
	constructor(readonly error: CoreError) { super(describeCoreError(error)); }
}
