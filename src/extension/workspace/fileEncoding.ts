// Workspace files decoded the way VS Code decodes them, so the catalog's offsets and the
// editor's agree: an open, unmodified document's text as VS Code has it; otherwise the bytes
// with the resource's `files.encoding` (VS Code ids mapped to TextDecoder labels) when
// `files.autoGuessEncoding` is off, or guessed when it is on (a BOM or UTF-16 NULs win in both
// cases, as in VS Code), and mixed or CR-only line ends made uniform as the editor does.
import * as vscode from 'vscode';
import { decodeText, type Decoded } from '../../core/io/decode';
import { editorLineEnds } from '../../core/io/editorEol';
import { fromVsCodeEncoding } from '../../core/io/encodings';

export function decodeLikeEditor(uri: vscode.Uri, bytes: Uint8Array): Decoded {
	const key = uri.toString();
	const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === key && !d.isDirty);
	if (open) {
		const encoding = open.encoding ? fromVsCodeEncoding(open.encoding) ?? open.encoding : ''; // TextDocument.encoding: VS Code 1.100+
		return { text: open.getText(), encoding, bom: false, binary: false, warnings: [] };
	}
	const decoded = decodeBytes(uri, bytes);
	return decoded.binary ? decoded : { ...decoded, text: editorLineEnds(decoded.text) };
}

function decodeBytes(uri: vscode.Uri, bytes: Uint8Array): Decoded {
	const files = vscode.workspace.getConfiguration('files', uri);
	if (files.get<boolean>('autoGuessEncoding', false)) { return decodeText(bytes); }
	const id = files.get<string>('encoding', 'utf8');
	const encoding = fromVsCodeEncoding(id);
	const decoded = decodeText(bytes, { encoding: encoding ?? 'utf-8' });
	if (!encoding) { decoded.warnings.push(`files.encoding '${id}' has no decoder here: read as UTF-8`); }
	return decoded;
}

/** The settings that change how a file is decoded. */
export function affectsDecoding(e: vscode.ConfigurationChangeEvent): boolean {
	return e.affectsConfiguration('files.encoding') || e.affectsConfiguration('files.autoGuessEncoding');
}
