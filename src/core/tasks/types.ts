// A task: the unit the cross-reference engine matches. The finest meaningful piece of a
// notice's outline (a leaf section, a 专栏, a run-in headed paragraph such as
// `智能制造装备产品。…`), with where it sits and what it says. All offsets as in model.ts.

import type { DocKind } from '../documents/kinds';

/** The kind of document a notice is (for a 印发/转发 notice: the kind of the plan it issues); the words: documents/kinds.ts. */
export type { DocKind };

export interface DocumentMeta {
	/** The notice title, else the title of the plan it carries, else ''. */
	title: string;
	/** The title of the plan a notice 印发/转发s, or null. */
	planTitle: string | null;
	/** Issuing body as written (`甘肃省人民政府办公厅`), from the title or the signature. */
	issuer: string | null;
	/** Province-level region (`甘肃省`, `天津市`), from the issuer, the title or the signature. */
	province: string | null;
	/** City below the province (`济南市`), when the issuer is a city's. */
	city: string | null;
	/** ISO date: the signature date, else the web footer's. */
	date: string | null;
	/** Kind of document; for a notice that issues a plan, the plan's kind. */
	kind: DocKind | null;
	/** Kind of the title itself (`通知` for 关于印发…的通知), or null. */
	form: DocKind | null;
}

export type TaskKind =
	| 'section'  // a leaf section of the outline
	| 'box'      // a 专栏
	| 'annex'    // a 附件 without sub-sections
	| 'runin'    // a run-in headed paragraph (with the paragraphs that follow it)
	| 'intro'    // the own text of a section that has sub-sections
	| 'body';    // the body of a document that has no outline

export interface TaskTarget {
	text: string;
	metric: string;
	deadline: string | null;
}

export interface Task {
	/** `${file}#${document}@${offset}`: unique within a workspace. */
	id: string;
	/** The file key the caller gave (a path or URI string). */
	file: string;
	/** Index of the document in FileModel.documents. */
	document: number;
	/** Identity of the document across files: hash of its title and body text. */
	docKey: string;
	/** Identity of the task across files: hash of the document title and the task text. */
	textKey: string;
	kind: TaskKind;
	offset: number;
	end: number;
	/** Marker and title of the enclosing sections, outermost first (plan titles left out). */
	path: string[];
	/** The task's own heading (section title, 专栏 title or run-in head), without marker. */
	title: string;
	/** Marker as written (`8.`, `专栏2`), '' for run-in and body tasks. */
	marker: string;
	/** The task's text without its heading, paragraphs joined by `\n`. */
	text: string;
	targets: TaskTarget[];
	/** Lead units (牵头单位) of the task. */
	lead: string[];
	/** Other responsible units (责任单位/配合单位), lead units left out. */
	responsible: string[];
	meta: DocumentMeta;
}
