// The extension's side of every webview: the options (scripts on, command links off, files only
// from media/ and the codicons) and the page, served the same way for the Related Tasks view and
// the Compare Targets and task table panels.
import * as vscode from 'vscode';
import { newNonce, type ViewPageOptions } from './page';

/** The folders a webview may load from. */
export function mediaRoots(extensionUri: vscode.Uri): { media: vscode.Uri; codicons: vscode.Uri } {
	return {
		media: vscode.Uri.joinPath(extensionUri, 'media'),
		codicons: vscode.Uri.joinPath(extensionUri, 'node_modules', '@vscode', 'codicons', 'dist'),
	};
}

/** A panel's options (createWebviewPanel): the webview's, and the find widget. */
export function panelOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
	return { ...webviewOptions(extensionUri), enableFindWidget: true };
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
	const { media, codicons } = mediaRoots(extensionUri);
	return { enableScripts: true, enableCommandUris: false, localResourceRoots: [media, codicons] };
}

/** Sets the webview's options and its page (a fresh nonce each time); `page` is the view's (related/html.ts, …). */
export function servePage(webview: vscode.Webview, extensionUri: vscode.Uri, title: string, page: (o: ViewPageOptions) => string): void {
	const { media, codicons } = mediaRoots(extensionUri);
	webview.options = webviewOptions(extensionUri);
	const src = (base: vscode.Uri, file: string) => webview.asWebviewUri(vscode.Uri.joinPath(base, file)).toString();
	webview.html = page({
		cspSource: webview.cspSource, nonce: newNonce(), lang: vscode.env.language, title,
		media: f => src(media, f), codicons: src(codicons, 'codicon.css'),
	});
}

/**
 * Opens `uri` at [offset, end) beside a panel in `panelColumn` (in the column it is not in), the
 * cursor at the start and nothing selected (a key pressed in the editor must not replace the
 * text), the range in view. What the Compare Targets and task table panels do with a row.
 */
export async function showRangeBeside(uri: vscode.Uri, offset: number, end: number, panelColumn: vscode.ViewColumn | undefined, preserveFocus: boolean): Promise<vscode.TextEditor> {
	const document = await vscode.workspace.openTextDocument(uri);
	const range = new vscode.Range(document.positionAt(offset), document.positionAt(end));
	const editor = await vscode.window.showTextDocument(document, {
		viewColumn: panelColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One,
		selection: new vscode.Range(range.start, range.start),
		preserveFocus,
		preview: true,
	});
	editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	return editor;
}
