// The related-targets hover inside a real VS Code, over the workspace index the extension builds
// (segmenter worker processes, the catalog over VS Code's file system). What the index answers is
// asserted in plain Node: test/unit/service/related.test.ts (the task under the cursor, a heading
// whose body is only sub-items, no task in the title), test/unit/workspace/relatedIndex.test.ts
// (every notice indexed, a file added, changed and deleted); the Related Tasks view draws the
// index's answer end to end in related-view.test.ts.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openNotice, sampleUri, waitFor } from './util';

const RELATED_TARGETS = /Related provincial targets|相关省份目标/;

describe('related tasks index', function () {
	this.timeout(120_000);

	it('shows related provincial targets on hover over a task heading, with links that open them', async () => {
		const doc = await openNotice(sampleUri('sichuan'));
		const position = doc.positionAt(doc.getText().indexOf('制造业智能化示范') + 2);
		const hoverText = async () => {
			const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
			return hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
		};
		// The first hover starts the index when nothing has (it says so meanwhile).
		const text = await waitFor(async () => { const t = await hoverText(); return RELATED_TARGETS.test(t) && /command:policyNotice\.openLocation/.test(t) ? t : undefined; }, 90_000, 'the related targets in the hover');
		assert.match(text, /天津市|山东省|甘肃省|贵州省/);
		assert.doesNotMatch(text, /sichuan\.txt/, 'no link to the notice itself');
	});
});
