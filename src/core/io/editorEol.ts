// Line ends as VS Code's text buffer makes them on load: when a file mixes them, or uses lone
// CRs, every line end becomes the majority's: CRLF when CR and CRLF ends are more than half
// (so a CR-only file turns CRLF), else LF. The editor's offsets count these, so a text read
// for the editor's index must have them too. (The CLI keeps the file's own line ends.)

export function editorLineEnds(text: string): string {
	if (text.indexOf('\r') < 0) { return text; } // LF only, or one line: untouched
	let cr = 0, lf = 0, crlf = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0d) {
			if (text.charCodeAt(i + 1) === 0x0a) { crlf++; i++; } else { cr++; }
		} else if (c === 0x0a) { lf++; }
	}
	const eol = cr + crlf > (cr + lf + crlf) / 2 ? '\r\n' : '\n';
	const uniform = eol === '\r\n' ? cr === 0 && lf === 0 : cr === 0 && crlf === 0;
	return uniform ? text : text.replace(/\r\n|\r|\n/g, eol);
}
