// What the core does with an error it catches. A parser or annotator bug must not take a
// feature down, so parseFile and annotate catch and fall back; but the error is reported, never
// swallowed: to the sink the caller passes (the editor's output channel, a test's list), else to
// the console (the CLI's stderr).

export type CoreStage = 'parse' | 'annotate' | 'tasks' | 'diagnose';

export interface CoreError {
	stage: CoreStage;
	/** Index of the document in FileModel.documents the error came from, when it is known. */
	document?: number;
	message: string;
	stack?: string;
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
	return `${e.stage} failed${where}: ${e.stack ?? e.message}`;
}

/** The sink when the caller gives none. */
export const consoleSink: ErrorSink = e => console.error(`policy-notice: ${describeCoreError(e)}`);
