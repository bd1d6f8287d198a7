// Annotations: what the text says about goals, dates, instruments and who is responsible.
// Computed once per FileModel (see analysis.ts); all offsets as in model.ts.
import type { Span } from '../model';

export type Comparator =
	| 'reach' | 'exceed' | 'breakthrough' | 'atLeast' | 'atMost' | 'reduce' | 'increase'
	| 'annualGrowth' | 'keep' | 'cultivate' | 'none';

export interface Quantity extends Span {
	text: string;
	/** Numeric value in the written unit (1.42 for 1.42万亿元), null for ranges it cannot fold. */
	value: number | null;
	/** Upper value of a range (3-5个 → 5), else null. */
	valueMax: number | null;
	/** Unit as written: `%`, `亿元`, `万亿元`, `家`, `个`, `Gbps`, `PB`, `万台(套)` … */
	unit: string;
	/** 以上, 以下, 左右, 以内, 至少 …, or ''. */
	qualifier: string;
	/** The verb or comparator that governs it (达到, 突破, 降低, 年均增长 …), or ''. */
	verb: string;
	comparator: Comparator;
	isTarget: boolean;
}

export interface Target extends Span {
	/** The quantity expression (optionally with its verb), not the whole sentence. */
	text: string;
	quantity: Quantity;
	/** Deadline year as a string (`2020`), or null. */
	deadline: string | null;
	/** The clause (between ，；。) the target belongs to. */
	clause: Span;
	/** What is measured, e.g. `主营业务收入`, best effort. */
	metric: string;
	/** Titles of the sections from the outermost to the innermost one holding it. */
	section: string[];
	/** Index of the document in FileModel.documents. */
	document: number;
}

export type DateKind = 'deadline' | 'period' | 'issued' | 'effective' | 'expiry' | 'published' | 'reference' | 'past';

export interface DateMention extends Span {
	text: string;
	kind: DateKind;
	/** Normalized ISO form; a deadline year means its last day (2020 → 2020-12-31); a period `2018-01-01/2020-12-31`. */
	iso: string;
	document: number;
}

export interface DocNumber extends Span {
	text: string;
	/** Issuer code, e.g. `国办发`, `工信部联通信`. */
	issuer: string;
	year: number;
	number: number;
	document: number;
}

export interface UnitAssignment extends Span {
	lead: string[];
	responsible: string[];
	/** Offset of the section the assignment is attached to (its task), or null. */
	sectionOffset: number | null;
	document: number;
}

export interface Annotations {
	quantities: Quantity[];
	targets: Target[];
	dates: DateMention[];
	docNumbers: DocNumber[];
	units: UnitAssignment[];
}
