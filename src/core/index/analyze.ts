// File text → tasks → token sequences (FileTokens), the unit the index inserts and caches.
import { parseFile } from '../parse';
import type { FileModel } from '../model';
import type { Annotations } from '../annotations/types';
import { extractTasks } from '../tasks/extract';
import type { Task } from '../tasks/types';
import { LineIndex } from '../text/lineIndex';
import { sha1 } from './sha1';
import { VarintWriter } from './varint';
import type { FileTokens, IndexedDocument, IndexedTask } from './types';
import { detach } from '../text/detach';
import { rethrowSink, sinkForFile, type ErrorSink } from '../errors';

/** Annotates a model (src/core/annotations), when the caller has it; targets and units stay empty otherwise. */
export type Annotator = (model: FileModel, onError: ErrorSink) => Annotations;

/**
 * A file's tasks and the strings to segment — everything the index needs, without the text, so a
 * worker thread can make it and post it cheaply.
 */
export interface AnalyzedFile {
	key: string;
	hash: string;
	/** Length of the text (UTF-16 code units). */
	length: number;
	tasks: Task[];
	/** Per task: its start as [line, character]. */
	positions: [number, number][];
	docs: IndexedDocument[];
	/** The strings to segment, deduplicated; `slots` index into it. */
	strings: string[];
	/** Per document: index of its title in `strings`; per task: title, path, body. */
	docSlots: number[];
	taskSlots: [number, number, number][];
}

const SNIPPET = 120;
/** Section markers (`一、`, `（三）`, `8.`, `专栏2`, `第三章`), left out of the path text that is segmented. */
const MARKER = /^\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.、．]|专栏\s*\d+|附件\s*\d*|第[一二三四五六七八九十百\d]+[章节条])\s*/u;

/** A model (and its annotations, and its tasks) the caller already has: the index then does not parse or extract again. */
export interface PreparedModel {
	model: FileModel;
	annotations: Annotations | null;
	/** The model's tasks under the same key, when the caller has them (the editor's task table). */
	tasks?: Task[];
}

/** `onError` hears what parsing, annotating and task extraction catch (and leave out). */
export function analyzeText(key: string, text: string, annotate?: Annotator, hash?: string, prepared?: PreparedModel, sink: ErrorSink = rethrowSink): AnalyzedFile {
	const onError = sinkForFile(sink, key);
	const model = prepared?.model ?? parseFile(text, onError);
	let annotations: Annotations | null = prepared ? prepared.annotations : null;
	if (!prepared && annotate) { annotations = annotate(model, onError); }
	const tasks = prepared?.tasks ?? extractTasks(model, annotations, key, onError);
	const strings: string[] = [];
	const seen = new Map<string, number>();
	const slot = (s: string) => {
		let i = seen.get(s);
		if (i === undefined) { i = strings.length; strings.push(s); seen.set(s, i); }
		return i;
	};
	const docs: IndexedDocument[] = [];
	const docSlots: number[] = [];
	for (const t of tasks) {
		if (!docs.length || docs[docs.length - 1].index !== t.document) {
			if (!docs.some(d => d.index === t.document)) {
				docs.push({ index: t.document, docKey: t.docKey, meta: t.meta });
				docSlots.push(slot(t.meta.title));
			}
		}
	}
	const taskSlots = tasks.map(t => [slot(t.title), slot(t.path.map(h => h.replace(MARKER, '')).join('\n')), slot(t.text)] as [number, number, number]);
	const lines = new LineIndex(text);
	const positions = tasks.map(t => { const p = lines.position(t.offset); return [p.line, p.character] as [number, number]; });
	return { key, hash: hash ?? sha1(text), length: text.length, tasks, positions, docs, strings, docSlots, taskSlots };
}

/** Joins an analyzed file with the tokens of its strings into what the index inserts and caches. */
export function fileTokens(a: AnalyzedFile, tokens: string[][]): FileTokens {
	const vocab: string[] = [];
	const ids = new Map<string, number>();
	const w = new VarintWriter();
	const put = (toks: string[]) => {
		w.push(toks.length);
		for (const t of toks) {
			let id = ids.get(t);
			if (id === undefined) { id = vocab.length; vocab.push(t); ids.set(t, id); }
			w.push(id);
		}
	};
	for (const s of a.docSlots) { put(tokens[s] ?? []); }
	for (const [ti, pi, bi] of a.taskSlots) { put(tokens[ti] ?? []); put(tokens[pi] ?? []); put(tokens[bi] ?? []); }
	const tasks: IndexedTask[] = a.tasks.map((t, i) => {
		const [line, character] = a.positions[i];
		return {
			id: t.id, file: t.file, document: t.document, docKey: t.docKey, textKey: t.textKey, kind: t.kind,
			offset: t.offset, end: t.end, line, character,
			path: t.path, title: detach(t.title), marker: t.marker,
			snippet: t.text.length > SNIPPET ? t.text.slice(0, SNIPPET) + '…' : t.text,
			targets: t.targets, lead: t.lead, responsible: t.responsible,
		};
	});
	// The heading and the documents' metadata outlive this file's text in the index (store.ts): fresh
	// strings, not slices holding the whole text (text/detach.ts).
	return { key: a.key, hash: a.hash, length: a.length, docs: detach(a.docs), tasks, vocab, seq: w.bytes() };
}
