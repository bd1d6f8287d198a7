// Bytes → text. Files that are not valid UTF-8 are read as GB18030, the encoding of most
// Chinese government documents that are not UTF-8.
export interface Decoded { text: string; encoding: 'utf-8' | 'gb18030'; binary: boolean }

export function decodeText(bytes: Uint8Array): Decoded {
	const binary = looksBinary(bytes);
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { text: stripBom(text), encoding: 'utf-8', binary };
	} catch {
		const text = new TextDecoder('gb18030').decode(bytes);
		return { text, encoding: 'gb18030', binary };
	}
}

/** NUL bytes in the first 8 KB mean a binary file (UTF-16 text included, which we do not read). */
export function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 8192);
	for (let i = 0; i < n; i++) { if (bytes[i] === 0) { return true; } }
	return false;
}

function stripBom(s: string): string { return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s; }
