// The pure half of the Related Tasks webview (media/related-model.js): filtering, grouping by
// document, highlight runs, keyboard moves, formatting. The same file runs in the webview as a
// plain script; here it is loaded as a CommonJS module.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../paths';

interface Item {
	id: string; group: string; region: string; issuer: string; document: string; year: number | null;
	title: string; path: string[]; score: number; terms: string[]; snippet: string; highlights: [number, number][];
	targets: { text: string; deadline: string | null; metric: string }[]; lead: string[]; responsible: string[];
	fileName: string; line: number;
}
interface Run { text: string; mark: boolean }
interface Model {
	fold(s: string): string;
	filterItems(items: Item[], text: string): Item[];
	groupItems(items: Item[]): { key: string; document: string; region: string; year: number | null; best: number; items: Item[] }[];
	splitHighlights(text: unknown, ranges: unknown): Run[];
	shortDocument(title: string): string;
	formatScore(n: unknown): string;
	takeNames(names: unknown, max: number): { shown: string[]; rest: number };
	formatTarget(t: { text: string; metric: string }): string;
	moveIndex(index: number, key: string, count: number, page?: number): number;
	emptyState(model: ViewModelLike | null, loading: boolean, filter: string, shown: number): EmptyState | null;
}
interface ViewModelLike { state: string; results: Item[]; progress: { done: number; total: number } | null; message: string | null }
interface EmptyState { kind: string; text: [string, ...unknown[]]; hint: string | null; action: string | null }

// eslint-disable-next-line @typescript-eslint/no-require-imports
const M: Model = require(path.join(REPO, 'media', 'related-model.js'));

function item(over: Partial<Item> & { id: string }): Item {
	return {
		group: `file:///w/${over.id}.txt\u0000doc`, region: '', issuer: '', document: '', year: null, title: '', path: [], score: 1, terms: [],
		snippet: '', highlights: [], targets: [], lead: [], responsible: [], fileName: `${over.id}.txt`, line: 1, ...over,
	};
}

const tianjin = item({
	id: 'tj', group: 'file:///w/tianjin.txt\u0000天津', region: '天津市', issuer: '天津市人民政府办公厅', year: 2018,
	document: '天津市人民政府办公厅关于印发天津市新一代人工智能产业发展三年行动计划(2018—2020年)的通知',
	title: '智能制造', path: ['三、主要任务', '(四)实施人工智能示范应用工程', '1.智能制造'], score: 42.187, terms: ['智能制造', '制造', '生产'],
	snippet: '推广流程智能制造、离散智能制造', highlights: [[4, 8], [11, 15]], responsible: ['市工业和信息化委'], fileName: 'tianjin-ai-industry.txt',
});
const sichuan = item({
	id: 'sc', group: 'file:///w/sichuan.txt\u0000四川', region: '四川省', issuer: '四川省人民政府', year: 2018,
	document: '四川省人民政府关于印发四川省新一代人工智能发展实施方案的通知', title: '制造业智能化示范',
	path: ['二、重点任务', '(三)行业应用示范工程', '制造业智能化示范'], score: 47.897, terms: ['智能制造', '制造业'],
	lead: ['省经济和信息化委', '交通运输厅'], targets: [{ text: '达到100家', metric: '智能工厂', deadline: '2020' }],
});
const shandong1 = item({ id: 'sd1', group: 'file:///w/shandong.txt\u0000山东', region: '山东省', document: '山东省新一代信息技术产业专项规划', title: '工业互联网赋能工程', score: 52.7, terms: ['工业'], targets: [{ text: '1家以上', metric: '工业互联网综合服务平台', deadline: '2022' }] });
const shandong2 = item({ id: 'sd2', group: 'file:///w/shandong.txt\u0000山东', region: '山东省', document: '山东省新一代信息技术产业专项规划', title: '加快人工智能发展', score: 50.5, terms: ['制造'] });
const ranked = [shandong1, shandong2, sichuan, tianjin];

describe('related view: webview model', () => {
	describe('filter', () => {
		it('keeps everything for an empty or blank filter, as a copy', () => {
			const all = M.filterItems(ranked, '');
			assert.deepEqual(all.map(x => x.id), ['sd1', 'sd2', 'sc', 'tj']);
			assert.notEqual(all, ranked);
			assert.equal(M.filterItems(ranked, '   ').length, 4);
		});

		it('matches province, document, title, path, terms, targets and units', () => {
			const ids = (text: string) => M.filterItems(ranked, text).map(x => x.id);
			assert.deepEqual(ids('天津'), ['tj']);
			assert.deepEqual(ids('山东省'), ['sd1', 'sd2']);
			assert.deepEqual(ids('实施方案'), ['sc'], 'document title');
			assert.deepEqual(ids('赋能'), ['sd1'], 'task title');
			assert.deepEqual(ids('示范应用工程'), ['tj'], 'section path');
			assert.deepEqual(ids('制造业'), ['sc'], 'terms and title');
			assert.deepEqual(ids('智能工厂'), ['sc'], 'target metric');
			assert.deepEqual(ids('2022'), ['sd1'], 'target deadline');
			assert.deepEqual(ids('交通运输厅'), ['sc'], 'lead unit');
			assert.deepEqual(ids('工业和信息化委'), ['tj'], 'responsible unit');
			assert.deepEqual(ids('tianjin'), ['tj'], 'file name');
		});

		it('needs every word, ignores case and full-width forms, keeps the rank order', () => {
			const ids = (text: string) => M.filterItems(ranked, text).map(x => x.id);
			assert.deepEqual(ids('山东 人工智能'), ['sd2']);
			assert.deepEqual(ids('山东　人工智能'), ['sd2'], 'ideographic space separates words');
			assert.deepEqual(ids('ＴＩＡＮＪＩＮ'), ['tj']);
			assert.deepEqual(ids('2018 智能制造'), ['sc', 'tj']);
			assert.deepEqual(ids('上海'), []);
		});
	});

	describe('groups', () => {
		it('groups by document in the order of each document\'s best result, results keep their rank', () => {
			const groups = M.groupItems(ranked);
			assert.deepEqual(groups.map(g => g.region), ['山东省', '四川省', '天津市']);
			assert.deepEqual(groups[0].items.map(x => x.id), ['sd1', 'sd2']);
			assert.equal(groups[0].best, 52.7);
			assert.equal(groups[2].year, 2018);
			assert.deepEqual(M.groupItems([]), []);
		});

		it('keeps two documents of one title in different files apart', () => {
			const a = item({ id: 'a', group: 'file:///w/a.txt\u0000通知', document: '通知' });
			const b = item({ id: 'b', group: 'file:///w/b.txt\u0000通知', document: '通知' });
			assert.equal(M.groupItems([a, b]).length, 2);
		});
	});

	describe('highlights', () => {
		const join = (runs: Run[]) => runs.map(r => (r.mark ? `[${r.text}]` : r.text)).join('');

		it('marks the shared terms of a snippet', () => {
			assert.equal(join(M.splitHighlights(tianjin.snippet, tianjin.highlights)), '推广流程[智能制造]、离散[智能制造]');
			assert.equal(join(M.splitHighlights('智能制造', [[0, 4]])), '[智能制造]');
			assert.equal(join(M.splitHighlights('abc', [])), 'abc');
			assert.deepEqual(M.splitHighlights('', [[0, 1]]), []);
		});

		it('merges overlapping and touching ranges, sorts them, clamps them to the text', () => {
			assert.equal(join(M.splitHighlights('abcdefgh', [[4, 6], [0, 2], [1, 3]])), '[abc]d[ef]gh');
			assert.equal(join(M.splitHighlights('abcdefgh', [[2, 4], [4, 6]])), 'ab[cdef]gh');
			assert.equal(join(M.splitHighlights('abc', [[1, 99]])), 'a[bc]');
			assert.equal(join(M.splitHighlights('abc', [[-5, 1]])), '[a]bc');
		});

		it('skips ranges that are not ranges, never throws', () => {
			assert.equal(join(M.splitHighlights('abcdef', [[3, 1], [2, 2], ['1', '3'], [1.5, 3], null, [1], 7, [NaN, 2]])), 'abcdef');
			assert.equal(join(M.splitHighlights('abc', 'oops')), 'abc');
			assert.equal(join(M.splitHighlights(null, [[0, 1]])), '');
			assert.equal(join(M.splitHighlights('<b>x</b>', [[0, 3]])), '[<b>]x</b>', 'text stays text');
		});

		it('keeps every character exactly once (any ranges)', () => {
			const text = '开展以数字化网络化智能化为特征的新一代智能制造技术应用推广…\n聚焦制造过程关键环节';
			for (let seed = 1; seed < 200; seed++) {
				const ranges: [number, number][] = [];
				let x = seed;
				for (let i = 0; i < 6; i++) { x = (x * 1103515245 + 12345) % 2147483648; const a = x % (text.length + 4) - 2; ranges.push([a, a + (x % 7)]); }
				const runs = M.splitHighlights(text, ranges);
				assert.equal(runs.map(r => r.text).join(''), text);
				for (let i = 1; i < runs.length; i++) { assert.ok(runs[i].mark !== runs[i - 1].mark || !runs[i].mark, 'no two marks side by side'); }
				assert.ok(runs.every(r => r.text.length > 0));
			}
		});
	});

	describe('formatting', () => {
		it('shortens a 印发 notice title to the plan it issues', () => {
			assert.equal(M.shortDocument(tianjin.document), '天津市新一代人工智能产业发展三年行动计划(2018—2020年)');
			assert.equal(M.shortDocument('山东省人民政府关于印发山东省新一代信息技术产业专项规划(2018-2022年)的通知'), '山东省新一代信息技术产业专项规划(2018-2022年)');
			assert.equal(M.shortDocument('某省人民政府办公厅关于印发《某省智能制造行动方案》的通知'), '某省智能制造行动方案');
			assert.equal(M.shortDocument('甘肃省新一代人工智能发展实施方案'), '甘肃省新一代人工智能发展实施方案');
			assert.equal(M.shortDocument('青海省人民政府办公厅关于进一步加强信息通信基础设施建设的意见'), '进一步加强信息通信基础设施建设的意见');
			assert.equal(M.shortDocument(''), '');
		});

		it('formats scores with two decimals, name lists and targets', () => {
			assert.equal(M.formatScore(42.187), '42.19');
			assert.equal(M.formatScore(3), '3.00');
			assert.equal(M.formatScore(NaN), '');
			assert.equal(M.formatScore(undefined), '');
			assert.deepEqual(M.takeNames(['甲', '乙', '丙', '丁', '戊'], 3), { shown: ['甲', '乙', '丙'], rest: 2 });
			assert.deepEqual(M.takeNames(undefined, 3), { shown: [], rest: 0 });
			assert.deepEqual(M.takeNames(['甲', '', 5, '乙'], 3), { shown: ['甲', '乙'], rest: 0 });
			assert.equal(M.formatTarget({ text: '1家以上', metric: '工业互联网综合服务平台' }), '工业互联网综合服务平台 1家以上');
			assert.equal(M.formatTarget({ text: '智能工厂达到100家', metric: '智能工厂' }), '智能工厂达到100家');
			assert.equal(M.formatTarget({ text: '15%以上', metric: '' }), '15%以上');
		});
	});

	describe('what the view says instead of a list', () => {
		const model = (state: string, over: Partial<ViewModelLike> = {}): ViewModelLike => ({ state, results: [], progress: null, message: null, ...over });

		it('says "Indexing… n / N" while the index is built and nothing is found yet, whatever came before', () => {
			assert.deepEqual(M.emptyState(model('indexing', { progress: { done: 3, total: 10 } }), true, '', 0),
				{ kind: 'loading', text: ['indexingWaitProgress', 3, 10], hint: 'indexingWaitHint', action: null });
			assert.deepEqual(M.emptyState(model('indexing', { progress: { done: 0, total: 0 } }), false, '', 0)?.text, ['indexingWait'], 'no count before files are found');
			assert.deepEqual(M.emptyState(model('indexing'), false, '', 0)?.text, ['indexingWait']);
			assert.equal(M.emptyState(model('indexing', { results: [tianjin], progress: { done: 3, total: 10 } }), false, '', 1), null, 'results so far: the list (and its banner)');
		});

		it('asks to trust the workspace in Restricted Mode, with a button', () => {
			assert.deepEqual(M.emptyState(model('untrusted'), false, '', 0), { kind: 'workspace-untrusted', text: ['untrusted'], hint: 'untrustedHint', action: 'manageTrust' });
		});

		it('explains the other states', () => {
			assert.deepEqual(M.emptyState(null, false, '', 0)?.text, ['idle']);
			assert.deepEqual(M.emptyState(model('idle'), true, '', 0)?.text, ['idle']);
			assert.deepEqual(M.emptyState(model('notNotice'), false, '', 0)?.hint, 'notNoticeHint');
			assert.deepEqual(M.emptyState(model('noTask'), false, '', 0)?.text, ['noTask']);
			assert.deepEqual(M.emptyState(model('error', { message: 'boom' }), false, '', 0), { kind: 'error', text: ['error', 'boom'], hint: null, action: null });
			assert.deepEqual(M.emptyState(model('ready'), true, '', 0)?.text, ['loading']);
			assert.deepEqual(M.emptyState(model('ready'), false, '', 0)?.text, ['empty']);
			assert.deepEqual(M.emptyState(model('ready', { results: ranked }), false, '天津 海南', 0)?.text, ['noMatch', '天津 海南']);
			assert.equal(M.emptyState(model('ready', { results: ranked }), false, '天津', 1), null);
		});

		it('uses only strings the extension sends (src/extension/related/strings.ts)', () => {
			const view = fs.readFileSync(path.join(REPO, 'src', 'extension', 'related', 'strings.ts'), 'utf8');
			const sent = new Set([...view.matchAll(/^\s*(\w+): vscode\.l10n\.t\(/gm)].map(m => m[1]));
			assert.ok(sent.size > 20, `${sent.size} strings found in strings.ts`);
			const states = ['idle', 'notNotice', 'noTask', 'untrusted', 'error', 'indexing', 'ready'];
			for (const state of states) {
				for (const progress of [null, { done: 1, total: 2 }]) {
					for (const loading of [false, true]) {
						const e = M.emptyState(model(state, { progress }), loading, '', 0);
						for (const key of [e?.text[0], e?.hint, e?.action].filter((k): k is string => typeof k === 'string')) {
							assert.ok(sent.has(key), `${state}: "${key}" is not among the webview strings`);
						}
					}
				}
			}
		});
	});

	describe('keyboard moves', () => {
		it('moves with arrows, j/k, Home/End and pages, within the rows', () => {
			assert.equal(M.moveIndex(0, 'ArrowDown', 5), 1);
			assert.equal(M.moveIndex(4, 'ArrowDown', 5), 4);
			assert.equal(M.moveIndex(2, 'j', 5), 3);
			assert.equal(M.moveIndex(2, 'k', 5), 1);
			assert.equal(M.moveIndex(0, 'ArrowUp', 5), 0);
			assert.equal(M.moveIndex(3, 'Home', 5), 0);
			assert.equal(M.moveIndex(1, 'End', 5), 4);
			assert.equal(M.moveIndex(1, 'PageDown', 20, 5), 6);
			assert.equal(M.moveIndex(18, 'PageDown', 20, 5), 19);
			assert.equal(M.moveIndex(3, 'PageUp', 20, 5), 0);
		});

		it('starts from nothing selected, ignores other keys and empty lists', () => {
			assert.equal(M.moveIndex(-1, 'ArrowDown', 5), 0);
			assert.equal(M.moveIndex(-1, 'ArrowUp', 5), 4);
			assert.equal(M.moveIndex(2, 'Enter', 5), -1);
			assert.equal(M.moveIndex(2, 'a', 5), -1);
			assert.equal(M.moveIndex(0, 'ArrowDown', 0), -1);
		});
	});
});
