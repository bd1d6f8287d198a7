// "New Notice…": opens an untitled policy-notice document with the chosen template inserted as a
// snippet (today's date filled in, the first placeholder selected).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './util';

describe('New Notice…', () => {
	afterEach(async () => {
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	it('opens an untitled policy-notice document with the 实施方案 template', async () => {
		const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('policyNotice.newNotice', 'implementationPlan');
		assert.ok(editor, 'the command returns the new editor');
		const doc = editor.document;
		assert.equal(doc.isUntitled, true);
		assert.equal(doc.languageId, 'policy-notice');
		const text = await waitFor(() => doc.getText().includes('附件：') && doc.getText(), 10_000, 'the template text');
		const now = new Date();
		assert.ok(text.includes(`${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`), 'today as 成文日期');
		assert.ok(text.startsWith('××市人民政府办公厅关于印发××实施方案的通知'));
		assert.equal(doc.getText(editor.selection), '××市人民政府办公厅', 'the first placeholder is selected');
	});
});
