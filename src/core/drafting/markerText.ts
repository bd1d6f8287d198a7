// Reading and writing the numeral inside a heading marker (`（三）`, `第十二条`, `1.2`, `专栏3`), so
// a fix changes the number and keeps the way the marker is written around it.
import type { MarkerFamily, Section } from '../model';
import { toChineseNumeral } from '../text/numerals';
import type { HouseStyle, LadderFamily } from './types';
import { matchMarker } from '../outline/markers';

/** The GB/T 9704 order of the numbered families, outermost first. */
export const LADDER: readonly LadderFamily[] = ['cnComma', 'cnParen', 'arabicDot', 'arabicParen', 'circled'];

export const DEFAULT_HOUSE_STYLE: HouseStyle = { cnComma: '一、', cnParen: '（一）', arabicDot: '1.', arabicParen: '（1）', circled: '①' };

export function isLadder(f: MarkerFamily): f is LadderFamily {
	return (LADDER as readonly string[]).includes(f);
}

export type NumeralKind = 'cn' | 'ascii' | 'full' | 'circled';

export interface NumeralToken {
	/** Index of the numeral in the marker. */
	index: number;
	length: number;
	kind: NumeralKind;
}

const NUMERAL = /[一二三四五六七八九十百千零〇两]+|[0-9]+|[０-９]+|[\u2460-\u2473]/g;

/** The numeral of a marker: the last one for decimal numbering (the 2 of 1.2), else the first. */
export function numeralToken(marker: string, family: MarkerFamily): NumeralToken | null {
	let found: NumeralToken | null = null;
	NUMERAL.lastIndex = 0;
	for (let m = NUMERAL.exec(marker); m; m = NUMERAL.exec(marker)) {
		const c = m[0].charCodeAt(0);
		const kind: NumeralKind = c >= 0x2460 && c <= 0x2473 ? 'circled' : c >= 0x30 && c <= 0x39 ? 'ascii' : c >= 0xff10 && c <= 0xff19 ? 'full' : 'cn';
		found = { index: m.index, length: m[0].length, kind };
		if (family !== 'decimal') { break; }
	}
	return found;
}

/** `n` written as `kind`; '' where it cannot be (① stops at ⑳). */
export function formatNumeral(n: number, kind: NumeralKind): string {
	if (!Number.isInteger(n) || n < 1) { return ''; }
	switch (kind) {
		case 'cn': return toChineseNumeral(n);
		case 'ascii': return String(n);
		case 'full': return String(n).replace(/[0-9]/g, d => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
		case 'circled': return n <= 20 ? String.fromCharCode(0x2460 + n - 1) : '';
	}
}

/** The numbers before the last of a decimal marker (`3.2` → `3`): 3.1 and 2.1 count apart. '' for other families. */
export function decimalPrefix(marker: string, family: MarkerFamily): string {
	return family === 'decimal' ? (marker.match(/[0-9０-９]+/g) ?? []).slice(0, -1).join('.') : '';
}

/** The marker with its number replaced by `n`, written the same way; null when it cannot be. */
export function withNumber(marker: string, family: MarkerFamily, n: number): string | null {
	const t = numeralToken(marker, family);
	if (!t) { return null; }
	const numeral = formatNumeral(n, t.kind);
	return numeral ? marker.slice(0, t.index) + numeral + marker.slice(t.index + t.length) : null;
}

/**
 * Whether `marker` put in place of the heading's marker still reads as a marker of `family`
 * numbered `n` before the same text (`1.` before `2017年…` does not: it reads as 1.2017).
 */
export function fitsBefore(text: string, s: Section, marker: string, family: MarkerFamily, n: number): boolean {
	const after = s.offset + s.marker.length;
	// A dot right before a digit reads as a decimal point, though the outline reads `20.2月底前` as a marker.
	if (/[.．﹒]$/.test(marker) && /^[0-9０-９]/.test(text.slice(after, after + 1))) { return false; }
	const probe = marker + text.slice(after, Math.min(text.length, after + 16, Math.max(after, s.paragraph.end)));
	const m = matchMarker(probe, 0, probe.length);
	return m !== null && m.family === family && m.number === n && m.markerEnd >= marker.length;
}

/**
 * The way a marker is written, number aside: blanks dropped, its numeral a tag of its kind. Two
 * markers of one family with different shapes are written differently (`1.` / `1、`). With
 * `foldBrackets`, `(一)` and `（一）` have one shape (the bracket rule reports those).
 */
export function markerShape(marker: string, family: MarkerFamily, foldBrackets = true): string {
	// Every numeral (1.2's both) is a tag of its kind: only the writing around them counts.
	let s = marker.replace(NUMERAL, m => {
		const t = numeralToken(m, family);
		return t ? `#${t.kind}#` : m;
	});
	s = s.replace(/[\s\u3000]+/gu, '');
	return foldBrackets ? s.replace(/\(/g, '（').replace(/\)/g, '）') : s;
}

/** The house-style marker of number `n` in a ladder family, or null when the style cannot write it. */
export function houseMarker(style: HouseStyle, family: LadderFamily, n: number): string | null {
	return withNumber(style[family], family, n);
}

const KIND_OF: Record<LadderFamily, NumeralKind[]> = {
	cnComma: ['cn'], cnParen: ['cn'], arabicDot: ['ascii', 'full'], arabicParen: ['ascii', 'full'], circled: ['circled'],
};

/**
 * A house style from settings: each family's template must write number 1 with a numeral of the
 * family's kind (a `（1）` for 一、 would change the family, so it is ignored); the rest default.
 */
export function houseStyleFrom(partial: Partial<Record<string, unknown>> | undefined): HouseStyle {
	const out: HouseStyle = { ...DEFAULT_HOUSE_STYLE };
	for (const f of LADDER) {
		const v = partial?.[f];
		if (typeof v !== 'string' || v.length > 8) { continue; }
		const t = numeralToken(v, f);
		if (t && KIND_OF[f].includes(t.kind) && formatNumeral(1, t.kind) === v.slice(t.index, t.index + t.length) && numeralCount(v) === 1 && readsAs(v, f)) { out[f] = v; }
	}
	return out;
}

/** The outline reads `${template}标题` as a heading of `family` with the whole template as its marker. */
function readsAs(template: string, family: LadderFamily): boolean {
	const probe = `${template}标题`;
	const m = matchMarker(probe, 0, probe.length);
	return m !== null && m.family === family && m.titleStart === template.length;
}

function numeralCount(s: string): number {
	return (s.match(NUMERAL) ?? []).length;
}
