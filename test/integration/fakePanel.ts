// A stand-in for the WebviewPanel VS Code would create, shared by the panel views' suites: it
// records what the view posts and lets the test send what the page would.
import * as vscode from 'vscode';
import { repoPath } from './util';

export class FakePanel<Message extends { type: string }, Model> {
	readonly posted: Message[] = [];
	private readonly messages = new vscode.EventEmitter<unknown>();
	private readonly viewState = new vscode.EventEmitter<void>();
	private readonly disposed = new vscode.EventEmitter<void>();
	visible = true;
	viewColumn = vscode.ViewColumn.One;
	iconPath: unknown;
	readonly webview = {
		options: {} as vscode.WebviewOptions,
		html: '',
		cspSource: 'https://fake.vscode-cdn.net',
		asWebviewUri: (u: vscode.Uri) => vscode.Uri.parse(`https://fake.vscode-cdn.net${u.path}`),
		postMessage: async (m: Message) => { this.posted.push(m); return true; },
		onDidReceiveMessage: this.messages.event,
	};
	readonly onDidChangeViewState = this.viewState.event;
	readonly onDidDispose = this.disposed.event;
	reveal(): void { /* shown already */ }
	dispose(): void { this.disposed.fire(); }

	send(raw: unknown): void { this.messages.fire(raw); }
	/** The models posted, in order (messages of type `model`). */
	models(): Model[] { return this.posted.flatMap(m => (m.type === 'model' ? [(m as unknown as { model: Model }).model] : [])); }
	last(): Model | undefined { const m = this.models(); return m[m.length - 1]; }
	asPanel(): vscode.WebviewPanel { return this as unknown as vscode.WebviewPanel; }
}

/** The extension context a panel view needs in a test: where media/ is, and the test mode. */
export function fakeContext(): vscode.ExtensionContext {
	return { extensionUri: vscode.Uri.file(repoPath()), extensionMode: vscode.ExtensionMode.Test } as unknown as vscode.ExtensionContext;
}
