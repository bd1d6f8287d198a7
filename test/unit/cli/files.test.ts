// Which files the CLI reads below a root: the editor's include/exclude (flags, the folder's
// .vscode/settings.json, the defaults), with the editor's glob matching.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addFilesBelow, collectFiles, scopeFlags } from '../../../src/cli/files';
import { Report } from '../../../src/cli/report';
import { DEFAULT_INDEX_EXCLUDE, DEFAULT_INDEX_INCLUDE, globToRegExp, indexScope } from '../../../src/core/index/scope';
import { REPO } from '../paths';

describe('index scope: include/exclude globs', () => {
	it('the defaults are the editor settings defaults in package.json', () => {
		const props = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).contributes.configuration.properties;
		assert.deepEqual(props['policyNotice.index.include'].default, DEFAULT_INDEX_INCLUDE);
		assert.deepEqual(props['policyNotice.index.exclude'].default, DEFAULT_INDEX_EXCLUDE);
	});

	it('matches globs as VS Code does: * and ? within a segment, ** across, braces, classes, case-sensitive', () => {
		const yes = (glob: string, p: string) => assert.ok(globToRegExp(glob).test(p), `${glob} ~ ${p}`);
		const no = (glob: string, p: string) => assert.ok(!globToRegExp(glob).test(p), `${glob} !~ ${p}`);
		yes('**/*.txt', 'a.txt'); yes('**/*.txt', 'x/y/a.txt'); yes('**/*.txt', '.hidden.txt');
		no('**/*.txt', 'a.txtx'); no('**/*.txt', 'a.TXT'); no('**/*.txt', 'atxt');
		yes('*.txt', 'a.txt'); no('*.txt', 'x/a.txt');
		yes('**/node_modules/**', 'node_modules'); yes('**/node_modules/**', 'a/node_modules/b/c.txt'); no('**/node_modules/**', 'a/node_modules2/c.txt');
		yes('docs/**/*.notice', 'docs/a.notice'); yes('docs/**/*.notice', 'docs/x/y/a.notice'); no('docs/**/*.notice', 'other/docs/a.notice');
		yes('{a,b/{c,d}}/*.txt', 'b/d/x.txt'); no('{a,b/{c,d}}/*.txt', 'b/e/x.txt');
		yes('file?.txt', 'file1.txt'); no('file?.txt', 'file/.txt');
		yes('[!x]y.txt', 'ay.txt'); no('[!x]y.txt', 'xy.txt'); yes('[a-c]+.txt', 'b+.txt');
	});

	describe('collectFiles', () => {
		let dir: string;
		before(() => {
			dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-files-'));
			for (const f of ['a.txt', 'b.notice', 'C.TXT', 'd.md', 'sub/e.txt', 'node_modules/f.txt', 'x/.git/g.txt', 'out/h.txt', 'dist/i.notice']) {
				fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
				fs.writeFileSync(path.join(dir, f), '');
			}
		});
		after(() => fs.rmSync(dir, { recursive: true, force: true }));
		const names = (files: string[]) => files.map(f => path.relative(dir, f).split(path.sep).join('/'));

		it('reads what the editor reads by default, and a root that is a file as given', () => {
			const report = new Report(() => undefined);
			assert.deepEqual(names(collectFiles([dir, path.join(dir, 'd.md')], report)), ['a.txt', 'b.notice', 'd.md', 'dist/i.notice', 'out/h.txt', 'sub/e.txt']);
			assert.equal(report.failures, 0);
		});

		it('follows other globs, and does not walk an excluded folder', () => {
			const scope = indexScope(['**/*.{txt,TXT}'], ['sub', '**/o*']);
			const walked: string[] = [];
			const spy = { includesFile: (p: string) => scope.includesFile(p), excludesFolder: (p: string) => { walked.push(p); return scope.excludesFolder(p); } };
			const found = new Set<string>();
			addFilesBelow(dir, spy, found);
			assert.deepEqual(names([...found].sort()), ['C.TXT', 'a.txt', 'node_modules/f.txt', 'x/.git/g.txt']);
			assert.deepEqual(walked.sort(), ['dist', 'node_modules', 'out', 'sub', 'x', 'x/.git']);
		});

		it('takes --include / --exclude over the folder\'s settings, the settings over the defaults', () => {
			const report = new Report(() => undefined);
			assert.deepEqual(names(collectFiles([dir], report, { include: ['**/*.{txt,TXT}'], exclude: ['sub', '**/o*'] })), ['C.TXT', 'a.txt', 'node_modules/f.txt', 'x/.git/g.txt']);
			// only one flag: the other comes from the defaults
			assert.deepEqual(names(collectFiles([dir], report, { include: ['**/*.notice'] })), ['b.notice', 'dist/i.notice']);
			fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
			try {
				// JSON with comments and a trailing comma, as VS Code writes and reads it
				fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), '{\n  // notices only\n  "policyNotice.index.include": ["**/*.notice"],\n  "policyNotice.index.exclude": ["dist/**"],\n}\n');
				assert.deepEqual(names(collectFiles([dir], report)), ['b.notice']);
				assert.deepEqual(names(collectFiles([dir], report, { exclude: ['nothing'] })), ['b.notice', 'dist/i.notice'], 'a flag wins over the setting');
				assert.equal(report.failures, 0);
			} finally {
				fs.rmSync(path.join(dir, '.vscode'), { recursive: true, force: true });
			}
		});

		it('reads the flags of a command line: repeated globs, none when not given', () => {
			assert.deepEqual(scopeFlags({ include: ['a/**', 'b/**'], json: true }), { include: ['a/**', 'b/**'], exclude: undefined });
			assert.deepEqual(scopeFlags({}), { include: undefined, exclude: undefined });
		});

		it('reads settings as VS Code does: an empty file is none; after a syntax error the settings before it apply, with a warning', () => {
			fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
			const settings = path.join(dir, '.vscode', 'settings.json');
			const all = ['a.txt', 'b.notice', 'dist/i.notice', 'out/h.txt', 'sub/e.txt'];
			try {
				const lines: string[] = [];
				const report = new Report(l => lines.push(l));
				for (const empty of ['', '  // nothing set yet\n']) {
					fs.writeFileSync(settings, empty);
					assert.deepEqual(names(collectFiles([dir], report)), all);
				}
				assert.deepEqual(lines, [], 'an empty settings file is no warning');
				fs.writeFileSync(settings, '{ "policyNotice.index.exclude": ["sub/**", "out/**"], "editor.fontSize": }');
				// (the setting replaces the default exclude: node_modules and .git are read again)
				assert.deepEqual(names(collectFiles([dir], report)), ['a.txt', 'b.notice', 'dist/i.notice', 'node_modules/f.txt', 'x/.git/g.txt']);
				fs.writeFileSync(settings, '[ "policyNotice.index.include" ]');
				assert.deepEqual(names(collectFiles([dir], report)), all);
				fs.writeFileSync(settings, '{ "policyNotice.index.include": "**/*.notice" }');
				assert.deepEqual(names(collectFiles([dir], report)), all);
				assert.equal(lines.length, 3, lines.join('\n'));
				assert.match(lines[0], /settings\.json: ValueExpected at offset \d+; the settings before it apply/);
				assert.match(lines[1], /settings\.json: not an object/);
				assert.match(lines[2], /policyNotice\.index\.include is not a list of globs/);
				assert.equal(report.failures, 0, 'warnings, not failures');
			} finally {
				fs.rmSync(path.join(dir, '.vscode'), { recursive: true, force: true });
			}
		});

		it('reports a missing root and goes on', () => {
			const lines: string[] = [];
			const report = new Report(l => lines.push(l));
			assert.deepEqual(names(collectFiles([path.join(dir, 'missing'), path.join(dir, 'sub')], report)), ['sub/e.txt']);
			assert.equal(report.failures, 1);
			assert.match(lines[0], /missing: no such file or directory$/);
		});
	});
});
