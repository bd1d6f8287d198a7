// The workspace index reads a file the way the editor decodes it: with `files.encoding` when
// `files.autoGuessEncoding` is off, guessed when it is on (src/extension/workspace/fileEncoding.ts).
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { encodeLegacy } from '../unit/io/encode';
import { EXT_ID, samplesFolder, waitFor } from './util';

const TEXT = '某市人民政府关于推进编码核对工作的通知\n各区人民政府，市政府各部门：\n一、总体要求\n（一）编码核对专项任务。\n二、重点任务\n';
const HEADING_LINE = 3;

describe('workspace index: encodings as the editor decodes them', () => {
	const files = () => vscode.workspace.getConfiguration('files');
	let file: vscode.Uri;
	before(async () => {
		file = vscode.Uri.file(path.join(samplesFolder(), 'pn-encoding-gbk.txt'));
		// Nothing here opens a document, and the extension activates on one (onLanguage:plaintext);
		// VS Code has no activation event for a workspace symbol query, so without this there is
		// no provider to ask.
		await vscode.extensions.getExtension(EXT_ID)!.activate();
	});

	/** The catalog's symbol for the heading, on its line (so the offsets agree with the editor's). */
	const symbol = async () => {
		const all = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '编码核对专项');
		return (all ?? []).find(s => s.location.uri.toString() === file.toString());
	};

	after(async () => {
		await files().update('encoding', undefined, vscode.ConfigurationTarget.Global);
		await files().update('autoGuessEncoding', undefined, vscode.ConfigurationTarget.Global);
		await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
		await waitFor(async () => !(await symbol()), 30_000, 'the test file to leave the index');
	});

	it('GBK bytes: read with files.encoding gbk, as UTF-8 with utf8 (not a notice then), guessed with autoGuessEncoding', async () => {
		await files().update('autoGuessEncoding', false, vscode.ConfigurationTarget.Global);
		await files().update('encoding', 'gbk', vscode.ConfigurationTarget.Global);
		await vscode.workspace.fs.writeFile(file, encodeLegacy(TEXT, 'gb18030'));
		const gbk = await waitFor(symbol, 30_000, 'the heading read as GBK');
		assert.strictEqual(gbk.location.range.start.line, HEADING_LINE);

		await files().update('encoding', 'utf8', vscode.ConfigurationTarget.Global);
		await waitFor(async () => !(await symbol()), 30_000, 'the file read as UTF-8 (mojibake, no notice)');

		await files().update('autoGuessEncoding', true, vscode.ConfigurationTarget.Global);
		const guessed = await waitFor(symbol, 30_000, 'the heading read as guessed GB18030');
		assert.strictEqual(guessed.location.range.start.line, HEADING_LINE);
	});
});
