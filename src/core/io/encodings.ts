// Encoding names: VS Code's `files.encoding` ids (iconv-lite style: utf8, gbk, cp950) → the
// WHATWG labels TextDecoder knows, checked against this runtime's TextDecoder.

/**
 * VS Code ids whose WHATWG label is not a mechanical rewrite. GBK and GB2312 are read as
 * GB18030, their superset: ICU's GBK decoder replaces GB18030's four-byte codes (U+00A0 …).
 */
const VSCODE_IDS: Record<string, string> = {
	utf8: 'utf-8', utf8bom: 'utf-8', utf16le: 'utf-16le', utf16be: 'utf-16be',
	gbk: 'gb18030', gb18030: 'gb18030', gb2312: 'gb18030', cp950: 'big5', big5hkscs: 'big5',
	shiftjis: 'shift_jis', eucjp: 'euc-jp', euckr: 'euc-kr', koi8r: 'koi8-r', koi8u: 'koi8-u', koi8ru: 'koi8-u',
	macroman: 'macintosh', cp866: 'ibm866', windows874: 'windows-874', iso885911: 'windows-874',
};

/**
 * The WHATWG encoding name for a VS Code `files.encoding` id, or undefined when this runtime
 * cannot decode it (cp437, cp850 and the other DOS code pages have no TextDecoder).
 */
export function fromVsCodeEncoding(id: string): string | undefined {
	const key = id.toLowerCase().replace(/[^a-z0-9]/g, '');
	const label = VSCODE_IDS[key]
		?? key.replace(/^windows(\d+)$/, 'windows-$1').replace(/^iso8859(\d+)$/, 'iso-8859-$1');
	return supportedEncoding(label);
}

/** The canonical name TextDecoder gives `label`, or undefined when it has no such decoder. */
export function supportedEncoding(label: string): string | undefined {
	try { return new TextDecoder(label).encoding; } catch { return undefined; }
}
