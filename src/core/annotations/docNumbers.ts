// 文号: 国办发〔2015〕41号, 工信部联通信〔2017〕234号, also with [ ] ［ ］ ( ) （ ） 【】 brackets.
// The bracketed year and the number are found by one regex; the issuer code is read backwards
// from the bracket over at most 12 Han/Latin characters, then verbs such as 根据 are cut off.
import type { Span } from '../model';
import type { DocNumber } from './types';
import { isHan, isLatin, parseWrittenNumber } from './chars';

const D = '[0-9０-９]';
const SP = '[ \\u3000]?';
const NUMBER_RE = new RegExp(
	`[〔\\[［(（【]${SP}([12１２]${D}{3})${SP}[〕\\]］)）】]${SP}第?${SP}(${D}{1,5})${SP}号`, 'g');

const MAX_ISSUER = 12;
// Words that precede a 文号 but are not part of its issuer code.
const LEAD_WORDS = /^.*(?:根据|按照|依据|依照|参照|参见|详见|贯彻落实|贯彻|落实|执行|印发|转发|即|和|及|与|或|按|见)/;

export interface DocNumberHit extends Span {
	text: string;
	issuer: string;
	year: number;
	number: number;
}

/** 文号 in text[from, to). Linear in the span length. */
export function scanDocNumbers(text: string, from: number, to: number): DocNumberHit[] {
	const out: DocNumberHit[] = [];
	if (to <= from) { return out; }
	const slice = text.slice(from, to);
	NUMBER_RE.lastIndex = 0;
	for (let m = NUMBER_RE.exec(slice); m; m = NUMBER_RE.exec(slice)) {
		const bracket = from + m.index;
		let s = bracket;
		while (s > from && bracket - s < MAX_ISSUER) {
			const c = text.charCodeAt(s - 1);
			if (!(isHan(c) || isLatin(c))) { break; }
			s--;
		}
		let issuer = text.slice(s, bracket);
		const lead = LEAD_WORDS.exec(issuer);
		if (lead) { issuer = issuer.slice(lead[0].length); }
		if (!issuer) { continue; }
		const start = bracket - issuer.length;
		const end = bracket + m[0].length;
		const year = parseWrittenNumber(m[1]);
		const number = parseWrittenNumber(m[2]);
		if (!Number.isFinite(year) || !Number.isFinite(number)) { continue; }
		out.push({ offset: start, end, text: text.slice(start, end), issuer, year, number });
	}
	return out;
}

export function toDocNumber(hit: DocNumberHit, document: number): DocNumber {
	return { offset: hit.offset, end: hit.end, text: hit.text, issuer: hit.issuer, year: hit.year, number: hit.number, document };
}
