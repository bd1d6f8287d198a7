// Optional decorations (`policyNotice.decorations.targets`, off by default): a subtle underline in
// the contributed colour `policyNotice.targetClause` under every clause that sets a target, and a
// mark in the overview ruler. Updated (debounced) as editors, documents and the setting change.
import * as vscode from 'vscode';
import type { DocumentAnalyses } from '../analyses';
import { affectsConfig, LANGUAGE_ID, readConfig } from '../config';
import { guarded } from '../log';
import { mapInSlices } from '../slices';
import { spanRanges } from '../positions';

export const TARGET_CLAUSE_COLOR = 'policyNotice.targetClause';
const DEBOUNCE_MS = 300;

export class TargetDecorations implements vscode.Disposable {
	private readonly type: vscode.TextEditorDecorationType;
	private readonly subscriptions: vscode.Disposable[] = [];
	private enabled: boolean;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** Editors we decorated, so turning the setting off clears exactly those. */
	private readonly decorated = new Set<vscode.TextEditor>();

	constructor(private readonly analyses: DocumentAnalyses) {
		const color = new vscode.ThemeColor(TARGET_CLAUSE_COLOR);
		this.type = vscode.window.createTextEditorDecorationType({
			borderStyle: 'none none dashed none',
			borderWidth: '0 0 1px 0',
			borderColor: color,
			overviewRulerColor: color,
			overviewRulerLane: vscode.OverviewRulerLane.Right,
			rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
		});
		this.enabled = readConfig().decorateTargets;
		this.subscriptions.push(
			vscode.window.onDidChangeVisibleTextEditors(() => this.schedule(0)),
			vscode.workspace.onDidChangeTextDocument(e => {
				if (this.enabled && vscode.window.visibleTextEditors.some(ed => ed.document === e.document)) { this.schedule(DEBOUNCE_MS); }
			}),
			// Auto-detection switches a .txt to policy-notice after it is shown.
			vscode.workspace.onDidOpenTextDocument(() => this.schedule(DEBOUNCE_MS)),
			vscode.workspace.onDidChangeConfiguration(e => {
				if (!affectsConfig(e, 'decorations.targets')) { return; }
				this.enabled = readConfig().decorateTargets;
				this.schedule(0);
			}),
		);
		if (this.enabled) { this.schedule(0); }
	}

	private schedule(ms: number): void {
		if (!this.enabled && this.decorated.size === 0) { return; }
		if (this.timer) { clearTimeout(this.timer); }
		this.timer = setTimeout(() => { this.timer = undefined; void this.update(); }, ms);
	}

	/** Decorates every visible policy-notice editor (or clears them when the setting is off). */
	update(): Promise<void> {
		return guarded('target decorations', undefined, async () => {
			const visible = new Set(vscode.window.visibleTextEditors);
			for (const ed of [...this.decorated]) { if (!visible.has(ed)) { this.decorated.delete(ed); } }
			for (const editor of visible) {
				const doc = editor.document;
				if (!this.enabled || doc.languageId !== LANGUAGE_ID) {
					if (this.decorated.delete(editor)) { editor.setDecorations(this.type, []); }
					continue;
				}
				const version = doc.version;
				let ranges: vscode.Range[] | undefined;
				try {
					const clauses = await this.analyses.call(doc, 'getTargetClauses');
					if (doc.version !== version || !this.enabled) { continue; } // a newer update follows
					const range = await spanRanges(this.analyses, doc, version, clauses);
					ranges = await mapInSlices(clauses, (_, i) => range(i));
				} catch (e) {
					// (this editor's document changed meanwhile: the other editors are still decorated)
					if ((e as Error)?.name === 'Cancelled') { continue; }
					throw e;
				}
				if (!ranges || doc.version !== version || !this.enabled) { continue; }
				editor.setDecorations(this.type, ranges);
				this.decorated.add(editor);
			}
		});
	}

	dispose(): void {
		if (this.timer) { clearTimeout(this.timer); }
		for (const s of this.subscriptions) { s.dispose(); }
		this.decorated.clear();
		this.type.dispose(); // removes the decorations from every editor
	}
}
