// The document model: the one parsed form of a policy-notice file that every feature reads.
// Offsets are UTF-16 code-unit indices into the text exactly as VS Code's
// TextDocument.getText() returns it (end exclusive), so adapters never translate.

/** A half-open range [offset, end) of the file text. */
export interface Span {
	offset: number;
	end: number;
}

/**
 * What a heading is. `section` is the GB/T 9704 numbered hierarchy (一、 （一） 1. （1） ①);
 * `plan` is the title of a plan a notice 印发/转发s; `box` a 专栏; `annex` a 附件;
 * `part` a 第X编 or an unnumbered heading that opens a major part (a second 一、二、… run after it);
 * `chapter`/`subchapter`/`article` the 第X章/节/条 of regulations.
 */
export type SectionKind = 'section' | 'box' | 'annex' | 'plan' | 'part' | 'chapter' | 'subchapter' | 'article';

/** Numbering family of a marker; rank orders them from outermost to innermost. */
export type MarkerFamily =
	| 'plan' | 'annex' | 'part' | 'chapter' | 'subchapter' | 'article'
	| 'cnComma'      // 一、
	| 'cnParen'      // （一） (一)
	| 'arabicDot'    // 1. 1、 1． 1﹒ 1，
	| 'decimal'      // 1.2 1.2.1
	| 'arabicParen'  // （1） (1)
	| 'latinParen'   // (a) （a）
	| 'circled'      // ①
	| 'box';         // 专栏1

export interface Section extends Span {
	kind: SectionKind;
	family: MarkerFamily;
	/** 1–5 for `section` (一、=1 … ①=5; decimal: 2 + depth); 1–3 for chapter/subchapter/article; 0 otherwise. */
	level: number;
	/** The marker as written, e.g. `（一）`, `1.`, `专栏2`, `第三章`; empty for a plan title. */
	marker: string;
	/** Ordinal value of the marker (一 → 1, ③ → 3); 0 where there is none. */
	number: number;
	/** Heading text after the marker, up to the first 。 (or the whole short paragraph). */
	title: string;
	/** Marker and title: the selection range of the symbol. */
	heading: Span;
	/** The heading's whole paragraph (title plus any run-in body text). */
	paragraph: Span;
	children: Section[];
}

/** A web-page remnant inside a file (footer, `{{…}}` template, 阅读 counter): no feature reads it. */
export interface Remnant extends Span {
	kind: 'footer' | 'template';
}

/** The web footer of a scraped notice: `2018-05-29青海省政府办公厅    阅读: {{ h4836155}}`. */
export interface Footer extends Span {
	/** ISO date, e.g. `2018-05-29`. */
	date: string | null;
	publisher: string | null;
}

export interface NoticeDocument extends Span {
	/** Position of the document within its file, from 0. */
	index: number;
	title: string;
	/** The title line (may be empty when no title was found). */
	titleSpan: Span;
	/** Everything between title and footer. */
	body: Span;
	footer: Footer | null;
	/** Index of the earlier document in the same file with the same title and body, else null. */
	duplicateOf: number | null;
	/** True when the body is only a file name (e.g. `….PDF`): the text was never scraped. */
	bodyMissing: boolean;
	/** The file name a missing body points to. */
	missingFile: string | null;
	/** Paragraphs of the body, remnants removed; annotations and tasks read these. */
	paragraphs: Span[];
	remnants: Remnant[];
	sections: Section[];
}

export interface Detection {
	isNotice: boolean;
	score: number;
	/** Short machine-readable reasons, e.g. `title:关于…的通知`, `markers:一、×5`. */
	reasons: string[];
}

export interface FileModel {
	text: string;
	documents: NoticeDocument[];
	/** Remnants outside any document (e.g. trailing `{{el.src}}` templates). */
	remnants: Remnant[];
}
