// One Analysis per open document version: every feature reads the same parsed model.
import * as vscode from 'vscode';
import { Analysis } from '../core/analysis';
import { LineIndex } from '../core/text/lineIndex';

interface Entry { version: number; analysis: Analysis }

export class DocumentAnalyses implements vscode.Disposable {
	private readonly entries = new Map<string, Entry>();
	private readonly subscription: vscode.Disposable;

	constructor() {
		this.subscription = vscode.workspace.onDidCloseTextDocument(d => this.entries.delete(d.uri.toString()));
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
		this.entries.clear();
	}
}

/** Line index of an analysis (memoized as a stage). */
export function linesOf(analysis: Analysis): LineIndex {
	return analysis.stage('lines', a => new LineIndex(a.text));
}
