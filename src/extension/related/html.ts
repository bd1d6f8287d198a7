// The Related Tasks webview's page: the extension's page skeleton and strict CSP
// (src/extension/webview/page.ts) with this view's style sheet and scripts, the model first.
// Pure (no vscode import), so the page is unit-tested in plain Node.
import { mediaPage, type ViewPageOptions } from '../webview/page';

export function relatedPage(o: ViewPageOptions): string {
	return mediaPage(o, { styles: ['related.css'], scripts: ['related-model.js', 'related.js'] });
}
