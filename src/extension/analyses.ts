// The editor's side of the language service's document cache: VS Code documents as the
// service's documents, and a closed document's analysis dropped once it did not reopen.
import * as vscode from 'vscode';
import type { Analysis } from '../core/analysis';
import type { NoticeService, NoticeTextDocument } from '../core/service';

/** A closed document's analysis is kept this long: a language switch closes and reopens it. */
const KEEP_AFTER_CLOSE_MS = 5000;

/** The service's view of a VS Code document (the text is read only when an analysis is made). */
export function noticeDocument(document: vscode.TextDocument): NoticeTextDocument {
	return { uri: document.uri.toString(), version: document.version, getText: () => document.getText() };
}

export class DocumentAnalyses implements vscode.Disposable {
	private readonly subscription: vscode.Disposable;
	private readonly timers = new Set<NodeJS.Timeout>();

	constructor(readonly service: NoticeService) {
		this.subscription = vscode.workspace.onDidCloseTextDocument(d => {
			const uri = d.uri.toString();
			service.documentClosed(uri);
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				service.forgetIfClosed(uri);
			}, KEEP_AFTER_CLOSE_MS);
			this.timers.add(timer);
		});
	}

	get(document: vscode.TextDocument): Analysis {
		return this.service.analysis(noticeDocument(document));
	}

	dispose(): void {
		this.subscription.dispose();
		this.timers.forEach(t => clearTimeout(t));
		this.service.dispose();
	}
}
