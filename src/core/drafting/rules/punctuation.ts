// half-width-punctuation: `,` `;` `:` `?` `!` `.` and `( )` in Chinese text (GB/T 9704 text is
// set in full-width punctuation); numbers, Latin text and URLs are not Chinese text.
import type { RuleContext } from '../context';
import { documentPunctuation } from '../punctuation';

export function checkPunctuation(ctx: RuleContext): void {
	for (const hit of documentPunctuation(ctx.text, ctx.doc)) {
		ctx.report('half-width-punctuation', hit, 'half-width-punctuation', [hit.written, hit.wanted], { edits: hit.edits });
	}
}
