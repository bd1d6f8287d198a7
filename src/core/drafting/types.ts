// Plain data of the drafting aids: what a rule finds and what a fix changes. No vscode: the
// editor adapters, the CLI (`check`, `fix`) and the tests all read these shapes.
import type { Span } from '../model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** A rule's setting: off, or the severity its diagnostics get. */
export type RuleLevel = Severity | 'off';
export type Locale = 'zh-cn' | 'en';

export type RuleCode =
	| 'numbering-gap' | 'numbering-repeat' | 'family-order' | 'marker-style-mixed' | 'marker-brackets'
	| 'heading-empty' | 'heading-ending' | 'half-width-punctuation' | 'doc-number-format'
	| 'annex-missing' | 'annex-unlisted' | 'duplicate-document' | 'body-missing';

/** A replacement of text[offset, end) (UTF-16 offsets of the model's text) by newText. */
export interface TextEdit extends Span {
	newText: string;
}

export interface DiagnosticData {
	/** Offset of the heading the diagnostic is about (a fix finds its section by it). */
	section?: number;
	/** The edits that fix this diagnostic alone, when they are local. */
	edits?: TextEdit[];
}

export interface Diagnostic extends Span {
	code: RuleCode;
	severity: Severity;
	message: string;
	data?: DiagnosticData;
}

export interface DiagnoseOptions {
	locale?: Locale;
	/** Report on scraped dumps (several notices in one file, web-page remnants) too. */
	includeScraped?: boolean;
	/** A level per rule; a rule not named keeps its default severity. */
	rules?: Partial<Record<RuleCode, RuleLevel>>;
}

/** The numbered families of the GB/T 9704 ladder, outermost first. */
export type LadderFamily = 'cnComma' | 'cnParen' | 'arabicDot' | 'arabicParen' | 'circled';

/**
 * How each ladder family's markers are written, as the marker of number 1 (`一、`, `（一）`, `1.`,
 * `（1）`, `①`). The numeral is replaced; everything around it is kept.
 */
export type HouseStyle = Record<LadderFamily, string>;

export type CodeActionKind = 'quickfix' | 'refactor' | 'source';

export interface CodeAction {
	title: string;
	kind: CodeActionKind;
	/** One undo step: apply all of them at once. */
	edits: TextEdit[];
	/** Codes of the diagnostics this action fixes (empty for refactorings). */
	diagnosticCodes: RuleCode[];
	/** Marks the action an editor may apply on its own (a quick fix that only fixes its diagnostic). */
	isPreferred?: boolean;
}
