// Drafting commands: renumber, normalize markers, promote / demote, move a section up / down,
// full-width punctuation — each applies the service's edits in ONE editor.edit (one undo step)
// and changes only what it names. Enter after a numbered line continues the numbering
// (`policyNotice.drafting.continueNumbering`); anywhere else it is the editor's own Enter.
import * as vscode from 'vscode';
import type { DraftingCommand, DraftingEdits, NoticeNextMarker } from '../core/service';
import type { DocumentAnalyses } from './analyses';
import { continueNumbering, LANGUAGE_ID, readDraftingOptions } from './config';
import { guarded, log } from './log';

/** Command id → the service's command. */
export const DRAFTING_COMMANDS: Readonly<Record<string, DraftingCommand>> = {
	'policyNotice.renumberSiblings': 'renumber',
	'policyNotice.normalizeMarkers': 'normalizeMarkers',
	'policyNotice.promoteSection': 'promote',
	'policyNotice.demoteSection': 'demote',
	'policyNotice.moveSectionUp': 'moveUp',
	'policyNotice.moveSectionDown': 'moveDown',
	'policyNotice.toFullWidthPunctuation': 'fullWidth',
};

export const ENTER_COMMAND = 'policyNotice.onEnterKey';

export function registerDraftingCommands(analyses: DocumentAnalyses): vscode.Disposable {
	return vscode.Disposable.from(
		...Object.entries(DRAFTING_COMMANDS).map(([id, command]) =>
			vscode.commands.registerCommand(id, () => guarded(id, false, () => runCommand(analyses, command)))),
		vscode.commands.registerCommand(ENTER_COMMAND, () => guarded(ENTER_COMMAND, false, () => onEnter(analyses))),
	);
}

/** Applies the command's edits to the active policy-notice editor; false when nothing changed. */
async function runCommand(analyses: DocumentAnalyses, command: DraftingCommand): Promise<boolean> {
	const editor = vscode.window.activeTextEditor;
	if (!editor || editor.document.languageId !== LANGUAGE_ID) {
		void vscode.window.showInformationMessage(vscode.l10n.t('Open a policy notice first.'));
		return false;
	}
	const doc = editor.document;
	const sel = editor.selection;
	const version = doc.version;
	const result = await analyses.call(doc, 'getEdits', command, { offset: doc.offsetAt(sel.start), end: doc.offsetAt(sel.end) }, readDraftingOptions(doc));
	if (doc.version !== version) {
		// The edits are offsets into the text they were made for: applied to another, they would garble it.
		void vscode.window.showInformationMessage(vscode.l10n.t('The document changed meanwhile: run the command again.'));
		return false;
	}
	if (!result.edits.length) {
		void vscode.window.showInformationMessage(nothingDone(result));
		return false;
	}
	const ranges = result.edits.map(e => ({ range: new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.end)), text: e.newText }));
	// One edit call: one undo step restores the text as it was.
	const applied = await editor.edit(b => { for (const r of ranges) { b.replace(r.range, r.text); } });
	if (!applied) {
		log().warn(`${command}: the editor refused the edit (document version ${version} → ${doc.version})`);
		return false;
	}
	if (result.cursor !== undefined) {
		const p = doc.positionAt(result.cursor);
		editor.selection = new vscode.Selection(p, p);
		editor.revealRange(new vscode.Range(p, p));
	}
	return true;
}

function nothingDone(result: DraftingEdits): string {
	return result.reason === 'noHeading'
		? vscode.l10n.t('Put the cursor on a numbered heading first.')
		: vscode.l10n.t('Nothing to change here.');
}

/**
 * Enter: at the end of a numbered line, a line break and the next marker (one undo step);
 * otherwise, or when working that out fails, exactly what Enter does.
 */
async function onEnter(analyses: DocumentAnalyses): Promise<boolean> {
	const editor = vscode.window.activeTextEditor;
	const next = editor ? await guarded('continue numbering', null, () => nextMarkerFor(analyses, editor)) : null;
	if (editor && next) {
		const eol = editor.document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
		// insert() moves the caret past the text it inserts at the caret.
		return editor.edit(b => b.insert(editor.selection.active, eol + next.insert));
	}
	await vscode.commands.executeCommand('type', { source: 'keyboard', text: '\n' });
	return false;
}

/** Enter does not wait longer than this for a large document's analysis: it types a plain line break instead. */
const ENTER_WAIT_MS = 100;

async function nextMarkerFor(analyses: DocumentAnalyses, editor: vscode.TextEditor): Promise<NoticeNextMarker | null> {
	const doc = editor.document;
	if (editor.selections.length !== 1 || !editor.selection.isEmpty || doc.languageId !== LANGUAGE_ID || !continueNumbering(doc)) { return null; }
	const version = doc.version, offset = doc.offsetAt(editor.selection.active);
	const answer = analyses.call(doc, 'getNextMarker', offset);
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<null>(resolve => { timer = setTimeout(() => resolve(null), ENTER_WAIT_MS); });
	try {
		const next = analyses.isLarge(doc) ? await Promise.race([answer, late]) : await answer;
		return doc.version === version && editor.selection.active.isEqual(doc.positionAt(offset)) ? next : null;
	} finally {
		clearTimeout(timer);
		answer.catch(() => undefined); // a late answer (or its cancellation) is not wanted any more
	}
}
