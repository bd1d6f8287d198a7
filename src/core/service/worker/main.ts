// The analysis worker thread: parses and annotates documents off the extension host's event
// loop. It holds the text of the large documents the editor sent and answers the service's
// methods for them with plain data; workspace files come as bytes and leave as summaries.
import { parentPort } from 'node:worker_threads';
import { Analysis } from '../../analysis';
import { sinkToLog } from '../../errors';
import { summarizeBytes } from '../../workspace/summarizer';
import { createNoticeService } from '../index';
import type { WorkerReply, WorkerRequest } from './protocol';

const port = parentPort;
if (!port) { throw new Error('the analysis worker runs in a worker thread'); }

const post = (reply: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);
const logError = (message: string) => post({ op: 'log', message });
const service = createNoticeService({ logger: { error: logError } });

interface Held { version: number; chunks: string[]; text?: string }
const documents = new Map<string, Held>();

port.on('message', (m: WorkerRequest) => {
	try {
		switch (m.op) {
			case 'text': return post({ id: m.id, ok: true, result: receive(m.uri, m.version, m.index, m.chunk, m.last) });
			case 'close':
				documents.delete(m.uri);
				service.documentClosed(m.uri);
				service.forgetIfClosed(m.uri);
				return post({ id: m.id, ok: true, result: null });
			case 'call': {
				const held = documents.get(m.uri);
				if (held?.text === undefined || held.version !== m.version) {
					return post({ id: m.id, ok: false, error: `not version ${m.version} of ${m.uri}`, stale: true });
				}
				const text = held.text;
				const method = service[m.method] as (...a: unknown[]) => unknown;
				const result = method({ uri: m.uri, version: m.version, getText: () => text }, ...m.args);
				// Token data travels as a transferred buffer, not as a copy.
				return post({ id: m.id, ok: true, result }, result instanceof Uint32Array ? [result.buffer as ArrayBuffer] : []);
			}
			case 'summarize': return post({ id: m.id, ok: true, result: summarizeBytes(m, logError) });
			case 'detect': return post({ id: m.id, ok: true, result: new Analysis(m.text, sinkToLog(logError)).detection });
		}
	} catch (e) {
		post({ id: m.id, ok: false, error: String((e as Error)?.stack ?? e) });
	}
});

/** Adds a piece of a text; a piece out of order (two versions sent at once) spoils that version. */
function receive(uri: string, version: number, index: number, chunk: string, last: boolean): boolean {
	let held = documents.get(uri);
	if (index === 0) {
		held = { version, chunks: [] };
		documents.set(uri, held);
	} else if (!held || held.version !== version || held.text !== undefined || held.chunks.length !== index) {
		if (held?.version === version) { documents.delete(uri); }
		return false;
	}
	held.chunks.push(chunk);
	if (!last) { return false; }
	held.text = held.chunks.join('');
	held.chunks = [];
	return true;
}
