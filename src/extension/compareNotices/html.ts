// The Compare Two Notices page: the extension's page skeleton and strict CSP
// (src/extension/webview/page.ts) with this view's style sheet and script. Pure (no vscode
// import), so the page is unit-tested in plain Node.
import { mediaPage, type ViewPageOptions } from '../webview/page';

export function compareNoticesPage(o: ViewPageOptions): string {
	return mediaPage(o, { styles: ['compareNotices.css'], scripts: ['compareNotices.js'] });
}
