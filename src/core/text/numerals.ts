// Chinese, full-width and circled numerals → numbers.
import { toHalfWidth } from './width';

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一 → 1, 十二 → 12, 二十 → 20, 百 → 100, 一百零五 → 105, 二〇一八 → 2018 (digit by digit). NaN if not a numeral. */
export function parseChineseNumeral(s: string): number {
	if (!s) { return NaN; }
	if (s.length === 1) { return CN_DIGITS[s] ?? CN_UNITS[s] ?? NaN; }
	if (!/[十百千]/.test(s)) {
		// digit-by-digit form, as in years: 二〇一八
		let v = 0;
		for (const ch of s) {
			const d = CN_DIGITS[ch];
			if (d === undefined) { return NaN; }
			v = v * 10 + d;
		}
		return v;
	}
	let total = 0, digit = 0;
	for (const ch of s) {
		if (ch in CN_DIGITS) {
			digit = CN_DIGITS[ch];
		} else if (ch in CN_UNITS) {
			total += (digit || 1) * CN_UNITS[ch];
			digit = 0;
		} else {
			return NaN;
		}
	}
	return total + digit;
}

/** Parses 12, １２, 十二 or ⑫ into a number. */
export function parseNumber(s: string): number {
	const c0 = s.charCodeAt(0);
	if (c0 >= 0x30 && c0 <= 0x39 && /^[0-9]+$/.test(s)) { return parseInt(s, 10); }
	const half = toHalfWidth(s);
	if (/^[0-9]+$/.test(half)) { return parseInt(half, 10); }
	if (s.length === 1) {
		const c = s.charCodeAt(0);
		if (c >= 0x2460 && c <= 0x2473) { return c - 0x2460 + 1; } // ①–⑳
	}
	return parseChineseNumeral(s);
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 110 → 一百一十 (as 第X条 and 一、 write them). '' for n < 1 or n > 9999. */
export function toChineseNumeral(n: number): string {
	if (!Number.isInteger(n) || n < 1 || n > 9999) { return ''; }
	const digits = '零一二三四五六七八九';
	const units = ['', '十', '百', '千'];
	const parts = String(n).split('').map(Number);
	let out = '';
	let zero = false;
	parts.forEach((d, i) => {
		const unit = units[parts.length - 1 - i];
		if (d === 0) { zero = out !== ''; return; }
		if (zero) { out += '零'; zero = false; }
		// 十二, not 一十二; but 一百一十.
		out += d === 1 && unit === '十' && out === '' ? unit : digits[d] + unit;
	});
	return out;
}
