// duplicate-document, body-missing: what a scrape left behind (a notice copied twice, a body that
// is only the name of the file the portal linked to).
import type { RuleContext } from '../context';

export function checkDocuments(ctx: RuleContext): void {
	const { doc } = ctx;
	const at = doc.titleSpan.end > doc.titleSpan.offset ? doc.titleSpan : { offset: doc.offset, end: Math.min(doc.end, doc.offset + 1) };
	if (doc.duplicateOf !== null) {
		ctx.report('duplicate-document', at, 'duplicate-document', [doc.duplicateOf + 1]);
	}
	if (doc.bodyMissing && doc.missingFile) {
		ctx.report('body-missing', doc.body.end > doc.body.offset ? doc.body : at, 'body-missing', [doc.missingFile]);
	}
}
