// Heading titles, as a heading shows them (comparing them: text/normalize.ts).
import { readingText } from '../text/blanks';

const MAX_TITLE = 60;

/** Title = text from `start` up to the first 。！？ (exclusive), or the whole paragraph. */
export function headingTitle(text: string, start: number, paragraphEnd: number): { title: string; end: number } {
	let end = paragraphEnd;
	for (let i = start; i < paragraphEnd; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x3002 /* 。 */ || c === 0xff01 /* ！ */ || c === 0xff1f /* ？ */) { end = i; break; }
	}
	// Trailing separators are not part of the title.
	while (end > start && /[ \t\u3000:：,，;；、]/.test(text[end - 1])) { end--; }
	// Blanks between two Chinese characters are layout (总　则, a title wrapped in two), not words.
	let title = readingText(text.slice(start, end));
	if (title.length > MAX_TITLE) { title = title.slice(0, MAX_TITLE - 1) + '…'; }
	return { title, end };
}

/** For comparing titles; its home is text/normalize.ts, with the other comparison folds. */
export { normalizeForMatch } from '../text/normalize';
