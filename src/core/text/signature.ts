// The signature date (成文日期) on a line of its own: 2018年5月15日, 二〇一八年五月十五日.
// One home for the pattern: the outline ends the cover letter there, detection counts it.
export const SIGNATURE_DATE = /^(?:[0-9０-９]{4}|[〇零一二三四五六七八九○]{4})[ \u3000]?年[ \u3000]?[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]?月[ \u3000]?[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]?日$/;
