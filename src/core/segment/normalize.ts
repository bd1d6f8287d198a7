// Token normalization and filtering, shared by the worker and the in-process segmenter.

/** Full-width ASCII → half-width, ideographic space → space, latin lowercased. Length-preserving. */
export function normalizeText(s: string): string {
	let out = '';
	let changed = false;
	for (let i = 0; i < s.length; i++) {
		let c = s.charCodeAt(i);
		if (c >= 0xff01 && c <= 0xff5e) { c -= 0xfee0; changed = true; } else if (c === 0x3000) { c = 0x20; changed = true; }
		if (c >= 0x41 && c <= 0x5a) { c += 0x20; changed = true; }
		out += String.fromCharCode(c);
	}
	return changed ? out : s;
}

const PUNCT_ONLY = /^[\p{P}\p{S}\p{Z}\s]+$/u;
const NUMBER = /^[+-]?\d+(?:[.,]\d+)*%?$/u;

/** Whether a (normalized) token can carry topic: not punctuation, not a number, not a stop word. */
export function keepToken(t: string, stop: ReadonlySet<string>): boolean {
	if (!t || PUNCT_ONLY.test(t) || NUMBER.test(t)) { return false; }
	return !stop.has(t);
}

/** Normalized, filtered tokens of one text. `cut` is the raw segmenter (nodejieba.cut with HMM). */
export function analyze(text: string, cut: (s: string) => string[], stop: ReadonlySet<string>): string[] {
	const out: string[] = [];
	if (!text) { return out; }
	for (const raw of cut(normalizeText(text))) {
		const t = raw.trim();
		if (keepToken(t, stop)) { out.push(t); }
	}
	return out;
}

/** Stop list file: one word a line, `#` comments. */
export function parseStopList(content: string): Set<string> {
	const out = new Set<string>();
	for (const line of content.split(/\r?\n/)) {
		const w = line.replace(/#.*/, '').trim();
		if (w) { out.add(normalizeText(w)); }
	}
	return out;
}
