// One home for sorting Chinese text the way a reader expects (pinyin order, numbers by value).
// The collator is made on first use: creating it loads ICU's collation data (milliseconds), which
// must not happen while the extension's bundle is evaluated on activation.
let collator: Intl.Collator | undefined;

/** Compares two strings in zh-Hans-CN order with numeric runs compared by value. */
export function compareChinese(a: string, b: string): number {
	collator ??= new Intl.Collator('zh-Hans-CN', { numeric: true });
	return collator.compare(a, b);
}
