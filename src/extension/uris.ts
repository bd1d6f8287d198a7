// A file's name as the views and hovers show it, from the URI string the core keys files by.
// No `vscode` import: the view controllers that use it are unit-tested in plain Node.

/** The last path segment of `uri`, percent-decoding undone (`甘肃.txt`); the string itself when it is no URI. */
export function baseName(uri: string): string {
	try { return decodeURIComponent(new URL(uri).pathname.replace(/^.*\//, '')); } catch { return uri; }
}
