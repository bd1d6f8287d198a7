// The extension's side of every webview: the options (scripts on, command links off, files only
// from media/ and the codicons) and the page, served the same way for the Related Tasks view and
// the Compare Targets, Compare Two Notices and task table panels; a panel's events; and the check
// of every message from a page.
import * as vscode from 'vscode';
import { log } from '../log';
import { newNonce, type ViewPageOptions } from './page';
import { describeRejected } from './validate';

/** The folders a webview may load from. */
/** VS Code's Manage Workspace Trust editor. */
const MANAGE_TRUST_COMMAND = 'workbench.trust.manage';

/** Opens Manage Workspace Trust (a view's button in Restricted Mode); a failure is logged under `view`. */
export function openManageTrust(view: string): void {
	vscode.commands.executeCommand(MANAGE_TRUST_COMMAND).then(undefined, e => log().error(`${view}: ${MANAGE_TRUST_COMMAND} failed: ${e}`));
}

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

/** What a panel's view is told of it (servePanel). */
export interface PanelEvents {
	/** A message from the page, not checked yet (receiveMessage). */
	receive(raw: unknown): void;
	/** The panel is hidden: without retainContextWhenHidden the page is unloaded; it says `ready` again when shown. */
	hidden(): void;
	/** The panel is closed; its subscriptions are disposed right after. */
	disposed(): void;
}

/**
 * Serves a view's page in `panel` (the extension's icon, the options, the page of `page`, see
 * servePage) and tells `events` what becomes of it. Returns the subscriptions (disposed when the
 * panel is). What the Compare Targets, Compare Two Notices and task table panels do with a panel.
 */
export function servePanel(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, title: string, page: (o: ViewPageOptions) => string, events: PanelEvents): vscode.Disposable[] {
	panel.iconPath = vscode.Uri.joinPath(mediaRoots(extensionUri).media, 'policy-notices.svg');
	servePage(panel.webview, extensionUri, title, page);
	const subscriptions = [
		panel.webview.onDidReceiveMessage(raw => events.receive(raw)),
		panel.onDidChangeViewState(() => { if (!panel.visible) { events.hidden(); } }),
		panel.onDidDispose(() => {
			events.disposed();
			subscriptions.forEach(d => d.dispose());
		}),
	];
	return subscriptions;
}

/**
 * A message from a view's page (or from its test command) `raw`: handled if `parse` accepts it;
 * else counted by `rejected()` and logged (`<view>: ignored an invalid message from the webview: …`),
 * never acted on. Returns whether it was accepted.
 */
export function receiveMessage<T>(view: string, raw: unknown, parse: (raw: unknown) => T | null, on: { handle(message: T): void; rejected(): void }): boolean {
	const message = parse(raw);
	if (!message) {
		on.rejected();
		log().warn(`${view}: ignored an invalid message from the webview: ${describeRejected(raw)}`);
		return false;
	}
	on.handle(message);
	return true;
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
