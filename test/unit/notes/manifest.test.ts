// package.json contributes what the notes read: each notes command registered by the controller,
// titled in both languages, out of the command palette and placed in the comment widget's menus
// of this controller only; the setting policyNotice.notes.enabled.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../paths';

const readJson = (f: string) => JSON.parse(fs.readFileSync(path.join(REPO, f), 'utf8'));
const nlsKey = (s: string) => /^%(.+)%$/.exec(s)?.[1] ?? '';

describe('notes contributions (package.json)', () => {
	const pkg = readJson('package.json');
	const en = readJson('package.nls.json'), zh = readJson('package.nls.zh-cn.json');
	const source = fs.readFileSync(path.join(REPO, 'src', 'extension', 'notes', 'controller.ts'), 'utf8');
	const registered = [...source.matchAll(/command\('(\w+)', /g)].map(m => `policyNotice.notes.${m[1]}`).sort();
	const contributed: { command: string; title: string }[] = pkg.contributes.commands.filter((c: { command: string }) => c.command.startsWith('policyNotice.notes.'));

	it('every notes command is registered, titled in English and Chinese, and hidden from the palette', () => {
		assert.equal(registered.length, 9);
		assert.deepEqual(contributed.map(c => c.command).sort(), registered);
		for (const c of contributed) {
			assert.ok(en[nlsKey(c.title)] && zh[nlsKey(c.title)], c.command);
			assert.ok(pkg.contributes.menus.commandPalette.some((m: { command: string; when: string }) => m.command === c.command && m.when === 'false'), `${c.command} out of the palette`);
		}
	});

	it('each command is in a comment menu, for this controller only', () => {
		const menus = ['comments/commentThread/context', 'comments/commentThread/title', 'comments/comment/title', 'comments/comment/context'];
		const entries: { command: string; when: string }[] = menus.flatMap(m => pkg.contributes.menus[m] ?? []).filter((e: { command: string }) => e.command.startsWith('policyNotice.notes.'));
		assert.deepEqual([...new Set(entries.map(e => e.command))].sort(), registered);
		for (const e of entries) { assert.match(e.when, /^commentController == policyNotice\.notes( |$)/, e.command); }
		assert.ok(source.includes("NOTES_CONTROLLER_ID = 'policyNotice.notes'"));
	});

	it('policyNotice.notes.enabled: on by default, described in both languages', () => {
		const p = pkg.contributes.configuration.properties['policyNotice.notes.enabled'];
		assert.deepEqual([p?.type, p?.default], ['boolean', true]);
		assert.ok(en[nlsKey(p.markdownDescription)] && zh[nlsKey(p.markdownDescription)]);
	});
});
