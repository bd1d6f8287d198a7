// The index cache is keyed by the analysis that made its tasks: a cache written by another
// version of the parser or the annotators is not reused (src/core/index/analysisVersion.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analysisFingerprint, hashSources } from '../../../src/core/index/analysisVersion';
import { cacheSignature, deserializeFiles, serializeIndex } from '../../../src/core/index/persistence';
import { samplesIndex } from './helpers';
import { REPO } from '../paths';

describe('crossref: the cache is keyed by the analysis', () => {
	it('hashes every source file by path and content: an edit, an added file and a rename each change it', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-analysis-'));
		try {
			fs.mkdirSync(path.join(dir, 'annotations'));
			fs.writeFileSync(path.join(dir, 'annotations', 'targets.js'), 'a');
			fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a source');
			const first = hashSources(dir, '.js');
			assert.match(first, /^[0-9a-f]{16}$/);
			fs.writeFileSync(path.join(dir, 'notes.txt'), 'changed, but not a source');
			assert.equal(hashSources(dir, '.js'), first);
			fs.writeFileSync(path.join(dir, 'annotations', 'targets.js'), 'b');
			const edited = hashSources(dir, '.js');
			assert.notEqual(edited, first);
			fs.writeFileSync(path.join(dir, 'dates.js'), '');
			const added = hashSources(dir, '.js');
			assert.notEqual(added, edited);
			fs.renameSync(path.join(dir, 'dates.js'), path.join(dir, 'annotations', 'dates.js'));
			assert.notEqual(hashSources(dir, '.js'), added);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	it('from a checkout, the fingerprint is the hash of the core sources the bundle is built with; no file to hash is an error', () => {
		assert.equal(analysisFingerprint(), hashSources(path.join(REPO, 'src', 'core'), '.ts'));
		const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-analysis-'));
		try { assert.throws(() => hashSources(empty, '.js'), /no \.js file/); } finally { fs.rmSync(empty, { recursive: true, force: true }); }
	});

	it('a cache written by another analysis is refused as of another signature', async () => {
		assert.match(analysisFingerprint(), /^[0-9a-f]{16}$/);
		const blob = serializeIndex(await samplesIndex(), cacheSignature('dict', 'older-analysis'));
		assert.equal(deserializeFiles(blob, cacheSignature('dict', 'older-analysis')).status, 'ok');
		assert.equal(deserializeFiles(blob, cacheSignature('dict')).status, 'signature');
	});
});
