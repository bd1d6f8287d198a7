// The signature date (成文日期) and the issue-date line: one home for their patterns.
//   SIGNATURE_DATE        2018年5月15日, 二〇一八年五月十五日 on a line of its own: the outline ends
//                         the cover letter there, detection counts it, the 附件说明 check looks above it
//   SIGNED_THEN           the same date opening a line, the issued document's title after it
//   SIGNATURE_DATE_IN_TEXT  the same date anywhere, written without blanks (a one-line scrape)
//   ISSUED_DATE_LINE      （2018年5月15日印发）: the metadata reads the date from it (parts captured),
//                         task extraction leaves it out; Arabic digits only, as the date is read
//                         as numbers, and blanks, brackets and 印发/发布 allowed around it
//   ISSUER_END            how an issuing body's name ends: the signature above the date, the
//                         drafting department below an issued rule's title

const YEAR = '(?:[0-9０-９]{4}|[〇零一二三四五六七八九○]{4})';
const NUMBER = '[0-9０-９一二三四五六七八九十]{1,3}';

/** The date with `blank` allowed before and after 年 and 月 and before 日. */
function signatureDate(blank: string): string {
	return `${YEAR}${blank}年${blank}${NUMBER}${blank}月${blank}${NUMBER}${blank}日`;
}

export const SIGNATURE_DATE = new RegExp(`^${signatureDate('[ \\u3000]?')}$`);

export const SIGNED_THEN = new RegExp(`^${signatureDate('[ \\u3000]?')}[ \\t\\u00a0\\u2000-\\u200b\\u3000]+`, 'u');

/** Global: set lastIndex before exec. */
export const SIGNATURE_DATE_IN_TEXT = new RegExp(signatureDate(''), 'gu');

/** Groups: year, month, day. */
export const ISSUED_DATE_LINE = /^[（(]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:印发|发布)?\s*[）)]?$/u;

export const ISSUER_END = /(人民政府|办公厅|办公室|委员会|管委会|厅|局|部|委|院|署|政府|中心|小组|协会|联合会)$/;
