// Test-only encoders: Node's TextEncoder writes UTF-8 only, so GB18030 and Big5 bytes are found
// by decoding every code and inverting the table.
const tables = new Map<string, Map<string, number[]>>();

function table(label: 'gb18030' | 'big5'): Map<string, number[]> {
	let t = tables.get(label);
	if (t) { return t; }
	t = new Map();
	const dec = new TextDecoder(label);
	const add = (bytes: number[]) => {
		const ch = dec.decode(Uint8Array.from(bytes));
		if (ch.length === 1 && ch !== '\ufffd' && !t!.has(ch)) { t!.set(ch, bytes); }
	};
	for (let a = 0x81; a <= 0xfe; a++) {
		for (let b = 0x40; b <= 0xfe; b++) { if (b !== 0x7f) { add([a, b]); } }
	}
	if (label === 'gb18030') { // four-byte codes of the rest of the BMP (U+00A0, …)
		for (let a = 0x81; a <= 0x84; a++) {
			for (let b = 0x30; b <= 0x39; b++) {
				for (let c = 0x81; c <= 0xfe; c++) {
					for (let d = 0x30; d <= 0x39; d++) { add([a, b, c, d]); }
				}
			}
		}
	}
	tables.set(label, t);
	return t;
}

/** `s` in GB18030 or Big5 (BMP characters only); throws on a character the encoding lacks. */
export function encodeLegacy(s: string, label: 'gb18030' | 'big5'): Buffer {
	const t = table(label);
	const out: number[] = [];
	for (const ch of s) {
		const c = ch.charCodeAt(0);
		if (c < 0x80) { out.push(c); continue; }
		const bytes = t.get(ch);
		if (!bytes) { throw new Error(`${label} has no code for ${ch} (U+${c.toString(16)})`); }
		out.push(...bytes);
	}
	return Buffer.from(out);
}

export function utf16(s: string, order: 'le' | 'be', bom: boolean): Buffer {
	const le = Buffer.from((bom ? '\ufeff' : '') + s, 'utf16le');
	return order === 'le' ? le : le.swap16();
}
