// A file's name as the views and hovers show it, from the URI string the core keys files by.
import * as vscode from 'vscode';

/** The last path segment of `uri`, percent-decoding undone (`甘肃.txt`); the string itself when it is no URI. */
export function baseName(uri: string): string {
	try { return decodeURIComponent(vscode.Uri.parse(uri).path.replace(/^.*\//, '')); } catch { return uri; }
}
