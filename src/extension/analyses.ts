// One Analysis per open document version: every feature reads the same parsed model.
import * as vscode from 'vscode';
import { Analysis } from '../core/analysis';

interface Entry { version: number; analysis: Analysis }

/** A closed document's analysis is kept this long: a language switch closes and reopens it. */
const KEEP_AFTER_CLOSE_MS = 5000;

export class DocumentAnalyses implements vscode.Disposable {
	private readonly entries = new Map<string, Entry>();
	private readonly subscription: vscode.Disposable;
	private readonly timers = new Set<NodeJS.Timeout>();

	constructor() {
		this.subscription = vscode.workspace.onDidCloseTextDocument(d => {
			const key = d.uri.toString();
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				if (!vscode.workspace.textDocuments.some(x => x.uri.toString() === key)) { this.entries.delete(key); }
			}, KEEP_AFTER_CLOSE_MS);
			this.timers.add(timer);
		});
	}

	get(document: vscode.TextDocument): Analysis {
		const key = document.uri.toString();
		const hit = this.entries.get(key);
		if (hit && hit.version === document.version) { return hit.analysis; }
		const analysis = new Analysis(document.getText());
		this.entries.set(key, { version: document.version, analysis });
		return analysis;
	}

	dispose(): void {
		this.subscription.dispose();
		this.timers.forEach(t => clearTimeout(t));
		this.entries.clear();
	}
}
