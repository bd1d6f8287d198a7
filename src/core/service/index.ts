// The notice language service: every editor feature as a function of a document, answered with
// plain data (offsets, kinds, facts) — as vscode-markdown-languageservice serves Markdown. The
// service keeps one Analysis per document version; src/extension only converts types.
import { Analysis } from '../analysis';
import { rethrowSink, sinkToLog, type ErrorSink } from '../errors';
import type { Detection, Span } from '../model';
import type { CodeAction, Diagnostic } from '../drafting/types';
import { draftingCodeActions, draftingDiagnostics, draftingEdits, nextMarkerAt } from './drafting';
import { foldingRanges } from './folding';
import { hoverAt, targetClauses } from './hover';
import { documentSymbols } from './symbols';
import { encodeTokens, linesOf, tokensOf } from './tokens';
import { indexAnalysis, textHash } from './fileSummary';
import { indexVersion, openWorkspace, relatedTasks, type NoticeWorkspace, type RelatedTasks, type RelatedTasksOptions, type StartableWorkspace } from './related';
import { paragraphGaps, relatedAnchorAt } from './anchors';
import type { AnalyzedFile } from '../index/analyze';
import { metricTargets, type MetricTarget } from '../metrics/index';
import { taskRows, type TaskRow } from '../tasks/table';
import type { UnitAliases } from '../units/normalize';
import type { Note } from '../notes/types';
import type { WorkspaceCatalog } from '../workspace/catalog';
import { searchWorkspaceSymbols, type WorkspaceSymbol } from './workspaceSymbols';
import { anchorAt, anchorCandidates, resolveAnchors, type NoteAnchor, type ResolvedAnchor } from '../notes/index';
import type {
	DraftingCommand, DraftingEdits, DraftingOptions, NoticeFoldingRange, NoticeHover, NoticeNextMarker, NoticeSymbol, NoticeTextDocument,
	LineRange, NoticeToken, OffsetRange, ServiceLogger,
} from './types';

export * from './types';
export type { CodeAction, CodeActionKind, Diagnostic, HouseStyle, Locale, RuleCode, RuleLevel, Severity, TextEdit } from '../drafting/types';
export { sectionName } from './symbols';
export { formatValue } from './hover';
export { summarizeFile, textHash, type FileSummary, type WorkspaceSymbolEntry } from './fileSummary';
export type { NoticeWorkspace, RelatedTasks, RelatedTasksOptions, StartableWorkspace } from './related';
export { FIX_RULES, fixText, type FixedText, type FixRule } from './fixText';
export type { WorkspaceSymbol } from './workspaceSymbols';

export interface NoticeServiceOptions {
	/** Where errors the core catches go (the editor's output channel, a test's list). */
	logger?: ServiceLogger;
	/** The workspace index related tasks are found in (getRelatedTasks), started on first need when it starts; none by default. */
	workspace?: NoticeWorkspace | StartableWorkspace;
	/** The workspace's notices (getWorkspaceSymbols); none by default. */
	catalog?: WorkspaceCatalog;
}

export interface NoticeService {
	/** The analysis of this version of the document (computed once, shared by every feature). */
	analysis(document: NoticeTextDocument): Analysis;
	/** Is the document a policy notice, and why (content-based recognition). */
	getDetection(document: NoticeTextDocument): Detection;
	getDocumentSymbols(document: NoticeTextDocument): NoticeSymbol[];
	/** At most `limit` ranges (outer levels kept first). */
	getFoldingRanges(document: NoticeTextDocument, limit?: number): NoticeFoldingRange[];
	/** Tokens in offset order; only those overlapping `range` when given. */
	getSemanticTokens(document: NoticeTextDocument, range?: OffsetRange): readonly NoticeToken[];
	/**
	 * The tokens (or those overlapping `range`) in the editor's wire format: see encodeTokens. A
	 * range in lines (the editor's) is turned into offsets here, so that the editor's thread never
	 * builds a 40 MB document's line table for a request near its end.
	 */
	getSemanticTokenData(document: NoticeTextDocument, range?: OffsetRange | LineRange): Uint32Array;
	getHover(document: NoticeTextDocument, offset: number): NoticeHover | undefined;
	/** The target, heading or run-in head under `offset` (what the related-targets hover attaches to), if any. */
	getRelatedAnchor(document: NoticeTextDocument, offset: number): OffsetRange | undefined;
	/** The blanks between paragraphs that share a line (Put Each Paragraph on Its Own Line). */
	getParagraphGaps(document: NoticeTextDocument): OffsetRange[];
	/** The normalized target whose range holds `offset` (end inclusive), if any. */
	getMetricTarget(document: NoticeTextDocument, offset: number): MetricTarget | undefined;
	/** The document's tasks as the workspace index takes them. */
	getIndexAnalysis(document: NoticeTextDocument): AnalyzedFile;
	/**
	 * The tasks of other notices related to the task at `offset` (or to the sub-items of the
	 * heading there), from the service's workspace (started first, if it starts), this version of
	 * the document indexed first; null when no task or heading is there, or the workspace has no
	 * index. Rejects when the service has no workspace, with an AbortError when `signal` aborts.
	 */
	getRelatedTasks(document: NoticeTextDocument, offset: number, options?: RelatedTasksOptions): Promise<RelatedTasks | null>;
	/**
	 * The headings of the workspace's notices whose name holds `query`'s characters in order, at
	 * most `limit` (default 2000), once the catalog has read the workspace. Rejects when the
	 * service has no catalog.
	 */
	getWorkspaceSymbols(query: string, options?: { limit?: number; signal?: AbortSignal }): Promise<WorkspaceSymbol[]>;
	/** The clauses that set targets (for the optional underline). */
	getTargetClauses(document: NoticeTextDocument): Span[];
	/**
	 * Each offset as line and character (UTF-16, lines split as the editor splits them), flat:
	 * [line, character] per offset. The editor asks for the positions of a long answer here, so
	 * that its own thread never builds a 40 MB document's line table.
	 */
	getPositions(document: NoticeTextDocument, offsets: readonly number[]): Uint32Array;
	/**
	 * The task table's rows (任务分工表) of the document, in text order, units normalized with the
	 * user's `aliases` over the built-in table; with `notes` (its sidecar's), each row lists the notes on it.
	 */
	getTaskRows(document: NoticeTextDocument, options?: { aliases?: UnitAliases; notes?: readonly Note[] }): TaskRow[];
	/** Drafting diagnostics in offset order (none on a scraped dump unless `includeScraped`); memoized per version and options. */
	getDiagnostics(document: NoticeTextDocument, options?: DraftingOptions): readonly Diagnostic[];
	/** Quick fixes for the diagnostics in `range`, refactorings of the heading there, source actions; each one undo step. */
	getCodeActions(document: NoticeTextDocument, range: OffsetRange, options?: DraftingOptions): readonly CodeAction[];
	/** The edits of a drafting command at `range` (see DraftingCommand). */
	getEdits(document: NoticeTextDocument, command: DraftingCommand, range: OffsetRange, options?: DraftingOptions): DraftingEdits;
	/** What Enter at `offset` continues the numbering with, or null for a plain line break. */
	getNextMarker(document: NoticeTextDocument, offset: number): NoticeNextMarker | null;
	/** The headings and targets notes can be made on (src/core/notes/), in text order. */
	getNoteAnchors(document: NoticeTextDocument): OffsetRange[];
	/** The anchor of a note made on `range` (a line or a selection). */
	getNoteAnchorAt(document: NoticeTextDocument, range: OffsetRange): NoteAnchor;
	/** Each note anchor found again in this version of the document, or null (orphaned). */
	resolveNoteAnchors(document: NoticeTextDocument, anchors: NoteAnchor[]): (ResolvedAnchor | null)[];
	/** The document closed: its analysis may be dropped (kept while it may reopen unchanged). */
	documentClosed(uri: string): void;
	/** Drops the analysis of a closed document that did not reopen. */
	forgetIfClosed(uri: string): void;
	dispose(): void;
}

interface Entry {
	version: number;
	analysis: Analysis;
	/** Set when the document closed: a reopened one may be another text under the same URI. */
	closed: boolean;
}

export function createNoticeService(options: NoticeServiceOptions = {}): NoticeService {
	const entries = new Map<string, Entry>();
	const logger = options.logger;
	const sink: ErrorSink = logger ? sinkToLog(line => logger.error(line)) : rethrowSink;

	const analysis = (document: NoticeTextDocument): Analysis => {
		const hit = entries.get(document.uri);
		if (hit && hit.version === document.version) {
			if (!hit.closed) { return hit.analysis; }
			// Reopened (a language switch) or a new untitled document reusing the URI: the text decides, once.
			if (document.getText() === hit.analysis.text) {
				hit.closed = false;
				return hit.analysis;
			}
		}
		const fresh = new Analysis(document.getText(), sink);
		entries.set(document.uri, { version: document.version, analysis: fresh, closed: false });
		return fresh;
	};

	return {
		analysis,
		getDetection: d => analysis(d).detection,
		getDocumentSymbols: d => documentSymbols(analysis(d).model),
		getFoldingRanges: (d, limit) => foldingRanges(analysis(d), limit),
		getSemanticTokens: (d, range) => {
			const tokens = tokensOf(analysis(d));
			return range ? tokens.overlapping(range.offset, range.end) : tokens.items;
		},
		getSemanticTokenData: (d, range) => {
			const a = analysis(d), tokens = tokensOf(a), lines = linesOf(a);
			const r = range && 'startLine' in range
				? { offset: lines.offset(range.startLine, range.startCharacter), end: lines.offset(range.endLine, range.endCharacter) }
				: range;
			return encodeTokens(a.text, lines, r ? tokens.overlapping(r.offset, r.end) : tokens.items);
		},
		getHover: (d, offset) => hoverAt(analysis(d), offset),
		getRelatedAnchor: (d, offset) => relatedAnchorAt(analysis(d), offset, d.uri),
		getParagraphGaps: d => paragraphGaps(analysis(d)),
		getMetricTarget: (d, offset) => metricTargets(analysis(d), sink).find(t => t.offset <= offset && offset <= t.end),
		getIndexAnalysis: d => indexAnalysis(analysis(d), d.uri),
		getWorkspaceSymbols: async (query, o = {}) => {
			const catalog = options.catalog;
			if (!catalog) { throw new Error('getWorkspaceSymbols: the service was created without a catalog'); }
			await catalog.ready(o.signal);
			return searchWorkspaceSymbols(catalog.notices(), query, o.limit ?? 2000, o.signal);
		},
		getRelatedTasks: async (d, offset, o = {}) => {
			if (!options.workspace) { throw new Error('getRelatedTasks: the service was created without a workspace'); }
			const workspace = await openWorkspace(options.workspace, o.signal);
			if (!workspace) { return null; }
			if (o.analyze) {
				await indexVersion(workspace, await o.analyze(), o.signal);
			} else {
				// The hash first: a version the index holds (the CLI's query file) is not parsed again.
				const a = analysis(d);
				if (workspace.index.hashOf(d.uri) !== textHash(a)) { await indexVersion(workspace, indexAnalysis(a, d.uri), o.signal); }
			}
			const found = relatedTasks(workspace, d.uri, offset, () => d.getText(), o.limit);
			if (!found) { return null; }
			const state = 'start' in options.workspace ? options.workspace : undefined;
			return { ...found, indexing: state?.isIndexing ?? false, progress: state?.progress ?? { done: 0, total: 0 } };
		},
		getTargetClauses: d => targetClauses(analysis(d)),
		getPositions: (d, offsets) => {
			const lines = linesOf(analysis(d));
			const out = new Uint32Array(offsets.length * 2);
			offsets.forEach((o, i) => { const p = lines.position(o); out[2 * i] = p.line; out[2 * i + 1] = p.character; });
			return out;
		},
		getTaskRows: (d, o = {}) => taskRows(analysis(d), d.uri, { aliases: o.aliases, notes: o.notes, onError: sink }),
		getDiagnostics: (d, o = {}) => draftingDiagnostics(analysis(d), o, sink),
		getCodeActions: (d, range, o = {}) => draftingCodeActions(analysis(d), range, o, sink),
		getEdits: (d, command, range, o = {}) => draftingEdits(analysis(d), command, range, o),
		getNextMarker: (d, offset) => nextMarkerAt(analysis(d), offset),
		getNoteAnchors: d => anchorCandidates(analysis(d)).map(c => ({ offset: c.offset, end: c.end })),
		getNoteAnchorAt: (d, range) => anchorAt(analysis(d), range),
		resolveNoteAnchors: (d, anchors) => resolveAnchors(analysis(d), anchors),
		documentClosed: uri => { const e = entries.get(uri); if (e) { e.closed = true; } },
		forgetIfClosed: uri => { if (entries.get(uri)?.closed) { entries.delete(uri); } },
		dispose: () => entries.clear(),
	};
}
