// Loading nodejieba. It reads ~280 MB of dictionaries (~1–2 s) and aborts the whole process
// (not a JS exception) when a dictionary file cannot be opened, so every path is checked here
// first. Only the worker and the in-process segmenter (CLI, tests) call this.
import * as fs from 'node:fs';
import { parseStopList, analyzeAll } from './normalize';
import { resourcePath, STOP_WORDS, USER_DICT } from './resources';

export interface SegmenterResources {
	/** Path of the user dictionary (nodejieba format: `word [freq] [tag]`); default resources/userdict.utf8. */
	userDict?: string;
	/** Path of the stop list; default resources/stopwords.txt. */
	stopWords?: string;
}

interface Jieba {
	load(opts: { userDict?: string }): void;
	cut(s: string, hmm?: boolean): string[];
}

export interface LoadedJieba {
	/** Normalized, filtered tokens of each text. */
	segment(texts: readonly string[]): string[][];
	/** Raw jieba tokens (HMM on), for tests and the dictionary tools. */
	cut(text: string): string[];
	userDict: string | null;
	stopWords: Set<string>;
}

function readable(p: string): boolean {
	try { fs.accessSync(p, fs.constants.R_OK); return fs.statSync(p).isFile(); } catch { return false; }
}

let loaded: { key: string; jieba: Jieba } | null = null;

export function loadJieba(res: SegmenterResources = {}): LoadedJieba {
	const userDict = res.userDict ?? resourcePath(USER_DICT);
	const stopPath = res.stopWords ?? resourcePath(STOP_WORDS);
	if (userDict && !readable(userDict)) { throw new Error(`segmenter: user dictionary not readable: ${userDict}`); }
	const stopWords = stopPath && readable(stopPath) ? parseStopList(fs.readFileSync(stopPath, 'utf8')) : new Set<string>();
	const key = userDict ?? '';
	if (!loaded || loaded.key !== key) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const jieba = require('nodejieba') as Jieba & { DEFAULT_DICT: string; DEFAULT_HMM_DICT: string; DEFAULT_IDF_DICT: string; DEFAULT_STOP_WORD_DICT: string };
		for (const p of [jieba.DEFAULT_DICT, jieba.DEFAULT_HMM_DICT, jieba.DEFAULT_IDF_DICT, jieba.DEFAULT_STOP_WORD_DICT]) {
			if (!readable(p)) { throw new Error(`segmenter: nodejieba dictionary missing: ${p}`); }
		}
		// nodejieba's stock user dictionary when we have none: load() needs some file.
		jieba.load(userDict ? { userDict } : {});
		loaded = { key, jieba };
	}
	const j = loaded.jieba;
	const cut = (s: string) => j.cut(s, true);
	return {
		segment: texts => analyzeAll(texts, cut, stopWords),
		cut,
		userDict,
		stopWords,
	};
}
