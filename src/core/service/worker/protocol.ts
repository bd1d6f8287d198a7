// Messages between the extension host and the analysis worker thread. Every request gets one
// reply with its id; the worker also sends log lines (what the core caught).
import type { FileSummary } from '../fileSummary';
import type { NoticeService } from '../index';
import type { TaskRowOptions } from '../fileSummary';

/** The service methods a worker answers for a document it holds (each takes the document first). */
export const REMOTE_METHODS = [
	'getDetection', 'getDocumentSymbols', 'getFoldingRanges', 'getSemanticTokenData', 'getHover', 'getTargetClauses', 'getDiagnostics',
	'getCodeActions', 'getEdits', 'getNextMarker', 'getRelatedAnchor', 'getParagraphGaps', 'getMetricTarget', 'getIndexAnalysis', 'getTaskRows',
	'getNoteAnchors', 'getNoteAnchorAt', 'resolveNoteAnchors', 'getPositions',
] as const satisfies readonly (keyof NoticeService)[];
export type RemoteMethod = typeof REMOTE_METHODS[number];

/** How to read a file's bytes: VS Code's `files.encoding` (a WHATWG label) or a guess. */
export interface FileDecoding {
	encoding?: string;
}

export type WorkerRequest =
	/** Piece `index` of a document's text; the last one completes it (reply: true when the text is whole). */
	| { id: number; op: 'text'; uri: string; version: number; index: number; chunk: string; last: boolean }
	| { id: number; op: 'close'; uri: string }
	| { id: number; op: 'call'; uri: string; version: number; method: RemoteMethod; args: unknown[] }
	/** Is this text (the head of a large document) a notice? Nothing is kept. */
	| { id: number; op: 'detect'; text: string }
	/** A workspace file's bytes: decoded, analysed, summarized (nothing is kept); `withMetrics` adds its normalized targets, `taskRows` its task table. */
	| { id: number; op: 'summarize'; key: string; bytes: Uint8Array; decoding: FileDecoding; knownByteHash?: string; withTasks: boolean; withMetrics?: boolean; taskRows?: TaskRowOptions };

export type SummarizeResult =
	| { status: 'unchanged' }
	| { status: 'binary'; byteHash: string; reason: string }
	| { status: 'ok'; byteHash: string; warnings: string[]; summary: FileSummary };

export type WorkerReply =
	| { id: number; ok: true; result: unknown }
	/** `stale`: the worker holds another version of the document (the caller's answer would be wrong). */
	| { id: number; ok: false; error: string; stale?: boolean }
	| { op: 'log'; message: string };
