// What a file's tokens must satisfy before the index takes them. The cache checks every record
// with it on load (a record that passes its checksum can still be wrong: written by a bug, or
// edited), and insert() checks every file with it before it changes anything, so a bad file
// is refused whole instead of half inserted.
import type { TaskKind } from '../tasks/types';
import { LineIndex } from '../text/lineIndex';
import type { FileTokens, IndexedDocument, IndexedTask } from './types';
import { VarintReader } from './varint';

const TASK_KINDS: ReadonlySet<TaskKind> = new Set<TaskKind>(['section', 'box', 'annex', 'runin', 'intro', 'body']);
const SHA1_HEX = /^[0-9a-f]{40}$/;

const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isString = (x: unknown): x is string => typeof x === 'string';
const isStringOrNull = (x: unknown): boolean => x === null || typeof x === 'string';
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);

/**
 * Checks `ft`: throws an Error naming the first problem found. After it passes, `seq` holds
 * exactly one list per document and three per task, every id within `vocab`.
 */
export function checkFileTokens(ft: FileTokens): void {
	const fail = (what: string): never => { throw new Error(`index data of ${String(ft?.key)}: ${what}`); };
	if (!ft || typeof ft !== 'object') { fail('not an object'); }
	if (!isString(ft.key) || !ft.key) { fail('no key'); }
	if (!isString(ft.hash) || !SHA1_HEX.test(ft.hash)) { fail('bad content hash'); }
	if (!isCount(ft.length)) { fail('bad text length'); }
	if (!Array.isArray(ft.docs) || !Array.isArray(ft.tasks) || !isStrings(ft.vocab) || !(ft.seq instanceof Uint8Array)) { fail('missing parts'); }
	if (new Set(ft.vocab).size !== ft.vocab.length) { fail('repeated vocabulary entry'); }
	const docs = new Map<number, IndexedDocument>();
	for (const d of ft.docs) {
		if (!d || !isCount(d.index) || !isString(d.docKey) || !isMeta(d.meta)) { fail('bad document'); }
		if (docs.has(d.index)) { fail(`document ${d.index} twice`); }
		docs.set(d.index, d);
	}
	const ids = new Set<string>();
	for (const t of ft.tasks) {
		const problem = taskProblem(t, ft, docs);
		if (problem) { fail(problem); }
		if (ids.has(t.id)) { fail(`task ${t.id} twice`); }
		ids.add(t.id);
	}
	try {
		scanLists(ft);
	} catch (e) {
		fail((e as Error).message);
	}
}

function isMeta(m: unknown): boolean {
	if (!m || typeof m !== 'object') { return false; }
	const r = m as Record<string, unknown>;
	return isString(r.title) && ['planTitle', 'issuer', 'province', 'city', 'date', 'kind', 'form'].every(k => isStringOrNull(r[k]));
}

function taskProblem(t: IndexedTask, ft: FileTokens, docs: Map<number, IndexedDocument>): string | null {
	if (!t || typeof t !== 'object') { return 'task not an object'; }
	if (!isCount(t.document) || !docs.has(t.document)) { return 'task of an unknown document'; }
	if (t.docKey !== docs.get(t.document)!.docKey) { return 'task with another document key'; }
	if (!isCount(t.offset) || !isCount(t.end) || t.end < t.offset || t.end > ft.length) { return `task span ${t.offset}-${t.end} outside the text (${ft.length})`; }
	// One id per task, made of what it stands for: a task cannot stand for another (or itself twice).
	if (t.file !== ft.key || t.id !== `${ft.key}#${t.document}@${t.offset}`) { return `task id ${String(t.id)} does not match its place`; }
	if (!isCount(t.line) || !isCount(t.character) || t.line > t.offset || t.character > t.offset) { return 'task position outside the text'; }
	if (!isString(t.textKey) || !TASK_KINDS.has(t.kind)) { return 'bad task key or kind'; }
	if (!isStrings(t.path) || !isString(t.title) || !isString(t.marker) || !isString(t.snippet)) { return 'bad task text'; }
	if (!isStrings(t.lead) || !isStrings(t.responsible)) { return 'bad task units'; }
	if (!Array.isArray(t.targets) || !t.targets.every(g => g && isString(g.text) && isString(g.metric) && isStringOrNull(g.deadline))) { return 'bad task targets'; }
	return null;
}

/**
 * Whether `ft` was made from `text` as far as the text can tell: same length, and every task's
 * line and character where its offset falls (a cached entry is only taken for a text it fits).
 */
export function fitsText(ft: FileTokens, text: string): boolean {
	if (ft.length !== text.length) { return false; }
	const lines = new LineIndex(text);
	return ft.tasks.every(t => {
		const p = lines.position(t.offset);
		return p.line === t.line && p.character === t.character;
	});
}

/** Walks `ft.seq` (nothing allocated): exactly one list per document and three per task, every id within the vocabulary. */
function scanLists(ft: FileTokens): void {
	const rd = new VarintReader(ft.seq);
	const vocabSize = ft.vocab.length;
	const lists = ft.docs.length + 3 * ft.tasks.length;
	for (let l = 0; l < lists; l++) {
		const n = rd.next();
		// Every id takes at least one byte: a longer list is damage.
		if (n > rd.remaining) { throw new Error('token list longer than its data'); }
		for (let i = 0; i < n; i++) {
			if (rd.next() >= vocabSize) { throw new Error('token outside the vocabulary'); }
		}
	}
	if (!rd.done) { throw new Error('token data left over'); }
}

/**
 * The check the editor can make without the text (it stays in the analysis worker): the cached
 * entry has the text's length and every task lies within it. Its record's checksums and the
 * text's sha1 key vouch for the rest.
 */
export function fitsLength(ft: FileTokens, length: number): boolean {
	return ft.length === length && ft.tasks.every(t => t.offset <= t.end && t.end <= length);
}
