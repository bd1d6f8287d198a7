// Stand-ins for the WebviewPanel and WebviewView VS Code would create, shared by the views'
// suites: they record what the view posts and let the test send what the page would.
import * as vscode from 'vscode';
import { repoPath } from './util';

/** The webview half both stand-ins share: what the host posts, and what the page sends. */
class FakeWebviewHost<Message extends { type: string }, Model> {
	readonly posted: Message[] = [];
	private readonly messages = new vscode.EventEmitter<unknown>();
	protected readonly disposed = new vscode.EventEmitter<void>();
	visible = true;
	readonly webview = {
		options: {} as vscode.WebviewOptions,
		html: '',
		cspSource: 'https://fake.vscode-cdn.net',
		asWebviewUri: (u: vscode.Uri) => vscode.Uri.parse(`https://fake.vscode-cdn.net${u.path}`),
		postMessage: async (m: Message) => { this.posted.push(m); return true; },
		onDidReceiveMessage: this.messages.event,
	};
	readonly onDidDispose = this.disposed.event;

	send(raw: unknown): void { this.messages.fire(raw); }
	/** The models posted, in order (messages of type `model`). */
	models(): Model[] { return this.posted.flatMap(m => (m.type === 'model' ? [(m as unknown as { model: Model }).model] : [])); }
	last(): Model | undefined { const m = this.models(); return m[m.length - 1]; }
}

/** A WebviewPanel (the task table, Compare Targets). */
export class FakePanel<Message extends { type: string }, Model> extends FakeWebviewHost<Message, Model> {
	private readonly viewState = new vscode.EventEmitter<void>();
	viewColumn = vscode.ViewColumn.One;
	iconPath: unknown;
	readonly onDidChangeViewState = this.viewState.event;
	reveal(): void { /* shown already */ }
	dispose(): void { this.disposed.fire(); }
	asPanel(): vscode.WebviewPanel { return this as unknown as vscode.WebviewPanel; }
}

/** A WebviewView (the Related Tasks view) of type `viewType`. */
export class FakeView<Message extends { type: string }, Model> extends FakeWebviewHost<Message, Model> {
	private readonly visibility = new vscode.EventEmitter<void>();
	readonly onDidChangeVisibility = this.visibility.event;
	title = '';
	constructor(readonly viewType: string) { super(); }
	setVisible(v: boolean): void { this.visible = v; this.visibility.fire(); }
	asView(): vscode.WebviewView { return this as unknown as vscode.WebviewView; }
}

/** Global state in memory (the Related Tasks view keeps its pin and grouping there). */
class Memento implements vscode.Memento {
	private readonly data = new Map<string, unknown>();
	keys(): readonly string[] { return [...this.data.keys()]; }
	get<T>(key: string, fallback?: T): T | undefined { return (this.data.has(key) ? this.data.get(key) : fallback) as T | undefined; }
	async update(key: string, value: unknown): Promise<void> { this.data.set(key, value); }
}

/** The extension context a view needs in a test: where media/ is, its global state, and the test mode. */
export function fakeContext(): vscode.ExtensionContext {
	return { extensionUri: vscode.Uri.file(repoPath()), globalState: new Memento(), extensionMode: vscode.ExtensionMode.Test } as unknown as vscode.ExtensionContext;
}
