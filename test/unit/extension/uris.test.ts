// The file name the views show for a URI key (src/extension/uris.ts), for the schemes the editor
// keys documents by.
import * as assert from 'node:assert/strict';
import { baseName } from '../../../src/extension/uris';

describe('baseName', () => {
	it('is the last path segment, percent-decoded', () => {
		assert.equal(baseName('file:///work/%E7%94%98%E8%82%83.txt'), '甘肃.txt');
		assert.equal(baseName('file:///work/a%20b/c%23d.txt'), 'c#d.txt');
		assert.equal(baseName('vscode-remote://ssh-remote%2Bhost/home/u/x.txt'), 'x.txt');
		// Decoded once: vscode.Uri.parse had decoded the path already, and a second decode broke `%`.
		assert.equal(baseName('file:///w/100%25.txt'), '100%.txt');
		assert.equal(baseName('file:///w/a%2520b.txt'), 'a%20b.txt');
	});

	it('names an untitled document by its name', () => {
		assert.equal(baseName('untitled:Untitled-1'), 'Untitled-1');
	});

	it('gives back a string that is no URI, or whose escapes are broken', () => {
		assert.equal(baseName('甘肃.txt'), '甘肃.txt');
		assert.equal(baseName('file:///a/%E7%94.txt'), 'file:///a/%E7%94.txt');
	});
});
