// The Compare Targets page: the extension's page skeleton and strict CSP
// (src/extension/webview/page.ts) with this view's own style sheet and script. Pure (no vscode
// import), so the page is unit-tested in plain Node.
import { mediaPage, type ViewPageOptions } from '../webview/page';

export function comparePage(o: ViewPageOptions): string {
	return mediaPage(o, { styles: ['compare.css'], scripts: ['compare.js'] });
}
