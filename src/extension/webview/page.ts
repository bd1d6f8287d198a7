// The page every webview of the extension serves (Related Tasks, Compare Targets, the task
// table): a strict Content-Security-Policy (nothing but the extension's own files, scripts only
// with this page's nonce), no inline script or style, no remote content, and the shared base
// style sheet and script (media/webview-base.*) before the view's own. Pure (no vscode import) so the
// policy is unit-tested in plain Node.
import * as crypto from 'node:crypto';

/** The style sheet of what every view draws alike (table, toolbar, filter, focus ring, empty states). */
export const BASE_STYLESHEET = 'webview-base.css';
/** The script of what every view builds alike (element helpers, filter box, live region, string placeholders). */
export const BASE_SCRIPT = 'webview-base.js';

export interface PageOptions {
	/** `webview.cspSource`: the origin the webview serves the extension's files from. */
	cspSource: string;
	/** A fresh random nonce per page (see `newNonce`). */
	nonce: string;
	lang: string;
	title: string;
	/** Webview URIs of the style sheets, in order. */
	styles: string[];
	/** Webview URIs of the scripts, in order. */
	scripts: string[];
}

export function newNonce(): string {
	return crypto.randomBytes(18).toString('base64');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
	return [
		`default-src 'none'`,
		`style-src ${cspSource} 'nonce-${nonce}'`,
		`script-src 'nonce-${nonce}'`,
		`font-src ${cspSource}`,
		`img-src ${cspSource}`,
	].join('; ');
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function webviewPage(o: PageOptions): string {
	const nonce = escapeAttr(o.nonce);
	const styles = o.styles.map(href => `<link rel="stylesheet" nonce="${nonce}" href="${escapeAttr(href)}">`).join('\n');
	const scripts = o.scripts.map(src => `<script nonce="${nonce}" src="${escapeAttr(src)}"></script>`).join('\n');
	return `<!DOCTYPE html>
<html lang="${escapeAttr(o.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles}
<title>${escapeAttr(o.title)}</title>
</head>
<body>
<div id="app"></div>
${scripts}
</body>
</html>`;
}

/** What a view's page is made of besides its own files: where media/ and the codicons are served from. */
export interface ViewPageOptions {
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

/** A view's page: the codicons and the base style sheet, then the view's own style sheets; the base script, then the view's own scripts (files of media/), in order. */
export function mediaPage(o: ViewPageOptions, files: { styles: string[]; scripts: string[] }): string {
	return webviewPage({
		cspSource: o.cspSource, nonce: o.nonce, lang: o.lang, title: o.title,
		styles: [o.codicons, o.media(BASE_STYLESHEET), ...files.styles.map(f => o.media(f))],
		scripts: [o.media(BASE_SCRIPT), ...files.scripts.map(f => o.media(f))],
	});
}
