// What the notice language service takes and answers: plain data with UTF-16 offsets into the
// document's text (as TextDocument.getText() returns it); the editor adapters convert them.
import type { Logger } from '../errors';
import type { SectionKind } from '../model';
import type { DateKind } from '../annotations/types';
import type { HouseStyle, Locale, RuleCode, RuleLevel, TextEdit } from '../drafting/types';

/** A document as the service sees it: VS Code's TextDocument fits, so does a file read by the CLI. */
export interface NoticeTextDocument {
	readonly uri: string;
	readonly version: number;
	getText(): string;
}

/** Where the service reports what it caught (never the console). */
/** The service logs only errors (a core error it caught, a check that failed). */
export type ServiceLogger = Pick<Logger, 'error'>;

export interface OffsetRange {
	offset: number;
	end: number;
}

/** A range as the editor gives it: zero-based lines and UTF-16 characters, end exclusive. */
export interface LineRange {
	startLine: number;
	startCharacter: number;
	endLine: number;
	endCharacter: number;
}

/** A node of the outline: a notice of a dump, or a section of a notice. */
export interface NoticeSymbol {
	name: string;
	kind: SectionKind | 'notice';
	range: OffsetRange;
	/** The heading (or a notice's title). */
	selectionRange: OffsetRange;
	/** Why a notice of a dump is special, if it is. */
	detail: { duplicateOf: number } | { missingFile: string } | null;
	children: NoticeSymbol[];
}

/** Lines to fold (zero-based, endLine > startLine). */
export interface NoticeFoldingRange {
	startLine: number;
	endLine: number;
	/** A whole notice of a dump folds as a region. */
	region: boolean;
}

export const TOKEN_TYPES = ['target', 'quantity', 'date', 'docNumber', 'unit'] as const;
export const TOKEN_MODIFIERS = ['deadline', 'period', 'issued', 'effective', 'expiry', 'published', 'reference', 'past', 'lead'] as const;
export type TokenType = typeof TOKEN_TYPES[number];
export type TokenModifier = typeof TOKEN_MODIFIERS[number];

/** A semantic token over [offset, end) (it may span lines); type and modifiers index the lists above. */
export interface NoticeToken extends OffsetRange {
	type: number;
	/** Bit i set: TOKEN_MODIFIERS[i]. */
	modifiers: number;
}

/** What a hover says, as facts; the editor words them in the UI language. */
export type NoticeHover = { range: OffsetRange } & HoverFacts;

export type HoverFacts =
	| { kind: 'date'; text: string; dateKind: DateKind; iso: string }
	| { kind: 'target'; text: string; metric: string; value: string; verb: string; deadline: string | null; section: string[]; lead: string[]; responsible: string[] }
	| { kind: 'docNumber'; text: string; issuer: string; year: number; number: number }
	| { kind: 'quantity'; text: string; value: string; verb: string }
	| { kind: 'unit'; lead: string[]; responsible: string[] };

/** How the drafting aids answer: the editor fills these from settings, the CLI from flags. */
export interface DraftingOptions {
	/** Language of messages and action titles (default zh-cn). */
	locale?: Locale;
	/** Report on scraped dumps too (default: quiet on them). */
	includeScraped?: boolean;
	/** A level per rule (levelsFromSettings); a rule not named keeps its default severity. */
	rules?: Partial<Record<RuleCode, RuleLevel>>;
	/** How normalize, promote and demote write markers (default GB/T 9704). */
	houseStyle?: HouseStyle;
}

/** The drafting commands, each one undo step. */
export type DraftingCommand = 'renumber' | 'normalizeMarkers' | 'promote' | 'demote' | 'moveUp' | 'moveDown' | 'fullWidth';

export interface DraftingEdits {
	/** Apply all at once (offsets into the text before any of them). */
	edits: TextEdit[];
	/** Where the caret goes after the edits (an offset into the edited text), when the command moved text. */
	cursor?: number;
	/** Why there are no edits: no numbered heading at the position, or nothing to change there. */
	reason?: 'noHeading' | 'unchanged';
}

/** What Enter continues a numbered line with. */
export interface NoticeNextMarker {
	/** The next sibling's marker, written like the line's (`（四）`, `第二十条`). */
	marker: string;
	/** What goes after the line break: the line's indent, the marker and the blank written after it. */
	insert: string;
}
