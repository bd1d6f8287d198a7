// The editor's side of the language service: VS Code documents as the service's documents,
// analysed in the analysis worker thread — every one of them, since even a 7,000-character
// notice takes 250 ms on a cold extension host, and the parser never needs to warm up there.
// A closed document's text and analysis are dropped there; a large document's stale work is
// cancelled when it changes (by ending the thread: a parse cannot be interrupted otherwise).
import * as vscode from 'vscode';
import type { NoticeService } from '../core/service';
import { AnalysisWorker, CancelledError, type ChunkedDocument } from '../core/service/worker/client';
import type { RemoteMethod } from '../core/service/worker/protocol';

/** Longer documents (UTF-16 units, ~30 ms of warm analysis) are large: their stale work is cancelled, Enter does not wait long. */
export const LARGE_DOCUMENT_CHARS = 300_000;
/** A large document's text goes to the worker in pieces of about this many characters. */
const CHUNK_CHARS = 1_000_000;

type Params<M extends RemoteMethod> = NoticeService[M] extends (d: never, ...a: infer A) => unknown ? A : never;
type Result<M extends RemoteMethod> = NoticeService[M] extends (...a: never[]) => infer R ? R : never;

/**
 * The document's length, read line by line until it passes `limit` (then a lower bound, `exact`
 * false): neither its text (a 40 MB copy) nor offsetAt (the line table of the whole document) is
 * asked for.
 */
function lengthUpTo(document: vscode.TextDocument, limit: number): { length: number; exact: boolean } {
	const eol = document.eol === vscode.EndOfLine.CRLF ? 2 : 1;
	let length = -eol; // the last line has no line break
	for (let line = 0; line < document.lineCount; line++) {
		length += document.lineAt(line).text.length + eol;
		if (length > limit) { return { length, exact: false }; }
	}
	return { length: Math.max(0, length), exact: true };
}

/** A document's length as of a version: exact, or a lower bound past the large-document limit. */
interface KnownLength { version: number; length: number; exact: boolean }

export class DocumentAnalyses implements vscode.Disposable {
	private readonly subscriptions: vscode.Disposable[];
	/** Open documents' lengths, kept from their change events: isLarge costs nothing per keystroke (Enter asks it). */
	private readonly lengths = new Map<string, KnownLength>();

	constructor(readonly worker: AnalysisWorker) {
		this.subscriptions = [
			// Dropped at once: a document reopened under the same URI (a language switch, a new
			// untitled one) may hold another text under the same version number.
			vscode.workspace.onDidCloseTextDocument(d => {
				const uri = d.uri.toString();
				this.worker.cancel(uri);
				this.worker.close(uri);
				this.lengths.delete(uri);
			}),
			vscode.workspace.onDidChangeTextDocument(e => {
				const uri = e.document.uri.toString();
				if (e.contentChanges.length) { this.worker.cancel(uri); }
				const known = this.lengths.get(uri);
				// (a length read for this version already has the change in it)
				if (known && known.version < e.document.version) {
					let delta = 0;
					for (const c of e.contentChanges) { delta += c.text.length - c.rangeLength; }
					this.lengths.set(uri, { version: e.document.version, length: known.length + delta, exact: known.exact });
				}
			}),
		];
	}

	/** Long enough that waiting for its analysis is noticeable (see LARGE_DOCUMENT_CHARS). */
	isLarge(document: vscode.TextDocument): boolean {
		const uri = document.uri.toString();
		let known = this.lengths.get(uri);
		// (a lower bound that edits brought down to the limit says nothing: read again)
		if (!known || known.version !== document.version || (!known.exact && known.length <= LARGE_DOCUMENT_CHARS)) {
			known = { version: document.version, ...lengthUpTo(document, LARGE_DOCUMENT_CHARS) };
			this.lengths.set(uri, known);
		}
		return known.length > LARGE_DOCUMENT_CHARS;
	}

	/**
	 * A feature of the service for this version of the document, answered by the worker thread.
	 * Rejects with a CancelledError (name 'Cancelled') when the version is gone before the answer is.
	 */
	call<M extends RemoteMethod>(document: vscode.TextDocument, method: M, ...args: Params<M>): Promise<Result<M>> {
		return this.worker.call(chunkedDocument(document), method, ...args);
	}

	dispose(): void {
		this.subscriptions.forEach(s => s.dispose());
		this.worker.dispose();
	}
}

/** The document's text in pieces of whole lines (a line longer than a piece is cut between characters). */
function chunkedDocument(document: vscode.TextDocument): ChunkedDocument {
	const version = document.version;
	return {
		uri: document.uri.toString(), version,
		*chunks() {
			const lines = document.lineCount;
			let line = 0, character = 0;
			while (line < lines) {
				if (document.version !== version || document.isClosed) { throw new CancelledError(`${document.uri.toString()} changed while it was read`); }
				let endLine = line, endCharacter = character, size = 0;
				while (endLine < lines) {
					const rest = document.lineAt(endLine).range.end.character - endCharacter;
					if (size + rest >= CHUNK_CHARS) { endCharacter += CHUNK_CHARS - size; break; }
					size += rest + 1;
					endLine++;
					endCharacter = 0;
				}
				const end = endLine < lines ? new vscode.Position(endLine, endCharacter) : document.lineAt(lines - 1).range.end;
				yield document.getText(new vscode.Range(line, character, end.line, end.character));
				line = endLine < lines ? endLine : lines;
				character = endCharacter;
			}
		},
	};
}
