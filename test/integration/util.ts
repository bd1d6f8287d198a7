// Helpers shared by the integration suites (run inside a real VS Code extension host).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXT_ID = 'policy-notice.policy-notice';

export function samplesFolder(): string {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) { throw new Error('the integration workspace (samples/) is not open'); }
	return folder.uri.fsPath;
}

export function sampleUri(name: string): vscode.Uri {
	return vscode.Uri.file(path.join(samplesFolder(), `${name}.txt`));
}

/** The repository root: the samples folder's parent. */
export function repoPath(...parts: string[]): string {
	return path.join(path.dirname(samplesFolder()), ...parts);
}

/** How often `waitFor` looks again. Every wait in the integration suites is on a condition, with a deadline. */
export const POLL_MS = 50;

/**
 * Resolves with the first truthy value of `probe`, evaluated now and every POLL_MS; rejects once
 * `ms` have passed without one. `what` names the condition in the timeout error (a function is
 * evaluated at the timeout, to report the state then).
 */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 20_000, what: string | (() => string) = 'condition'): Promise<T> {
	const until = Date.now() + ms;
	for (;;) {
		const v = await probe();
		if (v) { return v; }
		if (Date.now() > until) { throw new Error(`timed out after ${ms} ms waiting for ${typeof what === 'function' ? what() : what}`); }
		await new Promise(r => setTimeout(r, POLL_MS));
	}
}

/** Opens a file and waits until auto-detection has given it the policy-notice language. */
export async function openNotice(uri: vscode.Uri): Promise<vscode.TextDocument> {
	const doc = await vscode.workspace.openTextDocument(uri);
	await vscode.window.showTextDocument(doc);
	return waitFor(() => {
		const d = vscode.workspace.textDocuments.find(x => x.uri.toString() === uri.toString());
		return d && d.languageId === 'policy-notice' ? d : undefined;
	}, 20_000, `${path.basename(uri.fsPath)} to become policy-notice`);
}

export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
	return waitFor(async () => {
		const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
		return s && s.length ? s : undefined;
	}, 20_000, 'document symbols');
}

/** A text detection must recognize (the untitled-notice test pastes the same). */
export const NOTICE_TEXT = '某市人民政府关于加快推进数字经济发展的通知\n各区人民政府，市政府各部门：\n一、总体要求\n（一）指导思想。\n二、重点任务\n';

/**
 * The barrier for "detection left a document alone", instead of waiting a while: opens a fresh
 * notice AFTER that document and waits until detection has switched THIS one.
 * Detection (src/extension/languageDetection.ts) judges each document synchronously in
 * onDidOpenTextDocument, in the order they open, with no debounce or timer; a switch it decides
 * on is one `setTextDocumentLanguage` call, made there and then. So once the barrier has become
 * policy-notice, every document opened before it has been judged, and a switch of one of them
 * was asked for first. The main thread applies those in the order asked when the documents are
 * of one kind (each change first resolves the model, untitled and file models along different
 * paths): `kind` is the kind of the document under test, and the barrier is of the same kind
 * (for 'file', a new file in a temp dir, never opened before, so it is judged afresh).
 */
export async function detectionBarrier(kind: 'untitled' | 'file'): Promise<void> {
	let doc: vscode.TextDocument;
	let dir: string | undefined;
	if (kind === 'untitled') {
		doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: NOTICE_TEXT });
	} else {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-barrier-'));
		const file = path.join(dir, 'barrier.txt');
		fs.writeFileSync(file, NOTICE_TEXT);
		doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
	}
	try {
		await waitFor(() => doc.languageId === 'policy-notice', 10_000, `the barrier notice (${kind}) to become policy-notice`);
	} finally {
		if (dir) { fs.rmSync(dir, { recursive: true, force: true }); }
	}
}
