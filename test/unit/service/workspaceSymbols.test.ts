// Go to Symbol in Workspace as the language service answers it (getWorkspaceSymbols over a
// catalog of files in memory): the headings of every notice whose name holds the query's
// characters in order, with their files and positions.
import * as assert from 'node:assert/strict';
import { createNoticeService } from '../../../src/core/service';
import { readSample, sampleNames } from '../paths';
import { catalogs, PLAIN, setup } from '../workspace/memoryWorkspace';

describe('service: workspace symbols', () => {
	afterEach(() => { catalogs.splice(0).forEach(c => c.dispose()); });

	it('lists the headings of every notice (not of other files), each with its file and line', async () => {
		const { catalog } = setup({ 'mem:/sichuan.txt': readSample('sichuan'), 'mem:/gansu.txt': readSample('gansu'), 'mem:/diary.txt': PLAIN });
		const service = createNoticeService({ catalog });
		const all = await service.getWorkspaceSymbols('');
		assert.deepEqual([...new Set(all.map(s => s.key))].sort(), ['mem:/gansu.txt', 'mem:/sichuan.txt']);
		const text = readSample('sichuan');
		const lines = text.split('\n');
		for (const s of all.filter(x => x.key === 'mem:/sichuan.txt')) {
			assert.ok(lines[s.range[0]].slice(s.range[1]).startsWith(s.name.slice(0, 2)), `${s.name} at line ${s.range[0]}`);
		}
	});

	it('matches the query\'s characters in order, spaces ignored, and stops at the limit', async () => {
		const { catalog } = setup({ 'mem:/sichuan.txt': readSample('sichuan'), 'mem:/gansu.txt': readSample('gansu') });
		const service = createNoticeService({ catalog });
		const all = await service.getWorkspaceSymbols('');
		const found = await service.getWorkspaceSymbols('保障 措施');
		assert.ok(found.length > 0);
		assert.ok(found.every(s => /保.*障.*措.*施/.test(s.name)), found.map(s => s.name).join(' | '));
		assert.equal(found.length, all.filter(s => /保.*障.*措.*施/.test(s.name)).length, 'every heading that matches');
		assert.equal((await service.getWorkspaceSymbols('', { limit: 3 })).length, 3);
	});

	it('rejects when the service has no catalog', async () => {
		await assert.rejects(createNoticeService().getWorkspaceSymbols('x'), /without a catalog/);
	});

	describe('over every sample (the integration workspace)', () => {
		const everySample = () => setup(Object.fromEntries(sampleNames().map(n => [`mem:/${n}.txt`, readSample(n)])));

		it('finds 8.智能制造 in gansu with its section and line, and the 智能制造 heading of tianjin', async () => {
			const service = createNoticeService({ catalog: everySample().catalog });
			const found = await service.getWorkspaceSymbols('智能制造');
			const gansu = found.find(s => s.name === '8.智能制造');
			assert.ok(gansu, found.map(s => s.name).join(' | '));
			assert.equal(gansu.key, 'mem:/gansu.txt');
			assert.equal(gansu.container, '(三)推动人工智能与各行业融合创新');
			assert.equal(gansu.kind, 'section');
			const [l1, c1, l2, c2] = gansu.range;
			assert.equal(l1, l2, 'a heading on one line');
			assert.equal(readSample('gansu').split('\n')[l1].slice(c1, c2), '8.智能制造');
			assert.ok(found.some(s => s.key === 'mem:/tianjin-ai-industry.txt'), 'tianjin has a 智能制造 heading too');
		});

		it('answers an empty query with headings of every notice but the one whose body is missing (shanxi)', async () => {
			const service = createNoticeService({ catalog: everySample().catalog });
			const all = await service.getWorkspaceSymbols('');
			assert.deepEqual([...new Set(all.map(s => s.key))].sort(), sampleNames().filter(n => n !== 'shanxi').map(n => `mem:/${n}.txt`).sort());
			assert.equal(sampleNames().length, 10);
		});
	});
});
