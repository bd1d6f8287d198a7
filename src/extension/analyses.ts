// One Analysis per open document version: every feature reads the same parsed model.
import * as vscode from 'vscode';
import { Analysis } from '../core/analysis';
import { logCoreError } from './log';

interface Entry {
	version: number;
	analysis: Analysis;
	/** Set when the document closed: a reopened one may be another text under the same URI. */
	closed: boolean;
}

/** A closed document's analysis is kept this long: a language switch closes and reopens it. */
const KEEP_AFTER_CLOSE_MS = 5000;

export class DocumentAnalyses implements vscode.Disposable {
	private readonly entries = new Map<string, Entry>();
	private readonly subscription: vscode.Disposable;
	private readonly timers = new Set<NodeJS.Timeout>();

	constructor() {
		this.subscription = vscode.workspace.onDidCloseTextDocument(d => {
			const key = d.uri.toString();
			const entry = this.entries.get(key);
			if (!entry) { return; }
			entry.closed = true;
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				if (this.entries.get(key)?.closed) { this.entries.delete(key); }
			}, KEEP_AFTER_CLOSE_MS);
			this.timers.add(timer);
		});
	}

	get(document: vscode.TextDocument): Analysis {
		const key = document.uri.toString();
		const hit = this.entries.get(key);
		if (hit && hit.version === document.version) {
			if (!hit.closed) { return hit.analysis; }
			// Reopened (a language switch) or a new untitled document reusing the URI: the text decides, once.
			const text = document.getText();
			if (text === hit.analysis.text) {
				hit.closed = false;
				return hit.analysis;
			}
		}
		const analysis = new Analysis(document.getText(), logCoreError);
		this.entries.set(key, { version: document.version, analysis, closed: false });
		return analysis;
	}

	dispose(): void {
		this.subscription.dispose();
		this.timers.forEach(t => clearTimeout(t));
		this.entries.clear();
	}
}
