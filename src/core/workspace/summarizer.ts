// Who turns a workspace file's bytes into its summary (decoded, analysed, its outline symbols and,
// when asked, its tasks, normalized targets and task table's rows): the analysis worker thread in
// the editor (service/worker/client.ts), the same function in-process for tests and tools.
import { createHash } from 'node:crypto';
import { Analysis } from '../analysis';
import { sinkForFile, sinkToLog } from '../errors';
import { decodeText } from '../io/decode';
import { editorLineEnds } from '../io/editorEol';
import { summarizeFile, type TaskRowOptions } from '../service/fileSummary';
import type { FileDecoding, SummarizeResult } from '../service/worker/protocol';

/** What a summary is asked for (the worker protocol's summarize request, without its id). */
export interface SummarizeRequest {
	key: string;
	bytes: Uint8Array;
	decoding: FileDecoding;
	/** The bytes' sha1 last time: the same bytes answer 'unchanged' without being analysed. */
	knownByteHash?: string;
	withTasks: boolean;
	withMetrics?: boolean;
	taskRows?: TaskRowOptions;
}

export interface FileSummarizer {
	summarize(key: string, bytes: Uint8Array, decoding: FileDecoding, knownByteHash: string | undefined, withTasks: boolean, withMetrics?: boolean, taskRows?: TaskRowOptions): Promise<SummarizeResult>;
	/** Stops the summary under way now (its caller gets a rejection named 'Cancelled'). */
	restart(): void;
	dispose(): void;
}

/** A file's bytes summarized here, synchronously (the worker thread runs this for the editor). */
export function summarizeBytes(m: SummarizeRequest, onError: (message: string) => void): SummarizeResult {
	const byteHash = createHash('sha1').update(m.bytes).digest('hex');
	if (byteHash === m.knownByteHash) { return { status: 'unchanged' }; }
	const decoded = decodeText(m.bytes, m.decoding);
	if (decoded.binary) { return { status: 'binary', byteHash, reason: decoded.reason ?? 'binary' }; }
	const report = sinkForFile(sinkToLog(onError), m.key);
	const analysis = new Analysis(editorLineEnds(decoded.text), report);
	return { status: 'ok', byteHash, warnings: decoded.warnings, summary: summarizeFile(analysis, m.key, m.withTasks, m.withMetrics ?? false, report, m.taskRows) };
}

/** summarizeBytes behind the FileSummarizer interface, in this thread (tests, tools). */
export function inProcessSummarizer(onError: (message: string) => void): FileSummarizer {
	return {
		summarize: async (key, bytes, decoding, knownByteHash, withTasks, withMetrics, taskRows) =>
			summarizeBytes({ key, bytes, decoding, knownByteHash, withTasks, withMetrics, taskRows }, onError),
		restart: () => undefined,
		dispose: () => undefined,
	};
}
