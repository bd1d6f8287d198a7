// package.json contributes what the views register: the Related Tasks container, view and title
// actions; Compare Targets; Compare Two Notices in the palette and the explorer; the task table's
// commands and its button in a notice's editor title — each command titled in English and
// Chinese, each id the one the view's module registers. (The integration suite checks at run
// time that every contributed command is registered once the extension is active.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMPARE_TARGETS_COMMAND } from '../../../src/extension/compare/messages';
import { COMPARE_NOTICES_COMMANDS } from '../../../src/extension/compareNotices/messages';
import { RELATED_COMMANDS, RELATED_VIEW_ID } from '../../../src/extension/related/messages';
import { TASK_TABLE_COMMANDS, TASK_TABLE_VIEW_TYPE } from '../../../src/extension/tasks/messages';
import { REPO } from '../paths';

const readJson = (f: string) => JSON.parse(fs.readFileSync(path.join(REPO, f), 'utf8'));
const nlsKey = (s: string) => /^%(.+)%$/.exec(s)?.[1] ?? '';

interface MenuEntry { command: string; when?: string; group?: string }

describe('views contributions (package.json)', () => {
	const pkg = readJson('package.json');
	const en = readJson('package.nls.json'), zh = readJson('package.nls.zh-cn.json');
	const menus: Record<string, MenuEntry[]> = pkg.contributes.menus;
	const menu = (where: string, command: string) => (menus[where] ?? []).filter(m => m.command === command);

	/** The command is contributed with a title in both languages, under its own nls key. */
	const titled = (command: string, key: string) => {
		const c = pkg.contributes.commands.find((x: { command: string }) => x.command === command);
		assert.ok(c, `${command} is contributed`);
		assert.equal(nlsKey(c.title), key, command);
		assert.ok(en[key] && zh[key], `${command} has a title in both languages`);
		assert.notEqual(en[key], zh[key]);
	};

	it('the 政策文件 container with the 相关任务 webview, and its title actions', () => {
		assert.equal(RELATED_VIEW_ID, 'policyNotice.related');
		assert.ok(pkg.contributes.viewsContainers.activitybar.some((c: { id: string; title: string }) => c.id === 'policyNotice' && en[nlsKey(c.title)]));
		assert.deepEqual(pkg.contributes.views.policyNotice.map((v: { id: string; type: string }) => [v.id, v.type]), [['policyNotice.related', 'webview']]);
		for (const [name, id] of [['pin', 'policyNotice.related.pin'], ['unpin', 'policyNotice.related.unpin'], ['groupByDocument', 'policyNotice.related.groupByDocument'], ['showFlat', 'policyNotice.related.showFlat'], ['refresh', 'policyNotice.related.refresh']]) {
			assert.equal(RELATED_COMMANDS[name as keyof typeof RELATED_COMMANDS], id, `${id} is the id related/view.ts registers`);
			titled(id, `command.${id.slice('policyNotice.'.length)}`);
			const actions = menu('view/title', id);
			assert.equal(actions.length, 1, `${id} is a title action`);
			assert.match(actions[0].when ?? '', /^view == policyNotice\.related( |$)/);
		}
		// The toggles show one state at a time.
		assert.match(menu('view/title', 'policyNotice.related.pin')[0].when!, /!policyNotice\.related\.pinned/);
		assert.match(menu('view/title', 'policyNotice.related.unpin')[0].when!, /[^!]policyNotice\.related\.pinned/);
	});

	it('Compare Targets, also from the Related Tasks view\'s title', () => {
		assert.equal(COMPARE_TARGETS_COMMAND, 'policyNotice.compareTargets');
		titled(COMPARE_TARGETS_COMMAND, 'command.compareTargets');
		assert.match(menu('view/title', COMPARE_TARGETS_COMMAND)[0]?.when ?? '', /^view == policyNotice\.related$/);
	});

	it('Compare Two Notices in the palette of a notice and in the explorer on two selected files', () => {
		assert.equal(COMPARE_NOTICES_COMMANDS.compare, 'policyNotice.compareNotices');
		titled('policyNotice.compareNotices', 'command.compareNotices');
		assert.equal(menu('commandPalette', 'policyNotice.compareNotices')[0]?.when, 'editorLangId == policy-notice');
		const explorer = menu('explorer/context', 'policyNotice.compareNotices');
		assert.equal(explorer.length, 1);
		assert.deepEqual(explorer[0].when?.split('&&').map(s => s.trim()).sort(), ['!explorerResourceIsFolder', 'listDoubleSelection']);
	});

	it('the task table: show and export in the palette of a notice or of the table, show in a notice\'s editor title', () => {
		assert.equal(TASK_TABLE_COMMANDS.show, 'policyNotice.showTaskTable');
		assert.equal(TASK_TABLE_COMMANDS.export, 'policyNotice.exportTaskTable');
		titled('policyNotice.showTaskTable', 'command.showTaskTable');
		titled('policyNotice.exportTaskTable', 'command.exportTaskTable');
		for (const id of ['policyNotice.showTaskTable', 'policyNotice.exportTaskTable']) {
			assert.equal(menu('commandPalette', id)[0]?.when, `editorLangId == policy-notice || activeWebviewPanelId == '${TASK_TABLE_VIEW_TYPE}'`, id);
		}
		assert.equal(menu('editor/title', 'policyNotice.showTaskTable')[0]?.when, 'editorLangId == policy-notice');
	});
});
