// Workspace files decoded the way VS Code decodes them, so the catalog's offsets and the
// editor's agree: an open, unmodified document's bytes with the encoding VS Code used; otherwise the bytes
// with the resource's `files.encoding` (VS Code ids mapped to TextDecoder labels) when
// `files.autoGuessEncoding` is off, or guessed when it is on (a BOM or UTF-16 NULs win in both
// cases, as in VS Code), and (in the analysis worker) mixed or CR-only line ends made uniform as
// the editor does.
import * as vscode from 'vscode';
import { fromVsCodeEncoding } from '../../core/io/encodings';
import type { FileDecoding } from '../../core/service/worker/protocol';

/**
 * How to decode a workspace file the way the editor does: an open, unmodified document with the
 * encoding VS Code read it with; otherwise the resource's `files.encoding` when
 * `files.autoGuessEncoding` is off, or a guess. `warning`: a setting with no decoder here.
 */
export function decodingFor(uri: vscode.Uri): { decoding: FileDecoding; warning?: string } {
	const key = uri.toString();
	const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === key && !d.isDirty);
	const openEncoding = open?.encoding ? fromVsCodeEncoding(open.encoding) : undefined; // TextDocument.encoding: VS Code 1.100+
	if (openEncoding) { return { decoding: { encoding: openEncoding } }; }
	const files = vscode.workspace.getConfiguration('files', uri);
	if (files.get<boolean>('autoGuessEncoding', false)) { return { decoding: {} }; }
	const id = files.get<string>('encoding', 'utf8');
	const encoding = fromVsCodeEncoding(id);
	return encoding ? { decoding: { encoding } } : { decoding: { encoding: 'utf-8' }, warning: `files.encoding '${id}' has no decoder here: read as UTF-8` };
}

/** The settings that change how a file is decoded. */
export function affectsDecoding(e: vscode.ConfigurationChangeEvent): boolean {
	return e.affectsConfiguration('files.encoding') || e.affectsConfiguration('files.autoGuessEncoding');
}
