// Localization: every manifest string and every runtime string has a Simplified Chinese
// translation, placeholders survive translation, and l10n/bundle.l10n.json matches the sources.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO } from './paths';

const readJson = (f: string) => JSON.parse(fs.readFileSync(path.join(REPO, f), 'utf8'));
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
const HAN = /[\u4e00-\u9fa5]/;

describe('localization', function () {
	this.timeout(60_000);

	it('every %key% of package.json is in package.nls.json and package.nls.zh-cn.json', () => {
		const manifest = fs.readFileSync(path.join(REPO, 'package.json'), 'utf8');
		const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map(m => m[1]);
		assert.ok(keys.length > 10);
		const en = readJson('package.nls.json'), zh = readJson('package.nls.zh-cn.json');
		for (const k of keys) {
			assert.ok(k in en, `package.nls.json lacks ${k}`);
			assert.ok(k in zh, `package.nls.zh-cn.json lacks ${k}`);
		}
		assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
	});

	it('Chinese manifest strings are Chinese and keep their placeholders', () => {
		const en = readJson('package.nls.json'), zh = readJson('package.nls.zh-cn.json');
		for (const k of Object.keys(en)) {
			assert.match(zh[k], HAN, `${k} is not translated`);
			assert.deepEqual(placeholders(zh[k]), placeholders(en[k]), k);
		}
	});

	it('l10n/bundle.l10n.json holds exactly the strings of vscode.l10n.t calls in src/', () => {
		const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-l10n-'));
		try {
			const cli = path.join(REPO, 'node_modules', '@vscode', 'l10n-dev', 'dist', 'cli.js');
			const r = spawnSync(process.execPath, [cli, 'export', '--outDir', out, path.join(REPO, 'src')], { encoding: 'utf8' });
			assert.equal(r.status, 0, r.stderr);
			const fresh = JSON.parse(fs.readFileSync(path.join(out, 'bundle.l10n.json'), 'utf8'));
			assert.deepEqual(Object.keys(readJson('l10n/bundle.l10n.json')).sort(), Object.keys(fresh).sort(), 'run npm run l10n');
		} finally {
			fs.rmSync(out, { recursive: true, force: true }); // a failing run leaves nothing in /tmp either
		}
	});

	it('every runtime string has a Chinese translation with the same placeholders', () => {
		const en = readJson('l10n/bundle.l10n.json'), zh = readJson('l10n/bundle.l10n.zh-cn.json');
		for (const k of Object.keys(en)) {
			const v = typeof zh[k] === 'string' ? zh[k] : zh[k]?.message;
			assert.ok(v, `bundle.l10n.zh-cn.json lacks "${k}"`);
			assert.match(v, HAN, `"${k}" is not translated`);
			assert.deepEqual(placeholders(v), placeholders(k), k);
		}
	});
});
