// Ranges of the service's offsets, their lines and characters from the analysis worker: the
// extension host never asks document.positionAt for a long answer, since its first call after a
// change builds the line table of the whole document (a 40 MB dump's held the host ~100 ms).
import * as vscode from 'vscode';
import type { DocumentAnalyses } from './analyses';
import { CancelledError } from '../core/service/worker/client';

/** The range of the `i`-th span given to spanRanges. */
export type RangeAt = (i: number) => vscode.Range;

/**
 * The ranges of spans the service gave for `version` of the document. Rejects with a
 * CancelledError when the document has another version by now: its line table would place the
 * old offsets wrong (and the worker would parse the new version only to answer).
 */
export async function spanRanges(analyses: DocumentAnalyses, document: vscode.TextDocument, version: number, spans: readonly { offset: number; end: number }[]): Promise<RangeAt> {
	if (document.version !== version) { throw new CancelledError(`${document.uri.toString()} changed`); }
	const offsets = new Array<number>(spans.length * 2);
	spans.forEach((s, i) => { offsets[2 * i] = s.offset; offsets[2 * i + 1] = s.end; });
	const p = spans.length ? await analyses.call(document, 'getPositions', offsets) : new Uint32Array(0);
	return i => new vscode.Range(p[4 * i], p[4 * i + 1], p[4 * i + 2], p[4 * i + 3]);
}
