// Drafting in a real VS Code: a numbering gap in the Problems view, its quick fix through
// vscode.executeCodeActionProvider, a command as one undo step, and Enter continuing the numbering.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './util';

const GAP = ['××市人民政府关于做好数据工作的通知', '', '一、任务', '（一）加强领导。内容。', '（二）完善机制。内容。', '（四）强化保障。内容。', '二、保障', '（一）强化督查。内容。'].join('\n');
const FIXED = GAP.replace('（四）', '（三）');

function gapDiagnostic(uri: vscode.Uri): vscode.Diagnostic | undefined {
	return vscode.languages.getDiagnostics(uri).find(d => d.source === 'policy-notice' && d.code === 'numbering-gap');
}

async function openDraft(content: string): Promise<vscode.TextEditor> {
	const doc = await vscode.workspace.openTextDocument({ language: 'policy-notice', content });
	return vscode.window.showTextDocument(doc);
}

describe('drafting', () => {
	afterEach(async () => {
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	it('shows a numbering gap in the Problems view and renumbers it with the quick fix', async () => {
		const editor = await openDraft(GAP);
		const doc = editor.document;
		const d = await waitFor(() => gapDiagnostic(doc.uri), 20_000, 'the numbering-gap diagnostic');
		assert.equal(doc.getText(d.range), '（四）');
		assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
		// The API command passes the title, kind, edit and isPreferred on (not the linked diagnostics).
		const fix = actions.find(a => a.isPreferred && a.kind?.value === vscode.CodeActionKind.QuickFix.value);
		assert.ok(fix?.edit, `a preferred quick fix for the gap among: ${actions.map(a => a.title).join(' | ')}`);
		assert.ok(await vscode.workspace.applyEdit(fix.edit));
		assert.equal(doc.getText(), FIXED);
		await waitFor(() => !gapDiagnostic(doc.uri), 20_000, 'the diagnostic to clear');
	});

	it('renumbers with the command in one undo step', async () => {
		const editor = await openDraft(GAP);
		const doc = editor.document;
		const at = doc.positionAt(GAP.indexOf('强化保障'));
		editor.selection = new vscode.Selection(at, at);
		assert.equal(await vscode.commands.executeCommand('policyNotice.renumberSiblings'), true);
		assert.equal(doc.getText(), FIXED);
		await vscode.commands.executeCommand('undo');
		assert.equal(doc.getText(), GAP, 'one undo restores the text');
	});

	it('Enter at the end of a numbered line continues the numbering; elsewhere it is a plain line break', async () => {
		const editor = await openDraft(FIXED);
		const doc = editor.document;
		const lineEnd = doc.positionAt(FIXED.indexOf('（三）强化保障。内容。') + '（三）强化保障。内容。'.length);
		editor.selection = new vscode.Selection(lineEnd, lineEnd);
		await vscode.commands.executeCommand('policyNotice.onEnterKey');
		assert.equal(doc.getText(), FIXED.replace('（三）强化保障。内容。', '（三）强化保障。内容。\n（四）'));
		assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [lineEnd.line + 1, 3], 'the caret after the new marker');
		const mid = doc.positionAt(doc.getText().indexOf('强化督查'));
		editor.selection = new vscode.Selection(mid, mid);
		const before = doc.getText();
		await vscode.commands.executeCommand('policyNotice.onEnterKey');
		assert.equal(doc.getText(), before.replace('（一）强化督查', '（一）\n强化督查'));
	});
});
