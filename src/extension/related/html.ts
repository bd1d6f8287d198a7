// The Related Tasks webview's page: a strict Content-Security-Policy (nothing but the extension's
// own files, scripts only with this page's nonce), no inline script or style, no remote content.
// Pure (no vscode import) so its policy is unit-tested in plain Node.
import * as crypto from 'node:crypto';

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

export function relatedPage(o: PageOptions): string {
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
