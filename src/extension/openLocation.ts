// Command: open a notice at a range (used by command links in hovers).
import * as vscode from 'vscode';
import { log } from './log';

export const OPEN_LOCATION = 'policyNotice.openLocation';

export function registerOpenLocation(): vscode.Disposable {
	return vscode.commands.registerCommand(OPEN_LOCATION, async (uri: unknown, offset: unknown, end: unknown) => {
		if (typeof uri !== 'string' || typeof offset !== 'number' || typeof end !== 'number' || offset < 0 || end < offset) {
			log().warn(`openLocation: ignored bad arguments ${JSON.stringify([uri, offset, end])}`);
			return;
		}
		const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
		const range = new vscode.Range(doc.positionAt(offset), doc.positionAt(end));
		const editor = await vscode.window.showTextDocument(doc, { selection: new vscode.Range(range.start, range.start), preview: true });
		editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	});
}

/** A command link that opens `uri` at [offset, end). */
export function openLocationLink(uri: string, offset: number, end: number): string {
	return `command:${OPEN_LOCATION}?${encodeURIComponent(JSON.stringify([uri, offset, end]))}`;
}
