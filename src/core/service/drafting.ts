// The drafting aids over one Analysis, as plain data: diagnostics (memoized per version and
// options), code actions at a range, the edits of each drafting command, and the marker Enter
// continues with. The editor adapters and the CLI only convert or apply what these return.
import type { Analysis } from '../analysis';
import type { ErrorSink } from '../errors';
import type { Span } from '../model';
import { matchMarker } from '../outline/markers';
import { isBlank } from '../text/blanks';
import { trimSpan } from '../text/paragraphs';
import {
	codeActions, demoteSection, diagnose, isScrapedDump, moveSection, nextMarkerAfter, normalizeMarkers, promoteSection,
	renumberSiblings, toFullWidthPunctuation, DEFAULT_HOUSE_STYLE, type CodeAction, type Diagnostic, type TextEdit,
} from '../drafting';
import { headingAt } from '../drafting/locate';
import type { DraftingCommand, DraftingEdits, DraftingOptions, NoticeNextMarker, OffsetRange } from './types';

/** Code actions kept per analysis: the lightbulb, the menu and the hover ask for the same range. */
const ACTION_CACHE_SIZE = 16;

/** A stable key of the options (the memo of diagnostics and code actions). */
function optionsKey(o: DraftingOptions): string {
	return JSON.stringify([o.locale ?? '', !!o.includeScraped, o.rules ?? {}, o.houseStyle ?? {}]);
}

/** The file is a scraped dump the drafting aids keep quiet on (unless asked). */
function quiet(analysis: Analysis, o: DraftingOptions): boolean {
	return !o.includeScraped && isScrapedDump(analysis.model);
}

export function draftingDiagnostics(analysis: Analysis, o: DraftingOptions, onError: ErrorSink): readonly Diagnostic[] {
	return analysis.stage(`drafting.diagnostics ${optionsKey(o)}`, a =>
		diagnose(a.model, { locale: o.locale, includeScraped: o.includeScraped, rules: o.rules }, onError));
}

export function draftingCodeActions(analysis: Analysis, range: OffsetRange, o: DraftingOptions, onError: ErrorSink): readonly CodeAction[] {
	if (quiet(analysis, o)) { return []; }
	const cache = analysis.stage('drafting.codeActions', () => new Map<string, CodeAction[]>());
	const key = `${range.offset}:${range.end} ${optionsKey(o)}`;
	const hit = cache.get(key);
	if (hit) { return hit; }
	const actions = codeActions(analysis.model, range, draftingDiagnostics(analysis, o, onError), { locale: o.locale, houseStyle: o.houseStyle });
	if (cache.size >= ACTION_CACHE_SIZE) { cache.delete(cache.keys().next().value!); }
	cache.set(key, actions);
	return actions;
}

const HEADING_COMMANDS: ReadonlySet<DraftingCommand> = new Set(['renumber', 'promote', 'demote', 'moveUp', 'moveDown']);

/**
 * The edits of a command the user ran. Heading commands act on the heading whose line holds
 * `range.offset`; normalizeMarkers and fullWidth on the range, or the whole text when it is empty.
 */
export function draftingEdits(analysis: Analysis, command: DraftingCommand, range: OffsetRange, o: DraftingOptions): DraftingEdits {
	const model = analysis.model;
	const at = range.offset;
	const within: Span | undefined = range.end > range.offset ? range : undefined;
	const style = o.houseStyle ?? DEFAULT_HOUSE_STYLE;
	if (HEADING_COMMANDS.has(command) && !headingAt(model, at)) { return { edits: [], reason: 'noHeading' }; }
	let edits: TextEdit[];
	let cursor: number | undefined;
	switch (command) {
		case 'renumber': edits = renumberSiblings(model, at); break;
		case 'promote': edits = promoteSection(model, at, style); break;
		case 'demote': edits = demoteSection(model, at, style); break;
		case 'moveUp':
		case 'moveDown':
			edits = moveSection(model, at, command === 'moveUp' ? 'up' : 'down');
			cursor = caretAfterMove(analysis, at, edits, command === 'moveUp');
			break;
		case 'normalizeMarkers': edits = normalizeMarkers(model, style, within); break;
		case 'fullWidth': edits = toFullWidthPunctuation(model, within); break;
	}
	if (!edits.length) { return { edits, reason: 'unchanged' }; }
	return cursor === undefined ? { edits } : { edits, cursor };
}

/**
 * Where the caret goes once a section moved: on its heading line, at the same place after the
 * marker (the numeral may have changed length). The move is one edit over both sections, the
 * moved one first (up) or last (down) in its new text.
 */
function caretAfterMove(analysis: Analysis, at: number, edits: readonly TextEdit[], up: boolean): number | undefined {
	const found = headingAt(analysis.model, at);
	if (!found || edits.length !== 1) { return undefined; }
	const s = found.section, e = edits[0];
	const afterMarker = s.offset + s.marker.length;
	const line = analysis.text.slice(afterMarker, Math.max(afterMarker, s.paragraph.end));
	if (!line) { return e.offset; }
	// Up: the first occurrence of the heading line's text is the moved heading. Down: the moved
	// section ends the new text, so its heading line is the last occurrence before its length from the end.
	const from = e.newText.length - (s.end - s.offset) + s.marker.length + 4;
	const i = up ? e.newText.indexOf(line) : e.newText.lastIndexOf(line, Math.max(0, from));
	if (i < 0) { return e.offset; }
	return e.offset + i + Math.max(0, at - afterMarker);
}

/**
 * What Enter inserts after the line break when the caret ends a line that starts with a numbered
 * marker and has text after it (`（三）加强领导。|` → `（四）`), with the line's indent and the
 * blank written after its marker; null otherwise (a marker alone on its line ends the list: Enter
 * stays a plain line break). Only a line that starts with a marker is parsed for.
 */
export function nextMarkerAt(analysis: Analysis, offset: number): NoticeNextMarker | null {
	const text = analysis.text;
	if (offset < 0 || offset > text.length) { return null; }
	let start = offset, end = offset;
	while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) { start--; }
	while (end < text.length && !isLineBreak(text.charCodeAt(end))) { end++; }
	for (let i = offset; i < end; i++) { if (!isBlank(text.charCodeAt(i))) { return null; } }
	const content = trimSpan(text, start, end);
	if (content.end <= content.offset) { return null; }
	const m = matchMarker(text, content.offset, content.end);
	if (!m || m.number <= 0 || m.titleStart >= content.end) { return null; }
	const marker = nextMarkerAfter(analysis.model, Math.min(offset, content.end));
	if (!marker) { return null; }
	const written = text.slice(content.offset, m.titleStart);
	const blank = /[ \t\u3000]*$/.exec(written)![0];
	return { marker, insert: text.slice(start, content.offset) + marker + blank };
}

function isLineBreak(c: number): boolean {
	return c === 0x0a || c === 0x0d;
}
