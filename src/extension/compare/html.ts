// The Compare Targets page: the Related Tasks page's strict Content-Security-Policy and skeleton
// (one home: related/html.ts) with this view's own style sheet and script. Pure (no vscode
// import), so the page is unit-tested in plain Node.
import { relatedPage } from '../related/html';

export { newNonce } from '../related/html';

export interface ComparePageOptions {
	/** `webview.cspSource`. */
	cspSource: string;
	/** A fresh random nonce per page (newNonce). */
	nonce: string;
	lang: string;
	title: string;
	/** The webview URI of a file of media/. */
	media(file: string): string;
	/** The webview URI of the codicons' style sheet. */
	codicons: string;
}

export function comparePage(o: ComparePageOptions): string {
	return relatedPage({
		cspSource: o.cspSource, nonce: o.nonce, lang: o.lang, title: o.title,
		styles: [o.codicons, o.media('compare.css')],
		scripts: [o.media('compare.js')],
	});
}
