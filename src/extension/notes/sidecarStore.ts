// The notes sidecar on disk (`foo.txt.notes.json` beside `foo.txt`, format in src/core/notes/),
// through VS Code's file system so remote workspaces work too. Written only for an action the
// user took, atomically (a temporary file beside it, then a rename), and never over a file that
// changed since it was read.
import * as vscode from 'vscode';
import { parseSidecar, serializeSidecar, sidecarPathOf, type Note } from '../../core/notes/index';

export type SidecarState =
	| { kind: 'none' }
	| { kind: 'ok'; notes: Note[]; text: string }
	/** Not a notes file, or not readable: left as it is, the document's notes read-only. */
	| { kind: 'unreadable'; error: string; text: string | undefined };

export function sidecarUriOf(document: vscode.Uri): vscode.Uri {
	return document.with({ path: sidecarPathOf(document.path) });
}

/** The file's text, or undefined when there is no such file. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
	try {
		return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
	} catch (e) {
		if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') { return undefined; }
		throw e;
	}
}

export async function readSidecar(uri: vscode.Uri): Promise<SidecarState> {
	let text: string | undefined;
	try {
		text = await readText(uri);
	} catch (e) {
		return { kind: 'unreadable', error: (e as Error).message, text: undefined };
	}
	if (text === undefined) { return { kind: 'none' }; }
	const read = parseSidecar(text);
	return read.ok ? { kind: 'ok', notes: read.notes, text } : { kind: 'unreadable', error: read.error, text };
}

export type WriteResult = { written: true; text: string | undefined } | { written: false; changedOnDisk: true };

/**
 * Writes the notes (no notes: the sidecar is removed) if the file on disk still reads `expected`
 * (undefined: no file); the new text is returned to expect next time.
 */
export async function writeSidecar(uri: vscode.Uri, notes: readonly Note[], expected: string | undefined): Promise<WriteResult> {
	const current = await readText(uri);
	if (current !== expected) { return { written: false, changedOnDisk: true }; }
	if (!notes.length) {
		if (current !== undefined) { await vscode.workspace.fs.delete(uri, { useTrash: false }); }
		return { written: true, text: undefined };
	}
	const text = serializeSidecar(notes);
	const temp = uri.with({ path: `${uri.path}.${process.pid}-${Date.now().toString(36)}.tmp` });
	await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
	try {
		await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
	} catch (e) {
		await vscode.workspace.fs.delete(temp, { useTrash: false }).then(undefined, () => undefined);
		throw e;
	}
	return { written: true, text };
}
