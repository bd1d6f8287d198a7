// package.json contributes what the drafting aids read: every setting of draftingSettings() with
// the same default, levels and (zh/en) description, the commands with titles and palette
// clauses, and Enter bound only where it may continue the numbering.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { draftingSettings } from '../../../src/core/drafting';
import { REPO } from '../paths';

const readJson = (f: string) => JSON.parse(fs.readFileSync(path.join(REPO, f), 'utf8'));
const nlsKey = (s: string) => /^%(.+)%$/.exec(s)?.[1] ?? '';

describe('drafting contributions (package.json)', () => {
	const pkg = readJson('package.json');
	const en = readJson('package.nls.json'), zh = readJson('package.nls.zh-cn.json');
	const props: Record<string, { type: string; default: unknown; enum?: string[]; markdownDescription: string }> = pkg.contributes.configuration.properties;

	it('every drafting setting, with the core\'s default, levels and descriptions in both languages', () => {
		const settings = draftingSettings();
		assert.equal(settings.filter(s => s.key.startsWith('policyNotice.diagnostics.') && s.enum).length, 13);
		for (const s of settings) {
			const p = props[s.key];
			assert.ok(p, `${s.key} is contributed`);
			assert.equal(p.type, s.type, s.key);
			assert.deepEqual(p.default, s.default, s.key);
			assert.deepEqual(p.enum, s.enum ? [...s.enum] : undefined, s.key);
			const key = nlsKey(p.markdownDescription);
			assert.equal(en[key], s.description.en, s.key);
			assert.equal(zh[key], s.description['zh-cn'], s.key);
		}
		const cont = props['policyNotice.drafting.continueNumbering'];
		assert.ok(cont && cont.type === 'boolean' && cont.default === true && en[nlsKey(cont.markdownDescription)]);
	});

	it('the drafting commands, as registered, with titles and palette clauses', () => {
		const source = fs.readFileSync(path.join(REPO, 'src', 'extension', 'draftingCommands.ts'), 'utf8');
		const registered = [...source.matchAll(/'(policyNotice\.\w+)': '\w+'/g)].map(m => m[1]);
		assert.deepEqual(registered.sort(), ['policyNotice.demoteSection', 'policyNotice.moveSectionDown', 'policyNotice.moveSectionUp', 'policyNotice.normalizeMarkers',
			'policyNotice.promoteSection', 'policyNotice.renumberSiblings', 'policyNotice.toFullWidthPunctuation']);
		const palette: { command: string; when: string }[] = pkg.contributes.menus.commandPalette;
		for (const id of registered) {
			const c = pkg.contributes.commands.find((x: { command: string }) => x.command === id);
			assert.ok(c, `${id} is contributed`);
			assert.ok(en[nlsKey(c.title)] && zh[nlsKey(c.title)], `${id} has a title in both languages`);
			assert.equal(palette.find(p => p.command === id)?.when, 'editorLangId == policy-notice', id);
		}
	});

	it('Enter is bound to the numbering command only in a policy notice, outside suggestions and multi-cursor, when the setting is on', () => {
		const bindings: { command: string; key: string; when: string }[] = pkg.contributes.keybindings;
		const enter = bindings.filter(b => b.key === 'enter');
		assert.equal(enter.length, 1);
		assert.equal(enter[0].command, 'policyNotice.onEnterKey');
		const clauses = enter[0].when.split('&&').map(s => s.trim()).sort();
		assert.deepEqual(clauses, ['!editorHasMultipleSelections', '!editorReadonly', '!inlineSuggestionVisible', '!suggestWidgetVisible',
			'config.policyNotice.drafting.continueNumbering', 'editorLangId == policy-notice', 'editorTextFocus']);
		assert.equal(pkg.contributes.menus.commandPalette.find((p: { command: string }) => p.command === 'policyNotice.onEnterKey')?.when, 'false', 'not in the palette');
	});
});
